import { adjustmentLines, PAY_AMOUNTS, PAY_INPUTS, tierDifferences, type PayFigures } from './adjustment';

const tier = (fromFen: number, rateBp: number, revenueFen: number) => ({
  fromFen,
  toFen: null,
  rateBp,
  revenueFen,
  commissionFen: (revenueFen * rateBp) / 10_000,
});

function line(employeeId: string, figures: Partial<PayFigures> = {}): PayFigures {
  const zero = Object.fromEntries([...PAY_INPUTS, ...PAY_AMOUNTS].map((f) => [f, 0])) as Record<
    (typeof PAY_AMOUNTS)[number] | (typeof PAY_INPUTS)[number],
    number
  >;
  return { ...zero, employeeId, tiersJson: '[]', ...figures };
}

describe('payroll corrections (更正)', () => {
  it('pays the difference between the month recomputed and what the signed runs paid, for the changed employees only', () => {
    const paid = [line('E1', { late: 1, lateDeductionFen: 5_000, deductionsFen: 5_000, netFen: 610_000 }), line('E2', { netFen: 400_000 })];
    const recomputed = [line('E1', { late: 0, netFen: 615_000 }), line('E2', { netFen: 400_000 })];
    const [only, ...rest] = adjustmentLines(recomputed, paid);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ employeeId: 'E1', late: -1, lateDeductionFen: -5_000, deductionsFen: -5_000, netFen: 5_000 });
  });

  it('counts earlier corrections as paid, so a second correction pays only what changed since', () => {
    const paid = [line('E1', { netFen: 610_000 }), line('E1', { netFen: 5_000 })];
    expect(adjustmentLines([line('E1', { netFen: 615_000 })], paid)).toEqual([]);
    expect(adjustmentLines([line('E1', { netFen: 600_000 })], paid)[0].netFen).toBe(-15_000);
  });

  it('shows commission differences per tier, unchanged tiers left out', () => {
    const before = [tier(0, 1000, 2_000_000), tier(2_000_000, 1500, 500_000)];
    const now = [tier(0, 1000, 2_000_000), tier(2_000_000, 1500, 1_000_000)];
    expect(tierDifferences(now, [before])).toEqual([{ fromFen: 2_000_000, toFen: null, rateBp: 1500, revenueFen: 500_000, commissionFen: 75_000 }]);
    // A tier no longer reached comes back negative.
    expect(tierDifferences([tier(0, 1000, 2_000_000)], [before])).toEqual([{ ...tier(2_000_000, 1500, -500_000), commissionFen: -75_000 }]);
  });
});
