/**
 * `npm run start:infra`: after infra/local has started PostgreSQL, Kafka and Keycloak, runs the
 * gateway and the four subgraphs as separate processes against them, until Ctrl-C.
 */
import { localRealParts, startAll, stopAll } from './processes';

(async () => {
  const parts = localRealParts();
  const processes = await startAll(parts);
  console.log(`
Branch Graph is up on the real parts: PostgreSQL ${parts.postgresUrl}, Kafka ${parts.kafkaBrokers}, Keycloak ${parts.keycloakUrl}.

  gateway  ${processes.gateway.baseUrl}/graphql     logs: ${parts.logDir}/<name>.log

  TOKEN=$(KEYCLOAK_URL=${parts.keycloakUrl} npm run -s token -- tl.wang)
`);
  const stop = async () => {
    await stopAll(processes);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
})().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
