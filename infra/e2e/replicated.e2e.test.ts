/**
 * Fault cases on the three-broker Kafka cluster (`bash infra/local/infra.sh up kafka-cluster`:
 * 127.0.0.1:19092-19094, RF 3, min ISR 2) and PostgreSQL, at the events layer: outbox -> relay ->
 * KafkaTransport -> inbox -> an effect table counting applications per aggregate (`applied`) and
 * order breaks (`out_of_order`). Skipped unless the three brokers answer. Counts are printed.
 *
 * Run it alone, without the suite's global setup (which starts the single-broker parts):
 *   bash infra/local/infra.sh up kafka-cluster
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest -c jest.config.js \
 *     --testPathIgnorePatterns /node_modules/ --testMatch '<rootDir>/infra/e2e/replicated.e2e.test.ts' --runInBand
 *
 * Covered: a broker killed (SIGKILL) while 2,000 hires are relayed (0 lost, 0 duplicated effects,
 * order per aggregate kept); two consumer replicas (processes of their own, consumer-replica.cjs, one
 * group) with one SIGKILLed mid-batch (0 duplicated effects, order per aggregate kept, each replica's
 * share printed); two relays racing on one outbox (each event on the topic once, in order per key).
 * These run the events layer (outbox, relay, KafkaTransport, inbox) as the services do, not the
 * services' own processes.
 *
 * The broker-kill case was flaky (its consumer stalled in 2 of 4 runs, 1,985 of 2,000 applied after 5
 * minutes). The cause: kafkajs' offset manager keeps the group coordinator it found when it joined
 * and, when that broker is killed, reconnects only to the same node (it looks the coordinator up again
 * only on NOT_COORDINATOR, which a dead broker never sends), so with unlimited retries an offset
 * commit waited for the killed broker to come back. KafkaTransport now bounds a consumer's retries
 * (5 by default, ~10 s of backoff): kafkajs then restarts the consumer, which rejoins its group and
 * finds the new coordinator; and a consumer kafkajs does not restart is created anew by the transport.
 * BG_CONSUMER_RETRIES overrides the bound here (e.g. a huge number shows the stall again).
 * With that, 3 of 3 passed in one run; in a second run the consumers were fine but the relay's backlog
 * did not drain within 5 minutes after the kill (the producer side): KafkaTransport now replaces its
 * producer after a failed send (a kafkajs idempotent producer may keep sequence numbers the brokers
 * refuse after a leader change); the one run since passed (2,000 applied, 0 duplicated, 0 lost, in order, 69 s).
 * On the merged tree, three runs in a row on a machine loaded by other builds all passed, every case:
 * broker killed 2,000/2,000 applied, 0 duplicated, 0 lost, 0 out of order (106 s, 144 s, 139 s);
 * consumer replica killed 0 duplicated, 0 out of order (shares 297/1,703, 234/1,766, 338/1,662);
 * relays racing 1,000 on the topic once each, 20/20 keys in order. .ci/run starts the cluster again.
 */
import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { Kafka, logLevel } from 'kafkajs';
import { openScratchDatabase, ormOptions, type ScratchDatabase } from '@bg/db';
import {
  InboxEntry,
  KafkaTransport,
  OutboxMessage,
  OutboxRelay,
  inboxBatchHandler,
  inboxHandler,
  recordEvents,
  type EventHandlers,
  type EventToRecord,
  type Subscription,
} from '@bg/events';

const LOCAL = join(__dirname, '..', 'local');
const RUN = process.env.BG_INFRA_RUN ?? join(LOCAL, '.run');
const BROKERS = ['127.0.0.1:19092', '127.0.0.1:19093', '127.0.0.1:19094'];
const PG = process.env.TEST_DATABASE_URL ?? 'postgres://bg:bg@127.0.0.1:5432/postgres';
const TOPIC = 'personnel.employee';

