/**
 * `npm run test:hostile`: the hostile-input suite (issue 14). Starts the embedded graph as a child
 * (`node infra/embedded/dist/start.js`, a temp DATA_DIR, free ports, introspection off), sends it
 * over 10,000 generated malformed or abusive requests, to the gateway and to the subgraphs
 * directly (./classes.ts), and prints per class and in total: HTTP 5xx, INTERNAL_SERVER_ERROR,
 * leaks (stack frames, file paths, the subgraphs' addresses, SQL), abusive requests answered with
 * data, process crashes, the slowest request's server time (the `Server-Timing` the server
 * measured itself, so a loaded machine's client-side queueing does not count; must be < 1 s) and
 * resident memory growth (< 10%). Exits non-zero if any target fails.
 *
 * HOSTILE_SCALE (default 1) scales every class's count; HOSTILE_CONCURRENCY (default 4) the
 * requests in flight; HOSTILE_ONLY / HOSTILE_SKIP (regular expressions over the class names) pick classes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DevRealm } from '@bg/auth';
import { hostileClasses, otherKey, signJwt, type HostileClass, type HostileRequest, type Targets } from './classes';

const ROOT = resolve(__dirname, '..', '..', '..');
const SCALE = Number(process.env.HOSTILE_SCALE ?? 1);
const CONCURRENCY = Number(process.env.HOSTILE_CONCURRENCY ?? 4);
const MAX_SERVER_MS = 1000;
const MAX_RSS_GROWTH = 0.1;
const HEALTH_TIMEOUT_MS = Number(process.env.HOSTILE_HEALTH_TIMEOUT_MS ?? 2000);

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

interface Answer {
  status: number;
  body: string;
  /** The server's wall time for the request (Server-Timing app). */
  serverMs: number | null;
  /** The server process's CPU time over the request (Server-Timing cpu): not inflated by other processes on a loaded machine. */
  cpuMs?: number | null;
  clientMs: number;
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function send(r: HostileRequest, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  return new Promise((done) => {
    const url = new URL(r.target);
    const body = r.body === undefined ? undefined : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
    const req = httpRequest(
      url,
      { method: r.method, headers: { ...r.headers, ...(body ? { 'content-length': String(body.length) } : {}) }, agent, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size < 16 * 1024 * 1024) chunks.push(c);
        });
        res.on('end', () => {
          const header = String(res.headers['server-timing'] ?? '');
          const wall = header.match(/app;dur=([\d.]+)/);
          const cpu = header.match(/cpu;dur=([\d.]+)/);
          done({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            serverMs: wall ? Number(wall[1]) : null,
            cpuMs: cpu ? Number(cpu[1]) : null,
            clientMs: performance.now() - started,
          });
        });
        res.on('error', (e) => done({ status: 0, body: '', serverMs: null, clientMs: performance.now() - started, error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) =>
      done({ status: 0, body: '', serverMs: null, clientMs: performance.now() - started, error: (e as NodeJS.ErrnoException).code ?? e.message }),
    );
    if (body) req.end(body);
    else req.end();
  });
}

/** What must never be in an answer. */
function leakPatterns(internal: string[]): Array<[string, RegExp]> {
  return [
    ['stack frame', /\bat [\w$.<>\s[\]]*\(?[^()\s]*:\d+:\d+\)?/],
    ['file path', /\/work\/|\/src\/|\.ts:\d|node_modules/],
    ['internal address', new RegExp(internal.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))],
    ['SQL', /\bselect\b[\s\S]{0,300}\bfrom\b|\binsert into\b|\bupdate\s+\S+\s+set\b|SQLITE_|sqlite3?\b/i],
  ];
}

interface Tally {
  requests: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  other: number;
  ise: number;
  leaks: number;
  accepted: number;
  network: number;
  noTiming: number;
  maxServerMs: number;
  maxCpuMs: number;
  maxClientMs: number;
  examples: string[];
}

const tally = (): Tally => ({
  requests: 0,
  s2xx: 0,
  s4xx: 0,
  s5xx: 0,
  other: 0,
  ise: 0,
  leaks: 0,
  accepted: 0,
  network: 0,
  noTiming: 0,
  maxServerMs: 0,
  maxCpuMs: 0,
  maxClientMs: 0,
  examples: [],
});

function rssOf(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) * 1024 : 0;
}

/**
 * A full garbage collection in the graph's process, through its inspector (`url`: the `ws://`
 * address it printed on stderr; Chrome DevTools Protocol `HeapProfiler.collectGarbage`), twice.
 */
