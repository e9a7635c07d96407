/**
 * The gateway's limits as a caller meets them (issue 14): what is too deep, too wide, too costly,
 * batched, oversize or malformed is refused before planning with a 4xx or a GraphQL error with a
 * stable code, fast, and without echoing the input; introspection and suggestions are off.
 */
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 240_000);
afterAll(() => t?.stop());

async function post(body: string, headers: Record<string, string> = {}, user: string | null = 'tl.wang') {
  const res = await fetch(t.graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${t.realm.tokenFor(user)}` } : {}), ...headers },
    body,
  });
  const text = await res.text();
  let json: { data?: any; errors?: any[] } | null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, text, json, timing: res.headers.get('server-timing') };
}

const q = (query: string, variables?: object) => JSON.stringify({ query, variables });

const DASHBOARD = `query Dashboard($team: ID!, $month: YearMonth!) { team(id: $team) { members { name
  attendance(month: $month) { lateArrivals absentDays }
  businessMetrics(month: $month) { newAccounts netRevenueFen }
  trainingRecords { title } } } }`;

it("answers the README's dashboard query (the limits leave the frontends' operations alone)", async () => {
  const r = await post(q(DASHBOARD, { team: 'SZ01-T1', month: '2026-10' }));
  expect(r.status).toBe(200);
  expect(r.json?.errors).toBeUndefined();
  expect(r.json?.data.team.members.length).toBeGreaterThan(0);
  expect(r.timing).toMatch(/^app;dur=\d+(\.\d+)?, cpu;dur=\d+(\.\d+)?$/);
});

function nest(levels: number, leaf = 'id'): string {
  let s = leaf;
  for (let i = 0; i < levels; i++) s = `team { members { ${s} } }`;
  return `{ team(id: "SZ01-T1") { members { ${s} } } }`;
}

it('refuses team.members fan-out by cost (fetches and list sizes), before any subgraph is asked', async () => {
  const r = await post(q(nest(3)));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  expect(r.json?.data).toBeUndefined();
});

it('refuses a query nested too deep', async () => {
  const r = await post(q(nest(6)));
  expect(r.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  expect(r.json?.errors?.[0].message).toMatch(/nested too deep/);
});

it('refuses alias floods crossing subgraphs in one response, fast (by aliases, tokens or query size)', async () => {
  const crossing = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `a${i}: employee(id: "E1001") { attendance(month: "2026-10") { lateArrivals } businessMetrics(month: "2026-10") { newAccounts } }`,
    );
  const r = await post(q(`{ ${crossing(40).join(' ')} }`));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  expect(Number(r.timing?.match(/app;dur=([\d.]+)/)?.[1])).toBeLessThan(1000);
  const three = await post(q(`{ ${crossing(300).join(' ')} }`));
  expect(three.status).toBe(400);
  expect(three.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  const thousand = await post(q(`{ ${crossing(1000).join(' ')} }`));
  expect(thousand.status).toBe(413);
  expect(thousand.json?.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
});

it('refuses 300 aliases of an audited archive read before any is read (no 300 audit rows)', async () => {
  const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: archive(employeeId: "E1001") { __typename }`);
  const r = await post(q(`{ ${aliases.join(' ')} }`), {}, 'clerk.arc');
  expect(r.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  expect(r.json?.data).toBeUndefined();
});

it('refuses a directive flood and a token flood', async () => {
  const directives = Array.from({ length: 50 }, () => '@include(if: true)').join(' ');
  const d = await post(q(`{ me ${directives} { id } }`));
  expect(d.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  const tokens = await post(q(`{ me { ${Array.from({ length: 5000 }, () => 'id').join(' ')} } }`));
  expect(tokens.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
});

it('refuses a fragment cycle as a validation error, not a crash', async () => {
  const r = await post(q('{ me { ...A } } fragment A on Employee { team { members { ...B } } } fragment B on Employee { team { members { ...A } } }'));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|QUERY_TOO_COMPLEX/);
});

it('refuses a batched array with 400 BATCHING_NOT_SUPPORTED', async () => {
  const r = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
  expect(r.status).toBe(400);
  expect(r.json?.errors?.[0].extensions.code).toBe('BATCHING_NOT_SUPPORTED');
});

it('refuses a body that is not JSON, an unknown charset and an oversize query text, with codes and without echoing them', async () => {
  const bad = await post('{"query": "{ me { id } }"');
  expect(bad.status).toBe(400);
  expect(bad.json?.errors?.[0].extensions.code).toBe('BAD_REQUEST');
  const charset = await post(q('{ me { id } }'), { 'content-type': 'application/json; charset=ebcdic-xx' });
  expect(charset.status).toBe(415);
  expect(charset.json?.errors?.[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  const big = 'x'.repeat(4 * 1024 * 1024);
  const huge = await post(q(`{ employee(id: "${big}") { id } }`));
  expect(huge.status).toBe(413);
  expect(huge.json?.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  expect(huge.text.length).toBeLessThan(2000);
});

it('does not echo a 4 MB id sent as a variable', async () => {
  const r = await post(q('query($id: ID!) { employee(id: $id) { id } }', { id: 'x'.repeat(4 * 1024 * 1024) }));
  expect(r.text.length).toBeLessThan(5000);
  expect(r.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('answers a wrong variable type with 4xx BAD_USER_INPUT, not 5xx', async () => {
  const r = await post(q('query($id: ID!) { employee(id: $id) { id } }', { id: { nested: [1, 2] } }));
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(r.json?.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('keeps introspection and field suggestions off (GRAPHQL_INTROSPECTION unset)', async () => {
  const r = await post(q('{ __schema { types { name } } }'));
  expect(r.json?.data ?? null).toBeNull();
  expect(r.json?.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const typo = await post(q('{ me { nam } }'));
  expect(typo.json?.errors?.[0].message).not.toMatch(/Did you mean/);
});
