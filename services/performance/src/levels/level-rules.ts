/**
 * Level rules (级别规则, R-4.4): thresholds per level as data, plus the figures the assessment
 * scores with. Pure: validation, the level proposal (UP / DOWN / KEEP) and the demo rules.
 */
import type { FieldProblem } from '@bg/graphql';

/** The performance figures (业绩考核, R-4.3) a level asks for over a quarter. */
export interface LevelTargets {
  /** 开发客户数, summed over the quarter. */
  customersDeveloped: number;
  /** 净收入, fen, summed over the quarter. */
  netRevenueFen: number;
  /** 客户资产, fen, at the quarter's end (a stock, not summed). */
  customerAssetsFen: number;
}

export interface LevelThreshold {
  level: string;
  /** Quarterly figures needed to hold the level; missing any of them proposes one level down. */
  hold: LevelTargets;
  /** Quarterly figures needed to move up one level; null for the top level. */
  promote: LevelTargets | null;
  /** Least duty score to hold the level. */
  minDutyScore: number;
  /** Least duty score to move up. */
  promoteDutyScore: number;
}

/** Weights (percent, summing to 100) of the performance score's components. */
export interface PerformanceWeights {
  customersDeveloped: number;
  netRevenue: number;
  customerAssets: number;
}

/** Points per duty item (工作职责考核): deducted from 100, except a passed training which adds. */
export interface DutyPoints {
  perAbsenceDay: number;
  perLate: number;
  perEarlyLeave: number;
  perMeetingMissed: number;
  perSpotCheckDiscrepancy: number;
  perFollowUpOverdue: number;
  perTrainingFailed: number;
  perTrainingPassed: number;
}

export interface LevelRules {
  /** Lowest level first. */
  levels: LevelThreshold[];
  performanceWeights: PerformanceWeights;
  /** Achievement above the target counts up to this percent (100: no credit for more than the target). */
  achievementCapPct: number;
  dutyPoints: DutyPoints;
  /** Weights (percent, summing to 100) of duty and performance in the quarterly and annual score. */
  combinedWeights: { duty: number; performance: number };
}

export type Direction = 'UP' | 'DOWN' | 'KEEP';

export interface LevelProposal {
  direction: Direction;
  from: string;
  to: string;
  /** Why, in words a branch manager can check against the figures. */
  reasons: string[];
}

/** Period scale of the thresholds: a quarter as written, a year four quarters (customer assets, a stock, unscaled). */
export type Scale = 'MONTH' | 'QUARTER' | 'YEAR';

/** A level's targets for a period: flows scaled to the period, customer assets as they are. */
export function targetsFor(t: LevelTargets, scale: Scale): LevelTargets {
  const flow = (v: number) => (scale === 'QUARTER' ? v : scale === 'YEAR' ? v * 4 : Math.round(v / 3));
  return { customersDeveloped: flow(t.customersDeveloped), netRevenueFen: flow(t.netRevenueFen), customerAssetsFen: t.customerAssetsFen };
}

export const thresholdOf = (rules: LevelRules, level: string): LevelThreshold | null => rules.levels.find((l) => l.level === level) ?? null;

const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The figures below a level's targets, in words. */
function misses(figures: LevelTargets, targets: LevelTargets, what: string): string[] {
  const out: string[] = [];
  if (figures.customersDeveloped < targets.customersDeveloped)
    out.push(`customers developed ${figures.customersDeveloped} below the ${targets.customersDeveloped} needed ${what}`);
  if (figures.netRevenueFen < targets.netRevenueFen)
    out.push(`net revenue ${yuan(figures.netRevenueFen)} yuan below the ${yuan(targets.netRevenueFen)} needed ${what}`);
  if (figures.customerAssetsFen < targets.customerAssetsFen)
    out.push(`customer assets ${yuan(figures.customerAssetsFen)} yuan below the ${yuan(targets.customerAssetsFen)} needed ${what}`);
  return out;
}

/**
 * The level proposal of a quarter (or a year, thresholds times four): one level down when a figure
 * misses what the level needs to hold, or the duty score is below its minimum (not below the lowest
 * level); one level up when every figure reaches what moving up needs and the duty score its
 * minimum for that (not above the top); else KEEP. The caller checks that the level has a threshold.
 */
