import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';
import { undescribed } from '@bg/graphql';
import { committedSubgraphSchema, committedSupergraph, composeAll, type Composition } from './compose';
import { SUBGRAPHS } from './subgraphs';

let composed: Composition;
beforeAll(async () => {
  composed = await composeAll({ personnel, attendance, performance, recruitment });
}, 60_000);

describe('gateway/supergraph.graphql and services/<name>/schema.graphql', () => {
  it('the supergraph is what the subgraphs compose to now (run `npm run compose` after changing a schema)', () => {
    expect(committedSupergraph()).toBe(composed.supergraph);
  });

  it.each(SUBGRAPHS.map((s) => s.name))('services/%s/schema.graphql is that subgraph as built now (run `npm run compose`)', (name) => {
    expect(committedSubgraphSchema(name)).toBe(composed.subgraphs[name]);
  });
});

/**
 * docs/schema-conventions.md: a description on every type, field, argument and enum value.
 * `undescribed.txt` lists what was undescribed when the rule came in; it may only shrink: a new
 * undescribed name fails, and so does a listed one that has since been described (take it off).
 */
describe('descriptions (docs/schema-conventions.md)', () => {
  const known = new Set(
    readFileSync(join(__dirname, '..', 'undescribed.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );

  it.each(SUBGRAPHS.map((s) => s.name))('every type, field, argument and enum value of %s has a description', (name) => {
    const missing = undescribed(composed.subgraphs[name]).filter((n) => !known.has(`${name} ${n}`));
    expect(missing).toEqual([]);
  });

  it('gateway/undescribed.txt lists nothing that is described now', () => {
    const now = new Set(SUBGRAPHS.flatMap((s) => undescribed(composed.subgraphs[s.name]).map((n) => `${s.name} ${n}`)));
    expect([...known].filter((n) => !now.has(n))).toEqual([]);
  });
});
