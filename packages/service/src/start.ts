import { join } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Gauge, Counter, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { Express } from 'express';
import { KeycloakVerifier, keycloakSettings, type TokenVerifier } from '@bg/auth';
import { openDatabase, type MigrationLists } from '@bg/db';
import {
  InProcessTransport,
  InboxEntry,
  KafkaTransport,
  OutboxMessage,
  OutboxRelay,
  inboxBatchHandler,
  inboxHandler,
  type EventHandlers,
  type Prefetch,
  type Subscription,
  type Topic,
  type Transport,
} from '@bg/events';
import {
  buildFederatedSchema,
  createLogger,
  createMetrics,
  startOperationalServer,
  startSubgraph,
  type RequestContext,
  type SubgraphSchemaOptions,
} from '@bg/graphql';
import type { ServiceConfig } from './settings';

/** Kafka when KAFKA_BROKERS is set, else an in-process transport of this service's own. */
function createTransport(name: string, config: ServiceConfig, metrics: Registry, logger: Logger): Transport {
  if (!config.KAFKA_BROKERS) return new InProcessTransport();
  const lag = new Gauge({
    name: 'kafka_consumer_lag',
    help: 'Messages behind the end of each partition',
    labelNames: ['topic', 'partition'],
    registers: [metrics],
  });
  return new KafkaTransport({
    brokers: config.KAFKA_BROKERS,
    clientId: name,
    // PostgreSQL takes concurrent transactions; the embedded SQLite connection does not.
    partitionsConcurrently: config.DATABASE_URL ? 3 : 1,
    batchSize: config.EVENTS_BATCH_SIZE,
    commitEvery: config.EVENTS_COMMIT_EVERY,
    onLag: (topic, partition, n) => lag.set({ topic, partition }, n),
    log: (level, message, extra) => logger[level](extra ?? {}, message),
  });
}

/** What makes a service itself; everything else is shared wiring. */
export interface ServiceDefinition<C extends RequestContext = RequestContext> extends SubgraphSchemaOptions {
  name: string;
  entities: Function[];
  migrations: MigrationLists;
  /** Consumed events: handlers run inside the inbox transaction; `prefetch` serves batches. */
  consumes?: { topics: Topic[]; handlers: EventHandlers; prefetch?: Prefetch };
  /** Loads demo data into an empty database (embedded start). */
  seed?: (em: EntityManager) => Promise<void>;
  context?: (base: RequestContext) => C;
  /** Extra HTTP routes of the service (e.g. uploads), given the service's config and database. */
  routes?: (app: Express, service: { config: ServiceConfig; orm: MikroORM }) => void;
}

export interface ServiceDeps {
  /** The in-process transport shared by every service of one process; default: one of its own. */
  transport?: Transport;
  verifier?: TokenVerifier;
}

export interface RunningService {
  name: string;
  /** The subgraph's GraphQL URL; empty in a process that serves no graph (SERVICE_ROLE=events). */
  url: string;
  port: number;
  orm: MikroORM;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph service: database (migrated), demo data, outbox relay, event consumer with
 * inbox, and the HTTP server; SERVICE_ROLE leaves out the relay and the consumer (`graph`) or the
 * graph (`events`). `stop()` undoes it in reverse order.
 */
export async function startService<C extends RequestContext>(
  def: ServiceDefinition<C>,
  config: ServiceConfig,
  deps: ServiceDeps = {},
): Promise<RunningService> {
  const logger = createLogger(def.name);
  logger.level = config.LOG_LEVEL;
  const orm = await openDatabase({
    name: def.name,
    databaseUrl: config.DATABASE_URL,
    sqlitePath: join(config.DATA_DIR, `${def.name}.sqlite`),
    entities: [...def.entities, OutboxMessage, InboxEntry],
    migrations: def.migrations,
  });
  const servesGraph = config.SERVICE_ROLE !== 'events';
  // The events half: the outbox relay and the event consumer.
  const handlesEvents = config.SERVICE_ROLE !== 'graph';
  // A consumer-only process never loads the demo company: the graph process of the same service does.
  if (config.DEMO_DATA && def.seed && servesGraph) {
    await orm.em.fork().transactional((em) => def.seed!(em));
  }

  const metrics = createMetrics(def.name);
  const transport = deps.transport ?? createTransport(def.name, config, metrics, logger);
  const relayed = new Counter({
    name: 'events_relayed_total',
    help: 'Outbox rows this process published (the relay lock holder publishes)',
    registers: [metrics],
  });
  const relay = new OutboxRelay(orm, transport, {
    intervalMs: 250,
    onError: (e) => logger.warn({ err: e }, 'outbox relay could not publish; will retry'),
    onPublished: (n) => relayed.inc(n),
  });
  new Gauge({
    name: 'outbox_backlog',
    help: 'Outbox rows not yet published',
    registers: [metrics],
    async collect() {
      this.set(await relay.backlog());
    },
  });
  if (handlesEvents) {
    // Publish right after a flush that wrote events instead of waiting for the next poll.
    orm.em.getEventManager().registerSubscriber({
      getSubscribedEntities: () => [OutboxMessage],
      afterCreate: () => relay.nudge(),
    });
    relay.start();
  }

  let subscription: Subscription | undefined;
  if (def.consumes && handlesEvents) {
    const consumed = new Counter({ name: 'events_consumed_total', help: 'Consumed events by outcome', labelNames: ['type', 'outcome'], registers: [metrics] });
    const observe = (outcome: string, type: string) => consumed.inc({ type, outcome });
    subscription = await transport.subscribe({
      group: def.name,
      topics: def.consumes.topics,
      handler: inboxHandler(orm, def.name, def.consumes.handlers, observe),
      batchHandler: inboxBatchHandler(orm, def.name, def.consumes.handlers, observe, def.consumes.prefetch),
    });
  }

  const server = servesGraph
    ? await startSubgraph<C>({
        name: def.name,
        schema: await buildFederatedSchema(def),
        verifier: deps.verifier ?? new KeycloakVerifier(keycloakSettings(config)),
        orm,
        port: config.PORT,
        host: config.HOST,
        logger,
        metrics,
        context: def.context,
        routes: def.routes ? (app) => def.routes!(app, { config, orm }) : undefined,
      })
    : { url: '', ...(await startOperationalServer({ name: def.name, orm, port: config.PORT, host: config.HOST, logger, metrics })) };

  return {
    name: def.name,
    url: server.url,
    port: server.port,
    orm,
    relay,
    async stop() {
      await server.stop();
      await subscription?.close();
      await relay.stop();
      if (!deps.transport) await transport.close();
      await orm.close();
    },
  };
}
