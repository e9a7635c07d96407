import { HEAD_OFFICE_BRANCH, hasRole, type Principal } from '@bg/auth';

/**
 * Who may see what in recruitment and training. Decisions (DOMAIN.md's roles table, R-6.8's
 * rule that ID numbers and documents are guarded wherever they appear):
 * - Candidate data (names, ID numbers, phones, documents, evaluations, probation) is personal
 *   and sensitive: only recruiters (own branch; head-office recruiters, branch_id HQ, all) and
 *   branch managers (own branch) see it. Nobody else, head office included, gets a Candidate.
 * - Requisitions and their board (counts per stage) carry no personal data: recruiters and branch
 *   managers by the same scope, deputy managers their branch, head-office departments all.
 * - Training programmes and sessions are not personal (anyone signed in). Rosters, attendance
 *   and results are: trainers (own branch / HQ all), branch managers and deputies their branch,
 *   head-office departments all; everyone else sees their own enrolment only.
 */
export type BranchScope = { kind: 'all' } | { kind: 'branch'; branchId: string } | { kind: 'none' };

const NONE: BranchScope = { kind: 'none' };
const HEAD_OFFICE_DEPARTMENTS = ['brokerage-office', 'channel-management', 'executive'] as const;

function roleScope(p: Principal, roles: Parameters<typeof hasRole>[1][], headOfficeAll: boolean): BranchScope {
  if (!p.branchId || !hasRole(p, ...roles)) return NONE;
  if (headOfficeAll && p.branchId === HEAD_OFFICE_BRANCH) return { kind: 'all' };
  return { kind: 'branch', branchId: p.branchId };
}

/** The widest of two scopes. */
export function widest(a: BranchScope, b: BranchScope): BranchScope {
  if (a.kind === 'all' || b.kind === 'all') return { kind: 'all' };
  if (a.kind === 'branch') return a;
  return b;
}

/** Candidate (personal) data: recruiters own branch or all from head office; branch managers own branch. */
export function candidateScope(p: Principal): BranchScope {
  const recruiter = roleScope(p, ['recruiter'], true);
  const manager = p.branchId === HEAD_OFFICE_BRANCH ? NONE : roleScope(p, ['branch-manager'], false);
  return widest(recruiter, manager);
}

/** Requisitions and pipeline counts (no personal data). */
export function requisitionScope(p: Principal): BranchScope {
  if (hasRole(p, ...HEAD_OFFICE_DEPARTMENTS)) return { kind: 'all' };
  return widest(candidateScope(p), roleScope(p, ['branch-deputy-manager'], false));
}

/** Organising training: creating programmes and sessions, enrolling, attendance, results. */
export function trainerScope(p: Principal): BranchScope {
  return roleScope(p, ['trainer'], true);
}

/** Reading rosters, results and completion reports of a branch's training. */
export function trainingReadScope(p: Principal): BranchScope {
  if (hasRole(p, ...HEAD_OFFICE_DEPARTMENTS)) return { kind: 'all' };
  return widest(trainerScope(p), roleScope(p, ['branch-manager', 'branch-deputy-manager'], false));
}

export function covers(scope: BranchScope, branchId: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === branchId);
}

/** A query filter on `branchId` for a scope; `null` when the scope covers nothing. */
export function branchFilter(scope: BranchScope, requested?: string | null): { branchId?: string } | null {
  if (scope.kind === 'none') return null;
  if (scope.kind === 'branch') return requested && requested !== scope.branchId ? null : { branchId: scope.branchId };
  return requested ? { branchId: requested } : {};
}
