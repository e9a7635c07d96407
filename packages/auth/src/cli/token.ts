/**
 * `npm run -s token -- <username>` prints an access token for a demo user: signed by the dev
 * realm (embedded mode), or obtained from the real Keycloak by direct grant when KEYCLOAK_URL is
 * set. The demo users are listed by `npm run -s token -- --list`.
 */
import { loadConfig } from '@bg/config';
import { authSettings } from '../settings';
import { DEFAULT_CLIENT, DEMO_PASSWORD, DEMO_USERS, DevRealm } from '../dev-realm/dev-realm';

async function main(): Promise<void> {
  const username = process.argv[2];
  if (!username || username === '--list' || username === '--help') {
    console.error('usage: npm run -s token -- <username>\n\ndemo users:');
    for (const u of DEMO_USERS) console.error(`  ${u.username.padEnd(12)} ${u.roles.join(', ').padEnd(34)} ${u.branch_id} ${u.name}`);
    process.exit(username ? 0 : 2);
  }
  const config = loadConfig(authSettings);
  if (config.KEYCLOAK_URL) {
    const res = await fetch(`${config.KEYCLOAK_URL}/realms/${config.KEYCLOAK_REALM}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: DEFAULT_CLIENT, username, password: DEMO_PASSWORD }),
    });
    const body = (await res.json()) as { access_token?: string; error_description?: string };
    if (!body.access_token) throw new Error(`Keycloak refused: ${body.error_description ?? res.status}`);
    process.stdout.write(`${body.access_token}\n`);
    return;
  }
  const realm = new DevRealm({ url: config.GATEWAY_URL, realm: config.KEYCLOAK_REALM, keyFile: config.DEV_REALM_KEY_FILE });
  process.stdout.write(`${realm.tokenFor(username)}\n`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
