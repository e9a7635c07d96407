import { progressOf, splitProblems, targetOver, type GoalLine } from './goal-rules';
import { twelveMonthsFrom } from './periods';

const plan = { targets: { newAccounts: 40, newAssetsFen: 2_000_000_00, netRevenueFen: 100_000_00 }, months: twelveMonthsFrom('2026-01') };
const members = new Set(['E1001', 'E1002']);
const q = (employeeId: string, period: string, newAccounts: number, newAssetsFen: number, netRevenueFen: number): GoalLine => ({
  employeeId,
  period,
  newAccounts,
  newAssetsFen,
  netRevenueFen,
});
const good = [
  q('E1001', '2026-Q1', 10, 50_000_000, 2_500_000),
  q('E1001', '2026-Q2', 10, 50_000_000, 2_500_000),
  q('E1002', '2026-Q3', 10, 50_000_000, 2_500_000),
  q('E1002', '2026-Q4', 10, 50_000_000, 2_500_000),
];

describe('splitting a plan into goals (R-1.4)', () => {
  it('accepts a split that adds up to the targets', () => {
    expect(splitProblems(plan, 'QUARTER', good, members)).toEqual([]);
  });

  it('refuses a split that does not add up, saying by how much', () => {
    const short = [...good.slice(0, 3), q('E1002', '2026-Q4', 8, 50_000_000, 3_000_000)];
    expect(splitProblems(plan, 'QUARTER', short, members)).toEqual([
      { field: 'total.newAccounts', problem: "the goals' account openings (开户数) add up to 38, the plan's target is 40: 2 short" },
      {
        field: 'total.netRevenueFen',
        problem: "the goals' net revenue (净收入) add up to 105,000.00 yuan, the plan's target is 100,000.00 yuan: 5,000.00 yuan over",
      },
    ]);
  });

  it('refuses strangers, wrong periods, doubles and bad amounts', () => {
    const bad = [...good, q('E2001', '2026-03', 0, 0, 0), q('E1001', '2027-Q1', 0, 0, 0), q('E1001', '2026-Q1', -1, 0, 0)];
    expect(splitProblems(plan, 'QUARTER', bad, members).map((p) => p.field)).toEqual([
      'goals[4].employeeId',
      'goals[4].period',
      'goals[5].period',
      'goals[6].period',
      'goals[6].newAccounts',
      'total.newAccounts',
    ]);
  });

  it("takes no goals for what a new team's plan does not target", () => {
    const newTeam = { targets: { newAccounts: 5, newAssetsFen: null, netRevenueFen: null }, months: twelveMonthsFrom('2026-09') };
    expect(splitProblems(newTeam, 'MONTH', [q('E1001', '2026-09', 2, 0, 0), q('E1001', '2027-08', 3, 0, 0)], members)).toEqual([]);
    expect(splitProblems(newTeam, 'MONTH', [q('E1001', '2026-09', 5, 1, 0)], members).map((p) => p.field)).toEqual(['goals[0].newAssetsFen']);
    expect(splitProblems(newTeam, 'MONTH', [q('E1001', '2026-08', 5, 0, 0)], members).map((p) => p.field)).toEqual(['goals[0].period']);
  });
});

describe('progress against goals', () => {
  it('sums the goals inside the months asked, and cannot tell a month of a quarter goal', () => {
    expect(targetOver(good.slice(0, 2), ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'])).toEqual({
      newAccounts: 20,
      newAssetsFen: 100_000_000,
      netRevenueFen: 5_000_000,
    });
    expect(targetOver(good, ['2026-07'])).toBeNull();
    expect(targetOver(good.slice(0, 1), ['2026-07'])).toEqual({ newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 });
  });

  it('flags a shortfall per figure', () => {
    const p = progressOf({ newAccounts: 10, newAssetsFen: 100, netRevenueFen: null }, { newAccounts: 7, newAssetsFen: 150, netRevenueFen: 5 });
    expect(p).toMatchObject({ shortfall: { newAccounts: 3, newAssetsFen: 0, netRevenueFen: 0 }, behind: true });
    expect(progressOf({ newAccounts: 1, newAssetsFen: 1, netRevenueFen: 1 }, { newAccounts: 1, newAssetsFen: 1, netRevenueFen: 1 }).behind).toBe(false);
  });
});