@Entity({ tableName: 'effect' })
class Effect {
  @PrimaryKey({ type: 'string', length: 100 }) aggregate!: string;
  @Property({ type: 'integer' }) lastN = 0;
  @Property({ type: 'integer' }) applied = 0;
  @Property({ type: 'integer' }) outOfOrder = 0;
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

let clusterUp = false;
beforeAll(async () => {
  clusterUp = (await Promise.all([19092, 19093, 19094].map(portOpen))).every(Boolean);
  // .ci/run starts the cluster and sets BG_REQUIRE_KAFKA_CLUSTER: there, a cluster that is not up fails the cases instead of skipping them.
  if (!clusterUp && process.env.BG_REQUIRE_KAFKA_CLUSTER === '1') throw new Error('the three-broker cluster is not up (BG_REQUIRE_KAFKA_CLUSTER=1)');
  if (!clusterUp) console.log('replicated: skipped (the three-broker cluster is not up: bash infra/local/infra.sh up kafka-cluster)');
});

const run = `r${Date.now().toString(36)}`;
const hired = (aggregate: string, n: number): EventToRecord<'EmployeeHired'> => ({
  name: 'EmployeeHired',
  subject: aggregate,
  data: { employeeId: aggregate, name: `n${n}`, branchId: 'SZ01', teamId: 'SZ01-T1', groupId: null, level: 'L1', hiredOn: '2026-10-01' } as never,
});

/** Applies this run's hires: counts per aggregate, and whether they came in order. */
const handlers = (prefix: string): EventHandlers => ({
  EmployeeHired: async (em, e) => {
    if (!e.subject.startsWith(prefix)) return; // other runs' messages on the shared topic
    const n = Number(String((e.data as { name: string }).name).slice(1));
    const effect = (await em.findOne(Effect, { aggregate: e.subject })) ?? em.create(Effect, { aggregate: e.subject, lastN: 0, applied: 0, outOfOrder: 0 });
    if (n !== effect.lastN + 1) effect.outOfOrder++;
    effect.lastN = n;
    effect.applied++;
  },
});

async function until<T>(what: string, probe: () => Promise<T | false>, timeoutMs = 300_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

const maybe = (name: string, fn: () => Promise<void>, timeout = 480_000) =>
  it(
    name,
    async () => {
      if (!clusterUp) return;
      await fn();
    },
    timeout,
  );

describe('replicated Kafka (three brokers)', () => {
  maybe('a broker killed while 2,000 hires are relayed: 0 lost, 0 duplicated effects, order per aggregate kept', async () => {
    const producer = await openScratchDatabase({ entities: [OutboxMessage], postgresUrl: PG, prefix: 'bg_e2e_rep_out' });
    const consumer = await openScratchDatabase({ entities: [InboxEntry, Effect], postgresUrl: PG, prefix: 'bg_e2e_rep_in' });
    const publishing = new KafkaTransport({ brokers: BROKERS, clientId: `${run}-relay` });
    const transportLog: string[] = [];
    const consuming = new KafkaTransport({
      brokers: BROKERS,
      clientId: `${run}-consumer`,
      consumerRetries: process.env.BG_CONSUMER_RETRIES ? Number(process.env.BG_CONSUMER_RETRIES) : undefined,
      log: (level, message) => {
        if (level !== 'info') transportLog.push(`${level}: ${message}`);
      },
    });
    const relay = new OutboxRelay(producer.orm, publishing, { intervalMs: 50, batchSize: 100 });
    let subscription: Subscription | undefined;
    let killed = 0;
    try {
      const prefix = `${run}-a-`;
      subscription = await consuming.subscribe({
        group: `${run}-a`,
        topics: [TOPIC],
        handler: inboxHandler(consumer.orm, 'attendance', handlers(prefix)),
        batchHandler: inboxBatchHandler(consumer.orm, 'attendance', handlers(prefix)),
      });
      relay.start();
      const aggregates = Array.from({ length: 100 }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
      for (let batch = 0; batch < 40; batch++) {
        // 40 transactions of 50 hires (2,000), every aggregate's numbers in order.
        await producer.orm.em.fork().transactional((em) =>
          recordEvents(
            em,
            'personnel',
            Array.from({ length: 50 }, (_, j) => {
              const k = batch * 50 + j;
              return hired(aggregates[k % 100], Math.floor(k / 100) + 1);
            }),
          ),
        );
        relay.nudge();
        if (batch === 10) {
          const pid = Number(readFileSync(join(RUN, 'kafka-cluster-2.pid'), 'utf8'));
          process.kill(pid, 'SIGKILL');
          killed = pid;
        }
        await sleep(50);
      }
      await until('the relay to publish everything', async () => (await relay.backlog()) === 0);
      let appliedSoFar = 0;
      const effects = await until('every hire applied', async () => {
        const rows = await consumer.orm.em.fork().find(Effect, {});
        appliedSoFar = rows.reduce((n, r) => n + r.applied, 0);
        return appliedSoFar >= 2000 && rows;
      }).catch((e: Error) => {
        console.log(`replicated: ${appliedSoFar} of 2000 applied; transport said: ${transportLog.slice(-8).join(' | ')}`);
        throw e;
      });
      await sleep(2000); // late redeliveries would show now
      const final = await consumer.orm.em.fork().find(Effect, {});
      const applied = final.reduce((n, r) => n + r.applied, 0);
      const outOfOrder = final.reduce((n, r) => n + r.outOfOrder, 0);
      const complete = final.filter((r) => r.lastN === 20).length;
      console.log(
        `replicated: broker 2 (pid ${killed}) killed during 2,000 hires: produced=2000, applied=${applied}, duplicates=${applied - 2000}, lost=${2000 - complete * 20}, out of order=${outOfOrder}, aggregates complete=${complete}/100`,
      );
      expect(effects).toHaveLength(100);
      expect({ applied, outOfOrder, complete }).toEqual({ applied: 2000, outOfOrder: 0, complete: 100 });
    } finally {
      await relay.stop();
      await subscription?.close();
      await Promise.all([publishing.close(), consuming.close()]);
      await Promise.all([producer.close(), consumer.close()]);
      // Bring the killed broker back for the next case.
      if (killed) execFileSync('bash', [join(LOCAL, 'infra.sh'), 'up', 'kafka-cluster'], { stdio: 'inherit' });
    }
  });

  maybe('two consumer replicas, one killed mid-batch: 0 duplicated effects, order per aggregate kept', async () => {
    const producer = await openScratchDatabase({ entities: [OutboxMessage], postgresUrl: PG, prefix: 'bg_e2e_rep_out' });
    const consumer = await openScratchDatabase({ entities: [InboxEntry], postgresUrl: PG, prefix: 'bg_e2e_rep_in' });
    const exec = (text: string) => consumer.orm.em.getConnection().execute(text);
    await exec('create table effect (aggregate varchar(100) primary key, last_n int not null, applied int not null, out_of_order int not null)');
    await exec('create table replica_share (replica varchar(20) primary key, applied int not null)');
    const publishing = new KafkaTransport({ brokers: BROKERS, clientId: `${run}-relay-b` });
    const relay = new OutboxRelay(producer.orm, publishing, { intervalMs: 50, batchSize: 200 });
    const prefix = `${run}-b-`;
    const group = `${run}-b`;
    const children: ChildProcess[] = [];
    const startReplica = (name: string) =>
      new Promise<ChildProcess>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [join(__dirname, 'consumer-replica.cjs'), consumer.orm.config.get('clientUrl')!, BROKERS.join(','), group, prefix, name],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        children.push(child);
        let err = '';
        child.stderr!.on('data', (d) => {
          err += String(d);
        });
        child.stdout!.on('data', (d) => {
          if (String(d).includes('ready')) resolve(child);
        });
        child.once('exit', (code) => reject(new Error(`replica ${name} exited (${code}): ${err.slice(-2000)}`)));
      });
    const share = async () =>
      Object.fromEntries(
        (await consumer.orm.em.getConnection().execute('select replica, applied from replica_share order by replica')).map(
          (r: { replica: string; applied: number }) => [r.replica, Number(r.applied)],
        ),
      );
    const totals = async () =>
      (
        await consumer.orm.em
          .getConnection()
          .execute(
            'select count(*) as aggregates, coalesce(sum(applied), 0) as applied, coalesce(sum(out_of_order), 0) as out_of_order, count(*) filter (where last_n = 20) as complete from effect',
          )
      )[0] as Record<string, string>;
    try {
      const aggregates = Array.from({ length: 100 }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
      for (let batch = 0; batch < 40; batch++) {
        await producer.orm.em.fork().transactional((em) =>
          recordEvents(
            em,
            'personnel',
            Array.from({ length: 50 }, (_, j) => {
              const k = batch * 50 + j;
              return hired(aggregates[k % 100], Math.floor(k / 100) + 1);
            }),
          ),
        );
      }
      relay.start();
      await until('the relay to publish 2,000 hires', async () => (await relay.backlog()) === 0);
      const [a] = await Promise.all([startReplica('a'), startReplica('b')]);
      // Kill replica a once it has applied some of its share (its transaction of a batch is then open).
      await until('replica a to be under way', async () => ((await share()).a ?? 0) >= 150, 120_000);
      a.kill('SIGKILL');
      const sharedAtKill = await share();
      await until('every hire applied', async () => Number((await totals()).applied) >= 2000 && true);
      await sleep(3000); // redeliveries after the rebalance would show now
      const t = await totals();
      const final = await share();
      console.log(
        `replicated: two consumer replicas, a killed mid-batch (a had applied ${sharedAtKill.a ?? 0}): produced=2000, applied=${t.applied}, duplicates=${Number(t.applied) - 2000}, out of order=${t.out_of_order}, aggregates complete=${t.complete}/100, share a=${final.a ?? 0} b=${final.b ?? 0}`,
      );
      expect({ applied: Number(t.applied), outOfOrder: Number(t.out_of_order), complete: Number(t.complete) }).toEqual({
        applied: 2000,
        outOfOrder: 0,
        complete: 100,
      });
      expect(final.a).toBeGreaterThan(0);
      expect(final.b).toBeGreaterThan(0);
    } finally {
      for (const c of children) {
        c.removeAllListeners('exit');
        if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      }
      await relay.stop();
      await publishing.close();
      await Promise.all([producer.close(), consumer.close()]);
    }
  });

  maybe('two relays racing on one outbox: each event on the topic once, in order per key', async () => {
    const producer: ScratchDatabase = await openScratchDatabase({ entities: [OutboxMessage], postgresUrl: PG, prefix: 'bg_e2e_rep_race' });
    const second = await MikroORM.init(
      ormOptions({ databaseUrl: producer.orm.config.get('clientUrl'), entities: [OutboxMessage], migrations: { sqlite: [], postgresql: [] } }),
    );
    const transports = [0, 1].map((i) => new KafkaTransport({ brokers: BROKERS, clientId: `${run}-race-${i}` }));
    const published = [0, 0];
    const relays = [
      new OutboxRelay(producer.orm, transports[0], { intervalMs: 20, batchSize: 50, onPublished: (n) => (published[0] += n) }),
      new OutboxRelay(second, transports[1], { intervalMs: 20, batchSize: 50, onPublished: (n) => (published[1] += n) }),
    ];
    const kafka = new Kafka({ clientId: `${run}-reader`, brokers: BROKERS, logLevel: logLevel.NOTHING });
    const reader = kafka.consumer({ groupId: `${run}-reader` });
    const seen: Array<{ key: string; id: string; n: number }> = [];
    const prefix = `${run}-c-`;
    try {
      await reader.connect();
      await reader.subscribe({ topics: [TOPIC], fromBeginning: false });
      await reader.run({
        eachMessage: async ({ message }) => {
          const key = message.key?.toString() ?? '';
          if (!key.startsWith(prefix)) return;
          const data = JSON.parse(message.value!.toString()) as { name: string };
          seen.push({ key, id: message.headers?.ce_id?.toString() ?? '', n: Number(data.name.slice(1)) });
        },
      });
      await sleep(3000); // the reader's group has joined and starts at the end
      relays.forEach((r) => r.start());
      const aggregates = Array.from({ length: 20 }, (_, i) => `${prefix}${i}`);
      for (let batch = 0; batch < 20; batch++) {
        await [producer.orm, second][batch % 2].em.fork().transactional((em) =>
          recordEvents(
            em,
            'personnel',
            Array.from({ length: 50 }, (_, j) => {
              const k = batch * 50 + j;
              return hired(aggregates[k % 20], Math.floor(k / 20) + 1);
            }),
          ),
        );
        relays.forEach((r) => r.nudge());
      }
      await until('the relays to publish everything', async () => (await relays[0].backlog()) === 0);
      await until('the reader to see 1,000 events', async () => seen.length >= 1000);
      await sleep(2000);
      const ids = new Set(seen.map((s) => s.id));
      const perKey = new Map<string, number[]>();
      for (const s of seen) perKey.set(s.key, [...(perKey.get(s.key) ?? []), s.n]);
      const inOrder = [...perKey.values()].filter((ns) => ns.every((n, i) => n === i + 1)).length;
      console.log(
        `replicated: two relays racing: produced=1000, published by relay 1=${published[0]}, by relay 2=${published[1]}, on the topic=${seen.length}, distinct=${ids.size}, duplicates=${seen.length - ids.size}, keys in order=${inOrder}/20`,
      );
      expect({ onTopic: seen.length, distinct: ids.size, inOrder }).toEqual({ onTopic: 1000, distinct: 1000, inOrder: 20 });
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await reader.disconnect();
      await Promise.all(transports.map((t) => t.close()));
      await second.close(true);
      await producer.close();
    }
  });
});
