import { DEMO_LEVEL_RULES, thresholdOf } from '../levels/level-rules';
import { combinedScore, dutyScore, parsePeriod, performanceScore, periodFigures } from './scoring';
import { dutyCountsOf, scoreOne } from './assess';
import { DutyFactKind } from '../facts/duty-fact.entity';

const R = DEMO_LEVEL_RULES;
const YUAN = 100;
const hold = (level: string) => thresholdOf(R, level)!.hold;
const NO_DUTY = {
  absentDays: 0,
  lateArrivals: 0,
  earlyLeaves: 0,
  meetingsMissed: 0,
  meetingsNotHeld: 0,
  activitiesMissed: 0,
  spotCheckDiscrepancies: 0,
  followUpsOverdue: 0,
  trainingsFailed: 0,
  trainingsPassed: 0,
};

describe('performance score (业绩考核)', () => {
  it('weighs each figure against the level target scaled to the period, capped at the target', () => {
    // L4 holds with 36 customers, 200,000 yuan, 20,000,000 yuan a quarter: 15/36 x 30 = 12.5, 50% x 50 = 25, capped 100% x 20 = 20.
    const s = performanceScore(R, hold('L4'), { customersDeveloped: 15, netRevenueFen: 100_000 * YUAN, customerAssetsFen: 25_000_000 * YUAN }, 'QUARTER');
    expect(s.components).toEqual([
      { name: 'customersDeveloped', unit: 'COUNT', actual: 15, target: 36, weight: 30, achievementPct: 41.67, points: 12.5 },
      { name: 'netRevenue', unit: 'FEN', actual: 10_000_000, target: 20_000_000, weight: 50, achievementPct: 50, points: 25 },
      { name: 'customerAssets', unit: 'FEN', actual: 2_500_000_000, target: 2_000_000_000, weight: 20, achievementPct: 100, points: 20 },
    ]);
    expect(s.score).toBe(57.5);
  });

  it('scales flows to a month (a third) and a year (four quarters) but not customer assets; negative revenue counts 0', () => {
    const month = performanceScore(R, hold('L2'), { customersDeveloped: 4, netRevenueFen: -5_000 * YUAN, customerAssetsFen: 2_500_000 * YUAN }, 'MONTH');
    expect(month.components.map((c) => [c.target, c.points])).toEqual([
      [5, 24],
      [2_000_000, 0],
      [500_000_000, 10],
    ]);
    expect(month.score).toBe(34);
    const year = performanceScore(R, hold('L2'), { customersDeveloped: 30, netRevenueFen: 120_000 * YUAN, customerAssetsFen: 5_000_000 * YUAN }, 'YEAR');
    expect(year.components.map((c) => [c.target, c.points])).toEqual([
      [60, 15],
      [24_000_000, 25],
      [500_000_000, 20],
    ]);
    expect(year.score).toBe(60);
  });

  it('counts a zero target as reached (the lowest level holds with nothing)', () => {
    expect(performanceScore(R, hold('L1'), { customersDeveloped: 0, netRevenueFen: 0, customerAssetsFen: 0 }, 'QUARTER').score).toBe(100);
  });
});

describe('duty score (工作职责考核)', () => {
  it('deducts points per item from 100, adds for a passed training, keeps within 0..100', () => {
    const s = dutyScore(R.dutyPoints, { ...NO_DUTY, absentDays: 2, meetingsMissed: 2, spotCheckDiscrepancies: 1, followUpsOverdue: 1, trainingsFailed: 1 });
    expect(s.score).toBe(71); // 100 - 10 - 6 - 5 - 3 - 5
    expect(s.components.find((c) => c.name === 'absentDays')).toEqual({ name: 'absentDays', count: 2, pointsEach: -5, points: -10 });
    expect(dutyScore(R.dutyPoints, { ...NO_DUTY, trainingsPassed: 3 }).score).toBe(100);
    // the lead bears a meeting not held, a manager an activity missed, as a missed meeting
    expect(dutyScore(R.dutyPoints, { ...NO_DUTY, meetingsNotHeld: 1, activitiesMissed: 2 }).score).toBe(91);
    expect(dutyScore(R.dutyPoints, { ...NO_DUTY, absentDays: 30 }).score).toBe(0);
  });

  it('counts attendance over the months and duty facts by kind', () => {
    const counts = dutyCountsOf(
      [
        { absent: 1, late: 2, early: 0 },
        { absent: 0, late: 1, early: 3 },
      ],
      [
        { kind: DutyFactKind.MEETING_MISSED },
        { kind: DutyFactKind.SPOT_CHECK_CONFIRMED },
        { kind: DutyFactKind.SPOT_CHECK_DISCREPANCY },
        { kind: DutyFactKind.TRAINING_PASSED },
        { kind: DutyFactKind.MEETING_NOT_HELD },
        { kind: DutyFactKind.ACTIVITY_MISSED, count: 2 },
      ],
    );
    expect(counts).toEqual({
      absentDays: 1,
      lateArrivals: 3,
      earlyLeaves: 3,
      meetingsMissed: 1,
      meetingsNotHeld: 1,
      activitiesMissed: 2,
      spotCheckDiscrepancies: 1,
      followUpsOverdue: 0,
      trainingsFailed: 0,
      trainingsPassed: 1,
    });
  });
});

