import { InProcessTransport } from '@bg/events';
import { loadServiceConfig, type RunningService, type ServiceConfig, type ServiceDeps } from '@bg/service';
import { createGateway, loadGatewayConfig, type RunningGateway } from '@bg/gateway';
import * as personnel from '@bg/personnel';
import * as attendance from '@bg/attendance';
import * as performance from '@bg/performance';
import * as recruitment from '@bg/recruitment';

type Env = Record<string, string | undefined>;

const SERVICES: Array<{ name: string; env: string; DEFAULT_PORT: number; createServer: (c: ServiceConfig, d?: ServiceDeps) => Promise<RunningService> }> = [
  { name: 'personnel', env: 'PERSONNEL', ...personnel },
  { name: 'attendance', env: 'ATTENDANCE', ...attendance },
  { name: 'performance', env: 'PERFORMANCE', ...performance },
  { name: 'recruitment', env: 'RECRUITMENT', ...recruitment },
];

export interface EmbeddedGraph {
  gateway: RunningGateway;
  services: RunningService[];
  transport: InProcessTransport;
  /** Resolves when every outbox is published and every consumer has caught up. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** With DATABASE_URL set, each service gets its own database on that server, named after it. */
export function serviceDatabaseUrl(base: string | undefined, service: string): string | undefined {
  if (!base) return undefined;
  const u = new URL(base);
  u.pathname = `/${service}`;
  return u.toString();
}

/**
 * The whole graph in one process on embedded defaults: the gateway (serving the dev realm's
 * JWKS) and the four subgraphs, with events over the in-process transport. Per-service ports come
 * from <SERVICE>_PORT (defaults 4001-4004), the gateway's from PORT (4000).
 */
export async function startEmbedded(env: Env = process.env, options: { supergraphSdl?: string } = {}): Promise<EmbeddedGraph> {
  const transport = new InProcessTransport();
  const ports = Object.fromEntries(SERVICES.map((s) => [s.name, env[`${s.env}_PORT`] ?? String(s.DEFAULT_PORT)]));
  const host = env.HOST ?? '127.0.0.1';
  const gateway = await createGateway(
    loadGatewayConfig({
      ...env,
      ...Object.fromEntries(SERVICES.map((s) => [`${s.env}_URL`, `http://${host}:${ports[s.name]}/graphql`])),
    }),
    { supergraphSdl: options.supergraphSdl },
  );
  const services: RunningService[] = [];
  try {
    for (const s of SERVICES) {
      const config = loadServiceConfig(s.DEFAULT_PORT, { ...env, PORT: ports[s.name], DATABASE_URL: serviceDatabaseUrl(env.DATABASE_URL, s.name) });
      services.push(await s.createServer(config, { transport }));
    }
  } catch (e) {
    await Promise.all(services.map((s) => s.stop()));
    await gateway.stop();
    throw e;
  }
  return {
    gateway,
    services,
    transport,
    async settle(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await Promise.all(services.map((s) => s.relay.drain()));
        await transport.idle(Math.max(1, deadline - Date.now()));
        const backlog = await Promise.all(services.map((s) => s.relay.backlog()));
        if (backlog.every((n) => n === 0)) return;
        if (Date.now() > deadline) throw new Error('events did not settle in time');
      }
    },
    async stop() {
      for (const s of services.reverse()) await s.stop();
      await gateway.stop();
      await transport.close();
    },
  };
}
