/**
 * The inbox's own statements on both dialects: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * names a server (a scratch database is created there and dropped afterwards).
 */
import 'reflect-metadata';
import { Entity, FlushMode, PrimaryKey, Property } from '@mikro-orm/core';
import { openScratchDatabase, testDialects } from '@bg/db';
import { InboxEntry, PoisonMessageError, beforeBatchCommit, claimInbox, inboxBatchHandler, inboxHandler, type EventHandlers } from './index';

@Entity({ tableName: 'inbox_test_effect' })
class Effect {
  @PrimaryKey({ type: 'string' }) employeeId!: string;
  @Property({ type: 'integer' }) applied = 0;
}

const open = (postgresUrl: string | undefined) => openScratchDatabase({ entities: [InboxEntry, Effect], postgresUrl, prefix: 'bg_events_test' });

const message = (id: string, employee: string, type = 'EmployeeHired.v1') => ({
  topic: 'personnel.employee',
  partition: 0,
  offset: '0',
  key: employee,
  headers: {},
  value: JSON.stringify({ specversion: '1.0', id, source: 't', type, time: 'now', subject: employee, data: { employeeId: employee } }),
});

describe.each(testDialects())('inbox on %s', (_name, url, enabled) => {
  const maybe = enabled ? it : it.skip;
  let db: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    if (enabled) db = await open(url);
  });
  afterAll(async () => {
    if (enabled) await db.close();
  });

  maybe('claims each event once: new ids back, ids already there or repeated in the list not, nothing kept on rollback', async () => {
    const { orm } = db;
    const claim = (ids: string[]) =>
      orm.em.fork().transactional((em) =>
        claimInbox(
          em,
          'claims',
          ids.map((id) => ({ id, type: 'EmployeeHired.v1' })),
        ),
      );
    expect([...(await claim(['a', 'b', 'a']))].sort()).toEqual(['a', 'b']);
    expect([...(await claim(['b', 'c', 'a']))]).toEqual(['c']);
    // Another consumer's inbox is its own.
    expect([...(await orm.em.fork().transactional((em) => claimInbox(em, 'other', [{ id: 'a', type: 'EmployeeHired.v1' }])))]).toEqual(['a']);
    await expect(
      orm.em.fork().transactional(async (em) => {
        expect([...(await claimInbox(em, 'claims', [{ id: 'd', type: 'EmployeeHired.v1' }]))]).toEqual(['d']);
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');
    expect([...(await claim(['d']))]).toEqual(['d']);
    expect(await orm.em.fork().count(InboxEntry, { consumer: 'claims' })).toBe(4);
  });

  maybe('a batch applies new events once, runs its before-commit writes in the transaction, and on a failure keeps nothing', async () => {
    const { orm } = db;
    const counted: string[] = [];
    const handlers: EventHandlers = {
      EmployeeHired: async (em, e) => {
        if (e.data.employeeId === 'FAIL') throw new Error('boom');
        counted.push(e.data.employeeId);
        if (counted.length === 1) {
          // One write per batch, after the last handler: it sees every event of the batch.
          beforeBatchCommit(em, async () => {
            for (const id of new Set(counted.splice(0))) {
              const effect = (await em.findOne(Effect, { employeeId: id })) ?? em.create(Effect, { employeeId: id, applied: 0 });
              effect.applied++;
            }
          });
        }
      },
    };
    const outcomes: string[] = [];
    const batch = inboxBatchHandler(orm, 'batch', handlers, (o) => outcomes.push(o));
    await batch([message('e1', 'E1'), message('e2', 'E2'), message('e1', 'E1'), message('x', 'E3', 'SomethingElse.v1')]);
    await batch([message('e2', 'E2'), message('e3', 'E3')]);
    expect(outcomes).toEqual(['applied', 'applied', 'duplicate', 'ignored', 'duplicate', 'applied']);
    const rows = await orm.em.fork().find(Effect, {}, { orderBy: { employeeId: 'asc' } });
    expect(rows.map((r) => [r.employeeId, r.applied])).toEqual([
      ['E1', 1],
      ['E2', 1],
      ['E3', 1],
    ]);

    counted.length = 0;
    await expect(batch([message('e4', 'E4'), message('f', 'FAIL')])).rejects.toThrow('boom');
    expect(await orm.em.fork().count(Effect, { employeeId: 'E4' })).toBe(0);
    expect(await orm.em.fork().count(InboxEntry, { consumer: 'batch', eventId: 'e4' })).toBe(0);
    // Outside a batch there is nothing to run the write: the caller writes through the unit of work.
    expect(beforeBatchCommit(orm.em.fork({ flushMode: FlushMode.COMMIT }), async () => undefined)).toBe(false);
  });

  (enabled && url ? it : it.skip)('a concurrent delivery of the same event waits for the first and is then a duplicate (PostgreSQL)', async () => {
    const { orm } = db;
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((r) => (releaseFirst = r));
    let firstClaimed!: () => void;
    const claimedByFirst = new Promise<void>((r) => (firstClaimed = r));
    const first = orm.em.fork().transactional(async (em) => {
      const ids = await claimInbox(em, 'race', [{ id: 'r1', type: 'EmployeeHired.v1' }]);
      firstClaimed();
      await firstMayCommit;
      return [...ids];
    });
    await claimedByFirst;
    let secondDone = false;
    const second = orm.em
      .fork()
      .transactional((em) =>
        claimInbox(em, 'race', [
          { id: 'r1', type: 'EmployeeHired.v1' },
          { id: 'r2', type: 'EmployeeHired.v1' },
        ]),
      )
      .then((ids) => {
        secondDone = true;
        return [...ids];
      });
    await new Promise((r) => setTimeout(r, 200));
    expect(secondDone).toBe(false); // waiting on the first transaction's row
    releaseFirst();
    expect(await first).toEqual(['r1']);
    expect(await second).toEqual(['r2']);
  });

  maybe("passes over events it has no handler for by their ce_type header, without parsing them (a topic's other, large events)", async () => {
    const { orm } = db;
    const outcomes: string[] = [];
    const handlers: EventHandlers = {
      async EmployeeHired(em, event) {
        em.create(Effect, { employeeId: event.data.employeeId, applied: 1 });
      },
    };
    // Not JSON at all: parsing it would make it poison; its header says no handler here wants it.
    const unparsable = { ...message('u1', 'E9'), value: '{"customers": [', headers: { ce_type: 'CustomerDetailsClosed.v1' } };
    const wanted = { ...message('h1', 'H1'), headers: { ce_type: 'EmployeeHired.v1' } };
    await inboxBatchHandler(orm, 'headers', handlers, (o) => outcomes.push(o))([unparsable, wanted]);
    await inboxHandler(orm, 'headers-one', handlers, (o) => outcomes.push(o))(unparsable);
    expect(outcomes).toEqual(['ignored', 'applied', 'ignored']);
    expect(await orm.em.fork().count(Effect, { employeeId: 'H1' })).toBe(1);
    // A handled event is still parsed and checked: the same bytes under its header are poison.
    await expect(inboxHandler(orm, 'headers-one', handlers)({ ...unparsable, headers: { ce_type: 'EmployeeHired.v1' } })).rejects.toThrow(PoisonMessageError);
  });
});
