/**
 * `npm run bench:events`: outbox -> Kafka -> inbox throughput for 20,000 events, beside the raw
 * throughput of Kafka's own ProducerPerformance on the same broker in the same run.
 *
 * The measured path is the services' own: OutboxRelay publishing committed outbox rows through
 * the KafkaTransport (acks=all), a consumer group applying them with the inbox (each event's
 * inbox row and its effect, the employee projection, committed before its offset) on PostgreSQL.
 * Timed from the relay's start to the last effect committed; both sides start cold (the relay's
 * producer connects on its first publish, as ProducerPerformance's does on its first send).
 * BENCH_WARMUP=n gives both sides the same untimed warm-up instead, for steady-state figures: n
 * events through the whole path here (connections open, code compiled), `--warmup-records n` for
 * ProducerPerformance, whose steady-state line is then the raw figure. Needs infra/local
 * (PostgreSQL, Kafka).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Kafka, logLevel } from 'kafkajs';
import { ormOptions } from '@bg/db';
import { InboxEntry, KafkaTransport, OutboxMessage, OutboxRelay, createEnvelope, inboxBatchHandler, inboxHandler } from '@bg/events';
import { KnownEmployee, PERSONNEL_PROJECTIONS, knownEmployeeHandlers, prefetchKnownEmployees } from '@bg/service';
import { freshDatabase } from '../common';

const ROOT = resolve(__dirname, '..', '..', '..');
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 0);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const TOPIC = 'bench.events';
const RAW_TOPIC = 'bench.raw';

async function openOrm(url: string, entities: Function[]): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions({ databaseUrl: url, entities, migrations: { sqlite: [], postgresql: [] } }));
  await orm.getSchemaGenerator().createSchema();
  return orm;
}

/** Fresh bench topics for every run, so a new consumer group reads only this run's events. */
async function freshTopics(): Promise<void> {
  const admin = new Kafka({ clientId: 'bench', brokers: BROKERS.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const existing: string[] = (await admin.listTopics()).filter((t) => t === TOPIC || t === RAW_TOPIC);
  if (existing.length) {
    await admin.deleteTopics({ topics: existing });
    while ((await admin.listTopics()).some((t) => existing.includes(t))) await new Promise((r) => setTimeout(r, 200));
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.createTopics({ topics: [TOPIC, RAW_TOPIC].map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })), waitForLeaders: true });
      break;
    } catch (e) {
      if (attempt > 50) throw e; // deletion still in progress on the broker
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await admin.disconnect();
}

/** Writes `count` events into the outbox as committed rows, as services do, before the clock starts. */
async function fillOutbox(orm: MikroORM, count: number): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < count; i += 1000) {
    const em = orm.em.fork();
    for (let j = i; j < Math.min(count, i + 1000); j++) {
      const employeeId = randomUUID();
      const envelope = createEnvelope('personnel', 'EmployeeHired', employeeId, {
        employeeId,
        name: `压测${j}`,
        branchId: 'SZ01',
        teamId: 'SZ01-T1',
        groupId: 'SZ01-T1-G1',
        outletId: 'SZ01-O1',
        level: 'L1',
        employmentType: 'FULL_TIME',
        status: 'ACTIVE',
        hiredOn: '2026-11-02',
      });
      const row = em.create(OutboxMessage, {
        eventId: envelope.id,
        topic: TOPIC,
        key: employeeId,
        type: envelope.type,
        payload: JSON.stringify(envelope),
        createdAt: new Date(),
        sentAt: null,
        attempts: 0,
        lastError: null,
      } as OutboxMessage);
      bytes += row.payload.length;
    }
    await em.flush();
  }
  return Math.round(bytes / count);
}

/** The consuming service: its own process, as in production. Reports on stdout when all are applied. */
async function consumerProcess(url: string, group: string): Promise<void> {
  const consumer = await MikroORM.init(
    ormOptions({ databaseUrl: url, entities: [...PERSONNEL_PROJECTIONS, InboxEntry, OutboxMessage], migrations: { sqlite: [], postgresql: [] } }),
  );
  const transport = new KafkaTransport({
    brokers: BROKERS.split(','),
    clientId: 'bench-consumer',
    partitionsConcurrently: 3,
    log: (level, message, extra) =>
      level !== 'info' || process.env.BENCH_VERBOSE ? console.error(level, message, JSON.stringify(extra ?? {}).slice(0, 300)) : undefined,
  });
  // Tell the parent the moment the warm-up's and then the run's last event is applied (polling the database would load it).
  let applied = 0;
  const observe = (outcome: string) => {
    if (outcome !== 'applied') return;
    if (++applied === WARMUP) process.send?.('warm');
    if (applied === WARMUP + EVENTS) process.send?.('applied');
  };
  const subscription = await transport.subscribe({
    group,
    topics: [TOPIC],
    handler: inboxHandler(consumer, 'bench', knownEmployeeHandlers, observe),
    batchHandler: inboxBatchHandler(consumer, 'bench', knownEmployeeHandlers, observe, prefetchKnownEmployees),
  });
  process.send?.('subscribed');
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  await subscription.close();
  await transport.close();
  await consumer.close();
}

