import { bool, int, list, loadConfig, oneOf, optional, port, str, url } from '@bg/config';
import { authSettings } from '@bg/auth';

/** Environment every service reads; PORT's default is the service's own. */
export function serviceSettings(defaultPort: number) {
  return {
    ...authSettings,
    PORT: port(defaultPort),
    HOST: str('127.0.0.1'),
    /** The service's own PostgreSQL database; unset: an SQLite file under DATA_DIR. */
    DATABASE_URL: optional(url(undefined, ['postgres', 'postgresql'])),
    DATA_DIR: str('.data'),
    /** Kafka bootstrap servers; unset: the in-process transport. */
    KAFKA_BROKERS: optional(list()),
    /** Consumed events applied per transaction, and offsets committed after at least this many. */
    EVENTS_BATCH_SIZE: int(500, { min: 1, max: 5000 }),
    EVENTS_COMMIT_EVERY: int(100, { min: 1 }),
    /** Public base URL under which callers reach this service's own HTTP routes (uploads): the ingress; default GATEWAY_URL (the gateway forwards /files). Never a subgraph's internal address. */
    PUBLIC_URL: optional(url(undefined, ['http', 'https'])),
    /** Key signing upload URLs; unset: a random key per process (URLs then die with it). */
    FILES_SIGNING_KEY: optional(str()),
    /**
     * What this process runs: `all` (the default), `graph` (the GraphQL subgraph only) or `events`
     * (the outbox relay and the event consumer, with /healthz, /readyz and /metrics). Split, the
     * bursts of events (a branch's month close is hundreds) are published, consumed, scaled and
     * scheduled apart from the frontends' requests; a service then needs both.
     */
    SERVICE_ROLE: oneOf(['all', 'graph', 'events'] as const, 'all'),
    /** Load the demo company into an empty database. */
    DEMO_DATA: bool(true),
    LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
  };
}

export type ServiceConfig = ReturnType<typeof loadServiceConfig>;

export function loadServiceConfig(defaultPort: number, env: Record<string, string | undefined> = process.env) {
  return loadConfig(serviceSettings(defaultPort), env);
}
