/**
 * `npm run bench:gateway`: the branch dashboard (a 14-member team: attendance month, business
 * metrics, training records) and the head-office comparison, at concurrency 1 and 10, in one run:
 *
 *  1. **today's baseline**: the tree the month-end issue was measured on (BENCH_BASELINE, default
 *     a070e60: no DataLoaders, keycloak-connect's PEM per request, make-fetch-happen links), checked
 *     out and built once under ~/.cache/branch-graph, on fresh real parts, through its gateway;
 *  2. **this tree** on fresh real parts: through our gateway (deduplication on, the default), a
 *     second one with SUBGRAPH_DEDUPE=false, Hive Gateway on the same supergraph with its
 *     deduplication on and off (gateway/hive.ts), and as the query plan's subgraph calls sent
 *     directly (personnel's team, then the three `_entities` calls at once);
 *
 * each a separate process on the real PostgreSQL, Kafka and Keycloak (infra/local), one after the
 * other, then prints the ratios the issue asks for. BENCH_SECONDS (default 10) per measurement;
 * BENCH_BASELINE=off skips step 1.
 *
 * Against a stack already running instead: BENCH_GATEWAYS="name=url,..." (e.g.
 * "ours=http://127.0.0.1:4000"), subgraphs at PERSONNEL_URL ... RECRUITMENT_URL (default :4001-4004).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { freshRealParts, localRealParts, ServiceProcess, startAll, stopAll } from '@bg/processes';
import { COMPARISON, DASHBOARD, scenarioData } from '../scenarios/definitions';
import { GraphqlClient, closedLoops, figures, tokenSource, type Figures } from '../local/client';
import { recordResult } from '../local/run';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const data = scenarioData(env);
const TEAM = data.teams[0];
const MONTH = data.month;
const ROOT = join(__dirname, '..', '..', '..');
const BASELINE = env.BENCH_BASELINE ?? 'a070e60';
const subgraph = (name: string, port: number) => env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${port}/graphql`;

/** The same two operations in the baseline's schema (before the naming conventions of issue 18). */
const BASELINE_DASHBOARD = `query Dashboard($team: ID!, $month: YearMonth!) { team(id: $team) { members { name
  attendance(month: $month) { late absent }
  businessMetrics(month: $month) { newAccounts netRevenue }
  trainingRecords { title } } } }`;
const BASELINE_COMPARISON = `query Comparison($period: String!) {
  branchComparison(period: $period) { period level rows { key rank accountsOpened newAssetsFen netRevenueFen payrollCostFen costPerAccountFen netRevenueChangePct } } }`;

type Call = (token: string) => Promise<boolean>;
type Row = Figures & { label: string; case: string; target: string; vus: number };

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

async function measure(caseName: string, target: string, call: Call, token: string, vus: number): Promise<Row> {
  for (let i = 0; i < 20; i++) await call(token);
  const times: number[] = [];
  let failures = 0;
  const seconds = await closedLoops(vus, SECONDS, async () => {
    const t0 = performance.now();
    if (!(await call(token))) failures++;
    times.push(performance.now() - t0);
  });
  const label = `${caseName}: ${target}`;
  const f: Row = { label, case: caseName, target, vus, ...figures(times, seconds, 0, failures) };
  console.log(
    `${label.padEnd(52)} c=${String(vus).padEnd(3)} ${String(f.rps).padStart(7)} req/s  p50 ${String(f.p50).padStart(7)} ms  p95 ${String(f.p95).padStart(7)} ms  errors ${failures}`,
  );
  return f;
}

interface Target {
  name: string;
  call: (c: Case) => Call;
}
interface Case {
  name: string;
  user: string;
  query: string;
  variables: Record<string, unknown>;
  direct?: (clients: Record<string, GraphqlClient>) => Call;
}

const CASES: Case[] = [
  { name: `dashboard (${TEAM}, ${MONTH})`, user: 'tl.wang', query: DASHBOARD, variables: { team: TEAM, month: MONTH }, direct: dashboardDirect },
  {
    name: `comparison (branches, ${MONTH})`,
    user: 'vp.qian',
    query: COMPARISON,
    variables: { period: MONTH },
    direct: (clients) => viaGateway(clients.performance, COMPARISON, { period: MONTH }),
  },
];
const BASELINE_QUERIES: Record<string, string> = { [CASES[0].name]: BASELINE_DASHBOARD, [CASES[1].name]: BASELINE_COMPARISON };

