import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

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
  /** Put before each service's database name (default none: `personnel`, ...). */
  databasePrefix?: string;
  /**
   * Each subgraph's outbox relay and event consumer in a process of its own (SERVICE_ROLE=events,
   * on the service's port + EVENTS_PORT_OFFSET), scheduled below the graph processes (niceness
   * EVENTS_NICENESS), as a cluster runs them in Deployments of their own: a branch's month close
   * (hundreds of events) then no longer takes the CPU from the frontends' requests. Default on;
   * BG_EVENTS_APART=0 for one process per service.
   */
  eventsApart?: boolean;
}

/** A service's events process listens on its port + this (personnel 4051, ...; replicas 4151, ...). */
export const EVENTS_PORT_OFFSET = 50;
/** The events processes' niceness: the graph processes (0) get the CPU first when it is short. */
export const EVENTS_NICENESS = 10;

/** The real parts as infra/local starts them (overridable by the usual variables). */
export function localRealParts(env: Record<string, string | undefined> = process.env): RealParts {
  return {
    postgresUrl: env.POSTGRES_URL ?? 'postgres://bg:bg@127.0.0.1:5432',
    kafkaBrokers: env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    keycloakUrl: env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080',
    keycloakRealm: env.KEYCLOAK_REALM ?? 'branch-graph',
    logDir: env.PROCESS_LOG_DIR ?? join(ROOT, 'infra', 'local', '.run', 'logs'),
    eventsApart: env.BG_EVENTS_APART !== '0',
  };
}

function entryPoint(name: ProcessName): string {
  return name === 'gateway' ? join(ROOT, 'gateway', 'dist', 'main.js') : join(ROOT, 'services', name, 'dist', 'main.js');
}

function environment(name: ProcessName, parts: RealParts, port: number): Record<string, string> {
  const common = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    KEYCLOAK_URL: parts.keycloakUrl,
    KEYCLOAK_REALM: parts.keycloakRealm,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  if (name === 'gateway') return common;
  return { ...common, DATABASE_URL: `${parts.postgresUrl}/${parts.databasePrefix ?? ''}${name}`, KAFKA_BROKERS: parts.kafkaBrokers };
}

type Role = 'all' | 'graph' | 'events';

