import { planProblems, type WorkPlanInput } from './plan-rules';

const annual: WorkPlanInput = {
  kind: 'ANNUAL',
  teamId: 'SZ01-T1',
  year: 2026,
  targetNewAccounts: 120,
  targetNewAssetsFen: 6_000_000_000,
  targetNetRevenueFen: 300_000_000,
  marketingPlan: '社区+银行网点驻点营销',
  bankAgreementRef: 'ICBC-SZ-2026-017',
};

describe('work plan rules (R-1.2)', () => {
  it("accepts a complete annual plan and a new team's account-opening plan", () => {
    expect(planProblems(annual)).toEqual([]);
    expect(planProblems({ kind: 'NEW_TEAM', teamId: 'SZ01-T9', startMonth: '2026-09', targetNewAccounts: 60 })).toEqual([]);
  });

  it('lists every missing piece of an annual plan', () => {
    const p = planProblems({ kind: 'ANNUAL', teamId: 'SZ01-T1', year: 1999, targetNewAccounts: -1 });
    expect(p.map((x) => x.field)).toEqual(['year', 'targetNewAssetsFen', 'targetNetRevenueFen', 'marketingPlan', 'bankAgreementRef', 'targetNewAccounts']);
  });

  it('needs a first month and an account-opening target for a new team', () => {
    expect(planProblems({ kind: 'NEW_TEAM', teamId: 'T', startMonth: '2026-13', targetNewAccounts: 0 }).map((x) => x.field)).toEqual([
      'startMonth',
      'targetNewAccounts',
    ]);
    expect(planProblems({ ...annual, targetNewAssetsFen: 1.5 }).map((x) => x.field)).toEqual(['targetNewAssetsFen']);
  });
});
