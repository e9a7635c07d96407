import { hasRole, HEAD_OFFICE_ROLES, type Principal, type Role } from '@bg/auth';
import { dateProblem } from '@bg/graphql';

/** Branch-level readers of slips and filings: the branch's keepers and managers. */
export const BRANCH_READERS: Role[] = ['archive-clerk', 'branch-manager', 'branch-deputy-manager'];

export function isHeadOffice(p: Principal): boolean {
  return hasRole(p, ...HEAD_OFFICE_ROLES);
}

/** Head office reads every branch; archive clerks, branch managers and deputies their own branch. */
export function readsWholeBranch(p: Principal, branchId: string): boolean {
  return isHeadOffice(p) || (p.branchId === branchId && hasRole(p, ...BRANCH_READERS));
}

/** Today in Asia/Shanghai (the work calendar), YYYY-MM-DD: @bg/graphql's local-date module. */
export { localDate as todayInShanghai } from '@bg/graphql';

/** A date problem for a required LocalDate argument not coming through the scalar (direct calls). */
export function localDateProblem(v: string | undefined | null): string | null {
  return typeof v === 'string' ? dateProblem(v) : 'a date is required (YYYY-MM-DD)';
}
