/**
 * The README's branch dashboard through the gateway: its SQL statements counted per subgraph for a
 * 14-member team, then for the same team grown to 200 (186 hires through the gateway). Batched
 * resolvers (the request's DataLoaders, `@bg/graphql` loaders) keep the count the same whatever the
 * number of members, and at most 2 per subgraph.
 */
import type { MikroORM } from '@mikro-orm/core';
import { startTestGraph, type TestGraph } from './test-graph';

const DASHBOARD = `{ team(id: "SZ01-T1") { members { id name
  attendance(month: "2026-10") { lateArrivals absentDays }
  businessMetrics(month: "2026-10") { newAccounts netRevenueFen }
  trainingRecords { title } } } }`;

/** Statements of the request's resolvers: the outbox relay and the consumers poll beside them. */
const BACKGROUND = /\b(outbox_message|inbox_entry)\b/;

interface Counter {
  statements: Map<string, string[]>;
  reset(): void;
}

/** Counts each service's SQL statements through knex's `query` event (every statement MikroORM runs). */
function countStatements(services: Array<{ name: string; orm: MikroORM }>): Counter {
  const statements = new Map<string, string[]>(services.map((s) => [s.name, []]));
  for (const s of services) {
    const knex = (s.orm.em.getConnection() as unknown as { getKnex(): { on(event: 'query', cb: (q: { sql: string }) => void): void } }).getKnex();
    knex.on('query', (q) => {
      if (!BACKGROUND.test(q.sql)) statements.get(s.name)!.push(q.sql);
    });
  }
  return { statements, reset: () => statements.forEach((list) => (list.length = 0)) };
}

let t: TestGraph;
let counter: Counter;

beforeAll(async () => {
  t = await startTestGraph();
  counter = countStatements(t.graph.services);
}, 60_000);
afterAll(() => t?.stop());

async function dashboardStatements(members: number): Promise<Record<string, number>> {
  await t.graph.settle();
  // A first run warms what is cached per process (metadata, prepared plans), not per request.
  await t.ask('tl.wang', DASHBOARD);
  counter.reset();
  const res = await t.ask('tl.wang', DASHBOARD);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.team.members).toHaveLength(members);
  return Object.fromEntries([...counter.statements].map(([name, list]) => [name, list.length]));
}

describe('the branch dashboard', () => {
  it('costs the same statements per subgraph for 14 members as for 200, at most 2 each', async () => {
    const small = await dashboardStatements(14);

    const hires = Array.from({ length: 186 }, (_, i) => i);
    for (let i = 0; i < hires.length; i += 10) {
      await Promise.all(
        hires.slice(i, i + 10).map(async (n) => {
          const res = await t.ask(
            'mgr.sz',
            `mutation { hireEmployee(input: { name: "扩编${n}", branchId: "SZ01", teamId: "SZ01-T1", groupId: "SZ01-T1-G1",
          employmentType: FULL_TIME, hiredOn: "2026-09-01" }) { id } }`,
          );
          expect(res.body.errors).toBeUndefined();
        }),
      );
    }
    const large = await dashboardStatements(200);

    console.log(`dashboard SQL statements per subgraph: 14 members ${JSON.stringify(small)}, 200 members ${JSON.stringify(large)}`);
    expect(large).toEqual(small);
    for (const n of Object.values(small)) expect(n).toBeLessThanOrEqual(2);
  }, 120_000);
});
