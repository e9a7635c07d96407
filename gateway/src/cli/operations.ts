/**
 * `npm run operations` — the persisted-operation manifest (gateway/operations):
 *
 *   npm run operations -- add <client> <source>...   register a client's operations (and remember its sources)
 *   npm run operations                               re-register every client from its sources, regenerate manifest.json
 *   npm run operations -- --check                    exit 1 if any client's files or the manifest are stale
 *
 * A source is a folder (every .graphql/.gql file under it), a .graphql/.gql file (one operation
 * with its fragments), a built JavaScript module (every exported string that is a GraphQL
 * operation, searched through exported objects and arrays, e.g. the load scenarios), or a
 * .ts/.tsx source (its gql`...` templates without interpolation). Paths are relative to the
 * repository's root.
 *
 * A client whose sources are all `.graphql`/`.gql` documents or folders of them (the console:
 * apps/console/src/ops) is registered straight from them, the source of truth: each named operation
 * with the fragments it uses, as the client sends it (`sourceOperations`), no copy under
 * gateway/operations/. Every other client's operations are written to
 * `gateway/operations/<client>/<Name>.graphql` (a built module is not a reviewable source).
 * `--check` fails when the manifest is stale, naming every operation of a source it lacks.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import {
  CLIENTS_FILE,
  MANIFEST_FILE,
  OPERATIONS_DIR,
  buildManifest,
  fileBody,
  manifestText,
  operationName,
  sha256,
  sourceOperations,
  type Manifest,
  type SourceOperation,
} from '../limits/persisted';

const ROOT = resolve(OPERATIONS_DIR, '..', '..');

type Clients = Record<string, string[]>;

function readClients(): Clients {
  return existsSync(CLIENTS_FILE) ? (JSON.parse(readFileSync(CLIENTS_FILE, 'utf8')) as Clients) : {};
}

function isOperation(text: string): boolean {
  if (!/^\s*(query|mutation|subscription|fragment|\{)/.test(text)) return false;
  try {
    return parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
}

/** Operation texts found in a source. */
export function extract(source: string): string[] {
  const path = resolve(ROOT, source);
  if (!existsSync(path)) throw new Error(`${source}: not found (build first if it is a built module)`);
  if (statSync(path).isDirectory()) {
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(graphql|gql)$/.test(f))
      .sort()
      .flatMap((f) => extract(join(source, f)));
  }
  const ext = extname(path);
  if (ext === '.graphql' || ext === '.gql') return [fileBody(readFileSync(path, 'utf8')).trim()];
  if (ext === '.ts' || ext === '.tsx') {
    const found: string[] = [];
    for (const m of readFileSync(path, 'utf8').matchAll(/gql\s*`([^`]*)`/g)) {
      if (m[1].includes('${')) throw new Error(`${source}: a gql template with interpolation; write it out or register the built module`);
      found.push(m[1].trim());
    }
    return found;
  }
  // A built module: every exported string that is an operation.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path) as unknown;
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (isOperation(v)) found.add(v);
    } else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x);
    }
  };
  walk(mod);
  return [...found];
}

/** Sources that are GraphQL documents (a `.graphql`/`.gql` file, or a folder of them). */
export function isDocumentSource(source: string): boolean {
  const path = resolve(ROOT, source);
  return /\.(graphql|gql)$/.test(path) || (existsSync(path) && statSync(path).isDirectory());
}

/** The operations of a client registered straight from its `.graphql` sources. */
export function documentOperations(sources: string[]): SourceOperation[] {
  const files: Array<{ file: string; text: string }> = [];
  for (const source of sources) {
    const path = resolve(ROOT, source);
    if (!existsSync(path)) throw new Error(`${source}: not found`);
    const names = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(graphql|gql)$/.test(f))
          .sort()
          .map((f) => join(source, f))
      : [source];
    for (const file of names) files.push({ file, text: readFileSync(resolve(ROOT, file), 'utf8') });
  }
  const ops = sourceOperations(files);
  if (!ops.length) throw new Error(`no operations found in ${sources.join(', ')}`);
  return ops;
}

/** The files a client's operations make: `<Name>.graphql` -> text. */
function clientFiles(client: string, sources: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const texts = [...new Set(sources.flatMap(extract))];
  for (const text of texts) {
    const name = operationName(parse(text)) ?? `anonymous-${sha256(text).slice(0, 8)}`;
    let file = `${name}.graphql`;
    if (files.has(file)) file = `${name}-${sha256(text).slice(0, 8)}.graphql`;
    files.set(file, `${text}\n`);
  }
  if (!files.size) throw new Error(`${client}: no operations found in ${sources.join(', ')}`);
  return files;
}

function run(args: string[]): number {
  const check = args.includes('--check');
  const clients = readClients();
  if (args[0] === 'add') {
    const [, client, ...sources] = args;
    if (!client || !/^[a-z][a-z0-9-]*$/.test(client) || !sources.length) {
      console.error('usage: npm run operations -- add <client (lowercase, dashes)> <source>...');
      return 2;
    }
    clients[client] = sources;
    writeFileSync(CLIENTS_FILE, `${JSON.stringify(clients, null, 2)}\n`);
  }
  const stale: string[] = [];
  const direct: Record<string, SourceOperation[]> = {};
  for (const [client, sources] of Object.entries(clients)) {
    const dir = join(OPERATIONS_DIR, client);
    if (sources.every(isDocumentSource)) {
      direct[client] = documentOperations(sources);
      if (existsSync(dir)) {
        stale.push(`gateway/operations/${client}/ (copies: ${client}'s operations are read from ${sources.join(', ')})`);
        if (!check) rmSync(dir, { recursive: true, force: true });
      }
      continue;
    }
    const want = clientFiles(client, sources);
    const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.graphql')) : [];
    const differs = have.length !== want.size || [...want].some(([f, text]) => !existsSync(join(dir, f)) || readFileSync(join(dir, f), 'utf8') !== text);
    if (!differs) continue;
    stale.push(`gateway/operations/${client}/ (from ${sources.join(', ')})`);
    if (!check) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [f, text] of want) writeFileSync(join(dir, f), text);
    }
  }
  const manifest = manifestText(buildManifest(OPERATIONS_DIR, direct));
  if (!existsSync(MANIFEST_FILE) || readFileSync(MANIFEST_FILE, 'utf8') !== manifest) {
    const have = existsSync(MANIFEST_FILE) ? (JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest).operations : {};
    const missing = Object.entries(direct).flatMap(([client, ops]) =>
      ops.filter((op) => !have[sha256(op.body)]).map((op) => `${client} ${op.name} (${op.file})`),
    );
    stale.push(`gateway/operations/manifest.json${missing.length ? ` (not in it: ${missing.join(', ')})` : ''}`);
    if (!check) writeFileSync(MANIFEST_FILE, manifest);
  }
  if (check) {
    if (stale.length) {
      console.error(`stale: ${stale.join('; ')}\nrun: npm run build && npm run operations`);
      return 1;
    }
    console.log(`persisted operations up to date (${Object.keys(JSON.parse(manifest).operations).length})`);
    return 0;
  }
  console.log(stale.length ? `wrote ${stale.join('; ')}` : 'persisted operations already up to date');
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}

export { run as runOperations };
