/**
 * Assessment arithmetic, pure: the performance score (业绩考核), the duty score
 * (工作职责考核), the combined score, and the periods of the three cycles. Every score comes
 * with its components (inputs, weight or points each, points) so a manager can check it.
 * Scores have two decimals.
 */
import { targetsFor, type DutyPoints, type LevelRules, type LevelTargets, type Scale } from '../levels/level-rules';

export const round2 = (v: number): number => Math.round((v + Number.EPSILON) * 100) / 100;

export type Cycle = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL';

/** One part of the performance score: actual against target, weighted. */
export interface PerformanceComponent {
  name: 'customersDeveloped' | 'netRevenue' | 'customerAssets';
  unit: 'COUNT' | 'FEN';
  actual: number;
  target: number;
  weight: number;
  /** actual / target in percent, between 0 and the cap (a target of 0 counts as reached). */
  achievementPct: number;
  points: number;
}

export interface PerformanceScore {
  scale: Scale;
  components: PerformanceComponent[];
  score: number;
}

/**
 * Performance score of a period against the level's hold targets scaled to it (a month a third of
 * the quarter, a year four quarters; customer assets unscaled): per component
 * weight x min(actual / target, cap), negative figures count as 0; the score is the sum of points.
 */
export function performanceScore(rules: LevelRules, hold: LevelTargets, figures: LevelTargets, scale: Scale): PerformanceScore {
  const t = targetsFor(hold, scale);
  const w = rules.performanceWeights;
  const cap = rules.achievementCapPct;
  const part = (
    name: PerformanceComponent['name'],
    unit: PerformanceComponent['unit'],
    actual: number,
    target: number,
    weight: number,
  ): PerformanceComponent => {
    const ratio = target <= 0 ? 1 : Math.min(Math.max(actual, 0) / target, cap / 100);
    return { name, unit, actual, target, weight, achievementPct: round2(ratio * 100), points: round2(weight * ratio) };
  };
  const components = [
    part('customersDeveloped', 'COUNT', figures.customersDeveloped, t.customersDeveloped, w.customersDeveloped),
    part('netRevenue', 'FEN', figures.netRevenueFen, t.netRevenueFen, w.netRevenue),
    part('customerAssets', 'FEN', figures.customerAssetsFen, t.customerAssetsFen, w.customerAssets),
  ];
  return { scale, components, score: round2(components.reduce((s, c) => s + c.points, 0)) };
}

/** What the duty score counts over a period. */
export interface DutyCounts {
  absentDays: number;
  lateArrivals: number;
  earlyLeaves: number;
  meetingsMissed: number;
  /** Team meetings not held while the person led the team. */
  meetingsNotHeld: number;
  /** The team's marketing activities missed without approved leave. */
  activitiesMissed: number;
  spotCheckDiscrepancies: number;
  followUpsOverdue: number;
  trainingsFailed: number;
  trainingsPassed: number;
}

export interface DutyComponent {
  name: keyof DutyCounts;
  count: number;
  /** Points per item: negative for a deduction. */
  pointsEach: number;
  points: number;
}

export interface DutyScore {
  base: number;
  components: DutyComponent[];
  score: number;
}

const DUTY_POINTS: Record<keyof DutyCounts, (p: DutyPoints) => number> = {
  absentDays: (p) => -p.perAbsenceDay,
  lateArrivals: (p) => -p.perLate,
  earlyLeaves: (p) => -p.perEarlyLeave,
  meetingsMissed: (p) => -p.perMeetingMissed,
  // a meeting the lead did not hold, and an activity missed, cost what a missed meeting costs (no rule of their own yet)
  meetingsNotHeld: (p) => -p.perMeetingMissed,
  activitiesMissed: (p) => -p.perMeetingMissed,
  spotCheckDiscrepancies: (p) => -p.perSpotCheckDiscrepancy,
  followUpsOverdue: (p) => -p.perFollowUpOverdue,
  trainingsFailed: (p) => -p.perTrainingFailed,
  trainingsPassed: (p) => p.perTrainingPassed,
};

/** Duty score: 100 plus each item's points (deductions negative, a passed training adds), kept within 0..100. */
export function dutyScore(points: DutyPoints, counts: DutyCounts): DutyScore {
  const components = (Object.keys(DUTY_POINTS) as (keyof DutyCounts)[]).map((name) => {
    const each = DUTY_POINTS[name](points);
    return { name, count: counts[name], pointsEach: each, points: round2(each * counts[name]) };
  });
  const raw = 100 + components.reduce((s, c) => s + c.points, 0);
  return { base: 100, components, score: round2(Math.min(100, Math.max(0, raw))) };
}

/** The quarterly and annual score: duty and performance weighted (percent). */
export const combinedScore = (weights: { duty: number; performance: number }, duty: number, performance: number): number =>
  round2((duty * weights.duty + performance * weights.performance) / 100);

/** The figures of a period from its months (oldest first): flows summed, customer assets of the last month. */
export function periodFigures(months: { customersDeveloped: number; netRevenue: number; customerAssets: number }[]): LevelTargets {
  return {
    customersDeveloped: months.reduce((s, m) => s + m.customersDeveloped, 0),
    netRevenueFen: months.reduce((s, m) => s + m.netRevenue, 0),
    customerAssetsFen: months.length ? months[months.length - 1].customerAssets : 0,
  };
}

export interface Period {
  cycle: Cycle;
  period: string;
  scale: Scale;
  /** The months it covers, oldest first (YYYY-MM). */
  months: string[];
}

const PERIOD_FORMAT: Record<Cycle, { re: RegExp; example: string }> = {
  MONTHLY: { re: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2026-08' },
  QUARTERLY: { re: /^(\d{4})-Q([1-4])$/, example: '2026-Q3' },
  ANNUAL: { re: /^(\d{4})$/, example: '2026' },
};

/** A cycle's period (`2026-08`, `2026-Q3`, `2026`) as its months; null when the period is not of the cycle's form. */
export function parsePeriod(cycle: Cycle, period: string): Period | null {
  const m = PERIOD_FORMAT[cycle].re.exec(period);
  if (!m) return null;
  const year = m[1];
  const month = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
  if (cycle === 'MONTHLY') return { cycle, period, scale: 'MONTH', months: [period] };
  if (cycle === 'QUARTERLY') {
    const q = Number(m[2]);
    return { cycle, period, scale: 'QUARTER', months: [1, 2, 3].map((i) => month((q - 1) * 3 + i)) };
  }
  return { cycle, period, scale: 'YEAR', months: Array.from({ length: 12 }, (_, i) => month(i + 1)) };
}

export const periodExample = (cycle: Cycle): string => PERIOD_FORMAT[cycle].example;