function subgraphClients(): Record<string, GraphqlClient> {
  return {
    personnel: new GraphqlClient(subgraph('personnel', 4001)),
    attendance: new GraphqlClient(subgraph('attendance', 4002)),
    performance: new GraphqlClient(subgraph('performance', 4003)),
    recruitment: new GraphqlClient(subgraph('recruitment', 4004)),
  };
}

/** Every case at c=1 and c=10 against every target, direct calls first. */
async function measureAll(targets: Target[], withDirect: boolean): Promise<Row[]> {
  const token = tokenSource(env);
  const clients = subgraphClients();
  const rows: Row[] = [];
  for (const c of CASES) {
    for (const vus of [1, 10]) {
      const t = await token(c.user);
      if (withDirect && c.direct) rows.push(await measure(c.name, 'direct subgraph calls', c.direct(clients), t, vus));
      for (const target of targets) rows.push(await measure(c.name, target.name, target.call(c), t, vus));
    }
  }
  await Promise.all(Object.values(clients).map((c) => c.close()));
  return rows;
}

/** Waits until the dashboard answers every member's figures (the services have learnt the demo company over Kafka). */
async function untilDataReady(query: string, label: string): Promise<void> {
  const client = new GraphqlClient('http://127.0.0.1:4000/graphql', 2);
  const token = await tokenSource(env)('tl.wang');
  const deadline = Date.now() + 180_000;
  try {
    for (;;) {
      const out = await client.post(token, query, { team: TEAM, month: MONTH }, true);
      const members = (out.body as { data?: { team?: { members?: Array<{ attendance: unknown; businessMetrics: unknown }> } } } | undefined)?.data?.team
        ?.members;
      if (out.httpOk && !out.graphqlErrors && members?.length && members.every((m) => m.attendance && m.businessMetrics)) {
        console.log(`${label}: the dashboard answers ${members.length} members`);
        return;
      }
      if (Date.now() > deadline) throw new Error(`${label}: the dashboard did not answer within 180 s`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await client.close();
  }
}

async function untilListening(url: string, child: ChildProcess, label: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited during start`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${label} did not listen within 120 s`);
}

function spawnLogged(label: string, args: string[], extraEnv: Record<string, string>, logDir: string): ChildProcess {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `${label}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** The baseline tree, checked out (git worktree) and built once. */
function baselineTree(): string {
  const dir = join(env.BENCH_BASELINE_DIR ?? join(homedir(), '.cache', 'branch-graph'), `baseline-${BASELINE}`);
  if (!existsSync(join(dir, 'gateway', 'dist', 'main.js'))) {
    console.log(`checking out and building ${BASELINE} in ${dir} (once)`);
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, BASELINE], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    execFileSync('npx', ['turbo', 'run', 'build'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

async function baselinePhase(): Promise<Row[]> {
  const dir = baselineTree();
  const parts = localRealParts();
  await freshRealParts(parts);
  console.log(`\n== today's baseline (${BASELINE}) on fresh real parts ==`);
  const logDir = join(parts.logDir, 'bench-baseline');
  const stack = spawnLogged('start', [join(dir, 'infra', 'processes', 'dist', 'start.js')], { PROCESS_LOG_DIR: logDir }, logDir);
  try {
    await untilListening('http://127.0.0.1:4000/healthz', stack, 'the baseline graph');
    await untilDataReady(BASELINE_DASHBOARD, 'baseline');
    const gateway = new GraphqlClient('http://127.0.0.1:4000/graphql');
    const rows = await measureAll([{ name: `gateway ${BASELINE} (today)`, call: (c) => viaGateway(gateway, BASELINE_QUERIES[c.name], c.variables) }], false);
    await gateway.close();
    return rows;
  } finally {
    await stopChild(stack);
  }
}

async function currentPhase(): Promise<Row[]> {
  const parts = localRealParts();
  await freshRealParts(parts);
  console.log('\n== this tree on fresh real parts ==');
  const processes = await startAll(parts);
  const nodedup = new ServiceProcess('gateway', parts, { index: 9, port: 4010 });
  const hives: ChildProcess[] = [];
  try {
    await nodedup.start({ SUBGRAPH_DEDUPE: 'false' });
    for (const [port, dedupe] of [
      [4020, 'true'],
      [4021, 'false'],
    ]) {
      const child = spawnLogged(`hive-${port}`, [join(__dirname, 'hive.js')], { PORT: String(port), HIVE_DEDUPE: String(dedupe) }, parts.logDir);
      hives.push(child);
      await untilListening(`http://127.0.0.1:${port}/healthcheck`, child, `Hive Gateway :${port}`);
    }
    await untilDataReady(DASHBOARD, 'this tree');
    const gateways = [
      ['gateway ours', 4000],
      ['gateway ours, dedup off', 4010],
      ['Hive Gateway, dedup on', 4020],
      ['Hive Gateway, dedup off', 4021],
    ].map(([name, port]) => ({ name: String(name), client: new GraphqlClient(`http://127.0.0.1:${port}/graphql`) }));
    const rows = await measureAll(
      gateways.map((g) => ({ name: g.name, call: (c: Case) => viaGateway(g.client, c.query, c.variables) })),
      true,
    );
    await Promise.all(gateways.map((g) => g.client.close()));
    return rows;
  } finally {
    await Promise.all(hives.map(stopChild));
    await nodedup.stop();
    await stopAll(processes);
  }
}

function find(rows: Row[], caseName: string, target: string, vus: number): Row | undefined {
  return rows.find((r) => r.case === caseName && r.target === target && r.vus === vus);
}

/** The figures: throughput and p95 ratios between targets of the same run. */
function summary(rows: Row[]): object[] {
  const out: object[] = [];
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  console.log('\n== ratios (same run) ==');
  for (const c of CASES) {
    for (const vus of [1, 10]) {
      const ours = find(rows, c.name, 'gateway ours', vus);
      if (!ours) continue;
      for (const other of rows.filter((r) => r.case === c.name && r.vus === vus && r !== ours)) {
        const line = { case: c.name, vus, against: other.target, throughput: ratio(ours.rps, other.rps), p95: ratio(ours.p95, other.p95) };
        const invalid = other.graphqlErrors || ours.graphqlErrors ? ' (errors in the run: not comparable)' : '';
        console.log(`${c.name} c=${vus}: ours / ${other.target}: throughput x${line.throughput}, p95 x${line.p95}${invalid}`);
        out.push(line);
      }
    }
  }
  // The month-end issue's bar for the dashboard at concurrency 10.
  const dash = (target: string) => find(rows, CASES[0].name, target, 10);
  const [ours, today, direct, hive] = [
    dash('gateway ours'),
    dash(`gateway ${BASELINE} (today)`),
    dash('direct subgraph calls'),
    dash('Hive Gateway, dedup on'),
  ];
  if (ours) {
    console.log('\n== the dashboard at c=10 against the issue ==');
    const check = (ok: boolean, text: string) => console.log(`${ok ? 'met ' : 'MISSED'}  ${text}`);
    if (today) check(ours.rps >= 5 * today.rps, `at least 5x today's throughput: x${ratio(ours.rps, today.rps)}`);
    check(ours.p95 < 150, `p95 under 150 ms: ${ours.p95} ms`);
    if (direct)
      check(
        ours.rps >= direct.rps / 1.2,
        `within 1.2x of the direct subgraph calls: throughput x${ratio(ours.rps, direct.rps)}, p95 x${ratio(ours.p95, direct.p95)}`,
      );
    if (hive) check(ours.rps >= hive.rps, `at least level with Hive Gateway, dedup on: x${ratio(ours.rps, hive.rps)}`);
  }
  return out;
}

async function main(): Promise<void> {
  let rows: Row[];
  if (env.BENCH_GATEWAYS) {
    const gateways = env.BENCH_GATEWAYS.split(',')
      .map((s) => s.split('='))
      .map(([name, url]) => ({ name: name === 'ours' ? 'gateway ours' : name, client: new GraphqlClient(`${url.replace(/\/(graphql)?$/, '')}/graphql`) }));
    rows = await measureAll(
      gateways.map((g) => ({ name: g.name, call: (c: Case) => viaGateway(g.client, c.query, c.variables) })),
      true,
    );
    await Promise.all(gateways.map((g) => g.client.close()));
  } else {
    if (!env.KEYCLOAK_URL) env.KEYCLOAK_URL = 'http://127.0.0.1:8080';
    rows = [...(BASELINE === 'off' ? [] : await baselinePhase()), ...(await currentPhase())];
  }
  const ratios = summary(rows);
  console.log(`recorded in ${recordResult({ kind: 'bench:gateway', seconds: SECONDS, baseline: BASELINE, results: rows, ratios })}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
