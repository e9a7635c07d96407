/** Who may do what with performance data (DOMAIN.md's roles table; R-4.x). */
import { HEAD_OFFICE_ROLES, hasRole, type Principal, type Role } from '@bg/auth';
import { SignOffStep } from './payroll/payroll.entity';

export const isHeadOffice = (p: Principal): boolean => hasRole(p, ...HEAD_OFFICE_ROLES);

/** A branch role acting on its own branch. */
export const inBranch = (p: Principal, branchId: string, ...roles: Role[]): boolean => p.branchId === branchId && hasRole(p, ...roles);

export const PAYROLL_BRANCH_ROLES: Role[] = ['branch-finance', 'branch-deputy-manager', 'branch-manager'];

/** The CRM import: the branch's finance or manager. */
export const canImportMetrics = (p: Principal, branchId: string): boolean => inBranch(p, branchId, 'branch-finance', 'branch-manager');

/** Payroll runs of a branch: its finance, deputy and manager; head office every branch. */
export const canReadPayroll = (p: Principal, branchId: string): boolean => isHeadOffice(p) || inBranch(p, branchId, ...PAYROLL_BRANCH_ROLES);

/** A payslip: the manager themself (once signed off), whoever reads the branch's payroll. */
export const canSeePayslip = (p: Principal, line: { employeeId: string; branchId: string }, signedOff: boolean): boolean =>
  canReadPayroll(p, line.branchId) || (signedOff && p.employeeId === line.employeeId);

/** The role signing each step, in order (R-4.2: 主办会计 -> 副经理/经理助理 -> 经理). */
export const STEP_ROLE: Record<SignOffStep, Role> = {
  [SignOffStep.FINANCE]: 'branch-finance',
  [SignOffStep.DEPUTY]: 'branch-deputy-manager',
  [SignOffStep.MANAGER]: 'branch-manager',
};
export const STEP_LABEL: Record<SignOffStep, string> = {
  [SignOffStep.FINANCE]: 'the chief accountant (branch-finance)',
  [SignOffStep.DEPUTY]: 'the deputy manager (branch-deputy-manager)',
  [SignOffStep.MANAGER]: 'the branch manager (branch-manager)',
};
