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

/** docs/schema-conventions.md: a description on every type, field, argument, input field and enum value. */
describe('descriptions (docs/schema-conventions.md)', () => {
  it.each(SUBGRAPHS.map((s) => s.name))('every type, field, argument and enum value of %s has a description', (name) => {
    expect(undescribed(composed.subgraphs[name])).toEqual([]);
  });
});
