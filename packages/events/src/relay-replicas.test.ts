/**
 * Relays of several replicas on one PostgreSQL database (each with its own MikroORM and pool, as
 * separate pods would have): every event is published once, in order per aggregate id, and when the
 * replica holding the relay lock dies (its connection is terminated) another takes over.
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest packages/events/src/relay-replicas
 * On SQLite (one process) there is no lock: a relay publishes as before.
 */
import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/core';
import { openScratchDatabase, ormOptions, testDialects } from '@bg/db';
import { OutboxMessage, OutboxRelay, recordEvents, type EventToRecord } from './index';
import type { OutgoingMessage, Transport } from './transport';

type Published = OutgoingMessage & { relay: string };

/** Records what each relay published; `gate` can hold a relay's publish until the test lets it go. */
class RecordingTransport implements Transport {
  readonly published: Published[] = [];
  gate: ((relay: string) => Promise<void> | undefined) | null = null;

  forRelay(relay: string): Transport {
    return {
      publish: async (messages) => {
        await this.gate?.(relay);
        await sleep(1); // a broker round trip: widens the window in which replicas could overlap
        this.published.push(...messages.map((m) => ({ ...m, relay })));
      },
      subscribe: () => Promise.reject(new Error('not used')),
      close: async () => undefined,
    };
  }
  async publish(): Promise<void> {}
  subscribe(): never {
    throw new Error('not used');
  }
  async close(): Promise<void> {}
}

const hired = (employeeId: string, n: number): EventToRecord<'EmployeeHired'> => ({
  name: 'EmployeeHired',
  subject: employeeId,
  data: { employeeId, name: `n${n}`, branchId: 'SZ01', teamId: 'SZ01-T1', groupId: null, level: 'L1', hiredOn: '2026-10-01' } as never,
});

/** The per-aggregate sequence numbers (carried in `name`) in publish order. */
function orderPerKey(published: Published[]): Map<string, number[]> {
  const perKey = new Map<string, number[]>();
  for (const m of published) {
    const n = Number(JSON.parse(m.value).data.name.slice(1));
    perKey.set(m.key, [...(perKey.get(m.key) ?? []), n]);
  }
  return perKey;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

const [, [pgName, pgUrl, pgEnabled]] = testDialects();

describe(`relays of two replicas on ${pgName}`, () => {
  if (!pgEnabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: Awaited<ReturnType<typeof openScratchDatabase>>;
  let second: MikroORM;
  beforeEach(async () => {
    db = await openScratchDatabase({ entities: [OutboxMessage], postgresUrl: pgUrl, prefix: 'bg_relay_test' });
    second = await MikroORM.init(
      ormOptions({ databaseUrl: db.orm.config.get('clientUrl'), entities: [OutboxMessage], migrations: { sqlite: [], postgresql: [] } }),
    );
  });
  afterEach(async () => {
    await second.close(true);
    await db.close();
  });

  it('racing while events are written, publish each event once, in order per aggregate', async () => {
    const transport = new RecordingTransport();
    const relays = [
      new OutboxRelay(db.orm, transport.forRelay('a'), { intervalMs: 5, batchSize: 37 }),
      new OutboxRelay(second, transport.forRelay('b'), { intervalMs: 5, batchSize: 37 }),
    ];
    relays.forEach((r) => r.start());

    // 20 aggregates x 60 events, written by 120 transactions of 10 (two writers at once), each
    // transaction nudging both relays as a commit in either replica would.
    const aggregates = Array.from({ length: 20 }, (_, i) => `E${1000 + i}`);
    const next = new Map(aggregates.map((a) => [a, 0]));
    const batches = Array.from({ length: 120 }, (_, b) => Array.from({ length: 10 }, (_, j) => aggregates[(b * 10 + j) % aggregates.length]));
    const writers = [db.orm, second].map(async (orm, w) => {
      for (let b = w; b < batches.length; b += 2) {
        // Numbers are taken inside the transaction that writes them, in the order of its rows.
        await orm.em.fork().transactional(async (tx) => {
          await tx.getConnection().execute('select pg_advisory_xact_lock(42)', [], 'all', tx.getTransactionContext());
          await recordEvents(
            tx,
            'personnel',
            batches[b].map((a) => {
              const n = next.get(a)! + 1;
              next.set(a, n);
              return hired(a, n);
            }),
          );
        });
        relays.forEach((r) => r.nudge());
      }
    });
    await Promise.all(writers);
    await until(async () => (await relays[0].backlog()) === 0);
    await Promise.all(relays.map((r) => r.stop()));

    const ids = transport.published.map((m) => JSON.parse(m.value).id);
    const byRelay = { a: transport.published.filter((m) => m.relay === 'a').length, b: transport.published.filter((m) => m.relay === 'b').length };

    console.log(`two relays racing: ${ids.length} published, ${new Set(ids).size} distinct, by relay ${JSON.stringify(byRelay)}`);
    expect(ids).toHaveLength(1200);
    expect(new Set(ids).size).toBe(1200);
    for (const [key, order] of orderPerKey(transport.published)) {
      expect([key, order]).toEqual([key, Array.from({ length: 60 }, (_, i) => i + 1)]);
    }
  });

  it('when the replica holding the lock dies, the other publishes everything once, in order', async () => {
    const transport = new RecordingTransport();
    let letAGo: (error: Error) => void = () => undefined;
    const aStuck = new Promise<void>((_, reject) => {
      letAGo = reject;
    });
    let aEntered = false;
    // Replica a takes the lock and hangs in its first publish (a pod that stopped responding).
    transport.gate = (relay) => {
      if (relay !== 'a') return undefined;
      aEntered = true;
      return aStuck;
    };
    await recordEvents(
      db.orm.em.fork(),
      'personnel',
      [1, 2, 3].flatMap((n) => ['E1', 'E2'].map((a) => hired(a, n))),
    );
    const a = new OutboxRelay(db.orm, transport.forRelay('a'), { intervalMs: 5 });
    const b = new OutboxRelay(second, transport.forRelay('b'), { intervalMs: 5 });
    a.start();
    await until(() => aEntered);
    b.start();
    await sleep(200);
    expect(transport.published).toHaveLength(0); // b waits: a holds the lock

    // The replica dies: the server drops its connection, and with it the lock.
    const killed = await db.orm.em
      .getConnection()
      .execute(
        "select pg_terminate_backend(pid) as killed from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())",
      );
    expect(killed).toHaveLength(1);
    await until(async () => (await b.backlog()) === 0);
    letAGo(new Error('replica a is gone'));
    await Promise.all([a.stop(), b.stop()]);

    expect(transport.published.map((m) => m.relay)).toEqual(Array(6).fill('b'));
    expect(Object.fromEntries(orderPerKey(transport.published))).toEqual({ E1: [1, 2, 3], E2: [1, 2, 3] });
  });
});

describe('a relay on SQLite (one process)', () => {
  it('publishes without a lock', async () => {
    const db = await openScratchDatabase({ entities: [OutboxMessage] });
    try {
      const transport = new RecordingTransport();
      await recordEvents(db.orm.em.fork(), 'personnel', [hired('E1', 1), hired('E1', 2)]);
      expect(await new OutboxRelay(db.orm, transport.forRelay('only')).drain()).toBe(2);
      expect(Object.fromEntries(orderPerKey(transport.published))).toEqual({ E1: [1, 2] });
    } finally {
      await db.close();
    }
  });
});
