import type { LeaveCover } from '../attendance/attendance.rules';

export interface RecordedCounts {
  worked: number;
  late: number;
  early: number;
  absent: number;
  onLeave: number;
  overtime: number;
}

export interface EmployeeMonthFacts {
  /** The branch's working days the employee was employed on (hired by, not departed before). */
  workingDays: readonly string[];
  /** Their recorded days: date -> whether the record is ON_LEAVE. */
  recorded: ReadonlyMap<string, boolean>;
  counts: RecordedCounts;
  /** Approved leave on a date. */
  leaveOn: (date: string) => LeaveCover;
  visits: number;
}

export interface MonthFigures {
  daysWorked: number;
  late: number;
  early: number;
  absent: number;
  leaveDays: number;
  visits: number;
  overtimeMinutes: number;
}

/**
 * A manager's closed month: worked, late and early days as recorded; absent days
 * are recorded absences plus working days with neither a record nor approved leave (a half day of
 * approved leave leaves the other half unexcused: the day counts absent and 0.5 leave); leave days
 * are ON_LEAVE records plus approved leave on unrecorded days, and the approved half of a worked day.
 */
export function monthFigures(f: EmployeeMonthFacts): MonthFigures {
  let absent = f.counts.absent;
  let leaveDays = f.counts.onLeave;
  for (const date of f.workingDays) {
    const cover = f.leaveOn(date);
    const rec = f.recorded.get(date);
    if (rec === undefined) {
      if (cover === 'FULL') leaveDays += 1;
      else {
        absent += 1;
        if (cover) leaveDays += 0.5;
      }
    } else if (!rec && (cover === 'AM' || cover === 'PM')) {
      leaveDays += 0.5;
    }
  }
  return { daysWorked: f.counts.worked, late: f.counts.late, early: f.counts.early, absent, leaveDays, visits: f.visits, overtimeMinutes: f.counts.overtime };
}
