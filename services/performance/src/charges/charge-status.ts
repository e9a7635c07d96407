/**
 * pending charges (issue 16 item 10), pure: where an asset-loss charge stands on its way to a
 * payroll deduction.
 *
 * - PENDING: charged, not yet in any payroll (the next payroll of its month or later takes it);
 * - IN_PAYROLL: in a payroll computed and awaiting its signatures (not deducted yet: a rejection or
 *   a recomputation may still change it);
 * - DEDUCTED: deducted by a signed-off payroll (`settledInPayrollId`).
 */
export type ChargeStatus = 'PENDING' | 'IN_PAYROLL' | 'DEDUCTED';

export const AWAITING_STATUSES = ['AWAITING_FINANCE', 'AWAITING_DEPUTY', 'AWAITING_MANAGER'] as const;

export interface RunRef {
  id: string;
  month: string;
  status: string;
}

export function chargeStatus(
  charge: { chargeId: string; settledInPayrollId: string | null },
  /** Runs whose lines list this charge (any status). */
  runsListing: RunRef[],
): { status: ChargeStatus; payrollId: string | null; payrollMonth: string | null } {
  if (charge.settledInPayrollId) {
    const run = runsListing.find((r) => r.id === charge.settledInPayrollId);
    return { status: 'DEDUCTED', payrollId: charge.settledInPayrollId, payrollMonth: run?.month ?? null };
  }
  const awaiting = runsListing.find((r) => (AWAITING_STATUSES as readonly string[]).includes(r.status));
  return awaiting ? { status: 'IN_PAYROLL', payrollId: awaiting.id, payrollMonth: awaiting.month } : { status: 'PENDING', payrollId: null, payrollMonth: null };
}
