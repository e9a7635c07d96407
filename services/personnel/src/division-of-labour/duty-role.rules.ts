/**
 * 第五条 (二) 分工: pure rules of a team's division of labour. Each member has one duty role within
 * the team, from a day on until the next assignment: DEVELOPMENT (开发客户) or SERVICE (服务客户).
 */
export type DutyRoleName = 'DEVELOPMENT' | 'SERVICE';

export interface DutyAssignmentFact {
  employeeId: string;
  teamId: string;
  role: DutyRoleName;
  effectiveOn: string;
}

/** The assignment in force for one employee on a day: the latest on or before it (any team); none before the first. */
export function assignmentOn<T extends DutyAssignmentFact>(assignments: ReadonlyArray<T>, date: string): T | null {
  let found: T | null = null;
  for (const a of assignments) if (a.effectiveOn <= date && (!found || a.effectiveOn > found.effectiveOn)) found = a;
  return found;
}

/**
 * An employee's duty role in a team on a day: the assignment in force then, if it was made in that
 * team (after a transfer the old team's duty does not follow the person: unassigned until the new
 * team's lead assigns one).
 */
export function dutyInTeamOn<T extends DutyAssignmentFact>(assignments: ReadonlyArray<T>, teamId: string, date: string): T | null {
  const a = assignmentOn(assignments, date);
  return a && a.teamId === teamId ? a : null;
}

export interface MemberDuty<T extends DutyAssignmentFact> {
  employeeId: string;
  assignment: T | null;
}

export interface DivisionCounts {
  development: number;
  service: number;
  unassigned: number;
}

/**
 * The team's division of labour on a day: each member (the team's people on that day) with the
 * assignment in force, and the counts per role. Members are the current members hired by then and
 * anyone whose assignment in force that day was made in this team (people since moved or departed).
 */
export function divisionOn<T extends DutyAssignmentFact>(
  teamId: string,
  date: string,
  currentMembers: ReadonlyArray<{ id: string; hiredOn: string }>,
  assignments: ReadonlyArray<T>,
): { members: Array<MemberDuty<T>>; counts: DivisionCounts } {
  const byEmployee = new Map<string, T[]>();
  for (const a of assignments) byEmployee.set(a.employeeId, [...(byEmployee.get(a.employeeId) ?? []), a]);
  const ids = new Set(currentMembers.filter((m) => m.hiredOn <= date).map((m) => m.id));
  for (const [employeeId, list] of byEmployee) if (dutyInTeamOn(list, teamId, date)) ids.add(employeeId);
  const members = [...ids].sort().map((employeeId) => ({ employeeId, assignment: dutyInTeamOn(byEmployee.get(employeeId) ?? [], teamId, date) }));
  const counts = { development: 0, service: 0, unassigned: 0 };
  for (const m of members) {
    if (!m.assignment) counts.unassigned++;
    else if (m.assignment.role === 'DEVELOPMENT') counts.development++;
    else counts.service++;
  }
  return { members, counts };
}