async function fullGc(url: string | undefined): Promise<void> {
  if (!url) throw new Error('the graph did not print its inspector address');
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error('could not reach the inspector'));
  });
  try {
    for (const id of [1, 2]) {
      await new Promise<void>((resolve) => {
        ws.onmessage = (m) => {
          if ((JSON.parse(String(m.data)) as { id?: number }).id === id) resolve();
        };
        ws.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
      });
    }
  } finally {
    ws.close();
  }
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bg-hostile-'));
  const [gw, p1, p2, p3, p4] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const gatewayUrl = `http://127.0.0.1:${gw}`;
  const keyFile = join(dir, 'key.pem');
  // The embedded graph whatever the shell has: SQLite, in-process events, the dev realm.
  const { DATABASE_URL: _db, KAFKA_BROKERS: _kafka, KEYCLOAK_URL: _kc, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATA_DIR: dir,
    DEV_REALM_KEY_FILE: keyFile,
    PORT: String(gw),
    GATEWAY_URL: gatewayUrl,
    PERSONNEL_PORT: String(p1),
    ATTENDANCE_PORT: String(p2),
    PERFORMANCE_PORT: String(p3),
    RECRUITMENT_PORT: String(p4),
    LOG_LEVEL: 'silent',
    GRAPHQL_INTROSPECTION: 'false',
  };
  // The inspector on loopback lets the suite collect garbage before each memory reading (fullGc):
  // resident memory then shows what is retained, not how far the heap grew since the last collection.
  const child: ChildProcess = spawn(process.execPath, ['--inspect=127.0.0.1:0', join(ROOT, 'infra/embedded/dist/start.js')], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let crashed: string | null = null;
  let stopping = false;
  let stderr = '';
  let inspector: string | undefined;
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
    inspector ??= /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(stderr)?.[0];
  });
  child.on('exit', (code, signal) => {
    if (!stopping) crashed = `exited with ${code ?? signal}`;
  });

  const realm = new DevRealm({
    url: gatewayUrl,
    realm: process.env.KEYCLOAK_REALM ?? 'branch-graph',
    keyFile: (await waitFor(() => exists(keyFile), 120_000), keyFile),
  });
  const tokens = new Map<string, string>();
  const token = (user: string) => {
    let t = tokens.get(user);
    if (!t) tokens.set(user, (t = realm.tokenFor(user)));
    return t;
  };
  const subgraphs = {
    personnel: `http://127.0.0.1:${p1}/graphql`,
    attendance: `http://127.0.0.1:${p2}/graphql`,
    performance: `http://127.0.0.1:${p3}/graphql`,
    recruitment: `http://127.0.0.1:${p4}/graphql`,
  };

  try {
    console.log(`starting the embedded graph (gateway ${gatewayUrl}) ...`);
    await waitFor(
      async () => (await send({ target: `${gatewayUrl}/healthz`, method: 'GET', headers: {} }, 2000)).status === 200,
      180_000,
      () => crashed,
    );
    const kid = (JSON.parse((await send({ target: `${gatewayUrl}${realm.certsPath}`, method: 'GET', headers: {} })).body) as { keys: Array<{ kid: string }> })
      .keys[0].kid;
    const realmKey = readFileSync(keyFile, 'utf8');
    const claims = (user: string) => {
      const c = JSON.parse(Buffer.from(token(user).split('.')[1], 'base64url').toString()) as Record<string, unknown>;
      return { ...c, jti: `hostile-${Math.random()}`, iat: Math.floor(Date.now() / 1000) };
    };
    const targets: Targets = {
      gateway: `${gatewayUrl}/graphql`,
      subgraphs,
      token,
      claims,
      sign: (header, c, key = 'realm') => signJwt({ kid, ...header }, c, key === 'realm' ? realmKey : otherKey),
    };
    // Ready: the demo data has reached the other subgraphs (the README's dashboard query answers whole).
    const dashboard = JSON.stringify({
      query: '{ team(id: "SZ01-T1") { members { name attendance(month: "2026-10") { lateArrivals } businessMetrics(month: "2026-10") { newAccounts } } } }',
    });
    await waitFor(
      async () => {
        const a = await send({
          target: targets.gateway,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token('tl.wang')}` },
          body: dashboard,
        });
        return a.status === 200 && !a.body.includes('"errors"') && a.body.includes('"attendance":{');
      },
      120_000,
      () => crashed,
    );

    const internal = [...Object.values(subgraphs).map((u) => new URL(u).host), 'localhost:400'];
    const leaks = leakPatterns(internal);
    const only = process.env.HOSTILE_ONLY ? new RegExp(process.env.HOSTILE_ONLY, 'i') : null;
    const skip = process.env.HOSTILE_SKIP ? new RegExp(process.env.HOSTILE_SKIP, 'i') : null;
    const classes = hostileClasses(targets, SCALE).filter((c) => (!only || only.test(c.name)) && (!skip || !skip.test(c.name)));
    const byClass = new Map<string, Tally>(classes.map((c) => [c.name, tally()]));

    const judge = (c: HostileClass, r: HostileRequest, a: Answer) => {
      const t = byClass.get(c.name)!;
      t.requests++;
      const note = (what: string) => {
        if (t.examples.length < 3)
          t.examples.push(`${what}: ${r.method} ${r.target.replace(/\?.*/, '?...')} -> ${a.status} ${a.error ?? a.body.slice(0, 200)}`);
      };
      if (a.status === 0) {
        t.network++;
        note('network');
        return;
      }
      if (a.status >= 500) {
        t.s5xx++;
        note('5xx');
      } else if (a.status >= 400) t.s4xx++;
      else if (a.status >= 200 && a.status < 300) t.s2xx++;
      else t.other++;
      if (a.body.includes('INTERNAL_SERVER_ERROR')) {
        t.ise++;
        note('INTERNAL_SERVER_ERROR');
      }
      for (const [what, re] of leaks) {
        if (re.test(a.body)) {
          t.leaks++;
          note(`leak (${what})`);
          break;
        }
      }
      if (c.refused && a.status >= 200 && a.status < 300 && r.method !== 'HEAD' && r.method !== 'OPTIONS') {
        let data: unknown;
        try {
          data = (JSON.parse(a.body) as { data?: unknown }).data;
        } catch {
          data = null;
        }
        const hasData = data !== null && data !== undefined && JSON.stringify(data) !== '{}' && !/^\{("\w+":null,?)+\}$/.test(JSON.stringify(data));
        if (hasData) {
          t.accepted++;
          note('answered with data');
        }
      }
      if (a.serverMs === null) t.noTiming++;
      else {
        t.maxServerMs = Math.max(t.maxServerMs, a.serverMs);
        t.maxCpuMs = Math.max(t.maxCpuMs, a.cpuMs ?? a.serverMs);
      }
      t.maxClientMs = Math.max(t.maxClientMs, a.clientMs);
    };

    let peakRss = 0;
    const runAll = async (scale: number, record: boolean, atLeast = 1) => {
      const jobs: Array<[HostileClass, number]> = [];
      for (const c of classes) for (let i = 0; i < Math.max(atLeast, Math.round(c.count * scale)); i++) jobs.push([c, i]);
      // Interleave the classes (a fixed shuffle), so one class's load does not sit alone in a window.
      for (let i = jobs.length - 1; i > 0; i--) {
        const j = (i * 7919) % (i + 1);
        [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
      }
      let next = 0;
      let healthMisses = 0;
      const worker = async () => {
        while (next < jobs.length && !crashed) {
          const [c, i] = jobs[next++];
          const r = c.make(i);
          const a = await send(r);
          if (record) judge(c, r, a);
          if (record && next % 500 === 0) {
            // The graph stays answerable under the flood: /healthz within a second.
            const h = await send({ target: `${gatewayUrl}/healthz`, method: 'GET', headers: {} }, HEALTH_TIMEOUT_MS);
            if (h.status !== 200) healthMisses++;
            if (!crashed) peakRss = Math.max(peakRss, rssOf(child.pid!));
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return { sent: jobs.length, healthMisses };
    };

    // Warm-up: the whole mix once (the large bodies too), until the heap and the caches (Apollo's
    // documents, the query plans; both bounded) have their working size, so that growth after it is
    // what the flood leaves behind (a leak grows with the requests; a bounded cache does not).
    console.log('warming up (the whole mix once: bounded caches filled before the memory baseline) ...');
    await runAll(1, false, 4);
    await new Promise((r) => setTimeout(r, 5000));
    await fullGc(inspector);
    const rssBefore = rssOf(child.pid!);
    console.log(`resident memory after warm-up: ${(rssBefore / 1048576).toFixed(0)} MiB`);
    const started = performance.now();
    const { sent, healthMisses } = await runAll(1, true);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 5000));
    if (!crashed) await fullGc(inspector);
    const rssAfter = crashed ? 0 : rssOf(child.pid!);

    // The report.
    const total = tally();
    const rows: string[] = [];
    const pad = (s: string | number, n: number) => String(s).padStart(n);
    rows.push(
      `${'class'.padEnd(72)} ${pad('req', 5)} ${pad('2xx', 5)} ${pad('4xx', 5)} ${pad('5xx', 4)} ${pad('ISE', 4)} ${pad('leak', 4)} ${pad('data', 4)} ${pad('net', 4)} ${pad('cpu ms', 7)} ${pad('srv ms', 7)} ${pad('cli ms', 7)}`,
    );
    for (const c of classes) {
      const t = byClass.get(c.name)!;
      for (const k of Object.keys(total) as Array<keyof Tally>) {
        if (k === 'examples') continue;
        if (k === 'maxServerMs' || k === 'maxCpuMs' || k === 'maxClientMs') total[k] = Math.max(total[k], t[k]);
        else total[k] += t[k];
      }
      rows.push(
        `${c.name.slice(0, 72).padEnd(72)} ${pad(t.requests, 5)} ${pad(t.s2xx, 5)} ${pad(t.s4xx, 5)} ${pad(t.s5xx, 4)} ${pad(t.ise, 4)} ${pad(t.leaks, 4)} ${pad(t.accepted, 4)} ${pad(t.network, 4)} ${pad(t.maxCpuMs.toFixed(0), 7)} ${pad(t.maxServerMs.toFixed(0), 7)} ${pad(t.maxClientMs.toFixed(0), 7)}`,
      );
    }
    console.log(`\n${rows.join('\n')}`);
    for (const c of classes) {
      const t = byClass.get(c.name)!;
      if (t.examples.length) console.log(`\n  ${c.name}:\n    ${t.examples.join('\n    ')}`);
    }
    const growth = rssBefore ? (rssAfter - rssBefore) / rssBefore : 0;
    const checks: Array<[string, boolean, string]> = [
      [
        'requests sent',
        sent >= 10_000 * Math.min(1, SCALE),
        `${total.requests} in ${seconds.toFixed(0)} s (${(total.requests / seconds).toFixed(0)}/s, ${CONCURRENCY} in flight)`,
      ],
      ['HTTP 5xx', total.s5xx === 0, String(total.s5xx)],
      ['INTERNAL_SERVER_ERROR', total.ise === 0, String(total.ise)],
      ['leaks (stack frames, paths, internal addresses, SQL)', total.leaks === 0, String(total.leaks)],
      ['abusive requests answered with data', total.accepted === 0, String(total.accepted)],
      ['process crashes', !crashed, crashed ?? '0'],
      [`/healthz unanswered within ${HEALTH_TIMEOUT_MS} ms during the flood`, healthMisses === 0, String(healthMisses)],
      [
        `slowest request's server time < ${MAX_SERVER_MS} ms (CPU time over the request, Server-Timing cpu)`,
        total.maxCpuMs < MAX_SERVER_MS,
        `${total.maxCpuMs.toFixed(0)} ms (wall time on the server ${total.maxServerMs.toFixed(0)} ms, at the client ${total.maxClientMs.toFixed(0)} ms, on a machine with load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; ${total.noTiming} answers without Server-Timing)`,
      ],
      [
        `resident memory growth < ${MAX_RSS_GROWTH * 100}%`,
        !crashed && growth < MAX_RSS_GROWTH,
        `${(rssBefore / 1048576).toFixed(0)} -> ${(rssAfter / 1048576).toFixed(0)} MiB (${(growth * 100).toFixed(1)}%; peak during the flood ${(peakRss / 1048576).toFixed(0)} MiB)`,
      ],
      ['network errors (connection reset on oversize bodies: reported, not failed)', true, String(total.network)],
    ];
    console.log('\nhostile-input suite:');
    for (const [what, ok, figure] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}: ${figure}`);
    const failed = checks.filter(([, ok]) => !ok).length;
    console.log(`\nhostile targets: ${checks.length - failed} met, ${failed} missed`);
    if (crashed) console.log(`the graph's last words:\n${stderr}`);
    return failed ? 1 : 0;
  } finally {
    stopping = true;
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill('SIGKILL');
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The key file is there and whole (the graph writes it as it starts). */
function exists(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes('-----END');
  } catch {
    return false;
  }
}

async function waitFor(ok: () => boolean | Promise<boolean>, timeoutMs: number, abort: () => string | null = () => null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = abort();
    if (reason) throw new Error(`the graph ${reason}`);
    try {
      if (await ok()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error('the graph did not come up in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error((e as Error).message);
    console.log('hostile targets: not run');
    process.exit(1);
  });