/** The next message of the consumer process with this text. */
function nextMessage(child: ChildProcess, text: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      if (m !== text) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null) => reject(new Error(`consumer process exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    setTimeout(() => reject(new Error(`no '${text}' from the consumer within ${timeoutMs / 1000} s`)), timeoutMs).unref();
  });
}

async function outboxToInbox(): Promise<{ perSecond: number; seconds: number; recordSize: number }> {
  const [producerUrl, consumerUrl] = await Promise.all([freshDatabase('bench_producer'), freshDatabase('bench_consumer')]);
  const producer = await openOrm(producerUrl, [OutboxMessage, InboxEntry]);
  const consumer = await openOrm(consumerUrl, [...PERSONNEL_PROJECTIONS, InboxEntry, OutboxMessage]);

  const child = fork(__filename, ['--consumer', consumerUrl, `bench-${randomUUID()}`], {
    stdio: 'inherit',
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  });
  await nextMessage(child, 'subscribed', 60_000);
  const producerTransport = new KafkaTransport({ brokers: BROKERS.split(','), clientId: 'bench-producer' });
  const relay = new OutboxRelay(producer, producerTransport, { batchSize: Number(process.env.BENCH_RELAY_BATCH ?? 1000) });

  if (WARMUP) {
    const warm = nextMessage(child, 'warm', 120_000);
    await fillOutbox(producer, WARMUP);
    await relay.drain();
    await warm;
  }
  const recordSize = await fillOutbox(producer, EVENTS);
  const allApplied = nextMessage(child, 'applied', 300_000);
  const started = Date.now();
  let publishedIn = 0;
  const publishing = relay.drain().then(() => (publishedIn = (Date.now() - started) / 1000));
  await allApplied;
  const seconds = (Date.now() - started) / 1000;
  await publishing;
  // The effects, counted where they landed: one projection row and one inbox row per event.
  const [rows, inbox] = await Promise.all([consumer.em.fork().count(KnownEmployee, {}), consumer.em.fork().count(InboxEntry, {})]);
  if (rows !== WARMUP + EVENTS || inbox !== WARMUP + EVENTS)
    throw new Error(`${rows} projection rows and ${inbox} inbox rows, expected ${WARMUP + EVENTS} each`);
  console.log(`relay published all ${EVENTS} in ${publishedIn.toFixed(2)} s; the last effect committed at ${seconds.toFixed(2)} s`);

  child.send('stop');
  await new Promise((r) => child.once('exit', r));
  await producerTransport.close();
  await Promise.all([producer.close(), consumer.close()]);
  return { perSecond: EVENTS / seconds, seconds, recordSize };
}

function rawProducer(recordSize: number): number {
  const libs = process.env.KAFKA_LIBS ?? join(ROOT, 'infra', 'local', '.cache', 'kafka', 'libs');
  const out = execFileSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      `${libs}/*`,
      'org.apache.kafka.tools.ProducerPerformance',
      '--topic',
      RAW_TOPIC,
      '--num-records',
      String(WARMUP + EVENTS),
      '--record-size',
      String(recordSize),
      '--throughput',
      '-1',
      ...(WARMUP ? ['--warmup-records', String(WARMUP)] : []),
      '--command-property',
      `bootstrap.servers=${BROKERS}`,
      'acks=all',
    ],
    { encoding: 'utf8' },
  );
  // With a warm-up, the last line is the steady-state summary of the EVENTS records after it.
  const summary = out.trim().split('\n').pop() ?? '';
  const m = /^(\d+) (?:steady state )?records sent, ([\d.]+) records\/sec/.exec(summary);
  if (!m || Number(m[1]) !== EVENTS) throw new Error(`could not read ProducerPerformance's summary of ${EVENTS} records: ${summary}`);
  return Number(m[2]);
}

async function main(): Promise<void> {
  await freshTopics();
  const end2end = await outboxToInbox();
  const raw = rawProducer(end2end.recordSize);
  const ratio = end2end.perSecond / raw;
  console.log(
    `events: ${EVENTS}${WARMUP ? ` after ${WARMUP} untimed on each side` : ''}, average envelope ${end2end.recordSize} bytes, 3 partitions, acks=all`,
  );
  console.log(`outbox -> Kafka -> inbox: ${end2end.perSecond.toFixed(0)} events/s (${end2end.seconds.toFixed(2)} s)   target >= 5000`);
  console.log(`Kafka ProducerPerformance (raw, same broker, same run): ${raw.toFixed(0)} records/s`);
  console.log(`ratio: ${(ratio * 100).toFixed(1)}% of raw   target >= 25%`);
}

(process.argv[2] === '--consumer' ? consumerProcess(process.argv[3], process.argv[4]) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
