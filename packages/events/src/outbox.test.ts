/**
 * `recordEvents`, the bulk form of `recordEvent`, on SQLite and PostgreSQL. PostgreSQL runs when
 * TEST_DATABASE_URL is set (a scratch database is created on that server and dropped afterwards):
 *   bash infra/local/infra.sh up postgres
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest packages/events/src/outbox
 */
import 'reflect-metadata';
import { openScratchDatabase, testDialects } from '@bg/db';
import { OutboxMessage, recordEvent, recordEvents, type EventToRecord } from './index';

/** An outbox built from the entity, on SQLite in memory or on a scratch PostgreSQL database. */
const openOutbox = (postgresUrl?: string) => openScratchDatabase({ entities: [OutboxMessage], postgresUrl, prefix: 'bg_events_test' });

const closed = (employeeId: string, daysWorked = 20): EventToRecord<'AttendanceMonthClosed'> => ({
  name: 'AttendanceMonthClosed',
  subject: employeeId,
  data: { employeeId, branchId: 'SZ01', month: '2026-10', daysWorked, late: 1, early: 0, absent: 0, leaveDays: 0.5, visits: 2 },
});

const byType = (rows: OutboxMessage[]) => rows.map(({ topic, key, type, attempts, sentAt, lastError }) => ({ topic, key, type, attempts, sentAt, lastError }));

describe.each(testDialects())('recordEvents on %s', (_name, url, enabled) => {
  if (!enabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: Awaited<ReturnType<typeof openOutbox>>;
  beforeEach(async () => {
    db = await openOutbox(url);
  });
  afterEach(() => db.close());

  it('writes the rows recordEvent writes, in the given order', async () => {
    const em = db.orm.em.fork();
    recordEvent(em, 'attendance', 'AttendanceMonthClosed', 'E1', closed('E1').data);
    await em.flush();
    const envelopes = await recordEvents(db.orm.em.fork(), 'attendance', [closed('E2', 21), closed('E3', 22)]);

    const rows = await db.orm.em.fork().find(OutboxMessage, {}, { orderBy: { seq: 'asc' } });
    expect(rows.map((r) => r.key)).toEqual(['E1', 'E2', 'E3']);
    expect(byType(rows.slice(1))).toEqual(
      byType(rows.slice(0, 1)).flatMap((one) => [
        { ...one, key: 'E2' },
        { ...one, key: 'E3' },
      ]),
    );
    expect(rows[0]).toMatchObject({ topic: 'attendance.month', type: 'AttendanceMonthClosed.v1', attempts: 0, sentAt: null });
    // The payload is the envelope as returned, exactly as the relay will publish it.
    expect(rows.slice(1).map((r) => JSON.parse(r.payload))).toEqual(envelopes);
    expect(rows.slice(1).map((r) => r.eventId)).toEqual(envelopes.map((e) => e.id));
    expect(envelopes[1]).toMatchObject({
      source: 'attendance',
      subject: 'E3',
      type: 'AttendanceMonthClosed.v1',
      data: { employeeId: 'E3', daysWorked: 22, leaveDays: 0.5 },
    });
    expect(Math.abs(rows[1].createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('writes 10,000 events at once, and nothing when the transaction rolls back', async () => {
    const events = Array.from({ length: 10_000 }, (_, i) => closed(`E${String(i).padStart(5, '0')}`));
    await expect(
      db.orm.em.fork().transactional(async (tx) => {
        await recordEvents(tx, 'attendance', events);
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await db.orm.em.fork().count(OutboxMessage)).toBe(0);

    await db.orm.em.fork().transactional((tx) => recordEvents(tx, 'attendance', events));
    const rows = await db.orm.em.fork().find(OutboxMessage, {}, { orderBy: { seq: 'asc' }, fields: ['key', 'eventId'] });
    expect(rows).toHaveLength(10_000);
    expect(rows.map((r) => r.key)).toEqual(events.map((e) => e.subject));
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(10_000);
  });

  it('writes nothing for no events', async () => {
    expect(await recordEvents(db.orm.em.fork(), 'attendance', [])).toEqual([]);
    expect(await db.orm.em.fork().count(OutboxMessage)).toBe(0);
  });
});
