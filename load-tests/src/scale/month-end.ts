/**
 * `npm run load:month-end [-- --ramp 3,5,8 --duration 60]`: the month-end peak on the company at
 * scale, the services' events beside their graph (one process per service: the baseline) and apart
 * (each service's `events` process at niceness 10: what infra/processes and k8s run), side by side
 * in one run on one load.
 *
 * Loads the company (load.ts, about 5 minutes), then for each VU count of the ramp runs the
 * `month-end` scenario once per configuration, the graph restarted in it, every consumer group
 * caught up and 15 s of the mix (not recorded) before each stage. A month is closed once, so the 50 branches' payroll flows are dealt
 * out among all the stages of both configurations: each stage is the month end of its share of the
 * branches beside its mix. Prints each stage, then the table side by side and the highest rate each
 * configuration sustains within the scenario's thresholds (0 errors, p95/p99 per operation); records
 * it in load-tests/results/. Exits 1 when the configuration apart holds no stage.
 */
// First: load.ts sets DEMO_COMPANY=scale before @bg/service (which the others import) builds its company.
import { REALM, loadCompany, untilConsumersCaughtUp } from './load';
import { startAll, stopAll } from '@bg/processes';
import { SCENARIOS } from '../scenarios/definitions';
import { arg, printResult, recordResult, runScenario, type ScenarioResult } from '../local/run';

const CONFIGURATIONS = [
  { label: 'events beside the graph (baseline)', eventsApart: false },
  { label: 'events apart, niceness 10', eventsApart: true },
];

/** The worst p95 over a stage's operations, and which. */
function worstP95(r: ScenarioResult): { operation: string; p95: number } {
  return Object.entries(r.operations)
    .map(([operation, f]) => ({ operation, p95: f.p95 }))
    .sort((a, b) => b.p95 - a.p95)[0];
}

async function main(): Promise<void> {
  const scenario = SCENARIOS['month-end'];
  const counts = (arg('ramp') ?? '3,5,8').split(',').map(Number);
  const seconds = Number(arg('duration') ?? 60);
  const { processes, parts, data } = await loadCompany();
  await stopAll(processes);
  let graph: Awaited<ReturnType<typeof startAll>> | undefined;
  process.once('SIGINT', () => void (graph ? stopAll(graph) : Promise.resolve()).then(() => process.exit(130)));
  process.env.KEYCLOAK_URL = parts.keycloakUrl;
  process.env.KEYCLOAK_REALM = REALM;
  const gatewayUrl = 'http://127.0.0.1:4000';
  const stages: Array<{ configuration: string; result: ScenarioResult }> = [];
  let share = 0;
  for (const vus of counts) {
    for (const c of CONFIGURATIONS) {
      graph = await startAll({ ...parts, eventsApart: c.eventsApart }, 5 * 60_000);
      try {
        await untilConsumersCaughtUp(parts.kafkaBrokers.split(','), 10 * 60_000);
        console.log(`\n== ${c.label}`);
        const result = await runScenario(scenario, gatewayUrl, vus, seconds, {
          flows: { index: share++, of: counts.length * CONFIGURATIONS.length },
          data,
          warmupS: 15,
        });
        printResult(result);
        stages.push({ configuration: c.label, result });
      } finally {
        await stopAll(graph);
      }
    }
  }

  console.log('\nmonth-end on the company at scale, same run, same load (flows dealt out among all stages):');
  console.log(`${'configuration'.padEnd(38)} ${'VUs'.padStart(4)} ${'req/s'.padStart(7)} ${'errors'.padStart(7)}  worst p95 (operation)`);
  for (const { configuration, result: r } of stages) {
    const w = worstP95(r);
    const errors = r.total.httpFailures + r.total.graphqlErrors;
    console.log(
      `${configuration.padEnd(38)} ${String(r.vus).padStart(4)} ${String(r.total.rps).padStart(7)} ${String(errors).padStart(7)}  ${w.p95} ms (${w.operation})${r.failed.length ? '  thresholds FAILED' : '  held'}`,
    );
  }
  const sustained: Record<string, number | null> = {};
  for (const c of CONFIGURATIONS) {
    const held = stages.filter((s) => s.configuration === c.label && !s.result.failed.length).map((s) => s.result.total.rps);
    sustained[c.label] = held.length ? Math.max(...held) : null;
    console.log(`highest rate sustained within the thresholds, ${c.label}: ${sustained[c.label] ?? 'none'}${held.length ? ' req/s' : ''}`);
  }
  console.log(`recorded in ${recordResult({ kind: 'load:month-end', scenario: scenario.name, sustainedRps: sustained, stages })}`);
  process.exit(sustained[CONFIGURATIONS[1].label] === null ? 1 : 0);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
