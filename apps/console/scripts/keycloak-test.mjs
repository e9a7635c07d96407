// Browser test of the console's sign-in against the real Keycloak: the authorization code flow with
// PKCE (S256) through keycloak-js, in Debian's chromium driven by playwright-core.
//
// The graph is the embedded one (SQLite under a temp dir, in-process events: neither PostgreSQL nor
// Kafka is needed), with KEYCLOAK_URL/KEYCLOAK_REALM pointing the gateway, the subgraphs and the
// console at the real Keycloak. The gateway listens on 127.0.0.1:4790 (the realm's branch-console
// client lists that origin among its redirect URIs and web origins), the subgraphs on 4791-4794.
// Keycloak must be up with the realm from infra/keycloak/ (bash infra/local/infra.sh up keycloak).
//
//   npm run -s test:browser:keycloak -w @bg/console      (after npm run build)
//   KEYCLOAK_URL=http://127.0.0.1:8080 KEYCLOAK_REALM=branch-graph  (the defaults)
//
// Screenshots: docs/screenshots/keycloak-login.png, keycloak-signed-in.png. Ends with "N passed, N failed".
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, startGraph } from './graph.mjs';

const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const REALM = process.env.KEYCLOAK_REALM ?? 'branch-graph';
const PORT = Number(process.env.KEYCLOAK_TEST_PORT ?? 4790);
const CLIENT_ID = 'branch-console';
const AUDIENCE = 'branch-graph-api';
const USER = { username: 'tl.wang', password: process.env.KEYCLOAK_TEST_PASSWORD ?? 'demo', team: 'SZ01-T1' };
const OIDC = `${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect`;
const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;
async function test(name, fn) {
  if (broken) {
    failed++;
    console.log(`✗ ${name} (skipped: an earlier step failed)`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    broken = true;
    console.log(
      `✗ ${name}\n    ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

// Keycloak first: a clear message rather than a browser timeout when it is not there.
try {
  const r = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
} catch (e) {
  console.error(`Keycloak is not up at ${KEYCLOAK_URL} (realm ${REALM}): ${e.message}\nstart it: bash infra/local/infra.sh up keycloak`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'gateway', 'operations', 'manifest.json'), 'utf8')).operations;
const registered = (name) => Object.keys(manifest).find((h) => manifest[h].client === 'console' && manifest[h].name === name);

const graph = await startGraph({
  ports: [PORT, PORT + 1, PORT + 2, PORT + 3, PORT + 4],
  env: { KEYCLOAK_URL, KEYCLOAK_REALM: REALM, PERSISTED_OPERATIONS: process.env.PERSISTED_OPERATIONS ?? 'required' },
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
console.log(`console at ${graph.url}/ signing in at ${KEYCLOAK_URL}/realms/${REALM}, chromium ${browser.version()}`);

const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
const page = await context.newPage();
page.setDefaultTimeout(30_000);
const seen = { auth: [], token: [], tokenResponses: [], logout: [], bearer: [], errors: [] };
page.on('request', (r) => {
  const u = r.url();
  if (u.startsWith(`${OIDC}/auth?`)) seen.auth.push(new URL(u).searchParams);
  else if (u === `${OIDC}/token` && r.method() === 'POST') seen.token.push(new URLSearchParams(r.postData() ?? ''));
  else if (u.startsWith(`${OIDC}/logout`)) seen.logout.push(u);
  else if (u.startsWith(`${graph.url}/graphql`)) seen.bearer.push(r.headers().authorization ?? '');
});
page.on('response', async (r) => {
  if (r.status() >= 400 && !r.url().startsWith(`${OIDC}/token`)) seen.errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  if (r.url().startsWith(`${graph.url}/graphql`) && /PERSISTED_QUERY_/.test(await r.text().catch(() => ''))) {
    seen.errors.push(`unregistered operation: ${r.request().postData()?.slice(0, 200)}`);
  }
  if (r.url() === `${OIDC}/token` && r.request().method() === 'POST')
    seen.tokenResponses.push({ status: r.status(), acao: r.headers()['access-control-allow-origin'] });
});
// CSP, CORS and script errors on either origin show here
page.on('pageerror', (e) => seen.errors.push(`pageerror ${e.message}`));
page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && seen.errors.push(`console ${m.text()} (${page.url()})`));

try {
  await test('the gateway tells the console to sign in with Keycloak; the dev realm is off', async () => {
    const config = await (await fetch(`${graph.url}/console-config.json`)).json();
    expect(config.auth === 'keycloak', `console-config: ${JSON.stringify(config)}`);
    expect(
      config.keycloak.url === KEYCLOAK_URL && config.keycloak.realm === REALM && config.keycloak.clientId === CLIENT_ID,
      `console-config: ${JSON.stringify(config)}`,
    );
    expect((await fetch(`${graph.url}/dev-realm/users`)).status === 404, '/dev-realm/users answers in Keycloak mode');
    expect((await fetch(`${graph.url}/graphql`, { method: 'POST' })).status === 401, '/graphql without a token is not 401');
  });

  await test("opening the team's page redirects to Keycloak's login page, asking for a code with PKCE S256", async () => {
    await page.goto(`${graph.url}/team/attendance`);
    await page.waitForURL((u) => u.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
    await page.locator('#username').waitFor();
    const q = seen.auth.at(-1);
    expect(q, 'no authorization request seen');
    expect(q.get('client_id') === CLIENT_ID, `client_id ${q.get('client_id')}`);
    expect(q.get('response_type') === 'code', `response_type ${q.get('response_type')}`);
    expect(q.get('code_challenge_method') === 'S256', `code_challenge_method ${q.get('code_challenge_method')}`);
    expect(/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? ''), `code_challenge ${q.get('code_challenge')}`);
    expect((q.get('redirect_uri') ?? '').startsWith(`${graph.url}/team/attendance`), `redirect_uri ${q.get('redirect_uri')}`);
    expect((q.get('scope') ?? '').split(' ').includes('openid'), `scope ${q.get('scope')}`);
    await page.screenshot({ path: join(SHOTS, 'keycloak-login.png'), fullPage: true });
  });

  await test(`${USER.username} signs in; the token request carries the code_verifier of that challenge`, async () => {
    await page.locator('#username').fill(USER.username);
    await page.locator('#password').fill(USER.password);
    await page.locator('#kc-login').click();
    await page.waitForURL((u) => u.origin === graph.url && u.pathname === '/team/attendance');
    await page.getByTestId('who').filter({ hasText: USER.username }).waitFor();
    const t = seen.token.find((p) => p.get('grant_type') === 'authorization_code');
    expect(t, 'no authorization_code token request seen');
    const verifier = t.get('code_verifier') ?? '';
    expect(/^[A-Za-z0-9._~-]{43,128}$/.test(verifier), `code_verifier "${verifier}"`);
    const challenge = seen.auth.at(-1).get('code_challenge');
    expect(b64url(createHash('sha256').update(verifier).digest()) === challenge, 'S256(code_verifier) is not the code_challenge sent');
    expect(t.get('client_id') === CLIENT_ID && !t.has('client_secret'), 'not the public console client');
    const answer = seen.tokenResponses[0];
    expect(answer?.status === 200 && answer.acao === graph.url, `token answer ${JSON.stringify(answer)} (CORS: the client's web origins)`);
    // Keycloak refuses the code without the verifier: PKCE is enforced by the realm, not only used by the client
    const code = t.get('code');
    const replay = await fetch(`${OIDC}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT_ID, code, redirect_uri: t.get('redirect_uri') }),
    });
    expect(replay.status === 400, `a code without its verifier got ${replay.status}`);
  });

  await test(`${USER.username} sees team ${USER.team}'s attendance month with data, the graph accepting Keycloak's token`, async () => {
    const rows = page.getByTestId('attendance-table').locator('tbody tr');
    await rows.first().waitFor();
    expect((await rows.count()) >= 5, `only ${await rows.count()} members`);
    await page.getByTestId('month-grid').waitFor();
    expect((await page.getByTestId('error').count()) === 0, `errors: ${await page.getByTestId('error').allTextContents()}`);
    const bearer = seen.bearer.find((h) => h.startsWith('Bearer '));
    expect(bearer, 'no /graphql request with a bearer token');
    const c = claimsOf(bearer.slice(7));
    expect(c.iss === `${KEYCLOAK_URL}/realms/${REALM}`, `iss ${c.iss}`);
    expect([c.aud].flat().includes(AUDIENCE), `aud ${JSON.stringify(c.aud)}`);
    expect(c.azp === CLIENT_ID && c.preferred_username === USER.username && c.team_id === USER.team, `claims ${JSON.stringify(c)}`);
    await page.screenshot({ path: join(SHOTS, 'keycloak-signed-in.png'), fullPage: true });
  });

  await test(`${USER.username} is refused the payroll page (not in the menu, 无权访问), and the graph refuses its query`, async () => {
    const menu = await page.locator('nav.side a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(!menu.includes('/payroll'), `payroll in the menu: ${menu}`);
    await page.goto(`${graph.url}/payroll`); // a full load: keycloak-js signs in again through Keycloak's session
    await page.getByTestId('forbidden').waitFor();
    expect((await page.getByTestId('forbidden').textContent()).includes('无权访问'), 'no refusal text');
    const token = seen.bearer.at(-1).slice(7);
    const r = await fetch(`${graph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      // the console's registered PayrollRuns, by its hash (the gateway runs registered operations only)
      body: JSON.stringify({
        operationName: 'PayrollRuns',
        variables: { branchId: 'SZ01', month: '2026-10' },
        extensions: { persistedQuery: { version: 1, sha256Hash: registered('PayrollRuns') } },
      }),
    });
    const body = await r.json();
    expect(body.errors?.[0]?.extensions?.code === 'FORBIDDEN', `payrollRuns as ${USER.username}: ${JSON.stringify(body).slice(0, 300)}`);
  });

  await test(`${USER.username} signs out: Keycloak's session ends and the console asks for a sign-in again`, async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL((u) => u.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
    await page.locator('#username').waitFor();
    expect(seen.logout.length > 0, 'no request to the logout endpoint');
    await page.goto(`${graph.url}/team/attendance`);
    await page.waitForURL((u) => u.href.startsWith(`${KEYCLOAK_URL}/realms/${REALM}/`));
    await page.locator('#username').waitFor(); // no session left to sign in silently with
    expect((await page.getByTestId('who').count()) === 0, 'still signed in');
  });

  await test('no script, CSP, CORS or unregistered-operation error in the browser during the whole sign-in', async () => {
    expect(seen.errors.length === 0, seen.errors.join('\n    '));
  });
} finally {
  await browser.close();
  await graph.stop();
}

console.log(`\nkeycloak browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
