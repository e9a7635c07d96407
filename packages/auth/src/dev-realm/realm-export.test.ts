import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS, DevRealm } from './dev-realm';

const ROOT = join(__dirname, '..', '..', '..', '..');
const exportFile = join(ROOT, 'infra', 'keycloak', 'branch-graph-realm.json');

describe('the Keycloak realm export and the dev realm', () => {
  it('is generated from demo-users.json and not stale', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'infra', 'keycloak', 'generate-realm.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('gives every demo user the same id (sub), roles and claims as the dev realm', () => {
    const realm = JSON.parse(readFileSync(exportFile, 'utf8')) as {
      users: Array<{ id: string; username: string; realmRoles: string[]; attributes: Record<string, string[]> }>;
    };
    const dev = new DevRealm({ url: 'http://127.0.0.1:8080' });
    for (const user of DEMO_USERS) {
      const exported = realm.users.find((u) => u.username === user.username)!;
      const claims = JSON.parse(Buffer.from(dev.tokenFor(user.username).split('.')[1], 'base64url').toString());
      expect({ username: user.username, id: exported.id, roles: [...exported.realmRoles].sort(), employee: exported.attributes.employee_id?.[0] }).toEqual({
        username: user.username,
        id: claims.sub,
        roles: [...claims.realm_access.roles].sort(),
        employee: claims.employee_id,
      });
    }
  });

  it('has the console as a public client: authorization code with PKCE S256 only, redirects back to the console, tokens for the API audience', () => {
    const realm = JSON.parse(readFileSync(exportFile, 'utf8')) as {
      clients: Array<Record<string, unknown> & { attributes?: Record<string, string>; protocolMappers?: Array<{ config: Record<string, string> }> }>;
    };
    const client = realm.clients.find((c) => c.clientId === 'branch-console')!;
    expect(client).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      attributes: { 'pkce.code.challenge.method': 'S256' },
    });
    expect(client.redirectUris).toEqual(expect.arrayContaining(['http://127.0.0.1:4000/*', 'http://localhost:4000/*']));
    expect(client.protocolMappers?.some((m) => m.config['included.client.audience'] === 'branch-graph-api')).toBe(true);
  });
});
