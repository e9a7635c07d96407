/**
 * `npm run load:local -- <scenario> [--vus N | --ramp N,N,..] [--duration S]`: the scenario of
 * load-tests/k6 (the same definitions: operations, mix, flows, think time, thresholds) driven from
 * Node with undici against a running gateway (GATEWAY_URL, default http://127.0.0.1:4000). Prints
 * throughput, p50/p95/p99 and errors per operation (and flow step), writes
 * load-tests/results/<date>-<commit>.json, exits 1 when a threshold fails. `--ramp` runs a stage per
 * VU count and prints the highest rate held within the thresholds.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS, operationFor, scenarioData, type Flow, type Scenario, type ScenarioData } from '../scenarios/definitions';
import { GraphqlClient, closedLoops, figures, tokenSource, type Figures } from './client';

/** The run's ids and users: the company at scale's when BG_DATA_FILE (written by `npm run load:scale`) is set. */
export function runData(env: Record<string, string | undefined> = process.env): ScenarioData {
  return scenarioData(env, env.BG_DATA_FILE ? (JSON.parse(readFileSync(env.BG_DATA_FILE, 'utf8')) as ScenarioData) : undefined);
}

/** The value after `--<name>` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

export interface ScenarioResult {
  scenario: string;
  vus: number;
  seconds: number;
  total: Figures;
  operations: Record<string, Figures>;
  failed: string[];
}

interface Tally {
  times: number[];
  http: number;
  gql: number;
}

/** The users a run sends as: its mix's (the first `iterations` name them) and its flows'. */
export function usersOf(scenario: Scenario, data: ScenarioData, iterations: number, withFlows: boolean): Set<string> {
  const users = new Set<string>();
  for (let i = 0; i < iterations; i++) users.add(operationFor(scenario, i).user(i, data));
  if (withFlows) for (const f of scenario.flows ?? []) for (const key of f.keys(data)) for (const step of f.steps) users.add(step.user(key, data));
  return users;
}

/** Each key's flow in order, started within its window (at most `maxSpreadS`); a "not yet" refusal is retried, not counted. */
async function runFlows(
  flows: Flow[],
  data: ScenarioData,
  client: GraphqlClient,
  token: (u: string) => Promise<string>,
  maxSpreadS: number,
  share: { index: number; of: number },
  think: () => number,
  record: (name: string, ms: number, httpOk: boolean, gqlErrors: boolean) => void,
): Promise<number> {
  let retries = 0;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    flows.flatMap((flow) =>
      flow
        .keys(data)
        .filter((_key, i) => i % share.of === share.index)
        .map(async (key) => {
          await sleep(Math.random() * Math.min(flow.windowS, maxSpreadS) * 1000);
          const kept: Record<string, unknown> = {};
          for (const step of flow.steps) {
            const deadline = performance.now() + 60_000;
            for (;;) {
              const out = await client.post(await token(step.user(key, data)), step.query, step.variables(key, data, kept), true);
              const body = out.body as { data?: Record<string, unknown>; errors?: unknown[] } | undefined;
              if (out.graphqlErrors && step.retryWhile && body?.errors && step.retryWhile.test(JSON.stringify(body.errors)) && performance.now() < deadline) {
                retries++;
                await sleep(500);
                continue;
              }
              record(`${flow.name}: ${step.name}`, out.ms, out.httpOk, out.graphqlErrors);
              if (out.graphqlErrors || !body?.data) return; // the rest of this key's flow cannot go on
              step.keep?.(body.data, kept);
              break;
            }
            await sleep(think());
          }
        }),
    ),
  );
  return retries;
}

