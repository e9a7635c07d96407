/**
 * `npm run load:local -- <scenario> [--vus N] [--duration S]`: the scenario of load-tests/k6 (the same
 * definitions: operations, mix, think time, thresholds) driven from Node with undici against a running
 * gateway (GATEWAY_URL, default http://127.0.0.1:4000). Prints throughput, p50/p95/p99 and errors per
 * operation, writes load-tests/results/<date>-<commit>.json, exits 1 when a threshold fails.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIOS, operationFor, scenarioData, type Scenario } from '../scenarios/definitions';
import { GraphqlClient, closedLoops, figures, tokenSource, type Figures } from './client';

function arg(name: string): string | undefined {
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

export async function runScenario(scenario: Scenario, gatewayUrl: string, vus: number, seconds: number): Promise<ScenarioResult> {
  const data = scenarioData(process.env);
  const token = tokenSource();
  const client = new GraphqlClient(`${gatewayUrl.replace(/\/$/, '')}/graphql`, Math.max(8, vus));
  const byOp = new Map(scenario.operations.map((o) => [o.name, { times: [] as number[], http: 0, gql: 0 }]));
  const all = { times: [] as number[], http: 0, gql: 0 };
  // Tokens first: their issue time is not the graph's.
  for (let i = 0; i < 100; i++) await token(operationFor(scenario, i).user(i, data));
  const { min, max } = scenario.thinkTimeMs;
  const elapsed = await closedLoops(
    vus,
    seconds,
    async (i) => {
      const op = operationFor(scenario, i);
      const out = await client.post(await token(op.user(i, data)), op.query, op.variables?.(i, data));
      for (const s of [byOp.get(op.name)!, all]) {
        s.times.push(out.ms);
        if (!out.httpOk) s.http++;
        else if (out.graphqlErrors) s.gql++;
      }
    },
    () => min + Math.random() * (max - min),
  );
  await client.close();

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
    console.error(`usage: npm run load:local -- <scenario> [--vus N] [--duration S]\nscenarios: ${Object.keys(SCENARIOS).join(', ')}`);
    process.exit(2);
  }
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
  const vus = Number(arg('vus') ?? scenario.vus);
  const seconds = Number(arg('duration') ?? scenario.durationS);
  const result = await runScenario(scenario, gatewayUrl, vus, seconds);
  printResult(result);
  console.log(`recorded in ${recordResult({ kind: 'load:local', gatewayUrl, ...result })}`);
  process.exit(result.failed.length ? 1 : 0);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
