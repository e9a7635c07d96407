import type { EntityManager } from '@mikro-orm/core';
import { hasRole, peopleScope, type Principal, type Role } from '@bg/auth';
import { ForbiddenError } from '@bg/graphql';
import { KnownEmployee, knownUnit } from '@bg/service';

export interface TeamRef {
  id: string;
  branchId: string;
}

/** A team as personnel registered it (personnel.organisation), members or not; NOT_FOUND otherwise. */
export async function teamOf(em: EntityManager, teamId: string): Promise<TeamRef> {
  const team = await knownUnit(em, 'TEAM', teamId);
  return { id: team.id, branchId: team.branchId };
}

/** Team-wide reads: the team's lead, the team's branch staff, head office (not group leaders or managers). */
export function canSeeTeam(p: Principal, team: TeamRef): boolean {
  const scope = peopleScope(p);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'branch') return scope.branchId === team.branchId;
  if (scope.kind === 'team') return scope.teamId === team.id;
  return false;
}

export async function visibleTeam(em: EntityManager, p: Principal, teamId: string): Promise<TeamRef> {
  const team = await teamOf(em, teamId);
  if (!canSeeTeam(p, team)) throw new ForbiddenError(`You may not see team ${teamId}`);
  return team;
}

/** Branch-wide reads: branch staff of that branch and head office. */
export function canSeeBranch(p: Principal, branchId: string): boolean {
  const scope = peopleScope(p);
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === branchId);
}

/** The team lead of this team (R-2.3, R-2.4, R-2.5: the lead approves, checks, patrols). */
export function leadsTeam(p: Principal, teamId: string | null): boolean {
  return !!teamId && hasRole(p, 'team-lead') && p.teamId === teamId;
}

/** A role held for this branch (branch roles act in their own branch only). */
export function actsForBranch(p: Principal, branchId: string, ...roles: Role[]): boolean {
  return hasRole(p, ...roles) && p.branchId === branchId;
}

/** The caller as an employee this service knows: for what managers file about themselves. */
export async function selfEmployee(em: EntityManager, p: Principal): Promise<KnownEmployee> {
  if (!p.employeeId) throw new ForbiddenError('Only an employee can file this for themself');
  const me = await em.findOne(KnownEmployee, p.employeeId);
  if (!me) throw new ForbiddenError(`Employee ${p.employeeId} is not known to attendance yet`);
  if (me.status === 'DEPARTED') throw new ForbiddenError('A departed employee cannot file anything');
  return me;
}
