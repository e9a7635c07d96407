import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, type FieldProblem } from '@bg/graphql';
import { today } from '../common/clock';
import { monthOf } from '../common/dates';
import { actsForBranch } from '../common/scope';
import { bulkInsert, findDetached, type BulkColumns } from '@bg/db';
import { inIds, queryBound } from '../common/sql';
import { HalfDay } from '../leave/leave.entity';
import { leaveCover } from '../leave/leave.rules';
import { assertMonthsOpen } from '../month-close/month-lock';
import { EMPLOYED, outletHoursOn } from '@bg/service';
import type { EmployeeStatus } from '@bg/events';
import { DEFAULT_HOURS } from '../outlets/outlet.entity';
import { AttendanceDay } from './attendance-day.entity';
import { classifyDay, type DayEntry } from './attendance.rules';

export interface EntryInput extends DayEntry {
  employeeId: string;
  overtimeMinutes?: number | null;
  note?: string | null;
}

/** A day as written: the columns of attendance_day, as a plain object (no ORM entity). */
export type DayRow = Omit<AttendanceDay, never>;

export interface PreparedDays {
  rows: DayRow[];
  /** Employees whose day is recorded already (a correction replaces it). */
  existing: Set<string>;
}

/** A person as known, with the facts in force on the day (null columns: no period covers it). */
interface Person {
  id: string;
  name: string;
  known_branch_id: string;
  branch_id: string | null;
  team_id: string | null;
  outlet_id: string | null;
  status: string | null;
  post: string | null;
  hired_on: string | null;
  recorded: boolean | number;
  has_slip: boolean | number;
}

/** PostgreSQL answers `exists` with a boolean, SQLite with 0 or 1. */
const truthy = (v: boolean | number | string): boolean => v === true || v === 1 || v === 't' || v === '1';

/**
 * Validates a set of entries for one date as a whole (R-2.1): the clerk's branch, the day not in
 * the future and its month open, each employee a client manager employed that day (by the facts in
 * force then: hired by it, not yet departed, in the team), once each, not recorded yet (unless
 * replacing), and each entry classified from the hours in force that day at the outlet they were
 * posted to (09:00-17:00 when unknown), approved leave and filed visit slips. Any problem refuses all entries, naming each
 * (`entries[3].checkIn`). Reads are three plain queries at once whatever the number of entries
 * (no entity hydration: a bulk month is 220,000 rows).
 */
