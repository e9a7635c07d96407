import { minutesOf } from '../common/dates';
import { DayStatus } from './attendance-day.entity';

export interface MonthSummary {
  month: string;
  daysRecorded: number;
  late: number;
  early: number;
  absent: number;
  leave: number;
}

/** Statuses of a day the manager worked (at the outlet or out on a filed visit). */
export const WORKED: readonly DayStatus[] = [DayStatus.ON_TIME, DayStatus.LATE, DayStatus.EARLY_LEAVE, DayStatus.LATE_AND_EARLY, DayStatus.ON_VISIT];
const WORKED_SQL = `'${WORKED.join("','")}'`;

/**
 * A month's day counts per employee as SQL columns over `attendance_day d` grouped by employee:
 * what `summarizeMonth` counts from the days, in the database (the statuses are constants, not input).
 */
export const DAY_COUNTS_SQL = `d.employee_id, count(*) as recorded,
  sum(case when d.status in (${WORKED_SQL}) then 1 else 0 end) as worked,
  sum(case when d.status in ('${DayStatus.LATE}', '${DayStatus.LATE_AND_EARLY}') then 1 else 0 end) as late,
  sum(case when d.status in ('${DayStatus.EARLY_LEAVE}', '${DayStatus.LATE_AND_EARLY}') then 1 else 0 end) as early,
  sum(case when d.status = '${DayStatus.ABSENT}' then 1 else 0 end) as absent,
  sum(case when d.status = '${DayStatus.ON_LEAVE}' then 1 else 0 end) as on_leave,
  sum(d.overtime_minutes) as overtime`;

/** A row of `DAY_COUNTS_SQL` (counts as the driver gives them: numbers, or text on PostgreSQL). */
export interface DayCountsRow {
  employee_id: string;
  recorded: number | string;
  worked: number | string;
  late: number | string;
  early: number | string;
  absent: number | string;
  on_leave: number | string;
  overtime: number | string | null;
}

/** Counts a month of recorded days: late and early leave each count once per day they happened. */
export function summarizeMonth(month: string, days: ReadonlyArray<{ date: string; status: DayStatus }>): MonthSummary {
  const inMonth = days.filter((d) => d.date.startsWith(`${month}-`));
  const count = (...statuses: DayStatus[]) => inMonth.filter((d) => statuses.includes(d.status)).length;
  return {
    month,
    daysRecorded: inMonth.length,
    late: count(DayStatus.LATE, DayStatus.LATE_AND_EARLY),
    early: count(DayStatus.EARLY_LEAVE, DayStatus.LATE_AND_EARLY),
    absent: count(DayStatus.ABSENT),
    leave: count(DayStatus.ON_LEAVE),
  };
}

/** Minutes must agree with the status: a late day has minutes late, an on-time day has none. */
export function minutesProblems(status: DayStatus, minutesLate: number, minutesEarly: number): string[] {
  const problems: string[] = [];
  const late = status === DayStatus.LATE || status === DayStatus.LATE_AND_EARLY;
  const early = status === DayStatus.EARLY_LEAVE || status === DayStatus.LATE_AND_EARLY;
  if (late !== minutesLate > 0) problems.push(late ? 'a late day needs the minutes late' : `minutes late only go with a late day, not ${status}`);
  if (early !== minutesEarly > 0) problems.push(early ? 'an early leave needs the minutes early' : `minutes early only go with an early leave, not ${status}`);
  return problems;
}

/** The 8-hour day. */
export const WORKDAY_MINUTES = 480;

export type LeaveCover = 'FULL' | 'AM' | 'PM' | null;

/**
 * The hours a manager owes on a day: from the outlet's opening to its closing, at most 8 hours
 * the outlet's hours, an 8-hour day). An approved half day of leave takes the morning or
 * the afternoon half off.
 */
export function dutyWindow(opensAt: string, closesAt: string, leave: LeaveCover = null): { start: number; end: number } {
  const open = minutesOf(opensAt) ?? 540;
  const close = minutesOf(closesAt) ?? 1020;
  let start = open;
  let end = Math.min(close, open + WORKDAY_MINUTES);
  const mid = start + Math.round((end - start) / 2);
  if (leave === 'AM') start = mid;
  if (leave === 'PM') end = mid;
  return { start, end };
}

export interface DayEntry {
  checkIn?: string | null;
  checkOut?: string | null;
  status?: DayStatus | null;
  minutesLate?: number | null;
  minutesEarly?: number | null;
}

export interface DayFacts {
  opensAt: string;
  closesAt: string;
  /** Approved leave on the day. */
  leave: LeaveCover;
  /** The manager filed a visit slip for the day. */
  hasSlip: boolean;
}

export interface ClassifiedDay {
  status: DayStatus;
  minutesLate: number;
  minutesEarly: number;
  overtimeMinutes: number;
  checkIn: string | null;
  checkOut: string | null;
}