describe('periods and figures', () => {
  it('knows the months of each cycle and refuses a period of another form', () => {
    expect(parsePeriod('QUARTERLY', '2026-Q3')!.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(parsePeriod('ANNUAL', '2026')!.months).toHaveLength(12);
    expect(parsePeriod('MONTHLY', '2026-08')!.months).toEqual(['2026-08']);
    expect(parsePeriod('QUARTERLY', '2026-08')).toBeNull();
    expect(parsePeriod('MONTHLY', '2026-13')).toBeNull();
    expect(parsePeriod('ANNUAL', '2026-Q1')).toBeNull();
  });

  it('sums flows and takes customer assets at the end', () => {
    expect(
      periodFigures([
        { customersDeveloped: 1, netRevenue: 10, customerAssets: 500 },
        { customersDeveloped: 2, netRevenue: -3, customerAssets: 700 },
      ]),
    ).toEqual({ customersDeveloped: 3, netRevenueFen: 7, customerAssetsFen: 700 });
  });
});

describe('a quarterly combined assessment (hand-checked, as in infra/embedded/src/assessments.test.ts)', () => {
  const Q2 = parsePeriod('QUARTERLY', '2026-Q2')!;
  const months = (customers: number[], revenueYuan: number[], assetsYuan: number) =>
    customers.map((c, i) => ({
      month: Q2.months[i],
      customersDeveloped: c,
      netRevenue: revenueYuan[i] * YUAN,
      customerAssets: assetsYuan * YUAN,
    }));

  it('proposes L2 -> L3 for a manager reaching every figure with duty 97', () => {
    const r = scoreOne(
      R,
      Q2,
      'L2',
      months([10, 10, 10], [50_000, 50_000, 50_000], 12_000_000),
      [{ absent: 0, late: 1, early: 0 }],
      [{ kind: DutyFactKind.MEETING_MISSED }, { kind: DutyFactKind.SPOT_CHECK_CONFIRMED }, { kind: DutyFactKind.TRAINING_PASSED }],
    );
    expect(r.details.performance.score).toBe(100);
    expect(r.details.duty!.score).toBe(97); // 100 - 2 late - 3 meeting + 2 training
    expect(r.score).toBe(98.8); // 40% x 97 + 60% x 100
    expect(r.proposal).toEqual({ direction: 'UP', to: 'L3' });
  });

  it('proposes L4 -> L3 for a manager missing customers and revenue, with every reason', () => {
    const r = scoreOne(
      R,
      Q2,
      'L4',
      months([5, 5, 5], [30_000, 30_000, 40_000], 25_000_000),
      [{ absent: 2, late: 0, early: 0 }],
      [
        { kind: DutyFactKind.MEETING_MISSED },
        { kind: DutyFactKind.MEETING_MISSED },
        { kind: DutyFactKind.SPOT_CHECK_DISCREPANCY },
        { kind: DutyFactKind.FOLLOW_UP_OVERDUE },
        { kind: DutyFactKind.TRAINING_FAILED },
      ],
    );
    expect(r.details.performance.score).toBe(57.5);
    expect(r.details.duty!.score).toBe(71);
    expect(r.score).toBe(62.9); // 28.4 + 34.5
    expect(r.proposal).toEqual({ direction: 'DOWN', to: 'L3' });
    expect(r.details.proposalReasons).toEqual([
      'customers developed 15 below the 36 needed to hold L4',
      'net revenue 100,000.00 yuan below the 200,000.00 needed to hold L4',
    ]);
  });

  it("combines duty and performance by the rules' weights", () => {
    expect(combinedScore({ duty: 40, performance: 60 }, 71, 57.5)).toBe(62.9);
    expect(combinedScore({ duty: 50, performance: 50 }, 0, 100)).toBe(50);
  });

  it("the annual evaluation asks four quarters of figures and counts the whole year's duty", () => {
    const year = parsePeriod('ANNUAL', '2026')!;
    const months = year.months.map((month) => ({ month, customersDeveloped: 8, netRevenue: 40_000 * YUAN, customerAssets: 10_000_000 * YUAN }));
    const late = year.months.map(() => ({ absent: 0, late: 1, early: 0 }));
    const r = scoreOne(R, year, 'L2', months, late, []);
    // 96 customers, 480,000 yuan: all L3 needs over a year (24 x 4, 120,000 x 4), but duty 100 - 12 x 2 = 76 < 80.
    expect(r.details.figures).toEqual({ customersDeveloped: 96, netRevenueFen: 48_000_000, customerAssetsFen: 1_000_000_000 });
    expect(r.details.performance.score).toBe(100);
    expect(r.details.duty!.score).toBe(76);
    expect(r.score).toBe(90.4);
    expect(r.proposal).toEqual({ direction: 'KEEP', to: 'L2' });
    expect(r.details.proposalReasons).toEqual(['holds L2', 'duty score 76 below the 80 needed to move up to L3']);
    expect(scoreOne(R, year, 'L2', months, [], []).proposal).toEqual({ direction: 'UP', to: 'L3' });
  });
});
