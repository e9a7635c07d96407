/**
 * The persisted-operation manifest cannot go stale: every client's operation files match their
 * sources (gateway/operations/clients.json; built modules, so after `npm run build`), the manifest
 * matches the files, and every registered operation is valid against the supergraph and under the
 * gateway's default limits (a frontend's operation is never refused for its shape).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { SUPERGRAPH_FILE } from '../compose';
import { runOperations } from '../cli/operations';
import { DEFAULT_COST, Ownership, operationCost } from './cost';
import { MANIFEST_FILE, type Manifest, sha256 } from './persisted';
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

it('is up to date with its sources (npm run operations -- --check)', () => {
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(runOperations(['--check'])).toBe(0);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
});

it('holds valid operations under the default cost limit, each under its own sha256', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
  const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
  const ownership = new Ownership();
  expect(Object.keys(manifest.operations).length).toBeGreaterThanOrEqual(6);
  for (const [hash, op] of Object.entries(manifest.operations)) {
    expect(sha256(op.body)).toBe(hash);
    const doc = parse(op.body);
    expect(validate(schema, doc).map((e) => `${op.name}: ${e.message}`)).toEqual([]);
    const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const root = operation.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
    const cost = operationCost(schema, ownership, operation.selectionSet, root, fragments, DEFAULT_COST, { p: { first: 200 } });
    expect({ op: op.name, under: cost <= DEFAULT_COST.maxCost }).toEqual({ op: op.name, under: true });
  }
});