/** A problem with one field of an entry ("checkIn", "status", ...). */
export interface EntryProblem {
  field: string;
  problem: string;
}

/**
 * Classifies a day. With check-in and check-out times the status comes from
 * the duty window: minutes after its start are late, minutes before its end early, minutes after
 * its end overtime (recorded apart, never offsetting lateness). Without times the clerk names the
 * status: ON_LEAVE needs approved leave for the whole day, ON_VISIT a filed visit slip, ABSENT
 * no approved leave. A status given with times must agree with them (ON_VISIT with a slip excuses them).
 */
export function classifyDay(entry: DayEntry, facts: DayFacts): ClassifiedDay | EntryProblem[] {
  const problems: EntryProblem[] = [];
  const hasTimes = !!entry.checkIn || !!entry.checkOut;
  const given = entry.status ?? null;
  if (given === DayStatus.ON_VISIT && !facts.hasSlip) problems.push({ field: 'status', problem: 'ON_VISIT needs a visit slip filed for the day' });
  if (given === DayStatus.ON_LEAVE && facts.leave !== 'FULL') {
    problems.push({
      field: 'status',
      problem: facts.leave
        ? `the approved leave covers only the ${facts.leave === 'AM' ? 'morning' : 'afternoon'}; record the other half's times`
        : 'no approved leave covers the day: unapproved leave is absence (R-2.5)',
    });
  }
  if (given === DayStatus.ABSENT && facts.leave === 'FULL') problems.push({ field: 'status', problem: 'approved leave covers the day: record it ON_LEAVE' });

  if (!hasTimes) {
    if (!given) return [{ field: 'checkIn', problem: 'give the check-in and check-out times, or a status' }];
    problems.push(...minutesProblems(given, entry.minutesLate ?? 0, entry.minutesEarly ?? 0).map((problem) => ({ field: 'status', problem })));
    if (problems.length) return problems;
    return { status: given, minutesLate: entry.minutesLate ?? 0, minutesEarly: entry.minutesEarly ?? 0, overtimeMinutes: 0, checkIn: null, checkOut: null };
  }

  const inAt = entry.checkIn ? minutesOf(entry.checkIn) : null;
  const outAt = entry.checkOut ? minutesOf(entry.checkOut) : null;
  if (!entry.checkIn) problems.push({ field: 'checkIn', problem: 'a day with a check-out needs the check-in too' });
  else if (inAt === null) problems.push({ field: 'checkIn', problem: `"${entry.checkIn}" is not a time; write HH:MM` });
  if (!entry.checkOut) problems.push({ field: 'checkOut', problem: 'a day with a check-in needs the check-out too (leaving the post is an early leave)' });
  else if (outAt === null) problems.push({ field: 'checkOut', problem: `"${entry.checkOut}" is not a time; write HH:MM` });
  if (inAt !== null && outAt !== null && outAt <= inAt) problems.push({ field: 'checkOut', problem: 'the check-out must be after the check-in' });
  if (facts.leave === 'FULL') problems.push({ field: 'checkIn', problem: 'approved leave covers the whole day; record it ON_LEAVE' });
  if (given && [DayStatus.ABSENT, DayStatus.ON_LEAVE].includes(given))
    problems.push({ field: 'status', problem: `${given} has no check-in or check-out times` });
  if (problems.length || inAt === null || outAt === null) return problems;

  const { start, end } = dutyWindow(facts.opensAt, facts.closesAt, facts.leave);
  const overtimeMinutes = Math.max(0, outAt - end);
  if (given === DayStatus.ON_VISIT) {
    return { status: DayStatus.ON_VISIT, minutesLate: 0, minutesEarly: 0, overtimeMinutes, checkIn: entry.checkIn!, checkOut: entry.checkOut! };
  }
  const minutesLate = Math.max(0, inAt - start);
  const minutesEarly = Math.max(0, end - outAt);
  const status =
    minutesLate && minutesEarly ? DayStatus.LATE_AND_EARLY : minutesLate ? DayStatus.LATE : minutesEarly ? DayStatus.EARLY_LEAVE : DayStatus.ON_TIME;
  if (given && given !== status) return [{ field: 'status', problem: `the times make the day ${status}, not ${given}` }];
  if (entry.minutesLate && entry.minutesLate !== minutesLate)
    problems.push({ field: 'minutesLate', problem: `the times make ${minutesLate} minutes late, not ${entry.minutesLate}` });
  if (entry.minutesEarly && entry.minutesEarly !== minutesEarly)
    problems.push({ field: 'minutesEarly', problem: `the times make ${minutesEarly} minutes early, not ${entry.minutesEarly}` });
  if (problems.length) return problems;
  return { status, minutesLate, minutesEarly, overtimeMinutes, checkIn: entry.checkIn!, checkOut: entry.checkOut! };
}
