import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Principal, TokenVerifier } from '@bg/auth';
import { formatError, refuseUnresolvedOperation } from './errors';
import { answerParserErrorsAsJson, authenticate, finishApp, graphqlBody, queryTextLimit } from './http';
import { createLogger } from './log';
import { REQUEST_ID_HEADER, requestIdFrom, type RequestContext } from './context';
import { Loaders } from './loaders';
import { serverTiming } from './timing';

export interface SubgraphOptions<C extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  orm: MikroORM;
  port: number;
  host?: string;
  logger?: Logger;
  metrics?: Registry;
  /** Extends the base context (e.g. with DataLoaders); called once per request. */
  context?: (base: RequestContext) => C;
  /** Extra readiness checks (e.g. the event consumer is connected). */
  ready?: () => Promise<boolean>;
  /** Extra HTTP routes beside /graphql (e.g. file uploads); they do their own authorization. */
  routes?: (app: express.Express) => void;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A metrics registry labelled with the service name, with the process's default metrics. */
export function createMetrics(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * Serves a subgraph: POST /graphql behind bearer-token verification (401 without a valid token:
 * a subgraph never trusts that the gateway checked; the token is checked before the body is
 * read), /healthz, /readyz and /metrics; every other address and every error answer JSON
 * (packages/graphql/src/http.ts).
 */
export async function startSubgraph<C extends RequestContext>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(options.name);
  const metrics = options.metrics ?? createMetrics(options.name);
  const requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests by outcome', labelNames: ['outcome'], registers: [metrics] });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics],
  });

  const apollo = new ApolloServer<C>({
    schema: options.schema,
    formatError: formatError((error) => logger.error({ err: error }, 'unexpected error in a resolver')),
    includeStacktraceInErrorResponses: false,
    // Like the gateway: off unless GRAPHQL_INTROSPECTION=true (`npm start` sets it); federation's `_service` is not introspection.
    introspection: /^(1|true|yes|on)$/i.test(process.env.GRAPHQL_INTROSPECTION ?? ''),
    // Federated traces and cache hints cost time per field (the cache-control plugin wraps every
    // resolver); nothing here collects traces (no Apollo usage reporting) or sets cache hints.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), refuseUnresolvedOperation],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(serverTiming);
  operationalRoutes(app, { ...options, metrics });

  options.routes?.(app);

  app.use(
    '/graphql',
    authenticate(options.verifier, { logger, onRefused: () => requests.inc({ outcome: 'unauthenticated' }) }),
    ...graphqlBody(),
    queryTextLimit(),
    (req, res, next) => {
      res.locals.requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestId as string);
      const stopTimer = latency.startTimer();
      res.on('finish', () => {
        stopTimer();
        requests.inc({ outcome: res.statusCode < 400 ? 'ok' : 'error' });
      });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const base: RequestContext = {
          principal: res.locals.principal as Principal,
          em: options.orm.em.fork(),
          loaders: new Loaders(),
          requestId: res.locals.requestId as string,
        };
        return options.context ? options.context(base) : (base as C);
      },
    }),
  );
  finishApp(app, logger);

  const { server, port } = await listen(app, options);
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph listening`);

  return {
    url,
    port,
    async stop() {
      await apollo.stop();
      await close(server);
    },
  };
}

interface OperationalOptions {
  name: string;
  orm: MikroORM;
  metrics: Registry;
  ready?: () => Promise<boolean>;
}

/** /healthz (the process runs), /readyz (its database answers, and `ready`) and /metrics. */
function operationalRoutes(app: express.Express, options: OperationalOptions): void {
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: options.name }));
  app.get('/readyz', async (_req, res) => {
    try {
      const dbOk = await options.orm.isConnected();
      const extraOk = options.ready ? await options.ready() : true;
      res.status(dbOk && extraOk ? 200 : 503).json({ status: dbOk && extraOk ? 'ready' : 'not ready', database: dbOk, events: extraOk });
    } catch {
      res.status(503).json({ status: 'not ready' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', options.metrics.contentType);
    res.end(await options.metrics.metrics());
  });
}

async function listen(app: express.Express, options: { port: number; host?: string }): Promise<{ server: Server; port: number }> {
  const server: Server = createHttpServer(app);
  answerParserErrorsAsJson(server);
  // Longer than the gateway's idle timeout (SUBGRAPH_IDLE_TIMEOUT_MS, 4 s): the gateway closes a pooled
  // connection before the subgraph would, so it never sends on a socket being closed ("socket hang up").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
}

export interface OperationalServerOptions extends Omit<OperationalOptions, 'metrics'> {
  port: number;
  host?: string;
  logger?: Logger;
  metrics?: Registry;
}

/**
 * Only /healthz, /readyz and /metrics, for a process of a service that serves no graph (its outbox
 * relay and event consumer: SERVICE_ROLE=events); every other address answers JSON 404.
 */
export async function startOperationalServer(options: OperationalServerOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const logger = options.logger ?? createLogger(options.name);
  const app = express();
  app.disable('x-powered-by');
  operationalRoutes(app, { ...options, metrics: options.metrics ?? createMetrics(options.name) });
  finishApp(app, logger);
  const { server, port } = await listen(app, options);
  logger.info({ port }, `${options.name} events half listening (probes and metrics only)`);
  return { port, stop: () => close(server) };
}
