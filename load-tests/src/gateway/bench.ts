/**
 * `npm run bench:gateway`: the branch dashboard and the head-office comparison through the
 * gateway(s) and as the query plan's subgraph calls sent directly, in one run, at concurrency 1
 * and 10; prints req/s, p50/p95 and the ratios to the direct calls.
 *
 * Against a running stack (`npm start` or `npm run start:infra`): GATEWAY_URL (default
 * http://127.0.0.1:4000), PERSONNEL_URL ... RECRUITMENT_URL (defaults :4001-4004), tokens as in the
 * local runner (KEYCLOAK_URL: direct grant). BENCH_GATEWAYS="name=url,..." compares several
 * gateways on the same subgraphs (e.g. one started with SUBGRAPH_DEDUPE=false, or Hive Gateway).
 * BENCH_SECONDS (default 10) per measurement.
 */
import { COMPARISON, DASHBOARD, scenarioData } from '../scenarios/definitions';
import { GraphqlClient, closedLoops, figures, tokenSource, type Figures } from '../local/client';
import { recordResult } from '../local/run';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const data = scenarioData(env);
const TEAM = data.teams[0];
const MONTH = data.month;
const subgraph = (name: string, port: number) => env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${port}/graphql`;

type Call = (token: string) => Promise<boolean>;

function viaGateway(client: GraphqlClient, query: string, variables: Record<string, unknown>): Call {
  return async (token) => {
    const out = await client.post(token, query, variables);
    return out.httpOk && !out.graphqlErrors;
  };
}

/** The dashboard's plan, sent by hand: the team's members from personnel, then each extension subgraph's `_entities` at once. */
function dashboardDirect(clients: Record<string, GraphqlClient>): Call {
  const entities = (fields: string) => `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { ${fields} } } }`;
  const parts: Array<[string, string]> = [
    ['attendance', entities(`attendance(month: "${MONTH}") { lateArrivals absentDays }`)],
    ['performance', entities(`businessMetrics(month: "${MONTH}") { newAccounts netRevenueFen }`)],
    ['recruitment', entities('trainingRecords { title }')],
  ];
  return async (token) => {
    const team = await clients.personnel.post(token, '{ team(id: "' + TEAM + '") { members { __typename id name } } }', undefined, true);
    if (!team.httpOk || team.graphqlErrors) return false;
    const members = (team.body as { data: { team: { members: Array<{ __typename: string; id: string }> } } }).data.team.members;
    const representations = members.map((m) => ({ __typename: 'Employee', id: m.id }));
    const outs = await Promise.all(parts.map(([name, q]) => clients[name].post(token, q, { representations })));
    return outs.every((o) => o.httpOk && !o.graphqlErrors);
  };
}

async function measure(label: string, call: Call, token: string, vus: number): Promise<Figures & { label: string; vus: number }> {
  for (let i = 0; i < 20; i++) await call(token);
  const times: number[] = [];
  let failures = 0;
  const seconds = await closedLoops(vus, SECONDS, async () => {
    const t0 = performance.now();
    if (!(await call(token))) failures++;
    times.push(performance.now() - t0);
  });
  const f = { label, vus, ...figures(times, seconds, 0, failures) };
  console.log(
    `${label.padEnd(44)} c=${String(vus).padEnd(3)} ${String(f.rps).padStart(7)} req/s  p50 ${String(f.p50).padStart(7)} ms  p95 ${String(f.p95).padStart(7)} ms  errors ${failures}`,
  );
  return f;
}

async function main(): Promise<void> {
  const token = tokenSource(env);
  const [lead, vp] = [await token('tl.wang'), await token('vp.qian')];
  const gateways = (env.BENCH_GATEWAYS ?? `ours=${env.GATEWAY_URL ?? 'http://127.0.0.1:4000'}`)
    .split(',')
    .map((s) => s.split('='))
    .map(([name, url]) => ({ name, client: new GraphqlClient(`${url.replace(/\/(graphql)?$/, '')}/graphql`) }));
  const clients: Record<string, GraphqlClient> = {
    personnel: new GraphqlClient(subgraph('personnel', 4001)),
    attendance: new GraphqlClient(subgraph('attendance', 4002)),
    performance: new GraphqlClient(subgraph('performance', 4003)),
    recruitment: new GraphqlClient(subgraph('recruitment', 4004)),
  };
  const cases: Array<{ name: string; token: string; direct: Call; via: (c: GraphqlClient) => Call }> = [
    {
      name: `dashboard (${TEAM}, ${MONTH})`,
      token: lead,
      direct: dashboardDirect(clients),
      via: (c) => viaGateway(c, DASHBOARD, { team: TEAM, month: MONTH }),
    },
    {
      name: `comparison (branches, ${MONTH})`,
      token: vp,
      direct: viaGateway(clients.performance, COMPARISON, { period: MONTH }),
      via: (c) => viaGateway(c, COMPARISON, { period: MONTH }),
    },
  ];
  const results: object[] = [];
  for (const c of cases) {
    for (const vus of [1, 10]) {
      const direct = await measure(`${c.name}: direct subgraph calls`, c.direct, c.token, vus);
      results.push(direct);
      for (const g of gateways) {
        const f = await measure(`${c.name}: gateway ${g.name}`, c.via(g.client), c.token, vus);
        const ratio = { throughputVsDirect: Math.round((f.rps / direct.rps) * 100) / 100, p95VsDirect: Math.round((f.p95 / direct.p95) * 100) / 100 };
        console.log(`${''.padEnd(44)}       ${g.name}/direct: throughput x${ratio.throughputVsDirect}, p95 x${ratio.p95VsDirect}`);
        results.push({ ...f, ...ratio });
      }
    }
  }
  await Promise.all([...gateways.map((g) => g.client.close()), ...Object.values(clients).map((c) => c.close())]);
  console.log(`recorded in ${recordResult({ kind: 'bench:gateway', seconds: SECONDS, results })}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
