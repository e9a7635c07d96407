import type { FieldProblem } from '@bg/graphql';

/**
 * Attendance at a marketing activity: those expected (the team's client managers employed that
 * day) split into attended, excused (approved leave that day) and absent; an attendee must be expected.
 */
export function activityAttendance(
  expected: readonly string[],
  attendeeIds: readonly string[],
  onLeave: readonly string[],
): { absent: string[]; excused: string[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  attendeeIds.forEach((id, i) => {
    if (seen.has(id)) problems.push({ field: `attendeeIds[${i}]`, problem: 'named twice' });
    else if (!expected.includes(id)) problems.push({ field: `attendeeIds[${i}]`, problem: `${id} is not a client manager of the team that day` });
    seen.add(id);
  });
  const missing = expected.filter((id) => !seen.has(id)).sort();
  return { absent: missing.filter((id) => !onLeave.includes(id)), excused: missing.filter((id) => onLeave.includes(id)), problems };
}
