import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
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
    cacheKeyObjects((this.keycloak.grantManager as unknown as { rotation: Rotation }).rotation);
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

/** keycloak-connect's JWKS holder: the realm's keys, refetched on an unknown `kid`. */
interface Rotation {
  jwks: Array<JsonWebKey & { kid?: string }>;
  getJWK(kid: string): Promise<string | KeyObject | undefined> | undefined;
}

/**
 * keycloak-connect converts the JWK to PEM on every verification (jwk-to-pem: an ASN.1 encoding
 * per request). Keep one public KeyObject per JWK instead: looked up by `kid` among the keys the
 * realm last published, so a rotated or refetched JWKS gets new objects, and an unknown `kid`
 * still goes through keycloak-connect's own refetch. The signature check itself is unchanged.
 */
function cacheKeyObjects(rotation: Rotation): void {
  const objects = new WeakMap<object, KeyObject>();
  const fetchAndConvert = rotation.getJWK.bind(rotation);
  rotation.getJWK = (kid: string) => {
    const jwk = rotation.jwks.find((k) => k.kid === kid);
    if (!jwk) return fetchAndConvert(kid);
    let key = objects.get(jwk);
    if (!key) {
      key = createPublicKey({ key: jwk, format: 'jwk' });
      objects.set(jwk, key);
    }
    return Promise.resolve(key);
  };
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}