export async function runScenario(
  scenario: Scenario,
  gatewayUrl: string,
  vus: number,
  seconds: number,
  /**
   * `flows`: false for none, or this stage's share of the keys (every `of`-th from `index`); default
   * all. `warmupS`: the mix first for this long, not recorded (a graph just started compiles and
   * fills its caches on its first requests).
   */
  options: { flows?: boolean | { index: number; of: number }; data?: ScenarioData; warmupS?: number } = {},
): Promise<ScenarioResult> {
  const data = options.data ?? runData();
  const withFlows = options.flows !== false;
  const share = typeof options.flows === 'object' ? options.flows : { index: 0, of: 1 };
  const token = tokenSource();
  const client = new GraphqlClient(`${gatewayUrl.replace(/\/$/, '')}/graphql`, Math.max(8, vus + 16));
  const tallies = new Map<string, Tally>();
  const all: Tally = { times: [], http: 0, gql: 0 };
  const record = (name: string, ms: number, httpOk: boolean, gqlErrors: boolean) => {
    if (!tallies.has(name)) tallies.set(name, { times: [], http: 0, gql: 0 });
    for (const s of [tallies.get(name)!, all]) {
      s.times.push(ms);
      if (!httpOk) s.http++;
      else if (gqlErrors) s.gql++;
    }
  };
  // Tokens first, 8 at a time: their issue time is not the graph's.
  const users = [...usersOf(scenario, data, Math.max(100, Math.round(vus * seconds * 20)), withFlows)];
  for (let i = 0; i < users.length; i += 8) await Promise.all(users.slice(i, i + 8).map((u) => token(u)));
  const { min, max } = scenario.thinkTimeMs;
  const think = () => min + Math.random() * (max - min);
  const mixOperation = async (i: number) => {
    const op = operationFor(scenario, i);
    return { op, out: await client.post(await token(op.user(i, data)), op.query, op.variables?.(i, data)) };
  };
  if (options.warmupS) await closedLoops(vus, options.warmupS, async (i) => void (await mixOperation(i)), think);
  const flowsDone =
    withFlows && scenario.flows?.length ? runFlows(scenario.flows, data, client, token, seconds * 0.75, share, think, record) : Promise.resolve(0);
  const loops = closedLoops(
    vus,
    seconds,
    async (i) => {
      const { op, out } = await mixOperation(i);
      record(op.name, out.ms, out.httpOk, out.graphqlErrors);
    },
    think,
  );
  const [elapsed, retries] = await Promise.all([loops, flowsDone]);
  await client.close();
  if (retries) console.log(`flows: ${retries} "not yet" refusals retried (a precondition still on its way as an event)`);
  const byOp = tallies;

  const t = scenario.thresholds;
  const failed: string[] = [];
  const operations: Record<string, Figures> = {};
  for (const [name, s] of byOp) {
    const f = figures(s.times, elapsed, s.http, s.gql);
    operations[name] = f;
    if (!f.requests) continue;
    if (f.p95 > t.p95Ms) failed.push(`${name}: p95 ${f.p95} ms > ${t.p95Ms} ms`);
    if (f.p99 > t.p99Ms) failed.push(`${name}: p99 ${f.p99} ms > ${t.p99Ms} ms`);
  }
  const total = figures(all.times, elapsed, all.http, all.gql);
  if (total.httpFailures / Math.max(1, total.requests) > t.httpFailureRate)
    failed.push(`HTTP failure rate ${total.httpFailures}/${total.requests} > ${t.httpFailureRate}`);
  if (total.graphqlErrors / Math.max(1, total.requests) > t.graphqlErrorRate)
    failed.push(`GraphQL error rate ${total.graphqlErrors}/${total.requests} > ${t.graphqlErrorRate}`);
  return { scenario: scenario.name, vus, seconds: Math.round(elapsed * 10) / 10, total, operations, failed };
}

export function printResult(r: ScenarioResult): void {
  console.log(`\n${r.scenario}: ${r.vus} VUs, ${r.seconds} s`);
  const rows = [...Object.entries(r.operations), ['(all)', r.total] as const];
  console.log(
    `${'operation'.padEnd(24)} ${'req'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'http err'.padStart(9)} ${'gql err'.padStart(8)}`,
  );
  for (const [name, f] of rows) {
    console.log(
      `${name.padEnd(24)} ${String(f.requests).padStart(7)} ${String(f.rps).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p95).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.httpFailures).padStart(9)} ${String(f.graphqlErrors).padStart(8)}`,
    );
  }
  console.log(r.failed.length ? `thresholds FAILED:\n  ${r.failed.join('\n  ')}` : 'thresholds passed');
}

/** Appends a run to load-tests/results/<date>-<commit>.json (one file per day and commit). */
export function recordResult(entry: object): string {
  const root = join(__dirname, '..', '..');
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    /* not a checkout */
  }
  const dir = join(root, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-${commit}.json`);
  const runs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object[]) : [];
  runs.push({ at: new Date().toISOString(), commit, ...entry });
  writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  return file;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const scenario = name ? SCENARIOS[name] : undefined;
  if (!scenario) {
    console.error(
      `usage: npm run load:local -- <scenario> [--vus N | --ramp N,N,..] [--duration S] [--warmup S (default 10)]\nscenarios: ${Object.keys(SCENARIOS).join(', ')}`,
    );
    process.exit(2);
  }
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
  const seconds = Number(arg('duration') ?? scenario.durationS);
  const warmupS = Number(arg('warmup') ?? 10);
  const ramp = arg('ramp');
  if (!ramp) {
    const result = await runScenario(scenario, gatewayUrl, Number(arg('vus') ?? scenario.vus), seconds, { warmupS });
    printResult(result);
    console.log(`recorded in ${recordResult({ kind: 'load:local', gatewayUrl, ...result })}`);
    process.exit(result.failed.length ? 1 : 0);
  }
  // --ramp 10,20,40: one stage per VU count, to find the highest rate this machine sustains within the
  // thresholds. A flow runs once per key (a month is closed once), so the keys are dealt out among the
  // stages: each stage is a month end of its share of the branches beside its mix.
  const stages: ScenarioResult[] = [];
  const counts = ramp.split(',').map(Number);
  for (const [k, vus] of counts.entries()) {
    const result = await runScenario(scenario, gatewayUrl, vus, seconds, { flows: { index: k, of: counts.length }, warmupS });
    printResult(result);
    stages.push(result);
  }
  const passed = stages.filter((r) => !r.failed.length);
  const best = passed.sort((a, b) => b.total.rps - a.total.rps)[0];
  console.log(
    best
      ? `\nhighest rate sustained within the thresholds: ${best.total.rps} req/s (${best.vus} VUs; p95 ${best.total.p95} ms over all operations)`
      : '\nno stage held the thresholds',
  );
  console.log(`recorded in ${recordResult({ kind: 'load:local ramp', gatewayUrl, scenario: scenario.name, sustainedRps: best?.total.rps ?? null, stages })}`);
  process.exit(!best ? 1 : 0);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
