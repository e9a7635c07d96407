import { lastDayOf, regionSplitProblems } from './region-goal.rules';

const plan = {
  targets: { newAccounts: 120, newAssetsFen: 1_000_000, netRevenueFen: null },
  months: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
};
const line = (regionId: string, period: string, newAccounts: number, newAssetsFen = 0) => ({ regionId, period, newAccounts, newAssetsFen, netRevenueFen: 0 });

describe("a plan's targets decomposed to regions (R-1.4)", () => {
  it('takes a share of the targets: less than the whole is fine, more is refused with the excess', () => {
    expect(regionSplitProblems(plan, 'QUARTER', [line('R1', '2026-Q1', 20), line('R2', '2026-Q1', 10)], new Set(['R1', 'R2']))).toEqual([]);
    const over = regionSplitProblems(plan, 'QUARTER', [line('R1', '2026-Q1', 100), line('R1', '2026-Q2', 30)], new Set(['R1']));
    expect(over).toEqual([{ field: 'total.newAccounts', problem: expect.stringContaining('10 over') }]);
  });
  it('refuses regions outside the team, wrong periods, repeats and figures the plan does not target', () => {
    const problems = regionSplitProblems(
      plan,
      'MONTH',
      [line('R9', '2026-01', 1), line('R1', '2026-Q1', 1), { ...line('R1', '2026-02', 1), netRevenueFen: 5 }, line('R1', '2026-02', 1)],
      new Set(['R1']),
    );
    expect(problems.map((p) => p.field)).toEqual(['goals[0].regionId', 'goals[1].period', 'goals[2].netRevenueFen', 'goals[3].period']);
  });
  it("counts a person's month for the region they are in on its last day", () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});