export async function prepareDays(
  em: EntityManager,
  principal: Principal,
  date: string,
  entries: EntryInput[],
  options: { teamId?: string; teamOf?: (i: number) => string; replace?: boolean; fieldPrefix?: (i: number) => string } = {},
): Promise<PreparedDays> {
  const prefix = options.fieldPrefix ?? (() => '');
  const teamOf = options.teamOf ?? (() => options.teamId);
  const ids = [...new Set(entries.map((e) => e.employeeId))];
  const [inPeople, inLeave] = [inIds(em, 'k.id', ids), inIds(em, 'employee_id', ids)];
  // Three reads at once: the people with their outlet hours and whether the day is recorded or
  // covered by a slip; their approved leave that day; the month's lock.
  const [people, leaves, closed] = await Promise.all([
    queryBound<Person>(
      em,
      `select k.id, k.name, k.branch_id as known_branch_id, p.branch_id, p.team_id, p.outlet_id, p.status, p.post,
        (select min(f.effective_from) from employee_period f where f.employee_id = k.id) as hired_on,
        exists (select 1 from attendance_day d where d.employee_id = k.id and d.date = ?) as recorded,
        exists (select 1 from visit_slip s where s.employee_id = k.id and s.date = ?) as has_slip
      from known_employee k left join employee_period p on p.employee_id = k.id and p.effective_from <= ? and (p.effective_to is null or p.effective_to >= ?)
      where ${inPeople.sql}`,
      [date, date, date, date, ...inPeople.params],
    ),
    queryBound<{ employee_id: string; start_date: string; end_date: string; half_day: HalfDay | null }>(
      em,
      `select employee_id, start_date, end_date, half_day from leave_request where status = 'APPROVED' and start_date <= ? and end_date >= ? and ${inLeave.sql}`,
      [date, date, ...inLeave.params],
    ),
    principal.branchId
      ? assertMonthsOpen(em, principal.branchId, [monthOf(date)]).then(
          () => null,
          (e: unknown) => e,
        )
      : null,
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const hoursAt = await outletHoursOn(
    em,
    people.map((p) => p.outlet_id).filter((id): id is string => !!id),
    date,
  );
  for (const b of new Set(people.map((p) => p.branch_id ?? p.known_branch_id))) {
    if (!actsForBranch(principal, b, 'attendance-clerk')) throw new ForbiddenError("An attendance clerk records their own branch's managers only");
  }
  if (closed) throw closed;
  const problems: FieldProblem[] = [];
  if (date > today()) problems.push({ field: 'date', problem: `${date} has not happened yet; a day is recorded on or after it` });

  const leavesOf = new Map<string, Array<{ startDate: string; endDate: string; halfDay: HalfDay | null }>>();
  for (const l of leaves)
    leavesOf.set(l.employee_id, [...(leavesOf.get(l.employee_id) ?? []), { startDate: l.start_date, endDate: l.end_date, halfDay: l.half_day }]);
  const withSlip = new Set(people.filter((p) => truthy(p.has_slip)).map((p) => p.id));
  const existing = new Set(people.filter((p) => truthy(p.recorded)).map((p) => p.id));
  const seen = new Set<string>();
  const rows: DayRow[] = [];
  const recordedAt = new Date();

  entries.forEach((entry, i) => {
    const person = byId.get(entry.employeeId);
    const problem = (field: string, text: string) => problems.push({ field: `${prefix(i)}${field}`, problem: text });
    if (!person) return problem('employeeId', `no employee ${entry.employeeId} is known to attendance`);
    if (seen.has(person.id)) return problem('employeeId', `${person.name} (${person.id}) is entered twice`);
    seen.add(person.id);
    const teamId = teamOf(i);
    if (!person.branch_id && person.hired_on && date < person.hired_on) return problem('employeeId', `${person.name} was hired on ${person.hired_on}`);
    if (!person.branch_id || !person.status || !EMPLOYED.includes(person.status as EmployeeStatus))
      return problem('employeeId', `${person.name} (${person.id}) was not employed on ${date}`);
    if (person.post !== 'CLIENT_MANAGER')
      return problem('employeeId', `${person.name} (${person.id}) is not a client manager: attendance is kept for the marketing teams`);
    if (teamId && person.team_id !== teamId) return problem('employeeId', `${person.name} (${person.id}) was not in team ${teamId} on ${date}`);
    if (existing.has(person.id) && !options.replace) return problem('employeeId', `${date} is already recorded for ${person.name} (${person.id})`);
    if ((entry.overtimeMinutes ?? 0) < 0 || (entry.overtimeMinutes ?? 0) > 720) problem('overtimeMinutes', 'between 0 and 720 minutes');
    if (entry.note && entry.note.length > 500) problem('note', 'at most 500 characters');
    const hours = (person.outlet_id && hoursAt.get(person.outlet_id)) || DEFAULT_HOURS;
    const day = classifyDay(entry, {
      opensAt: hours.opensAt,
      closesAt: hours.closesAt,
      hasSlip: withSlip.has(person.id),
      leave: leaveCover(leavesOf.get(person.id) ?? [], date),
    });
    if (Array.isArray(day)) {
      for (const p of day) problem(p.field, p.problem);
      return;
    }
    rows.push({
      employeeId: person.id,
      branchId: person.branch_id,
      teamId: person.team_id,
      date,
      ...day,
      overtimeMinutes: entry.overtimeMinutes || day.overtimeMinutes,
      note: entry.note?.trim() || null,
      recordedBy: principal.username,
      recordedAt,
    });
  });
  if (problems.length) {
    throw new BadInputError(`Nothing was recorded: ${problems.length === 1 ? problems[0].problem : `${problems.length} problems`}`, problems);
  }
  return { rows, existing };
}

/** A team's day as the clerk enters it. */
export interface TeamDayInput {
  teamId: string;
  date: string;
  entries: EntryInput[];
}

/**
 * Validates several team-days as a whole: the entries of each date together (one `prepareDays`,
 * three reads, per date whatever the number of teams), each entry checked against its own
 * team-day's team. Any problem anywhere refuses everything, naming every problem
 * (`days[2].entries[3].checkIn`, or `entries[3].checkIn` through `fieldOf`).
 */
export async function prepareTeamDays(
  em: EntityManager,
  principal: Principal,
  days: TeamDayInput[],
  fieldOf: (day: number, entry: number) => string,
): Promise<DayRow[]> {
  // Per date: its entries, and where each came from (team-day k, entry i).
  const byDate = new Map<string, { entries: EntryInput[]; day: number[]; entry: number[] }>();
  days.forEach((d, k) => {
    let group = byDate.get(d.date);
    if (!group) byDate.set(d.date, (group = { entries: [], day: [], entry: [] }));
    for (let i = 0; i < d.entries.length; i++) {
      group.entries.push(d.entries[i]);
      group.day.push(k);
      group.entry.push(i);
    }
  });
  const rows: DayRow[] = [];
  const problems: FieldProblem[] = [];
  for (const [date, group] of byDate) {
    try {
      const prepared = await prepareDays(em, principal, date, group.entries, {
        teamOf: (i) => days[group.day[i]].teamId,
        fieldPrefix: (i) => fieldOf(group.day[i], group.entry[i]),
      });
      for (const row of prepared.rows) rows.push(row);
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      problems.push(...((e.extensions.problems as FieldProblem[]) ?? []));
    }
  }
  if (problems.length) {
    throw new BadInputError(`Nothing was recorded: ${problems.length === 1 ? problems[0].problem : `${problems.length} problems`}`, problems);
  }
  return rows;
}

/** attendance_day's columns, named by DayRow's properties. */
const DAY_COLUMNS: BulkColumns = {
  employeeId: 'text',
  date: 'text',
  branchId: 'text',
  teamId: 'text',
  status: 'text',
  checkIn: 'text',
  checkOut: 'text',
  minutesLate: 'int',
  minutesEarly: 'int',
  overtimeMinutes: 'int',
  note: 'text',
  recordedBy: 'text',
  recordedAt: 'timestamptz',
};

/**
 * Recorded days of some employees between two dates, by employee and date: one statement, detached
 * from the EntityManager (`findDetached`; hydrating a 53-member team's month as managed entities
 * cost its dashboard most of attendance's CPU). Read-only: a day to change is loaded through the EntityManager.
 */
export function findDays(em: EntityManager, employeeIds: readonly string[], from: string, to: string): Promise<DayRow[]> {
  return findDetached(
    em,
    AttendanceDay,
    { employeeId: { $in: [...employeeIds] }, date: { $gte: from, $lte: to } },
    { orderBy: { employeeId: 'asc', date: 'asc' } },
  );
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return e instanceof UniqueConstraintViolationException || err?.code === '23505' || /UNIQUE constraint failed|unique constraint/i.test(err?.message ?? '');
}

/**
 * Writes prepared days and marks their branches' working days in one transaction: two bulk
 * statements whatever the number of days (`bulkInsert`), no entities. A day someone else recorded
 * meanwhile refuses the whole write (CONFLICT).
 */
export async function insertDays(em: EntityManager, rows: DayRow[]): Promise<void> {
  if (!rows.length) return;
  const workDays = new Map<string, { branchId: string; date: string }>();
  for (const r of rows) workDays.set(`${r.branchId}|${r.date}`, { branchId: r.branchId, date: r.date });
  await em.begin();
  try {
    await bulkInsert(em, 'attendance_day', DAY_COLUMNS, rows);
    await bulkInsert(em, 'branch_work_day', { branchId: 'text', date: 'text' }, [...workDays.values()], { ignoreConflicts: ['branch_id', 'date'] });
    await em.commit();
  } catch (e) {
    await em.rollback();
    if (isUniqueViolation(e)) throw new ConflictError('Some of these days were recorded by someone else meanwhile; reload and try again');
    throw e;
  }
}
