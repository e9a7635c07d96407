/**
 * leaving the post (擅自离岗, issue 16 item 5), pure: a patrol that finds a manager
 * missing from the outlet they are posted to records the day as LEFT_POST, unless the absence is
 * accounted for at the patrol's time: approved leave covering it (a half day: AM before 12:00, PM
 * from 12:00) or a visit slip whose time out..back includes it (出访).
 */
export interface Leave {
  employeeId: string;
  startDate: string;
  endDate: string;
  halfDay: 'AM' | 'PM' | null;
}
export interface Slip {
  employeeId: string;
  date: string;
  timeOut: string;
  timeBack: string;
}

export type Excuse = 'ON_LEAVE' | 'ON_VISIT';

export function excuseFor(employeeId: string, date: string, time: string, leaves: Leave[], slips: Slip[]): Excuse | null {
  const onLeave = leaves.some(
    (l) =>
      l.employeeId === employeeId &&
      l.startDate <= date &&
      date <= l.endDate &&
      (l.halfDay === null || (l.halfDay === 'AM' ? time < '12:00' : time >= '12:00')),
  );
  if (onLeave) return 'ON_LEAVE';
  const out = slips.some((s) => s.employeeId === employeeId && s.date === date && s.timeOut <= time && time <= s.timeBack);
  return out ? 'ON_VISIT' : null;
}

/** Who among the missing left their post, and who was accounted for (and why). */
export function leftPost(
  missingIds: string[],
  date: string,
  time: string,
  leaves: Leave[],
  slips: Slip[],
): { leftPost: string[]; excused: Array<{ employeeId: string; excuse: Excuse }> } {
  const excused: Array<{ employeeId: string; excuse: Excuse }> = [];
  const left: string[] = [];
  for (const id of missingIds) {
    const excuse = excuseFor(id, date, time, leaves, slips);
    if (excuse) excused.push({ employeeId: id, excuse });
    else left.push(id);
  }
  return { leftPost: left, excused };
}
