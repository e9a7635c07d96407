/**
 * `npm run soak:gateway [-- --requests N --concurrency C]`: many requests through a running gateway
 * (GATEWAY_URL, default http://127.0.0.1:4000) in bursts at concurrency C (default 50), with idle
 * gaps between the bursts that straddle the connection idle timeouts (the gateway drops pooled
 * subgraph connections after SUBGRAPH_IDLE_TIMEOUT_MS, the subgraphs keep theirs 65 s, this client
 * its own after 4 s): the pattern that used to end in "socket hang up" and INTERNAL_SERVER_ERROR.
 * The requests are every query operation of the load scenarios (load-tests/src/scenarios), each
 * with its scenario's users. It prints the HTTP statuses, the GraphQL error codes and the
 * network failures, and exits 1 on any HTTP 5xx, INTERNAL_SERVER_ERROR or network failure, and
 * on any other answer than HTTP 200 (a soak refused by the token check or a rate limit proves nothing).
 * Tokens as the local runner takes them (Keycloak when KEYCLOAK_URL is set, else the dev realm).
 * Per-user rate limiting at the gateway must allow the rate (a few users send everything).
 */
import { Pool } from 'undici';
import { SCENARIOS, scenarioData, type Operation } from '../scenarios/definitions';
import { tokenSource, percentile } from '../local/client';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const REQUESTS = arg('requests', 100_000);
const CONCURRENCY = arg('concurrency', 50);
const BURST = arg('burst', 5_000);
/** Idle gaps between bursts, milliseconds: below, at and above the 4 s idle timeouts. */
const GAPS = [500, 3_900, 4_100, 6_000, 1_500];

interface Tally {
  statuses: Map<number, number>;
  codes: Map<string, number>;
  network: Map<string, number>;
  times: number[];
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

async function main(): Promise<void> {
  const gateway = (process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const data = scenarioData(process.env);
  const operations: Operation[] = Object.values(SCENARIOS).flatMap((s) => s.operations.filter((o) => !/^\s*mutation/.test(o.query)));
  const token = tokenSource();
  for (let i = 0; i < 50; i++) for (const op of operations) await token(op.user(i, data));
  const pool = new Pool(gateway, { connections: CONCURRENCY, keepAliveTimeout: 4_000 });
  const tally: Tally = { statuses: new Map(), codes: new Map(), network: new Map(), times: [] };
  const t0 = performance.now();
  let sent = 0;
  let burstNo = 0;
  while (sent < REQUESTS) {
    const end = Math.min(REQUESTS, sent + BURST);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < end) {
          const i = sent++;
          const op = operations[i % operations.length];
          const t = performance.now();
          try {
            const res = await pool.request({
              path: '/graphql',
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(op.user(i, data))}` },
              body: JSON.stringify({ query: op.query, variables: op.variables?.(i, data) }),
            });
            const text = await res.body.text();
            bump(tally.statuses, res.statusCode);
            try {
              const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
              for (const e of body.errors ?? []) bump(tally.codes, e.extensions?.code ?? '(no code)');
            } catch {
              bump(tally.codes, '(not JSON)');
            }
          } catch (e) {
            bump(tally.network, (e as { code?: string }).code ?? (e as Error).message.slice(0, 60));
          }
          tally.times.push(performance.now() - t);
        }
      }),
    );
    if (sent < REQUESTS) {
      const gap = GAPS[burstNo++ % GAPS.length];
      process.stdout.write(`  ${sent} requests, idle ${gap} ms\n`);
      await new Promise((r) => setTimeout(r, gap));
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();

  const sorted = tally.times.sort((a, b) => a - b);
  const fivexx = [...tally.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const internal = tally.codes.get('INTERNAL_SERVER_ERROR') ?? 0;
  const network = [...tally.network.values()].reduce((n, c) => n + c, 0);
  const not200 = [...tally.statuses].filter(([s]) => s !== 200).reduce((n, [, c]) => n + c, 0);
  const show = <K>(m: Map<K, number>) => [...m].map(([k, v]) => `${String(k)} ${v}`).join(', ') || 'none';
  console.log(`\n${tally.times.length} requests at concurrency ${CONCURRENCY} in bursts of ${BURST} with idle gaps, ${seconds.toFixed(0)} s`);
  console.log(`operations: ${operations.map((o) => o.name).join(', ')}`);
  console.log(`HTTP statuses: ${show(tally.statuses)}`);
  console.log(`GraphQL error codes: ${show(tally.codes)}`);
  console.log(`network failures: ${show(tally.network)}`);
  console.log(
    `latency p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
  );
  console.log(`HTTP 5xx: ${fivexx}   INTERNAL_SERVER_ERROR: ${internal}   network failures: ${network}   other than HTTP 200: ${not200}`);
  process.exit(fivexx + internal + network + not200 === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
