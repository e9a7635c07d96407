import { DayStatus } from './attendance-day.entity';

export interface MonthSummary {
  month: string;
  daysRecorded: number;
  late: number;
  early: number;
  absent: number;
  leave: number;
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
