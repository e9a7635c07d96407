import { loadConfig, oneOf, port, str, url } from '@bg/config';
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
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewaySettings, env);
}
