// Starts the embedded graph (`npm start`'s process: infra/embedded/dist/start.js) for the browser
// tests and the figures: on free ports, with a fresh DATA_DIR and dev-realm key, the demo company
// loaded. BASE_URL set: use that running graph instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * options.ports: [gateway, personnel, attendance, performance, recruitment] instead of free ports;
 * options.env: more environment for the graph (e.g. KEYCLOAK_URL for the real Keycloak, PERSISTED_OPERATIONS).
 */
export async function startGraph(options = {}) {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), stop: async () => undefined };
  const ports = [...(options.ports ?? [])];
  while (ports.length < 5) {
    const p = await freePort();
    if (!ports.includes(p)) ports.push(p);
  }
  const [gateway, personnel, attendance, performance, recruitment] = ports;
  const dir = mkdtempSync(join(tmpdir(), 'console-graph-'));
  const url = `http://127.0.0.1:${gateway}`;
  const child = spawn(process.execPath, [join(root, 'infra', 'embedded', 'dist', 'start.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(gateway),
      PERSONNEL_PORT: String(personnel),
      ATTENDANCE_PORT: String(attendance),
      PERFORMANCE_PORT: String(performance),
      RECRUITMENT_PORT: String(recruitment),
      GATEWAY_URL: url,
      DATA_DIR: dir,
      DEV_REALM_KEY_FILE: join(dir, 'key.pem'),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the graph exited (${child.exitCode}): ${log.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`the graph did not start in time: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 2000)); // let the demo hires reach the other subgraphs
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's chromium, headless, as this machine needs it (no background networking). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const REPO_ROOT = root;
