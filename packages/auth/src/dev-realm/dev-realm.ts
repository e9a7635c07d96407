import { createHash, createPrivateKey, createPublicKey, createSign, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import demo from './demo-users.json';

export interface DemoUser {
  username: string;
  name: string;
  roles: string[];
  employee_id: string;
  branch_id: string;
  team_id?: string;
  group_id?: string;
}

export const DEMO_REALM: string = demo.realm;
export const DEMO_AUDIENCE: string = demo.audience;
export const DEMO_PASSWORD: string = demo.password;
export const DEMO_USERS: readonly DemoUser[] = demo.users;

/** A frontend client of the realm: the `azp` of the tokens it gets. */
export const DEFAULT_CLIENT = 'branch-web';

export interface DevRealmOptions {
  /** Base URL the realm is served under (the gateway's URL in embedded mode). */
  url: string;
  realm?: string;
  /** PEM file holding the signing key, created on first use; omitted: a key in memory only. */
  keyFile?: string;
  lifetimeSeconds?: number;
  /** Users it signs tokens for beside the demo users (the company at scale's, in load tests). */
  users?: readonly DemoUser[];
}

export interface Jwk {
  kid: string;
  kty: string;
  alg: string;
  use: string;
  n: string;
  e: string;
}

/**
 * The embedded dev realm: signs tokens in exactly the shape Keycloak issues, with a local RSA key
 * whose JWKS is served at Keycloak's certs path, so services verify them through the same code
 * as real Keycloak tokens. Never used when KEYCLOAK_URL points at a real Keycloak.
 */
export class DevRealm {
  readonly realm: string;
  readonly issuer: string;
  private readonly key: KeyObject;
  private readonly kid: string;
  private readonly lifetime: number;
  private readonly users: ReadonlyMap<string, DemoUser>;

  constructor(options: DevRealmOptions) {
    this.users = new Map([...DEMO_USERS, ...(options.users ?? [])].map((u) => [u.username, u]));
    this.realm = options.realm ?? DEMO_REALM;
    this.issuer = `${options.url.replace(/\/+$/, '')}/realms/${this.realm}`;
    this.key = loadOrCreateKey(options.keyFile);
    const n = (createPublicKey(this.key).export({ format: 'jwk' }) as { n: string }).n;
    this.kid = createHash('sha256').update(n).digest('base64url').slice(0, 43);
    this.lifetime = options.lifetimeSeconds ?? 3600;
  }

  /** Keycloak's `/realms/<realm>/protocol/openid-connect/certs` document. */
  jwks(): { keys: Jwk[] } {
    const { n, e, kty } = createPublicKey(this.key).export({ format: 'jwk' }) as { n: string; e: string; kty: string };
    return { keys: [{ kid: this.kid, kty, alg: 'RS256', use: 'sig', n, e }] };
  }

  /** How long the tokens it signs are valid, in seconds. */
  get lifetimeSeconds(): number {
    return this.lifetime;
  }

  /** Path under the realm's base URL where the JWKS is served. */
  get certsPath(): string {
    return `/realms/${this.realm}/protocol/openid-connect/certs`;
  }

  /** An access token for a demo user, as Keycloak's direct grant would return it. */
  tokenFor(username: string, overrides: Record<string, unknown> = {}): string {
    const user = this.users.get(username);
    if (!user) throw new Error(`unknown demo user "${username}"; known: ${DEMO_USERS.map((u) => u.username).join(', ')}`);
    return this.sign({ ...claimsFor(user), ...overrides });
  }

  /** The `kid` of the realm's key. */
  get keyId(): string {
    return this.kid;
  }

  /**
   * Signs arbitrary claims (tests use it for expired or foreign-audience tokens); a claim given as
   * `undefined` is left out. `header` overrides the JWS header's fields (never the algorithm: RS256).
   */
  sign(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      exp: now + this.lifetime,
      iat: now,
      jti: `onrtro:${randomUUID()}`,
      iss: this.issuer,
      aud: DEMO_AUDIENCE,
      typ: 'Bearer',
      azp: DEFAULT_CLIENT,
      sid: randomBytes(18).toString('base64url'),
      acr: '1',
      'allowed-origins': ['http://127.0.0.1:*', 'http://localhost:*'],
      scope: 'profile email',
      ...claims,
    };
    const jws: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: this.kid, ...header };
    jws.alg = 'RS256';
    const signed = `${b64(jws)}.${b64(payload)}`;
    const signature = createSign('RSA-SHA256').update(signed).sign(this.key).toString('base64url');
    return `${signed}.${signature}`;
  }
}

/**
 * The claims the realm export (infra/keycloak) makes Keycloak put in a demo user's access token:
 * the whole Chinese name as first name, the user's own realm roles, the four placement claims.
 */
function claimsFor(user: DemoUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    sub: subjectOf(user.username),
    realm_access: { roles: [...user.roles] },
    email_verified: true,
    name: user.name,
    preferred_username: user.username,
    given_name: user.name,
    email: `${user.username}@branch-graph.local`,
    employee_id: user.employee_id,
    branch_id: user.branch_id,
  };
  if (user.team_id) claims.team_id = user.team_id;
  if (user.group_id) claims.group_id = user.group_id;
  return claims;
}

/** The user id the realm export gives the user (infra/keycloak/generate-realm.mjs): the same `sub`. */
function subjectOf(username: string): string {
  const h = createHash('sha1').update(`branch-graph-realm:${username}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function loadOrCreateKey(keyFile: string | undefined): KeyObject {
  if (keyFile && existsSync(keyFile)) return createPrivateKey(readFileSync(keyFile));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return privateKey;
}