/**
 * The gateway, or one service as a child process logging to <logDir>/<label>.log (label: the name,
 * or `<name>-<replica>`); with `parts.eventsApart`, a service is two: its graph process and its
 * events process (relay and consumer, logging to <label>-events.log), started, stopped and killed together.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  readonly port: number;
  readonly label: string;
  /** The service's events process (relay and consumer), when apart (parts.eventsApart). */
  readonly events?: ServiceProcess;

  constructor(
    readonly name: ProcessName,
    private readonly parts: RealParts,
    replica?: { index?: number; port: number },
    private readonly role: Role = name !== 'gateway' && parts.eventsApart ? 'graph' : 'all',
  ) {
    this.port = replica?.port ?? SERVICE_PORTS[name];
    this.label = `${replica?.index ? `${name}-${replica.index}` : name}${role === 'events' ? '-events' : ''}`;
    if (role === 'graph') this.events = new ServiceProcess(name, parts, { index: replica?.index, port: this.port + EVENTS_PORT_OFFSET }, 'events');
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The ports whose /metrics together tell this service's figures (its events process's too, when apart). */
  get metricsPorts(): number[] {
    return this.events ? [this.port, this.events.port] : [this.port];
  }

  /** The process id while it runs (the graph process's, when the events run apart). */
  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process (then its events process); `extraEnv` adds or overrides variables for this start only. */
  async start(extraEnv: Record<string, string> = {}, timeoutMs = 60_000): Promise<void> {
    await this.startOwn(extraEnv, timeoutMs);
    await this.events?.start(extraEnv, timeoutMs);
  }

  private async startOwn(extraEnv: Record<string, string>, timeoutMs: number): Promise<void> {
    if (this.running) return;
    mkdirSync(this.parts.logDir, { recursive: true });
    const log = createWriteStream(join(this.parts.logDir, `${this.label}.log`), { flags: 'a' });
    const role: Record<string, string> = this.role === 'all' ? {} : { SERVICE_ROLE: this.role };
    const child = spawn(process.execPath, [entryPoint(this.name)], {
      env: { ...environment(this.name, this.parts, this.port), ...role, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (this.role === 'events' && child.pid !== undefined) setPriority(child.pid, EVENTS_NICENESS);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    const readyPath = this.name === 'gateway' ? '/healthz' : '/readyz';
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(`${this.label} exited during start (exit ${child.exitCode ?? child.signalCode}); see ${this.parts.logDir}/${this.label}.log`);
      try {
        if ((await fetch(`${this.baseUrl}${readyPath}`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.label} was not ready within ${timeoutMs} ms; see ${this.parts.logDir}/${this.label}.log`);
  }

  /** SIGTERM (clean stop) or SIGKILL (crash), then waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all([this.stopOwn(signal), this.events?.stop(signal)]);
  }

  private async stopOwn(signal: NodeJS.Signals): Promise<void> {
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
export async function startAll(parts: RealParts, timeoutMs = 120_000): Promise<Record<ProcessName, ServiceProcess>> {
  const processes = Object.fromEntries(PROCESS_NAMES.map((n) => [n, new ServiceProcess(n, parts)])) as Record<ProcessName, ServiceProcess>;
  try {
    // 120 s each by default: on the shared 2-core machine under load a subgraph took over 60 s to become ready.
    await Promise.all(PROCESS_NAMES.filter((n) => n !== 'gateway').map((n) => processes[n].start({}, timeoutMs)));
    await processes.gateway.start({}, timeoutMs);
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

/** Every process twice or more, behind a round-robin proxy on its usual port (a Service in front of its pods). */
export interface ReplicatedGraph {
  /** Replicas per process, in proxy backend order. */
  replicas: Record<ProcessName, ServiceProcess[]>;
  proxies: Record<ProcessName, RoundRobinProxy>;
  stop(): Promise<void>;
}

/** Port of replica `index` (1-based) of a process: its usual port + 100 x index (gateway 4100, 4200; personnel 4101, 4201, ...). */
export const replicaPort = (name: ProcessName, index: number): number => SERVICE_PORTS[name] + 100 * index;

/**
 * The gateway and the four subgraphs, `count` replicas each (same databases, same consumer groups,
 * each on its own port, logging to <name>-<n>.log), behind round-robin proxies on 4000-4004, where
 * the single processes would listen: clients and the gateways' subgraph URLs stay as they are. The
 * first replica of every subgraph starts (migrations, demo data into empty databases) before the
 * others; then the gateways.
 */
export async function startReplicated(parts: RealParts, count = 2): Promise<ReplicatedGraph> {
  const replicas = Object.fromEntries(
    PROCESS_NAMES.map((n) => [n, Array.from({ length: count }, (_, i) => new ServiceProcess(n, parts, { index: i + 1, port: replicaPort(n, i + 1) }))]),
  ) as Record<ProcessName, ServiceProcess[]>;
  const proxies = {} as Record<ProcessName, RoundRobinProxy>;
  const stop = async () => {
    await Promise.all(Object.values(proxies).map((p) => p.close()));
    await Promise.all(Object.values(replicas).flatMap((rs) => rs.map((r) => r.stop())));
  };
  try {
    for (const n of PROCESS_NAMES) {
      proxies[n] = await startRoundRobinProxy(
        SERVICE_PORTS[n],
        replicas[n].map((r) => ({ host: '127.0.0.1', port: r.port })),
      );
    }
    const subgraphs = PROCESS_NAMES.filter((n) => n !== 'gateway');
    await Promise.all(subgraphs.map((n) => replicas[n][0].start({}, 120_000)));
    await Promise.all(subgraphs.flatMap((n) => replicas[n].slice(1).map((r) => r.start({}, 120_000))));
    await Promise.all(replicas.gateway.map((r) => r.start({}, 120_000)));
  } catch (e) {
    await stop();
    throw e;
  }
  return { replicas, proxies, stop };
}
