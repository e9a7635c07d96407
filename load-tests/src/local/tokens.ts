/** `node load-tests/dist/local/tokens.js <scenario> > tokens.json`: the tokens of a scenario's users, for k6's TOKENS_FILE (dev realm, or Keycloak when KEYCLOAK_URL is set). */
import { SCENARIOS, operationFor, scenarioData } from '../scenarios/definitions';
import { tokenSource } from './client';

(async () => {
  const scenario = SCENARIOS[process.argv[2] ?? ''];
  if (!scenario) throw new Error(`usage: tokens.js <${Object.keys(SCENARIOS).join('|')}>`);
  const data = scenarioData(process.env);
  const token = tokenSource();
  const users = new Set<string>();
  for (let i = 0; i < 1000; i++) users.add(operationFor(scenario, i).user(i, data));
  const tokens: Record<string, string> = {};
  for (const u of users) tokens[u] = await token(u);
  process.stdout.write(`${JSON.stringify(tokens)}\n`);
})().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
