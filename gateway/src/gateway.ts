import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DevRealm, KeycloakVerifier, keycloakSettings, type TokenVerifier } from '@bg/auth';
import {
  adoptScalarParsing,
  answerParserErrorsAsJson,
  authenticate,
  createLogger,
  createMetrics,
  finishApp,
  formatError,
  graphqlBody,
  REQUEST_ID_HEADER,
  requestIdFrom,
  refuseUnresolvedOperation,
  serverTiming,
} from '@bg/graphql';
import { consoleRoutes } from './console';
import { armorFor, clipErrors } from './limits/armor';
import { costLimitPlugin } from './limits/cost';
import { persistedOperations, rateLimit, requestShape } from './limits/http';
import { PersistedOperations } from './limits/persisted';
import { committedSupergraph } from './compose';
import type { GatewayConfig } from './settings';
import { SUBGRAPHS } from './subgraphs';
import { createSubgraphLinks } from './links';
import { forwardFiles } from './files';
import { mountDevTools } from './dev-tools';

interface GatewayContext {
  authorization: string;
  /** The client's `x-request-id` when well-formed, else a new one; sent to every subgraph asked (audit rows carry it). */
  requestId: string;
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
 * The federated gateway: verifies the bearer token (401 without a valid one) before reading the
 * body, plans queries over the static supergraph and forwards the caller's Authorization header to
 * every subgraph, which verifies it again. It forwards archive file URLs (/files) to personnel;
 * every other address and every error answer JSON (@bg/graphql's http). In embedded mode it also
 * serves the dev realm's JWKS at Keycloak's path.
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
          if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
        },
      }),
  });
  // The subgraphs' scalars parse here too: a bad date or amount is the caller's 400, not a subgraph's refusal in a 200.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => adoptScalarParsing(apiSchema));
  const armor = armorFor(config);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: clipErrors(formatError((error) => logger.error({ err: error }, 'unexpected gateway error'))),
    includeStacktraceInErrorResponses: false,
    introspection: config.GRAPHQL_INTROSPECTION,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      refuseUnresolvedOperation,
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
  mountDevTools(app, { devRealm, explorer: config.GRAPHQL_INTROSPECTION });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'gateway' }));
  // Ready once the supergraph is loaded (apollo.start() above); the subgraphs' own readiness is theirs.
  app.get('/readyz', (_req, res) => void res.json({ status: 'ready', service: 'gateway' }));
  const metrics = createMetrics('gateway');
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.contentType);
    res.end(await metrics.metrics());
  });
  const files = forwardFiles(app, urls.personnel, logger);
  // Before any GraphQL work (./limits/http.ts): the request id, the rate (per user, else per address), the
  // token (nothing of the body is read for a caller without a valid one), the body, its shape, persisted operations.
  app.use(
    '/graphql',
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.locals.requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestId as string);
      next();
    },
    rateLimit(config, verifier),
    authenticate(verifier, { logger }),
    ...graphqlBody(`${config.MAX_BODY_KIB}kb`),
    requestShape(config.MAX_QUERY_CHARS, config.MAX_TOKENS),
    persistedOperations(config.PERSISTED_OPERATIONS, PersistedOperations.load(config.PERSISTED_OPERATIONS_MANIFEST)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ authorization: req.headers.authorization ?? '', requestId: res.locals.requestId as string }),
    }),
  );

  // The branch console (apps/console/dist) at /, after every API route: its SPA fallback answers
  // only GET navigations outside /graphql, /healthz, /readyz, /metrics, /realms, /dev-realm, /graphiql, /files.
  app.use(consoleRoutes(config, logger));
  finishApp(app, logger);

  const server = createHttpServer(app);
  answerParserErrorsAsJson(server);
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
      await files.close();
    },
  };
}
