import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '..', '..', '..');

export type ProcessName = 'gateway' | 'personnel' | 'attendance' | 'performance' | 'recruitment';

export const SERVICE_PORTS: Record<ProcessName, number> = {
  gateway: 4000,
  personnel: 4001,
  attendance: 4002,
  performance: 4003,
  recruitment: 4004,
};

export interface RealParts {
  /** PostgreSQL server URL without a database; each service uses the database named after it. */
  postgresUrl: string;
  kafkaBrokers: string;
  keycloakUrl: string;
  keycloakRealm: string;
  logDir: string;
}

/** The real parts as infra/local starts them (overridable by the usual variables). */
export function localRealParts(env: Record<string, string | undefined> = process.env): RealParts {
  return {
    postgresUrl: env.POSTGRES_URL ?? 'postgres://bg:bg@127.0.0.1:5432',
    kafkaBrokers: env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    keycloakUrl: env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080',
    keycloakRealm: env.KEYCLOAK_REALM ?? 'branch-graph',
    logDir: env.PROCESS_LOG_DIR ?? join(ROOT, 'infra', 'local', '.run', 'logs'),
  };
}

function entryPoint(name: ProcessName): string {
  return name === 'gateway' ? join(ROOT, 'gateway', 'dist', 'main.js') : join(ROOT, 'services', name, 'dist', 'main.js');
}

function environment(name: ProcessName, parts: RealParts): Record<string, string> {
  const common = {
    ...(process.env as Record<string, string>),
    PORT: String(SERVICE_PORTS[name]),
    KEYCLOAK_URL: parts.keycloakUrl,
    KEYCLOAK_REALM: parts.keycloakRealm,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  if (name === 'gateway') return common;
  return { ...common, DATABASE_URL: `${parts.postgresUrl}/${name}`, KAFKA_BROKERS: parts.kafkaBrokers };
}

/** One service or the gateway as a child process, logging to <logDir>/<name>.log. */
export class ServiceProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly name: ProcessName,
    private readonly parts: RealParts,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${SERVICE_PORTS[this.name]}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process; `extraEnv` adds or overrides variables for this start only. */
  async start(extraEnv: Record<string, string> = {}, timeoutMs = 60_000): Promise<void> {
    if (this.running) return;
    mkdirSync(this.parts.logDir, { recursive: true });
    const log = createWriteStream(join(this.parts.logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [entryPoint(this.name)], {
      env: { ...environment(this.name, this.parts), ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    const readyPath = this.name === 'gateway' ? '/healthz' : '/readyz';
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(`${this.name} exited during start (exit ${child.exitCode ?? child.signalCode}); see ${this.parts.logDir}/${this.name}.log`);
      try {
        if ((await fetch(`${this.baseUrl}${readyPath}`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms; see ${this.parts.logDir}/${this.name}.log`);
  }

  /** SIGTERM (clean stop) or SIGKILL (crash), then waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}

export const PROCESS_NAMES: ProcessName[] = ['personnel', 'attendance', 'performance', 'recruitment', 'gateway'];

/** Starts the four subgraphs, then the gateway; `timeoutMs` per process (seeding the company at scale takes minutes). */
export async function startAll(parts: RealParts, timeoutMs = 60_000): Promise<Record<ProcessName, ServiceProcess>> {
  const processes = Object.fromEntries(PROCESS_NAMES.map((n) => [n, new ServiceProcess(n, parts)])) as Record<ProcessName, ServiceProcess>;
  try {
    await Promise.all(PROCESS_NAMES.filter((n) => n !== 'gateway').map((n) => processes[n].start({}, timeoutMs)));
    await processes.gateway.start();
  } catch (e) {
    await stopAll(processes);
    throw e;
  }
  return processes;
}

export async function stopAll(processes: Record<ProcessName, ServiceProcess>): Promise<void> {
  await Promise.all(Object.values(processes).map((p) => p.stop()));
}

export const SERVICES: ProcessName[] = ['personnel', 'attendance', 'performance', 'recruitment'];

/**
 * An empty broker and a fresh database per service, so a run (the e2e suite, a load test on the
 * company at scale) starts from nothing: events left on the topics by an earlier run (other
 * databases' employees) would otherwise be consumed again by groups that never read those topics.
 * Runs infra/local/infra.sh (installing the parts once).
 */
export async function freshRealParts(parts: RealParts = localRealParts()): Promise<void> {
  const infra = join(ROOT, 'infra', 'local', 'infra.sh');
  execFileSync('bash', [infra, 'down', 'kafka'], { stdio: 'inherit' });
  rmSync(join(process.env.BG_INFRA_RUN ?? join(ROOT, 'infra', 'local', '.run'), 'kafka-data'), { recursive: true, force: true });
  execFileSync('bash', [infra, 'up'], { stdio: 'inherit' });
  const admin = new Client({ connectionString: `${parts.postgresUrl}/postgres` });
  await admin.connect();
  try {
    for (const db of SERVICES) {
      await admin.query(`drop database if exists ${db} with (force)`);
      await admin.query(`create database ${db}`);
    }
  } finally {
    await admin.end();
  }
}