export function proposeLevel(rules: LevelRules, level: string, figures: LevelTargets, dutyScore: number, scale: 'QUARTER' | 'YEAR'): LevelProposal {
  const i = rules.levels.findIndex((l) => l.level === level);
  if (i < 0) throw new Error(`level ${level} has no threshold in the rules`);
  const t = rules.levels[i];
  const down = misses(figures, targetsFor(t.hold, scale), `to hold ${level}`);
  if (dutyScore < t.minDutyScore) down.push(`duty score ${dutyScore} below the ${t.minDutyScore} needed to hold ${level}`);
  if (down.length) {
    if (i === 0) return { direction: 'KEEP', from: level, to: level, reasons: [...down, `${level} is the lowest level`] };
    return { direction: 'DOWN', from: level, to: rules.levels[i - 1].level, reasons: down };
  }
  if (!t.promote || i === rules.levels.length - 1) return { direction: 'KEEP', from: level, to: level, reasons: [`holds ${level}, the top level`] };
  const next = rules.levels[i + 1].level;
  const up = misses(figures, targetsFor(t.promote, scale), `to move up to ${next}`);
  if (dutyScore < t.promoteDutyScore) up.push(`duty score ${dutyScore} below the ${t.promoteDutyScore} needed to move up to ${next}`);
  if (up.length) return { direction: 'KEEP', from: level, to: level, reasons: [`holds ${level}`, ...up] };
  return { direction: 'UP', from: level, to: next, reasons: [`every figure reaches what moving up to ${next} needs`] };
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isScore = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Everything wrong with a set of level rules (empty when usable). */
export function levelRulesProblems(r: LevelRules): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (!r.levels.length) p.push({ field: 'levels', problem: 'give the thresholds of at least one level' });
  const seen = new Set<string>();
  r.levels.forEach((l, i) => {
    const f = `levels[${i}]`;
    if (!/^L\d{1,2}$/.test(l.level)) p.push({ field: `${f}.level`, problem: `"${l.level}" is not a level (L1, L2, ...)` });
    if (seen.has(l.level)) p.push({ field: `${f}.level`, problem: `level ${l.level} is given twice` });
    seen.add(l.level);
    for (const [name, t] of [
      ['hold', l.hold],
      ['promote', l.promote],
    ] as const) {
      if (!t) continue;
      for (const k of ['customersDeveloped', 'netRevenueFen', 'customerAssetsFen'] as const) {
        if (!isCount(t[k])) p.push({ field: `${f}.${name}.${k}`, problem: 'a whole number, 0 or more' });
      }
    }
    const last = i === r.levels.length - 1;
    if (!last && !l.promote) p.push({ field: `${f}.promote`, problem: `give what moving up from ${l.level} needs (only the top level has none)` });
    if (l.promote) {
      for (const k of ['customersDeveloped', 'netRevenueFen', 'customerAssetsFen'] as const) {
        if (l.promote[k] < l.hold[k]) p.push({ field: `${f}.promote.${k}`, problem: 'moving up cannot need less than holding the level' });
      }
    }
    if (i > 0) {
      for (const k of ['customersDeveloped', 'netRevenueFen', 'customerAssetsFen'] as const) {
        if (l.hold[k] < r.levels[i - 1].hold[k])
          p.push({ field: `${f}.hold.${k}`, problem: `holding ${l.level} cannot need less than holding ${r.levels[i - 1].level}` });
      }
    }
    if (!isScore(l.minDutyScore)) p.push({ field: `${f}.minDutyScore`, problem: 'a score from 0 to 100' });
    if (!isScore(l.promoteDutyScore)) p.push({ field: `${f}.promoteDutyScore`, problem: 'a score from 0 to 100' });
  });
  const w = r.performanceWeights;
  if (![w.customersDeveloped, w.netRevenue, w.customerAssets].every(isCount) || w.customersDeveloped + w.netRevenue + w.customerAssets !== 100) {
    p.push({ field: 'performanceWeights', problem: 'whole percents summing to 100' });
  }
  const c = r.combinedWeights;
  if (!isCount(c.duty) || !isCount(c.performance) || c.duty + c.performance !== 100)
    p.push({ field: 'combinedWeights', problem: 'whole percents summing to 100' });
  if (!isCount(r.achievementCapPct) || r.achievementCapPct < 100 || r.achievementCapPct > 200)
    p.push({ field: 'achievementCapPct', problem: 'a whole percent from 100 to 200' });
  for (const [k, v] of Object.entries(r.dutyPoints)) if (!isScore(v)) p.push({ field: `dutyPoints.${k}`, problem: 'points from 0 to 100' });
  return p;
}

const YUAN = 100;
const targets = (customersDeveloped: number, netRevenueYuan: number, customerAssetsYuan: number): LevelTargets => ({
  customersDeveloped,
  netRevenueFen: netRevenueYuan * YUAN,
  customerAssetsFen: customerAssetsYuan * YUAN,
});

/** The demo company's approved level rules (version 1): the figures the tests check by hand. */
export const DEMO_LEVEL_RULES: LevelRules = {
  levels: [
    { level: 'L1', hold: targets(0, 0, 0), promote: targets(15, 60_000, 5_000_000), minDutyScore: 60, promoteDutyScore: 80 },
    { level: 'L2', hold: targets(15, 60_000, 5_000_000), promote: targets(24, 120_000, 10_000_000), minDutyScore: 60, promoteDutyScore: 80 },
    { level: 'L3', hold: targets(24, 120_000, 10_000_000), promote: targets(36, 200_000, 20_000_000), minDutyScore: 60, promoteDutyScore: 80 },
    { level: 'L4', hold: targets(36, 200_000, 20_000_000), promote: targets(48, 300_000, 40_000_000), minDutyScore: 70, promoteDutyScore: 85 },
    { level: 'L5', hold: targets(48, 300_000, 40_000_000), promote: null, minDutyScore: 70, promoteDutyScore: 85 },
  ],
  performanceWeights: { customersDeveloped: 30, netRevenue: 50, customerAssets: 20 },
  achievementCapPct: 100,
  dutyPoints: {
    perAbsenceDay: 5,
    perLate: 2,
    perEarlyLeave: 2,
    perMeetingMissed: 3,
    perSpotCheckDiscrepancy: 5,
    perFollowUpOverdue: 3,
    perTrainingFailed: 5,
    perTrainingPassed: 2,
  },
  combinedWeights: { duty: 40, performance: 60 },
};
