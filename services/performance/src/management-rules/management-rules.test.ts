import { managementRulesProblems, proposalConflict, rulesInForce } from './management-rules';

const OK = { teamId: 'SZ01-T1', title: '营销一部管理实施细则', content: '一、考勤: 按网点营业时间到岗……二、例会: 每周一早会……', effectiveFrom: '2027-01' };

describe('management rules (R-1.1)', () => {
  it('lists every missing or bad piece', () => {
    expect(managementRulesProblems(OK)).toEqual([]);
    expect(managementRulesProblems({ teamId: ' ', title: '', content: 'short', effectiveFrom: '2027-13', fileRef: '' }).map((p) => p.field)).toEqual([
      'teamId',
      'title',
      'content',
      'effectiveFrom',
      'fileRef',
    ]);
  });
  it('takes the approved version with the latest start not after the month', () => {
    const v = [
      { version: 1, status: 'APPROVED' as const, effectiveFrom: '2026-01' },
      { version: 2, status: 'REJECTED' as const, effectiveFrom: '2026-06' },
      { version: 3, status: 'APPROVED' as const, effectiveFrom: '2027-01' },
      { version: 4, status: 'SUBMITTED' as const, effectiveFrom: '2026-09' },
    ];
    expect(rulesInForce(v, '2025-12')).toBeNull();
    expect(rulesInForce(v, '2026-10')?.version).toBe(1);
    expect(rulesInForce(v, '2027-03')?.version).toBe(3);
  });
  it('allows one version on the route at a time', () => {
    expect(
      proposalConflict([
        { version: 1, status: 'APPROVED' },
        { version: 2, status: 'REJECTED' },
      ]),
    ).toBeNull();
    expect(
      proposalConflict([
        { version: 1, status: 'APPROVED' },
        { version: 2, status: 'SUBMITTED' },
      ]),
    ).toContain('Version 2');
  });
});
