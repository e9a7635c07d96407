/** `npm start`: the whole graph in one process on embedded defaults, with the demo company. */
import { startEmbedded } from './embedded';

// The embedded graph is for developers: introspection (and GraphQL's "Did you mean") on, unless set otherwise.
process.env.GRAPHQL_INTROSPECTION ??= 'true';

startEmbedded()
  .then((graph) => {
    const url = graph.gateway.url;
    console.log(`
Branch Graph is up (embedded: SQLite under .data/, in-process events, dev realm).

  gateway      ${url}
  subgraphs    ${graph.services.map((s) => `${s.name} ${s.url}`).join('\n               ')}

Get a token for a demo user (list them with: npm run -s token -- --list):

  TOKEN=$(npm run -s token -- tl.wang)

and ask the graph about team SZ01-T1:

  curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ team(id: \\"SZ01-T1\\") { name members { name attendance(month: \\"2026-10\\") { lateArrivals absentDays } businessMetrics(month: \\"2026-10\\") { newAccounts netRevenueFen } trainingRecords { title } } } }"}'
`);
    const stop = async () => {
      await graph.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
