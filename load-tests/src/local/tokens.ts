/** `node load-tests/dist/local/tokens.js <scenario> > tokens.json`: the tokens of a scenario's users, for k6's TOKENS_FILE (dev realm, or Keycloak when KEYCLOAK_URL is set). */
import { SCENARIOS } from '../scenarios/definitions';
import { tokenSource } from './client';
import { runData, usersOf } from './run';

(async () => {
  const scenario = SCENARIOS[process.argv[2] ?? ''];
  if (!scenario) throw new Error(`usage: tokens.js <${Object.keys(SCENARIOS).join('|')}>`);
  const token = tokenSource();
  const users = usersOf(scenario, runData(), 1000, true);
  const tokens: Record<string, string> = {};
  for (const u of users) tokens[u] = await token(u);
  process.stdout.write(`${JSON.stringify(tokens)}\n`);
})().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
