import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';
import { committedSupergraph, composeSupergraph } from './compose';

describe('gateway/supergraph.graphql', () => {
  it('is what the subgraphs compose to now (run `npm run compose` after changing a schema)', async () => {
    const fresh = await composeSupergraph({ personnel, attendance, performance, recruitment });
    expect(committedSupergraph()).toBe(fresh);
  });
});
