import Keycloak from 'keycloak-connect';
import { principalFromClaims, type AccessTokenClaims, type Principal } from './principal';

/** Verifies a bearer token; the one place that knows which library does it. */
export interface TokenVerifier {
  /** Resolves the caller, or rejects with InvalidTokenError. */
  verify(token: string): Promise<Principal>;
}

export class InvalidTokenError extends Error {
  readonly name = 'InvalidTokenError';
}

export interface KeycloakSettings {
  /** Keycloak's base URL (e.g. http://127.0.0.1:8080), or the gateway's in embedded mode. */
  url: string;
  realm: string;
  /** The API's client id: tokens must name it in `aud`. */
  audience: string;
}

/**
 * Bearer-only verification through keycloak-connect: signature against the realm's JWKS
 * (fetched from `<url>/realms/<realm>/protocol/openid-connect/certs` and cached, refetched on
 * an unknown `kid`), expiry, `typ: Bearer`, issuer and audience.
 */
export class KeycloakVerifier implements TokenVerifier {
  private readonly keycloak: Keycloak.Keycloak;

  constructor(settings: KeycloakSettings) {
    this.keycloak = new Keycloak({}, {
      realm: settings.realm,
      'auth-server-url': settings.url,
      resource: settings.audience,
      'bearer-only': true,
      'verify-token-audience': true,
      'ssl-required': 'external',
      'confidential-port': 0,
    } as unknown as Keycloak.KeycloakConfig);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const grant = await this.keycloak.grantManager.createGrant({ access_token: token } as never);
      const content = (grant.access_token as unknown as { content: AccessTokenClaims }).content;
      return principalFromClaims(content);
    } catch (e) {
      throw new InvalidTokenError((e as Error).message);
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}
