/**
 * Persisted operations: the operations each frontend registers, one `.graphql` file per operation
 * under `gateway/operations/<client>/`, and the manifest generated from them
 * (`gateway/operations/manifest.json`: sha256 of the text -> client, name, text). The gateway loads
 * the manifest; `npm run operations` regenerates it (and re-registers every client from the
 * sources named in `gateway/operations/clients.json`), `npm run operations -- --check` fails
 * when either is stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';

export const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');
export const MANIFEST_FILE = join(OPERATIONS_DIR, 'manifest.json');
export const CLIENTS_FILE = join(OPERATIONS_DIR, 'clients.json');

export interface ManifestEntry {
  client: string;
  name: string;
  body: string;
}

export interface Manifest {
  format: 'branch-graph-persisted-operations/1';
  /** sha256 (hex) of `body` -> the operation. */
  operations: Record<string, ManifestEntry>;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The registered operations the gateway runs by hash. */
export class PersistedOperations {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static load(file = MANIFEST_FILE): PersistedOperations {
    if (!existsSync(file)) return new PersistedOperations(new Map());
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return PersistedOperations.of(manifest);
  }

  static of(manifest: Manifest): PersistedOperations {
    return new PersistedOperations(new Map(Object.entries(manifest.operations).map(([hash, op]) => [hash, op.body])));
  }

  get(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  get size(): number {
    return this.byHash.size;
  }
}

/** The name of a document's (single) operation. */
export function operationName(doc: DocumentNode): string | null {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return null;
  return ops[0].kind === Kind.OPERATION_DEFINITION ? (ops[0].name?.value ?? null) : null;
}

/** Text of an operation file: as registered, without the trailing newline the file adds. */
export const fileBody = (text: string): string => text.replace(/\n$/, '');

/** The manifest from the operation files: every `<client>/<Name>.graphql` under `dir`. */
export function buildManifest(dir = OPERATIONS_DIR): Manifest {
  const operations: Record<string, ManifestEntry> = {};
  const clients = existsSync(dir) ? readdirSync(dir).filter((c) => statSync(join(dir, c)).isDirectory()) : [];
  for (const client of clients.sort()) {
    for (const file of readdirSync(join(dir, client)).sort()) {
      if (!file.endsWith('.graphql')) continue;
      const body = fileBody(readFileSync(join(dir, client, file), 'utf8'));
      const name = operationName(parse(body)) ?? file.replace(/\.graphql$/, '');
      const hash = sha256(body);
      if (operations[hash] && operations[hash].client !== client) {
        throw new Error(`${relative(dir, join(dir, client, file))}: the same operation is registered by ${operations[hash].client} too`);
      }
      operations[hash] = { client, name, body };
    }
  }
  return { format: 'branch-graph-persisted-operations/1', operations };
}

export const manifestText = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`;
