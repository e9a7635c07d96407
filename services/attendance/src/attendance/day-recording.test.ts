/**
 * The bulk recording path (recordTeamDays: validation per date, the reads, the two bulk statements)
 * on the service's migrated schema, on SQLite and on PostgreSQL when TEST_DATABASE_URL names a
 * server (a scratch database is created there and dropped afterwards):
 *   TEST_DATABASE_URL=postgres://bg:bg@127.0.0.1:5432/postgres npx jest services/attendance/src/attendance/day-recording
 * Through the gateway (SQLite) see infra/embedded/src/attendance.test.ts.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { openScratchDatabase, selectRows, testDialects, type ScratchDatabase } from '@bg/db';
import { principalFromClaims } from '@bg/auth';
import { createEnvelope, type EventData, type EventType } from '@bg/events';
import { knownEmployeeHandlers, organisationHandlers } from '@bg/service';
import { Loaders } from '@bg/graphql';
import { attendance } from '../service';
import { useClock } from '../common/clock';
import { AttendanceDayResolver } from './attendance.resolver';

const clerk = principalFromClaims({ sub: 'clerk', preferred_username: 'clerk.b1', realm_access: { roles: ['attendance-clerk'] }, branch_id: 'B1' });
const resolver = new AttendanceDayResolver();
const codeOf = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;
const problemsOf = (e: unknown) => (e as { extensions?: { problems?: unknown } }).extensions?.problems;

async function refusal(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe.each(testDialects())('recordTeamDays on %s', (_name, url, enabled) => {
  if (!enabled) {
    it.skip('needs TEST_DATABASE_URL', () => undefined);
    return;
  }
  let db: ScratchDatabase | undefined;
  let orm: MikroORM;
  const record = (days: Parameters<AttendanceDayResolver['recordTeamDays']>[0]) =>
    resolver.recordTeamDays(days, { em: orm.em.fork(), principal: clerk, loaders: new Loaders(), requestId: 'test' });
  const count = async (table: string) => Number((await selectRows<{ n: number | string }>(orm.em.fork(), `select count(*) as n from ${table}`))[0].n);

  beforeAll(async () => {
    useClock(() => new Date('2026-10-20T12:00:00Z'));
    db = await openScratchDatabase({ entities: attendance.entities, migrations: attendance.migrations, postgresUrl: url, prefix: 'bg_attendance_test' });
    orm = db.orm;
    // The organisation and the people as personnel's events bring them (the projections of @bg/service).
    const handlers = { ...knownEmployeeHandlers, ...organisationHandlers } as Record<string, (em: unknown, e: unknown) => Promise<void>>;
    const apply = <T extends EventType>(name: T, subject: string, data: EventData<T>) =>
      orm.em.fork().transactional((tx) => handlers[name](tx, createEnvelope('personnel', name, subject, data)));
    await apply('OutletRegistered', 'O1', { outletId: 'O1', branchId: 'B1', name: '网点一', opensAt: '08:30', closesAt: '16:30', effectiveOn: '2026-01-01' });
    const person = async (id: string, teamId: string) =>
      apply('EmployeeHired', id, {
        employeeId: id,
        name: `经理${id}`,
        branchId: 'B1',
        teamId,
        groupId: null,
        outletId: 'O1',
        level: 'L1',
        employmentType: 'FULL_TIME',
        status: 'ACTIVE',
        hiredOn: '2026-01-05',
      });
    for (const id of ['E1', 'E2', 'E3', 'E4']) await person(id, 'T1');
    await person('E9', 'T2');
    await apply('EmployeeDeparted', 'E4', { employeeId: 'E4', branchId: 'B1', departedOn: '2026-09-30', reason: '个人原因' });
  });
  afterAll(async () => {
    useClock(null);
    await db?.close();
  });

  it('refuses the whole request for one bad row anywhere, naming each, writing nothing', async () => {
    const e = await refusal(
      record([
        {
          teamId: 'T1',
          date: '2026-10-19',
          entries: [
            { employeeId: 'E1', checkIn: '08:45', checkOut: '16:30' },
            { employeeId: 'E2', status: 'ABSENT' as never },
          ],
        },
        {
          teamId: 'T2',
          date: '2026-10-19',
          entries: [
            { employeeId: 'E3', checkIn: '08:30', checkOut: '16:30' },
            { employeeId: 'E9', checkIn: '08:30', checkOut: '08:00' },
          ],
        },
        { teamId: 'T1', date: '2026-10-16', entries: [{ employeeId: 'E4', checkIn: '08:30', checkOut: '16:30' }] },
      ]),
    );
    expect(codeOf(e)).toBe('BAD_USER_INPUT');
    expect(problemsOf(e)).toEqual([
      { field: 'days[1].entries[0].employeeId', problem: '经理E3 (E3) was not in team T2 on 2026-10-19' },
      { field: 'days[1].entries[1].checkOut', problem: 'the check-out must be after the check-in' },
      { field: 'days[2].entries[0].employeeId', problem: '经理E4 (E4) was not employed on 2026-10-16' },
    ]);
    expect(await count('attendance_day')).toBe(0);
    expect(await count('branch_work_day')).toBe(0);
  });

  it('writes every team-day classified, with the branch work days, and refuses recording them again', async () => {
    const days = [
      {
        teamId: 'T1',
        date: '2026-10-19',
        entries: [
          { employeeId: 'E1', checkIn: '08:45', checkOut: '16:30' },
          { employeeId: 'E2', status: 'ABSENT' as never },
        ],
      },
      { teamId: 'T2', date: '2026-10-19', entries: [{ employeeId: 'E9', checkIn: '08:30', checkOut: '17:10', note: '客户 "王总" 来访\\' }] },
      { teamId: 'T1', date: '2026-10-16', entries: [{ employeeId: 'E3', checkIn: '08:30', checkOut: '16:00' }] },
    ];
    const recorded = await record(days);
    expect(recorded.map((d) => [d.teamId, d.date, d.recorded])).toEqual([
      ['T1', '2026-10-19', 2],
      ['T2', '2026-10-19', 1],
      ['T1', '2026-10-16', 1],
    ]);
    const rows = await selectRows<Record<string, unknown>>(
      orm.em.fork(),
      'select employee_id, date, team_id, status, minutes_late, minutes_early, overtime_minutes, note from attendance_day order by date, employee_id',
    );
    expect(
      rows.map((r) => ({ ...r, minutes_late: Number(r.minutes_late), minutes_early: Number(r.minutes_early), overtime_minutes: Number(r.overtime_minutes) })),
    ).toEqual([
      { employee_id: 'E3', date: '2026-10-16', team_id: 'T1', status: 'EARLY_LEAVE', minutes_late: 0, minutes_early: 30, overtime_minutes: 0, note: null },
      { employee_id: 'E1', date: '2026-10-19', team_id: 'T1', status: 'LATE', minutes_late: 15, minutes_early: 0, overtime_minutes: 0, note: null },
      { employee_id: 'E2', date: '2026-10-19', team_id: 'T1', status: 'ABSENT', minutes_late: 0, minutes_early: 0, overtime_minutes: 0, note: null },
      {
        employee_id: 'E9',
        date: '2026-10-19',
        team_id: 'T2',
        status: 'ON_TIME',
        minutes_late: 0,
        minutes_early: 0,
        overtime_minutes: 40,
        note: '客户 "王总" 来访\\',
      },
    ]);
    expect(
      (await selectRows<{ date: string }>(orm.em.fork(), "select date from branch_work_day where branch_id = 'B1' order by date")).map((r) => r.date),
    ).toEqual(['2026-10-16', '2026-10-19']);

    const again = await refusal(record(days.slice(0, 1)));
    expect(problemsOf(again)).toEqual([
      { field: 'days[0].entries[0].employeeId', problem: '2026-10-19 is already recorded for 经理E1 (E1)' },
      { field: 'days[0].entries[1].employeeId', problem: '2026-10-19 is already recorded for 经理E2 (E2)' },
    ]);
    expect(await count('attendance_day')).toBe(4);
  });
});
