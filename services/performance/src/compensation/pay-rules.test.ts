import { DEMO_RULES, applyRate, commissionByTier, computePay, dayWeightedBase, rulesProblems, type PayInput } from './pay-rules';

const input = (over: Partial<PayInput>): PayInput => ({
  level: 'L1',
  netRevenueFen: 0,
  newAccounts: 0,
  newAssetsFen: 0,
  absent: 0,
  late: 0,
  early: 0,
  assetLossFen: 0,
  ...over,
});

describe('rates', () => {
  it('rounds a share of a fen half up, in integers', () => {
    expect(applyRate(1, 5_000)).toBe(1);
    expect(applyRate(1, 4_999)).toBe(0);
    expect(applyRate(12_345, 1_000)).toBe(1_235); // 1234.5 -> 1235
    expect(applyRate(12_344, 1_000)).toBe(1_234);
  });

  it('applies tiers marginally: each rate only to the revenue inside its tier', () => {
    const tiers = commissionByTier(3_500_000, DEMO_RULES.commissionTiers);
    expect(tiers).toEqual([
      { fromFen: 0, toFen: 2_000_000, rateBp: 1_000, revenueFen: 2_000_000, commissionFen: 200_000 },
      { fromFen: 2_000_000, toFen: 5_000_000, rateBp: 1_500, revenueFen: 1_500_000, commissionFen: 225_000 },
      { fromFen: 5_000_000, toFen: null, rateBp: 2_000, revenueFen: 0, commissionFen: 0 },
    ]);
    expect(commissionByTier(-500, DEMO_RULES.commissionTiers).every((t) => t.commissionFen === 0)).toBe(true);
  });
});

// Hand-checked against DEMO_RULES: base L1 3000 / L2 4000 / L4 6000 / L5 8000 yuan; 10% to 20,000 yuan, 15% to 50,000, 20% above;
// 50 yuan per account, 20 yuan per full 10,000 yuan of new assets; absence 200, late 50, early 50; losses 100%; floor 2,500; cap 50,000 on variable pay.
describe('a month of pay under the demo standard', () => {
  it('L2, first tier only: 4000 + 1500 commission + 200 accounts + 500 assets - 50 late = 6150.00 yuan', () => {
    const pay = computePay(DEMO_RULES, input({ level: 'L2', netRevenueFen: 1_500_000, newAccounts: 4, newAssetsFen: 25_000_000, late: 1 }));
    expect(pay).toMatchObject({
      baseFen: 400_000,
      commissionFen: 150_000,
      newAccountBonusFen: 20_000,
      newAssetsBonusFen: 50_000,
      capCutFen: 0,
      grossFen: 620_000,
      lateDeductionFen: 5_000,
      deductionsFen: 5_000,
      floorTopUpFen: 0,
      netFen: 615_000,
    });
  });

  it('L4, two tiers, deductions and an asset loss: 6000 + 2000 + 2250 + 400 + 2460 - 200 - 100 - 300 = 12510.00 yuan', () => {
    const pay = computePay(
      DEMO_RULES,
      input({ level: 'L4', netRevenueFen: 3_500_000, newAccounts: 8, newAssetsFen: 123_456_789, absent: 1, early: 2, assetLossFen: 30_000 }),
    );
    expect(pay).toMatchObject({
      baseFen: 600_000,
      commissionFen: 425_000,
      newAccountBonusFen: 40_000,
      newAssetsBonusFen: 246_000,
      grossFen: 1_311_000,
      absenceDeductionFen: 20_000,
      earlyDeductionFen: 10_000,
      assetLossDeductionFen: 30_000,
      deductionsFen: 60_000,
      netFen: 1_251_000,
    });
  });

  it('L5, third tier, capped: 2000 + 4500 + 70000 commission + 1000 accounts capped at 50,000; 8000 + 50000 = 58000.00 yuan', () => {
    const pay = computePay(DEMO_RULES, input({ level: 'L5', netRevenueFen: 40_000_000, newAccounts: 20 }));
    expect(pay.tiers.map((t) => t.commissionFen)).toEqual([200_000, 450_000, 7_000_000]);
    expect(pay).toMatchObject({ commissionFen: 7_650_000, newAccountBonusFen: 100_000, capCutFen: 2_750_000, grossFen: 5_800_000, netFen: 5_800_000 });
  });

  it('tops a month up to the floor: 3000 - 600 absence - 200 late = 2200, floor 2500', () => {
    const pay = computePay(DEMO_RULES, input({ level: 'L1', absent: 3, late: 4 }));
    expect(pay).toMatchObject({ grossFen: 300_000, deductionsFen: 80_000, floorTopUpFen: 30_000, netFen: 250_000 });
  });

  it('counts only full 10,000 yuan of new assets and deducts a share of losses', () => {
    expect(computePay(DEMO_RULES, input({ newAssetsFen: 999_999 })).newAssetsBonusFen).toBe(0);
    expect(computePay({ ...DEMO_RULES, assetLossSharePct: 50 }, input({ assetLossFen: 333 })).assetLossDeductionFen).toBe(167);
  });

  it('refuses a level the standard does not pay', () => {
    expect(() => computePay(DEMO_RULES, input({ level: 'L9' }))).toThrow('no base pay for level L9');
  });
});

