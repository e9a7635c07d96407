import { datesBetween, isoWeekday } from '../common/dates';
import type { LeaveCover } from '../attendance/attendance.rules';
import { HalfDay, LeaveStatus } from './leave.entity';

export interface LeaveSpan {
  startDate: string;
  endDate: string;
  halfDay: HalfDay | null;
}

/** Problems of a request's dates: after today, in order, a half day only on a single day. */
export function leaveDatesProblems(span: LeaveSpan, today: string): Array<{ field: string; problem: string }> {
  const problems: Array<{ field: string; problem: string }> = [];
  if (span.startDate <= today)
    problems.push({ field: 'startDate', problem: `leave must be requested before it starts: ${span.startDate} is not after today (${today})` });
  if (span.endDate < span.startDate) problems.push({ field: 'endDate', problem: 'the leave cannot end before it starts' });
  if (span.halfDay && span.endDate !== span.startDate) problems.push({ field: 'halfDay', problem: 'a half day of leave is a single day: startDate = endDate' });
  if (datesBetween(span.startDate, span.endDate > span.startDate ? span.endDate : span.startDate).length > 90) {
    problems.push({ field: 'endDate', problem: 'at most 90 days in one request' });
  }
  return problems;
}

/** Working days asked for: Monday-Friday in the span, 0.5 for a half day. */
export function leaveDays(span: LeaveSpan): number {
  if (span.halfDay) return 0.5;
  return datesBetween(span.startDate, span.endDate).filter((d) => isoWeekday(d) <= 5).length;
}

/** Whether two requests claim the same time: overlapping dates, except the two halves of one day. */
export function leavesOverlap(a: LeaveSpan, b: LeaveSpan): boolean {
  if (a.endDate < b.startDate || b.endDate < a.startDate) return false;
  return !(a.halfDay && b.halfDay && a.halfDay !== b.halfDay);
}

/** Requests that still hold their dates. */
export const LIVE_LEAVE: LeaveStatus[] = [LeaveStatus.REQUESTED, LeaveStatus.APPROVED];

/** What approved leave covers on a date. */
export function leaveCover(approved: ReadonlyArray<LeaveSpan>, date: string): LeaveCover {
  let cover: LeaveCover = null;
  for (const l of approved) {
    if (date < l.startDate || date > l.endDate) continue;
    if (!l.halfDay) return 'FULL';
    cover = cover && cover !== l.halfDay ? 'FULL' : l.halfDay;
  }
  return cover;
}
