import { optional, str, url } from '@bg/config';
import { DEMO_AUDIENCE, DEMO_REALM } from './dev-realm/dev-realm';

/**
 * Environment of token verification. KEYCLOAK_URL unset selects the embedded dev realm served by
 * the gateway (GATEWAY_URL); set, it names a real Keycloak.
 */
export const authSettings = {
  KEYCLOAK_URL: optional(url(undefined, ['http', 'https'])),
  KEYCLOAK_REALM: str(DEMO_REALM),
  KEYCLOAK_AUDIENCE: str(DEMO_AUDIENCE),
  GATEWAY_URL: url('http://127.0.0.1:4000', ['http', 'https']),
  DEV_REALM_KEY_FILE: str('.data/dev-realm/signing-key.pem'),
};

export interface AuthConfig {
  KEYCLOAK_URL: string | undefined;
  KEYCLOAK_REALM: string;
  KEYCLOAK_AUDIENCE: string;
  GATEWAY_URL: string;
}

/** Where tokens are verified against: the real Keycloak, or the dev realm at the gateway. */
export function keycloakSettings(config: AuthConfig) {
  return { url: config.KEYCLOAK_URL ?? config.GATEWAY_URL, realm: config.KEYCLOAK_REALM, audience: config.KEYCLOAK_AUDIENCE };
}
