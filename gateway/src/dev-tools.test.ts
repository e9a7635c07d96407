import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS } from '@bg/auth';
import { createGateway, type RunningGateway } from './gateway';
import { loadGatewayConfig } from './settings';

const base = (g: RunningGateway) => g.url.replace(/\/graphql$/, '');

/** A free port, so that the dev realm's issuer (GATEWAY_URL) is the gateway's own address. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function start(env: Record<string, string>): Promise<RunningGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'bg-gateway-'));
  const port = await freePort();
  const config = loadGatewayConfig({
    PORT: String(port),
    GATEWAY_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEV_REALM_KEY_FILE: join(dir, 'key.pem'),
    ...env,
  });
  return createGateway(config);
}

describe('the gateway with the dev realm (npm start)', () => {
  let g: RunningGateway;
  beforeAll(async () => {
    g = await start({ GRAPHQL_INTROSPECTION: 'true' }); // as `npm start` sets it
  }, 30_000);
  afterAll(() => g?.stop());

  it('lists the demo users at GET /dev-realm/users', async () => {
    const res = await fetch(`${base(g)}/dev-realm/users`);
    expect(res.status).toBe(200);
    const { users } = (await res.json()) as { users: Array<{ username: string; roles: string[]; branchId: string }> };
    expect(users.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
    expect(users.find((u) => u.username === 'tl.wang')).toMatchObject({ name: '王强', roles: ['team-lead'], branchId: 'SZ01', teamId: 'SZ01-T1' });
  });

  it('hands out a token for a demo user at POST /dev-realm/token that the gateway accepts', async () => {
    const res = await fetch(`${base(g)}/dev-realm/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'fin.sz' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ preferred_username: 'fin.sz', realm_access: { roles: ['branch-finance'] }, branch_id: 'SZ01' });
    const gql = await fetch(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${body.access_token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(gql.status).toBe(200);
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an unknown user or a body without a username', async () => {
    for (const body of [{ username: 'nobody' }, {}, { username: 7 }]) {
      const res = await fetch(`${base(g)}/dev-realm/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toContain('/dev-realm/users');
    }
  });

  it('serves GraphiQL and its assets from node_modules at /graphiql, not at /', async () => {
    const page = await fetch(`${base(g)}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="graphiql"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of html.match(/\/graphiql\/assets\/[\w.-]+/g)!) {
      const asset = await fetch(`${base(g)}${src}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    const explorer = await (await fetch(`${base(g)}/graphiql/assets/explorer.js`)).text();
    expect(explorer).toContain('/dev-realm/token');
    expect((await fetch(`${base(g)}/graphiql/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base(g)}/`)).status).toBe(404);
  });
});

describe('the gateway with Keycloak (production)', () => {
  let g: RunningGateway;
  beforeAll(async () => {
    g = await start({ KEYCLOAK_URL: 'http://127.0.0.1:9/keycloak' });
  }, 30_000);
  afterAll(() => g?.stop());

  it('has no dev-realm routes and no explorer', async () => {
    expect(g.devRealm).toBeNull();
    expect((await fetch(`${base(g)}/dev-realm/users`)).status).toBe(404);
    const token = await fetch(`${base(g)}/dev-realm/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":"vp.qian"}',
    });
    expect(token.status).toBe(404);
    expect((await fetch(`${base(g)}/graphiql`)).status).toBe(404);
    expect((await fetch(`${base(g)}/graphiql/assets/graphiql.js`)).status).toBe(404);
  });

  it('serves the explorer when GRAPHQL_INTROSPECTION=true, still without dev-realm tokens', async () => {
    const open = await start({ KEYCLOAK_URL: 'http://127.0.0.1:9/keycloak', GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await fetch(`${base(open)}/graphiql`)).status).toBe(200);
      expect((await fetch(`${base(open)}/dev-realm/token`, { method: 'POST' })).status).toBe(404);
    } finally {
      await open.stop();
    }
  });
});
