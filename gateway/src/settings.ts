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
  /** Introspection and the explorer at /graphiql; unset: on with the dev realm, off with Keycloak (production). */
  GRAPHQL_INTROSPECTION: optional(bool()),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewaySettings, env);
}
