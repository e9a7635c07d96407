import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { ROLES } from './roles';
import { principalFromClaims, type AccessTokenClaims, type Principal } from './principal';

/** Verifies a bearer token; the one place that knows which library does it. */
export interface TokenVerifier {
  /** Resolves the caller, or rejects with InvalidTokenError (or VerifierUnavailableError when the realm's keys cannot be fetched). */
  verify(token: string): Promise<Principal>;
}

/** A refused token. `message` says why, for the log: it never holds the token or its claims. */
export class InvalidTokenError extends Error {
  readonly name = 'InvalidTokenError';
}

/** The realm's keys could not be fetched (Keycloak down or slow): not the caller's fault, answered 503. */
export class VerifierUnavailableError extends Error {
  readonly name = 'VerifierUnavailableError';
}

export interface KeycloakSettings {
  /** Keycloak's base URL (e.g. http://127.0.0.1:8080), or the gateway's in embedded mode. */
  url: string;
  realm: string;
  /** The API's client id: tokens must name it in `aud`. */
  audience: string;
  /** Seconds of clock skew allowed on `nbf` and `iat` (default 30); `exp` has none. */
  clockToleranceSeconds?: number;
  /** Least time between two JWKS fetches for an unknown `kid` (default 30 s). */
  jwksCooldownMs?: number;
}

/** Signature algorithms Keycloak realm keys use that are accepted: asymmetric only (no `none`, no HS*). */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'] as const;
/** A bearer token longer than this is refused before anything is decoded. */
export const MAX_TOKEN_LENGTH = 16 * 1024;
/** Exactly the compact JWS form: three base64url segments, nothing else. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** keycloak-connect's token object: its realm-role helper reads `realm_access.roles`. */
interface KeycloakToken {
  hasRealmRole(role: string): boolean;
}
type KeycloakTokenClass = new (token: string, clientId?: string) => KeycloakToken;
// keycloak-connect's typings do not declare the class; its module is plain CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const KeycloakToken = require('keycloak-connect/middleware/auth-utils/token') as KeycloakTokenClass;

/**
 * Verification of Keycloak access tokens (bearer-only), the same in the gateway and every
 * subgraph. The signature is checked with `jose` against the realm's JWKS
 * (`<url>/realms/<realm>/protocol/openid-connect/certs`): the key is chosen by the token's `kid`,
 * imported once per key and cached; an unknown `kid` refetches the JWKS (a rotated realm key is
 * followed), at most once per cooldown, so random `kid`s cannot make it fetch in a loop.
 * A token is accepted only when all of these hold:
 * - the exact compact form: three base64url segments, at most 16 KiB;
 * - `alg` RS256 or ES256 (never `none`, never HS*, whatever key the header names), a `kid` of the realm;
 * - `iss` = `<url>/realms/<realm>`, `aud` names the API's client, `typ` = `Bearer` (not an ID or refresh token);
 * - `exp` present and not past (no leeway), `iat` present and not in the future, `nbf` (if any)
 *   not in the future, these two with a small clock tolerance (30 s);
 * - a `sub`.
 * Realm roles are read with keycloak-connect's token helpers (`hasRealmRole`).
 */
export class KeycloakVerifier implements TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;
  private readonly audience: string;
  private readonly tolerance: number;

  constructor(settings: KeycloakSettings) {
    this.issuer = `${settings.url.replace(/\/+$/, '')}/realms/${settings.realm}`;
    this.audience = settings.audience;
    this.tolerance = settings.clockToleranceSeconds ?? 30;
    this.jwks = createRemoteJWKSet(new URL(`${this.issuer}/protocol/openid-connect/certs`), {
      cooldownDuration: settings.jwksCooldownMs ?? 30_000,
      cacheMaxAge: 10 * 60_000,
      timeoutDuration: 5_000,
    });
  }

  async verify(token: string): Promise<Principal> {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
      throw new InvalidTokenError('not a compact JWS (three base64url segments)');
    }
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, this.jwks, {
        algorithms: [...ACCEPTED_ALGORITHMS],
        issuer: this.issuer,
        audience: this.audience,
        clockTolerance: this.tolerance,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      if (!verified.protectedHeader.kid) throw new InvalidTokenError('no kid in the header');
      payload = verified.payload;
    } catch (e) {
      if (e instanceof InvalidTokenError) throw e;
      if (e instanceof joseErrors.JWKSTimeout || !(e instanceof joseErrors.JOSEError)) {
        throw new VerifierUnavailableError(`the realm keys could not be fetched: ${(e as Error)?.name ?? 'error'}`);
      }
      throw new InvalidTokenError(reason(e));
    }
    const now = Math.floor(Date.now() / 1000);
    // No leeway after expiry: a token is refused from its `exp` on (the leeway is for clocks running behind the issuer's).
    if (typeof payload.exp !== 'number' || payload.exp <= now) throw new InvalidTokenError('expired (exp)');
    if (payload.typ !== 'Bearer') throw new InvalidTokenError('typ is not Bearer');
    if (typeof payload.iat !== 'number' || payload.iat > now + this.tolerance) throw new InvalidTokenError('iat is in the future');
    if (typeof payload.sub !== 'string' || !payload.sub) throw new InvalidTokenError('no sub');
    const principal = principalFromClaims(payload as AccessTokenClaims);
    const roles = new KeycloakToken(token, this.audience);
    return { ...principal, roles: ROLES.filter((r) => roles.hasRealmRole(r)) };
  }
}

/** Why jose refused a token, in words that hold neither the token nor its claims. */
function reason(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'expired (exp)';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `claim ${e.claim} failed: ${e.reason}`;
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad signature';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'no realm key for its kid';
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (e instanceof joseErrors.JOSEError) return e.code;
  return 'not a valid JWS';
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m ? m[1] : null;
}
