import { reportFiling } from './report-filing';

describe('filing a submitted analysis report (R-6.5)', () => {
  const d = {
    reportId: 'r1',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    kind: 'MONTHLY' as const,
    period: '2026-10',
    submittedBy: 'tl.wang',
    submittedOn: '2026-11-03',
  };
  it("files it once per report as the month's business report", () => {
    expect(reportFiling(d)).toEqual({
      branchId: 'SZ01',
      type: 'MONTHLY_BUSINESS_REPORT',
      title: 'SZ01-T1 月度经营分析报告 2026-10',
      period: '2026-10',
      date: '2026-11-03',
      fileRef: 'performance:report/r1',
      filedBy: 'system:performance (tl.wang)',
      sourceRef: 'report:r1',
    });
  });
  it('keeps a half-year or annual period in the title only', () => {
    expect(reportFiling({ ...d, kind: 'HALF_YEAR', period: '2026-H2' })).toMatchObject({ title: 'SZ01-T1 半年度经营分析报告 2026-H2', period: undefined });
  });
});
