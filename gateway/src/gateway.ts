import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DevRealm, KeycloakVerifier, bearerToken, keycloakSettings, type TokenVerifier } from '@bg/auth';
import { createLogger, createMetrics, formatError, serverTiming } from '@bg/graphql';
import { armorFor, clipErrors } from './limits/armor';
import { costLimitPlugin } from './limits/cost';
import { bodyErrors, persistedOperations, rateLimit, requestShape } from './limits/http';
import { PersistedOperations } from './limits/persisted';
import { committedSupergraph } from './compose';
import type { GatewayConfig } from './settings';
import { SUBGRAPHS } from './subgraphs';
import { createSubgraphLinks } from './links';

interface GatewayContext {
  authorization: string;
}

/**
 * A subgraph answers a request it refuses as a whole (e.g. a month literal that fails its
 * scalar) with HTTP 400 and GraphQL errors in the body: pass the first of them on with its code
 * and message instead of a bare "400: Bad Request", and never the subgraph's URL.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response)) as { errors?: Array<{ message?: string; extensions?: { code?: string; problems?: unknown } }> } | string;
    const first = typeof body === 'object' ? body.errors?.[0] : undefined;
    if (first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code, problems: first.extensions.problems } });
    }
    return new GraphQLError(`A service answered ${response.status}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  /** The dev realm in embedded mode (KEYCLOAK_URL unset), else null. */
  devRealm: DevRealm | null;
  stop(): Promise<void>;
}

export interface GatewayDeps {
  verifier?: TokenVerifier;
  devRealm?: DevRealm;
  supergraphSdl?: string;
}

/**
 * The federated gateway: verifies the bearer token (401 without a valid one), plans queries over
 * the static supergraph and forwards the caller's Authorization header to every subgraph, which
 * verifies it again. In embedded mode it also serves the dev realm's JWKS at Keycloak's path.
 */
export async function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Promise<RunningGateway> {
  const logger = createLogger('gateway');
  logger.level = config.LOG_LEVEL;
  const devRealm = config.KEYCLOAK_URL
    ? null
    : (deps.devRealm ?? new DevRealm({ url: config.GATEWAY_URL, realm: config.KEYCLOAK_REALM, keyFile: config.DEV_REALM_KEY_FILE }));
  const verifier = deps.verifier ?? new KeycloakVerifier(keycloakSettings(config));
  const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, config[s.env]]));

  const supergraphSdl = deps.supergraphSdl ?? committedSupergraph();
  const links = createSubgraphLinks({
    connections: config.SUBGRAPH_CONNECTIONS,
    idleTimeoutMs: config.SUBGRAPH_IDLE_TIMEOUT_MS,
    dedupe: config.SUBGRAPH_DEDUPE,
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: config.QUERY_PLAN_CACHE_MIB,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: urls[name] ?? url,
        fetcher: links.fetcher,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const armor = armorFor(config);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: clipErrors(formatError((error) => logger.error({ err: error }, 'unexpected gateway error'))),
    includeStacktraceInErrorResponses: false,
    introspection: config.GRAPHQL_INTROSPECTION,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      costLimitPlugin(supergraphSdl, { maxCost: config.MAX_COST, fetchCost: config.COST_PER_FETCH, listSize: config.COST_LIST_SIZE, defaultPage: 50 }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(serverTiming);
  if (devRealm) {
    app.get(devRealm.certsPath, (_req, res) => void res.json(devRealm.jwks()));
  }
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
  // Ready once the supergraph is loaded (apollo.start() above); the subgraphs' own readiness is theirs.
  app.get('/readyz', (_req, res) => void res.json({ status: 'ready', service: 'gateway' }));
  const metrics = createMetrics('gateway');
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.contentType);
    res.end(await metrics.metrics());
  });
  // Before any GraphQL work: rate, body, shape, persisted operations (./limits/http.ts).
  const limits: Array<express.RequestHandler | express.ErrorRequestHandler> = [
    rateLimit(config, verifier),
    express.json({ limit: `${config.MAX_BODY_KIB}kb` }),
    bodyErrors(config.MAX_BODY_KIB),
    requestShape(config.MAX_QUERY_CHARS, config.MAX_TOKENS),
    persistedOperations(config.PERSISTED_OPERATIONS, PersistedOperations.load(config.PERSISTED_OPERATIONS_MANIFEST)),
  ];
  app.use('/graphql', ...limits);
  app.use(
    '/graphql',
    async (req, res, next) => {
      const token = bearerToken(req.headers.authorization);
      if (!token) {
        res.status(401).json({ errors: [{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      try {
        await verifier.verify(token);
        next();
      } catch (e) {
        logger.warn({ reason: (e as Error).message }, 'refused a token');
        res.status(401).json({ errors: [{ message: 'The bearer token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    },
    expressMiddleware(apollo, { context: async ({ req }) => ({ authorization: req.headers.authorization ?? '' }) }),
  );

  const server = createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST}:${port}/graphql`;
  logger.info({ url, realm: devRealm ? 'embedded dev realm' : config.KEYCLOAK_URL }, 'gateway listening');
  return {
    url,
    port,
    devRealm,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await links.close();
    },
  };
}
