import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DevRealm } from './dev-realm/dev-realm';
import { KeycloakVerifier, InvalidTokenError, bearerToken } from './verifier';

describe('KeycloakVerifier against the dev realm JWKS', () => {
  let server: Server;
  let realm: DevRealm;
  let verifier: KeycloakVerifier;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === realm.certsPath) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(realm.jwks()));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    realm = new DevRealm({ url });
    verifier = new KeycloakVerifier({ url, realm: realm.realm, audience: 'branch-graph-api' });
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('accepts a demo user token and reads roles and claims', async () => {
    const p = await verifier.verify(realm.tokenFor('tl.wang'));
    expect(p).toMatchObject({
      username: 'tl.wang',
      roles: ['team-lead'],
      employeeId: 'E1003',
      branchId: 'SZ01',
      teamId: 'SZ01-T1',
      groupId: null,
    });
  });

  it('refuses a token signed by another key (forged)', async () => {
    const forger = new DevRealm({ url });
    await expect(verifier.verify(forger.tokenFor('vp.qian'))).rejects.toThrow(InvalidTokenError);
  });

  it('refuses an expired token, a foreign audience, a foreign issuer and garbage', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    await expect(verifier.verify(realm.tokenFor('cm.zhang', { exp: past }))).rejects.toThrow(/expired/);
    await expect(verifier.verify(realm.tokenFor('cm.zhang', { aud: ['account'] }))).rejects.toThrow(/audience/);
    await expect(verifier.verify(realm.tokenFor('cm.zhang', { iss: 'http://evil/realms/branch-graph' }))).rejects.toThrow(/ISS/);
    await expect(verifier.verify(realm.tokenFor('cm.zhang', { typ: 'ID' }))).rejects.toThrow(/type/);
    await expect(verifier.verify('not.a.token')).rejects.toThrow(InvalidTokenError);
  });

  it('reads the bearer token of an Authorization header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic xyz')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('KeycloakVerifier key cache', () => {
  it('converts a realm key once per kid, and still refuses a token of an unknown key', async () => {
    let fetches = 0;
    // Assigned once the server it serves has a port (the handler reads it later).
    // eslint-disable-next-line prefer-const
    let realm: DevRealm | undefined;
    const server = createServer((req, res) => {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(realm!.jwks()));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    realm = new DevRealm({ url });
    const verifier = new KeycloakVerifier({ url, realm: realm.realm, audience: 'branch-graph-api' });
    const rotation = (verifier as unknown as { keycloak: { grantManager: { rotation: { jwks: object[] } } } }).keycloak.grantManager.rotation;
    try {
      for (let i = 0; i < 5; i++) await expect(verifier.verify(realm.tokenFor('tl.wang'))).resolves.toMatchObject({ username: 'tl.wang' });
      expect(fetches).toBe(1);
      expect(rotation.jwks).toHaveLength(1);
      await expect(verifier.verify(new DevRealm({ url }).tokenFor('vp.qian'))).rejects.toThrow(InvalidTokenError);
      await expect(verifier.verify(realm.tokenFor('tl.wang', { exp: Math.floor(Date.now() / 1000) - 60 }))).rejects.toThrow(/expired/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