describe('checking a standard', () => {
  it('accepts the demo standard', () => expect(rulesProblems(DEMO_RULES)).toEqual([]));

  it('lists every problem', () => {
    const problems = rulesProblems({
      ...DEMO_RULES,
      basePay: [
        { level: 'L1', baseFen: -1 },
        { level: 'L1', baseFen: 100 },
        { level: 'senior', baseFen: 1.5 },
      ],
      commissionTiers: [
        { fromFen: 100, rateBp: 1_000 },
        { fromFen: 50, rateBp: 20_000 },
      ],
      assetLossSharePct: 120,
      capFen: -5,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'basePay[0].baseFen',
      'basePay[1].level',
      'basePay[2].level',
      'basePay[2].baseFen',
      'commissionTiers[0].fromFen',
      'commissionTiers[1].fromFen',
      'commissionTiers[1].rateBp',
      'assetLossSharePct',
      'capFen',
    ]);
  });
});

// Facts in force: base pay and the floor are paid per day employed at each level (calendar days of the month).
describe('a month with a level change, a departure or a hire', () => {
  it('pays a level changed on the 16th of a 31-day month per part: (3000 x 15 + 4000 x 16) / 31 = 3516.13 yuan', () => {
    expect(
      dayWeightedBase(
        DEMO_RULES,
        [
          { level: 'L1', from: '2026-07-01', to: '2026-07-15', days: 15 },
          { level: 'L2', from: '2026-07-16', to: '2026-07-31', days: 16 },
        ],
        31,
      ),
    ).toBe(351_613);
    const pay = computePay(
      DEMO_RULES,
      input({
        level: 'L2',
        netRevenueFen: 1_000_000,
        daysInMonth: 31,
        segments: [
          { level: 'L1', from: '2026-07-01', to: '2026-07-15', days: 15 },
          { level: 'L2', from: '2026-07-16', to: '2026-07-31', days: 16 },
        ],
      }),
    );
    expect(pay).toMatchObject({ baseFen: 351_613, commissionFen: 100_000, grossFen: 451_613, netFen: 451_613 });
  });

  it('pays someone who left on the 15th of a 30-day month to the 15th, the floor for those days too', () => {
    const half = [{ level: 'L1', from: '2026-11-01', to: '2026-11-15', days: 15 }];
    // 3000 x 15/30 = 1500; 4 absences (800) would take it to 700: the floor covers 15 days, 2500 x 15/30 = 1250.
    expect(computePay(DEMO_RULES, input({ level: 'L1', absent: 4, daysInMonth: 30, segments: half }))).toMatchObject({
      baseFen: 150_000,
      deductionsFen: 80_000,
      floorTopUpFen: 55_000,
      netFen: 125_000,
    });
  });

  it('pays the whole month at one level as before when no segments are given', () => {
    expect(computePay(DEMO_RULES, input({ level: 'L3' })).baseFen).toBe(500_000);
    expect(() => dayWeightedBase(DEMO_RULES, [{ level: 'L9', from: '', to: '', days: 1 }], 30)).toThrow('no base pay for level L9');
  });
});
