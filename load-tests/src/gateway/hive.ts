/**
 * Hive Gateway (The Guild's @graphql-hive/gateway-runtime) on the committed supergraph, for
 * bench:gateway's side-by-side run: PORT (default 4020); HIVE_DEDUPE=false turns off its
 * deduplication of identical in-flight subgraph requests (on by default, as Hive ships it). The
 * caller's Authorization header goes to the subgraphs, as our gateway forwards it.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const port = Number(process.env.PORT ?? 4020);
const dedupe = process.env.HIVE_DEDUPE !== 'false';
const supergraph = readFileSync(join(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql'), 'utf8');

const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  maskedErrors: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: dedupe } } },
});

const server = createServer(gateway);
server.listen(port, '127.0.0.1', () => console.log(`hive gateway on :${port} (dedupe ${dedupe})`));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
