/**
 * The KnownEmployee projection applied by the inbox, one event at a time and as a batch (plain
 * rows and one upsert), on SQLite and, when TEST_DATABASE_URL names a server, on PostgreSQL.
 */
import 'reflect-metadata';
import { openScratchDatabase, testDialects } from '@bg/db';
import { InboxEntry, createEnvelope, inboxBatchHandler, inboxHandler, type EventData, type EventType } from '@bg/events';
import { KnownEmployee, knownEmployeeHandlers, prefetchKnownEmployees } from './known-employee';
import { EmployeeFactChange, EmployeePeriod, periodsDuring } from './employee-periods';

const open = (postgresUrl: string | undefined) =>
  openScratchDatabase({ entities: [InboxEntry, KnownEmployee, EmployeeFactChange, EmployeePeriod], postgresUrl, prefix: 'bg_service_test' });

const message = <T extends EventType>(name: T, data: EventData<T>) => {
  const e = createEnvelope('personnel', name, (data as { employeeId: string }).employeeId, data);
  return { topic: 'personnel.employee', partition: 0, offset: '0', key: e.subject, headers: {}, value: JSON.stringify(e) };
};
const hired = (employeeId: string, teamId = 'SZ01-T1') =>
  message('EmployeeHired', {
    employeeId,
    name: `经理${employeeId}`,
    branchId: 'SZ01',
    teamId,
    groupId: null,
    outletId: null,
    level: 'L1',
    employmentType: 'FULL_TIME',
    status: 'ACTIVE',
    hiredOn: '2026-11-02',
  });
const transferred = (employeeId: string, teamId: string) =>
  message('EmployeeTransferred', {
    employeeId,
    branchId: 'SZ01',
    teamId,
    groupId: null,
    outletId: null,
    effectiveOn: '2026-11-20',
  } as EventData<'EmployeeTransferred'>);
const departed = (employeeId: string) =>
  message('EmployeeDeparted', { employeeId, branchId: 'SZ01', departedOn: '2026-11-30' } as EventData<'EmployeeDeparted'>);

describe.each(testDialects())('KnownEmployee from personnel.employee on %s', (_name, url, enabled) => {
  const maybe = enabled ? it : it.skip;
  let db: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    if (enabled) db = await open(url);
  });
  afterAll(async () => {
    if (enabled) await db.close();
  });
  const row = (id: string) => db.orm.em.fork().findOne(KnownEmployee, id);

  maybe("a batch applies an employee's events in order, as one at a time does, and a redelivered batch moves nothing", async () => {
    const { orm } = db;
    const batch = inboxBatchHandler(orm, 'b', knownEmployeeHandlers, undefined, prefetchKnownEmployees);
    const one = inboxHandler(orm, 's', knownEmployeeHandlers);
    const events = [hired('B1'), hired('B2'), transferred('B1', 'SZ01-T2'), departed('B2'), transferred('B1', 'SZ01-T3')];
    await batch(events);
    for (const m of [hired('S1'), hired('S2'), transferred('S1', 'SZ01-T2'), departed('S2'), transferred('S1', 'SZ01-T3')]) await one(m);
    for (const [b, s] of [
      ['B1', 'S1'],
      ['B2', 'S2'],
    ]) {
      const { id: _b, updatedAt: _bu, name: _bn, ...viaBatch } = (await row(b))!;
      const { id: _s, updatedAt: _su, name: _sn, ...viaOne } = (await row(s))!;
      expect(viaBatch).toEqual(viaOne);
    }
    expect(await row('B1')).toMatchObject({ teamId: 'SZ01-T3', status: 'ACTIVE', version: 3 });
    expect(await row('B2')).toMatchObject({ teamId: 'SZ01-T1', status: 'DEPARTED', version: 2 });
    // The periods too: the same through a batch as one at a time, each fact from its day.
    const periods = await periodsDuring(orm.em.fork(), '2026-01-01', '2027-12-31', { employeeIds: ['B1', 'B2', 'S1', 'S2'] });
    expect(periods.get('B1')).toEqual(periods.get('S1'));
    expect(periods.get('B2')).toEqual(periods.get('S2'));
    // Two transfers effective the same day: the later one holds from that day.
    expect(periods.get('B1')!.map((p) => [p.effectiveFrom, p.effectiveTo, p.teamId])).toEqual([
      ['2026-11-02', '2026-11-19', 'SZ01-T1'],
      ['2026-11-20', null, 'SZ01-T3'],
    ]);
    // Departed on the 30th: employed to the 30th, DEPARTED from the next day.
    expect(periods.get('B2')!.map((p) => [p.effectiveFrom, p.effectiveTo, p.status])).toEqual([
      ['2026-11-02', '2026-11-30', 'ACTIVE'],
      ['2026-12-01', null, 'DEPARTED'],
    ]);

    await batch([...events, hired('B3')]);
    expect(await row('B1')).toMatchObject({ teamId: 'SZ01-T3', version: 3 });
    expect(await row('B3')).toMatchObject({ teamId: 'SZ01-T1', version: 1 });
    // A later batch updates rows stored by an earlier one.
    await batch([transferred('B3', 'SZ01-T2'), hired('B4')]);
    expect(await row('B3')).toMatchObject({ teamId: 'SZ01-T2', version: 2 });
  });

  maybe('a batch with an event for an unknown employee fails whole: nothing of it is kept', async () => {
    const { orm } = db;
    const batch = inboxBatchHandler(orm, 'u', knownEmployeeHandlers, undefined, prefetchKnownEmployees);
    await expect(batch([hired('U1'), transferred('U9', 'SZ01-T2')])).rejects.toThrow('EmployeeTransferred for unknown employee U9');
    expect(await row('U1')).toBeNull();
    expect(await orm.em.fork().count(InboxEntry, { consumer: 'u' })).toBe(0);
  });
});
