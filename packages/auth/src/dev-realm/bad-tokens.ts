/**
 * Bearer credentials every process must refuse (401), for the tests of the verifier, of the
 * embedded graph (gateway and each subgraph) and of the end-to-end suite on real Keycloak. Cases
 * that change claims need the realm's own signing key (`sign`: the dev realm); with a real
 * Keycloak only the others are built, from one valid token of its realm.
 */
import { createHmac, createPublicKey, createSign, generateKeyPairSync } from 'node:crypto';

export interface BadCredential {
  name: string;
  /** The Authorization header values sent (two for a doubled header); none: no header. */
  authorization: string[];
}

export interface BadTokenSource {
  /** A token of the realm that is accepted. */
  valid: string;
  /** The realm's public key for that token's `kid`, as a JWK (for the HS256-with-the-public-key forgery). */
  publicJwk: { kid?: string; kty: string; n?: string; e?: string; x?: string; y?: string; crv?: string };
  /** Signs claims (merged over the valid token's) and header fields with the realm's own key: dev realm only. */
  sign?: (claims: Record<string, unknown>, header?: Record<string, unknown>) => string;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const parts = (token: string) => token.split('.');
const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;

/** Every bad credential that can be made from `source`. */
export function badCredentials(source: BadTokenSource): BadCredential[] {
  const [h, p, s] = parts(source.valid);
  const header = decode(h);
  const claims = decode(p);
  const now = Math.floor(Date.now() / 1000);
  const bearer = (t: string) => [`Bearer ${t}`];
  const cases: BadCredential[] = [];
  const add = (name: string, authorization: string[]) => cases.push({ name, authorization });

  // Signed by the realm's key, but refused for a claim or the header.
  if (source.sign) {
    const sign = source.sign;
    const valid = (over: Record<string, unknown>, hdr?: Record<string, unknown>) => sign({ ...claims, iat: now, exp: now + 300, ...over }, hdr);
    add('nbf an hour ahead', bearer(valid({ nbf: now + 3600 })));
    add('nbf ten years ahead', bearer(valid({ nbf: now + 10 * 365 * 86400 })));
    add('no exp (would never expire)', bearer(valid({ exp: undefined })));
    add('exp not a number', bearer(valid({ exp: String(now + 300) })));
    add('iat a day ahead', bearer(valid({ iat: now + 86400 })));
    add('no iat', bearer(valid({ iat: undefined })));
    add('expired two minutes ago', bearer(valid({ exp: now - 120 })));
    add('expired long ago', bearer(valid({ iat: now - 86400 * 30, exp: now - 86400 * 29 })));
    add('another issuer', bearer(valid({ iss: 'http://evil.example/realms/branch-graph' })));
    add('another realm of the same server', bearer(valid({ iss: String(claims.iss).replace(/\/realms\/[^/]+$/, '/realms/master') })));
    add('another audience', bearer(valid({ aud: ['account'] })));
    add('no audience', bearer(valid({ aud: undefined })));
    add('an ID token (typ ID)', bearer(valid({ typ: 'ID' })));
    add('a refresh token (typ Refresh)', bearer(valid({ typ: 'Refresh' })));
    add('no typ', bearer(valid({ typ: undefined })));
    add('no sub', bearer(valid({ sub: undefined })));
    add('no kid in the header', bearer(valid({}, { kid: undefined })));
    add('a kid the realm does not have', bearer(valid({}, { kid: 'unknown-key' })));
    add('critical header the verifier does not know', bearer(valid({}, { crit: ['x-unknown'], 'x-unknown': true })));
  }

  // Tampered with, forged, or not a token at all.
  const forgedClaims = { ...claims, realm_access: { roles: ['executive'] }, exp: now + 300, iat: now };
  add('payload changed, signature kept', bearer(`${h}.${b64(forgedClaims)}.${s}`));
  if (source.sign) add('signature of another token', bearer(`${h}.${p}.${parts(source.sign({ ...claims, jti: 'other' }))[2]}`));
  add('signature flipped', bearer(`${h}.${p}.${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`));
  add('signature removed', bearer(`${h}.${p}.`));
  add('signature missing (two segments)', bearer(`${h}.${p}`));
  add('a fourth segment after a valid token', bearer(`${source.valid}.${s}`));
  add('an empty fourth segment', bearer(`${source.valid}.`));
  add('padding on the signature', bearer(`${source.valid}==`));
  add('standard base64 instead of base64url', bearer(`${h}.${p}.${Buffer.from(s, 'base64url').toString('base64')}`.replace(/=+$/, '') + '+/'));
  add('whitespace inside', bearer(`${h}. ${p}.${s}`));
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const rs256 = (hdr: Record<string, unknown>, body: Record<string, unknown>) => {
    const signed = `${b64(hdr)}.${b64(body)}`;
    return `${signed}.${createSign('RSA-SHA256').update(signed).sign(rsa).toString('base64url')}`;
  };
  add("signed by another key under the realm's kid", bearer(rs256({ ...header, alg: 'RS256' }, forgedClaims)));
  add('signed by another key under an unknown kid', bearer(rs256({ ...header, alg: 'RS256', kid: 'attacker-key' }, forgedClaims)));
  add('a key embedded in the header (jwk)', bearer(rs256({ ...header, alg: 'RS256', jwk: createPublicKey(rsa).export({ format: 'jwk' }) }, forgedClaims)));
  add('alg none, no signature', bearer(`${b64({ ...header, alg: 'none' })}.${b64(forgedClaims)}.`));
  add('alg none, with a signature', bearer(`${b64({ ...header, alg: 'none' })}.${b64(forgedClaims)}.${s}`));
  add('alg None (case)', bearer(`${b64({ ...header, alg: 'None' })}.${b64(forgedClaims)}.`));
  const publicPem = createPublicKey({ key: source.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
  for (const [alg, hash, secret] of [
    ['HS256', 'sha256', publicPem],
    ['HS256', 'sha256', JSON.stringify(source.publicJwk)],
    ['HS512', 'sha512', publicPem],
  ] as const) {
    const signed = `${b64({ ...header, alg })}.${b64(forgedClaims)}`;
    add(`${alg} with the public key as the secret`, bearer(`${signed}.${createHmac(hash, secret).update(signed).digest('base64url')}`));
  }
  add('garbage', bearer('garbage'));
  add('three garbage segments', bearer('a.b.c'));
  add('JSON instead of a token', bearer(JSON.stringify({ sub: claims.sub, realm_access: { roles: ['executive'] } })));
  add('a token 12 KB long', bearer(`${h}.${Buffer.from('x'.repeat(9_000)).toString('base64url')}.${s}`));
  add('empty bearer', ['Bearer ']);
  add('Bearer alone', ['Bearer']);
  add('the token without a scheme', [source.valid]);
  add('Basic credentials', [`Basic ${Buffer.from('vp.qian:demo').toString('base64')}`]);
  add('two tokens in one header', [`Bearer ${source.valid}, Bearer ${source.valid}`]);
  add('two Authorization headers, both valid', [`Bearer ${source.valid}`, `Bearer ${source.valid}`]);
  add('two Authorization headers, a valid one second', ['Bearer garbage', `Bearer ${source.valid}`]);
  add('no Authorization header', []);
  return cases;
}
