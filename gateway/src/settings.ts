import { bool, int, loadConfig, oneOf, optional, port, str, url } from '@bg/config';
import { authSettings } from '@bg/auth';

const http = ['http', 'https'];

export const gatewaySettings = {
  ...authSettings,
  PORT: port(4000),
  HOST: str('127.0.0.1'),
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
  PERSONNEL_URL: url('http://127.0.0.1:4001/graphql', http),
  ATTENDANCE_URL: url('http://127.0.0.1:4002/graphql', http),
  PERFORMANCE_URL: url('http://127.0.0.1:4003/graphql', http),
  RECRUITMENT_URL: url('http://127.0.0.1:4004/graphql', http),
  /** Keep-alive connections per subgraph (the pool's size). */
  SUBGRAPH_CONNECTIONS: int(64, { min: 1, max: 1024 }),
  /** Idle time after which the gateway closes a pooled subgraph connection; shorter than the subgraphs' keep-alive (65 s). */
  SUBGRAPH_IDLE_TIMEOUT_MS: int(4_000, { min: 100, max: 60_000 }),
  /** Share one in-flight fetch among identical query fetches (same operation, variables, Authorization). */
  SUBGRAPH_DEDUPE: bool(true),
  /** The query-plan cache (approximate MiB): a frontend's operation is planned once. */
  QUERY_PLAN_CACHE_MIB: int(64, { min: 1, max: 1024 }),
  /** The built branch console served at / (empty: apps/console/dist of this repository; a missing folder serves nothing). */
  CONSOLE_DIR: str(''),
  /** The Keycloak client the console signs in with (authorization code + PKCE) when KEYCLOAK_URL is set. */
  CONSOLE_CLIENT_ID: str('branch-console'),
  /** Introspection, "Did you mean" suggestions and the explorer at /graphiql: off unless set (`npm start` sets it for the embedded graph). */
  GRAPHQL_INTROSPECTION: bool(false),
  /** Largest request body (KiB): the CRM import's file travels as an argument, so above it. */
  MAX_BODY_KIB: int(5_120, { min: 16, max: 65_536 }),
  /** Longest query text (characters); clients send values as variables. */
  MAX_QUERY_CHARS: int(50_000, { min: 1_000, max: 5_000_000 }),
  /** Deepest selection nesting. */
  MAX_DEPTH: int(12, { min: 2, max: 100 }),
  /** Most aliases in one operation. */
  MAX_ALIASES: int(30, { min: 0, max: 10_000 }),
  /** Most directives in one operation. */
  MAX_DIRECTIVES: int(20, { min: 0, max: 10_000 }),
  /** Most lexical tokens in one operation's text. */
  MAX_TOKENS: int(4_000, { min: 100, max: 1_000_000 }),
  /** Largest operation cost (gateway/src/limits/cost.ts: objects times list sizes, plus a fetch per subgraph crossed). */
  MAX_COST: int(8_000, { min: 10, max: 10_000_000 }),
  /** What one subgraph fetch adds to the cost. */
  COST_PER_FETCH: int(10, { min: 0, max: 10_000 }),
  /** Assumed size of a list without a page argument (a team's members, a month's days). */
  COST_LIST_SIZE: int(20, { min: 1, max: 10_000 }),
  /**
   * Requests per second per user (token subject), sustained; a user may burst to RATE_LIMIT_BURST. High
   * enough for one user's synthetic load (the dashboards scenario and bench:gateway send as one team
   * lead or one executive from 10 clients at once: up to ~450 req/s measured); the cost limit bounds what each request may ask.
   */
  RATE_LIMIT_PER_SECOND: int(1_000, { min: 1, max: 1_000_000 }),
  RATE_LIMIT_BURST: int(2_000, { min: 1, max: 1_000_000 }),
  /** Requests without a valid token per second per client address. */
  RATE_LIMIT_ANONYMOUS_PER_SECOND: int(20, { min: 1, max: 1_000_000 }),
  RATE_LIMIT_ANONYMOUS_BURST: int(100, { min: 1, max: 1_000_000 }),
  /** Persisted operations (gateway/operations): `off` runs any query and the manifest's by hash; `required` runs only the manifest's, by hash. */
  PERSISTED_OPERATIONS: oneOf(['off', 'required'] as const, 'off'),
  /** The manifest's path; default the one built into the gateway (gateway/operations/manifest.json). */
  PERSISTED_OPERATIONS_MANIFEST: optional(str()),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewaySettings, env);
}
