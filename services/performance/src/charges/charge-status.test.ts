import { chargeStatus } from './charge-status';

describe('asset-loss charge status on its way to payroll (R-3.3)', () => {
  const c = { chargeId: 'C1', settledInPayrollId: null as string | null };
  it('is PENDING until a payroll lists it', () => {
    expect(chargeStatus(c, [])).toEqual({ status: 'PENDING', payrollId: null, payrollMonth: null });
    expect(
      chargeStatus(c, [
        { id: 'R0', month: '2026-10', status: 'REJECTED' },
        { id: 'R1', month: '2026-10', status: 'SUPERSEDED' },
      ]).status,
    ).toBe('PENDING');
  });
  it('is IN_PAYROLL while a run listing it awaits signatures', () => {
    expect(chargeStatus(c, [{ id: 'R2', month: '2026-11', status: 'AWAITING_DEPUTY' }])).toEqual({
      status: 'IN_PAYROLL',
      payrollId: 'R2',
      payrollMonth: '2026-11',
    });
  });
  it('is DEDUCTED once a signed-off run settled it', () => {
    expect(chargeStatus({ ...c, settledInPayrollId: 'R3' }, [{ id: 'R3', month: '2026-11', status: 'FILED' }])).toEqual({
      status: 'DEDUCTED',
      payrollId: 'R3',
      payrollMonth: '2026-11',
    });
  });
});
