/** 区域 (regions of a team): who may shape them and which assignments are valid. Pure functions. */
import { hasRole, type Principal } from '@bg/auth';
import type { FieldProblem } from '@bg/graphql';

/** The team's lead (of that team) or the branch's manager creates, renames, re-staffs and closes a team's regions. */
export function mayManageRegions(p: Principal, team: { id: string; branchId: string }): boolean {
  return (hasRole(p, 'team-lead') && p.teamId === team.id) || (hasRole(p, 'branch-manager') && p.branchId === team.branchId);
}

export interface Person {
  id: string;
  name: string;
  teamId: string | null;
  status: string;
}

/** Problems with naming `person` (asked as `field`) for a region of `teamId`: someone of the team, not departed. */
export function memberProblems(field: string, id: string, person: Person | undefined, teamId: string): FieldProblem[] {
  if (!person) return [{ field, problem: `no employee ${id}` }];
  if (person.teamId !== teamId) return [{ field, problem: `${person.name} is not in team ${teamId}` }];
  if (person.status === 'DEPARTED') return [{ field, problem: `${person.name} has departed` }];
  return [];
}

/** An assignment's day: today or earlier (a correction), never before the region exists or after it closed. */
export function assignmentDayProblems(effectiveOn: string, today: string, region: { closedOn: string | null } | null): FieldProblem[] {
  if (effectiveOn > today) return [{ field: 'effectiveOn', problem: 'assign from today or an earlier day' }];
  if (region?.closedOn && effectiveOn >= region.closedOn) return [{ field: 'effectiveOn', problem: `the region is closed from ${region.closedOn}` }];
  return [];
}

/** A region's name: 1 to 100 characters, not blank. */
export function nameProblems(name: string): FieldProblem[] {
  const n = name.trim();
  return n.length === 0 || n.length > 100 ? [{ field: 'name', problem: 'a name of 1 to 100 characters' }] : [];
}
