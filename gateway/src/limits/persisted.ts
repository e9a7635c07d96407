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
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

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

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * Apollo Client's `addTypenameToDocument` (its cache adds `__typename` to what it sends): every
 * selection set but an operation's own gets a `__typename` field at its end, unless it selects
 * `__typename` (or another `__` field) already or belongs to an `@export`ed field.
 */
export function withTypename(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    SelectionSet: {
      enter(node, _key, parent) {
        if (parent && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return undefined;
        const field = parent as { kind?: string; directives?: ReadonlyArray<{ name: { value: string } }> } | undefined;
        if (field?.kind === Kind.FIELD && field.directives?.some((d) => d.name.value === 'export')) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

/** A named operation as a client registers it straight from its `.graphql` sources. */
export interface SourceOperation {
  name: string;
  body: string;
  /** Where it is written (for messages). */
  file: string;
}

/**
 * Every operation of a client's documents (e.g. apps/console/src/ops/*.graphql, several operations
 * and fragments a file) as the client sends it: the operation, then the fragments it uses (in the
 * order of first use, as GraphQL Code Generator's typed documents hold them), with `__typename`
 * added as Apollo Client adds it, printed by graphql-js's `print` as Apollo Client prints it. So
 * the sha256 of the text the browser would send is the manifest's key. An operation without a name
 * is refused: the manifest, the client's typed documents and the gateway's logs know operations by name.
 */
export function sourceOperations(files: Array<{ file: string; text: string }>): SourceOperation[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: Array<{ op: OperationDefinitionNode; file: string }> = [];
  for (const { file, text } of files) {
    for (const d of parse(text).definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(d.name.value)) throw new Error(`${file}: fragment ${d.name.value} is defined twice`);
        fragments.set(d.name.value, d);
      } else if (d.kind === Kind.OPERATION_DEFINITION) {
        if (!d.name) throw new Error(`${file}: an operation without a name (line ${d.loc?.startToken.line ?? '?'}); name it`);
        operations.push({ op: d, file });
      }
    }
  }
  const names = new Set<string>();
  return operations.map(({ op, file }) => {
    const name = op.name!.value;
    if (names.has(name)) throw new Error(`${file}: operation ${name} is defined twice`);
    names.add(name);
    const used: FragmentDefinitionNode[] = [];
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (!f) throw new Error(`${file}: ${name} spreads an unknown fragment ${spread.name.value}`);
          if (!used.includes(f)) {
            used.push(f);
            collect(f);
          }
        },
      });
    collect(op);
    const body = print(withTypename({ kind: Kind.DOCUMENT, definitions: [op, ...used] }));
    return { name, body, file };
  });
}

/**
 * The manifest: every `<client>/<Name>.graphql` under `dir` (clients registered from built modules,
 * whose operations are copied there), and the operations of clients registered straight from their
 * `.graphql` sources (`direct`: client -> operations; a folder of the same name under `dir` is ignored).
 */
export function buildManifest(dir = OPERATIONS_DIR, direct: Record<string, SourceOperation[]> = {}): Manifest {
  const operations: Record<string, ManifestEntry> = {};
  for (const [client, ops] of Object.entries(direct).sort(([a], [b]) => a.localeCompare(b))) {
    for (const op of ops) {
      const hash = sha256(op.body);
      if (operations[hash]) throw new Error(`${op.file}: ${op.name} is registered by ${operations[hash].client} (${operations[hash].name}) too`);
      operations[hash] = { client, name: op.name, body: op.body };
    }
  }
  const clients = existsSync(dir) ? readdirSync(dir).filter((c) => statSync(join(dir, c)).isDirectory() && !(c in direct)) : [];
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
