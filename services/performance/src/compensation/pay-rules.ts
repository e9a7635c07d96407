/**
 * The compensation standard's arithmetic: pure functions over integer fen.
 * Rates are basis points (1/10,000) so that no floating point touches money; a share of a fen
 * rounds half up.
 */
import type { FieldProblem } from '@bg/graphql';

export interface CommissionTier {
  /** Net revenue (fen) from which this tier's rate applies; the first tier starts at 0. */
  fromFen: number;
  /** Rate on the revenue between this tier's `fromFen` and the next one's, in basis points (1000 = 10%). */
  rateBp: number;
}

export interface LevelPay {
  level: string;
  baseFen: number;
}

/** A compensation standard's figures: versioned, approved data (see CompensationStandard). */
export interface CompensationRules {
  basePay: LevelPay[];
  /** Marginal tiers on the month's net revenue, ascending `fromFen`, the first from 0. */
  commissionTiers: CommissionTier[];
  bonusPerNewAccountFen: number;
  /** Bonus per full 10,000 yuan (1,000,000 fen) of new assets. */
  bonusPer10kNewAssetsFen: number;
  deductionPerAbsenceFen: number;
  deductionPerLateFen: number;
  deductionPerEarlyLeaveFen: number;
  /** Percent (0-100) of the asset-loss charges of the month deducted from pay. */
  assetLossSharePct: number;
  /** The least net pay of a month (保底): deductions never take pay below it. */
  floorFen: number;
  /** The most variable pay (commission + bonuses) of a month (封顶); null: no cap. */
  capFen: number | null;
}

/** Days of the month at one level (the facts in force, see @bg/service employee-periods). */
export interface LevelSegment {
  level: string;
  /** First and last day (inclusive) of the segment, YYYY-MM-DD. */
  from: string;
  to: string;
  days: number;
}

export interface PayInput {
  /** The level at the end of the month's employment (shown on the line). */
  level: string;
  /**
   * The month's days employed, per level in force; base pay and the floor are paid for these days
   * of `daysInMonth` (a level changed on the 16th pays the 1st-15th at the old level; someone who
   * left on the 15th is paid to the 15th). Absent: the whole month at `level`.
   */
  segments?: LevelSegment[];
  /** Calendar days of the month (the denominator of the day weighting). */
  daysInMonth?: number;
  netRevenueFen: number;
  newAccounts: number;
  newAssetsFen: number;
  absent: number;
  late: number;
  early: number;
  /** Asset-loss charges to settle this month, fen. */
  assetLossFen: number;
}

export interface TierAmount {
  fromFen: number;
  /** Upper bound of the tier, null for the last one. */
  toFen: number | null;
  rateBp: number;
  /** The part of net revenue that falls in this tier. */
  revenueFen: number;
  commissionFen: number;
}

export interface PayBreakdown {
  baseFen: number;
  tiers: TierAmount[];
  commissionFen: number;
  newAccountBonusFen: number;
  newAssetsBonusFen: number;
  /** What the cap took off commission + bonuses (0 when under it). */
  capCutFen: number;
  /** Base + commission + bonuses - capCut. */
  grossFen: number;
  absenceDeductionFen: number;
  lateDeductionFen: number;
  earlyDeductionFen: number;
  assetLossDeductionFen: number;
  deductionsFen: number;
  /** What the floor added back (0 when gross - deductions is above it). */
  floorTopUpFen: number;
  netFen: number;
}

export const FEN_PER_10K_YUAN = 1_000_000;

/** amount x rate (basis points), rounded half up to a fen; amounts are non-negative. */
export function applyRate(amountFen: number, rateBp: number): number {
  return Math.floor((amountFen * rateBp + 5_000) / 10_000);
}

/** Commission per tier, marginal: each tier's rate applies only to the revenue inside it. */
export function commissionByTier(netRevenueFen: number, tiers: CommissionTier[]): TierAmount[] {
  const revenue = Math.max(0, netRevenueFen);
  return tiers.map((tier, i) => {
    const toFen = i + 1 < tiers.length ? tiers[i + 1].fromFen : null;
    const top = toFen === null ? revenue : Math.min(revenue, toFen);
    const revenueFen = Math.max(0, top - tier.fromFen);
    return { fromFen: tier.fromFen, toFen, rateBp: tier.rateBp, revenueFen, commissionFen: applyRate(revenueFen, tier.rateBp) };
  });
}

export function basePayOf(rules: CompensationRules, level: string): number | null {
  return rules.basePay.find((l) => l.level === level)?.baseFen ?? null;
}

/** a x b / c rounded half up to a fen (non-negative integers; exact for month-sized figures). */
function share(amountTimesDays: number, days: number): number {
  return Math.floor((2 * amountTimesDays + days) / (2 * days));
}

/**
 * Base pay of a month weighted by day: each segment's level's base for its days of the month,
 * summed before one rounding (calendar days: a 30-day month pays 1/30 of a level's base per day).
 */
export function dayWeightedBase(rules: CompensationRules, segments: LevelSegment[], daysInMonth: number): number {
  let total = 0;
  for (const s of segments) {
    const base = basePayOf(rules, s.level);
    if (base === null) throw new Error(`no base pay for level ${s.level}`);
    total += base * s.days;
  }
  return share(total, daysInMonth);
}

/** A manager's pay for a month under a standard. Throws when the standard has no base pay for a level (checked before). */
export function computePay(rules: CompensationRules, input: PayInput): PayBreakdown {
  const daysInMonth = input.daysInMonth ?? 30;
  const segments = input.segments ?? [{ level: input.level, from: '', to: '', days: daysInMonth }];
  const daysEmployed = segments.reduce((s, x) => s + x.days, 0);
  const baseFen = dayWeightedBase(rules, segments, daysInMonth);
  const tiers = commissionByTier(input.netRevenueFen, rules.commissionTiers);
  const commissionFen = tiers.reduce((s, t) => s + t.commissionFen, 0);
  const newAccountBonusFen = input.newAccounts * rules.bonusPerNewAccountFen;
  const newAssetsBonusFen = Math.floor(Math.max(0, input.newAssetsFen) / FEN_PER_10K_YUAN) * rules.bonusPer10kNewAssetsFen;
  const variable = commissionFen + newAccountBonusFen + newAssetsBonusFen;
  const capCutFen = rules.capFen !== null && variable > rules.capFen ? variable - rules.capFen : 0;
  const grossFen = baseFen + variable - capCutFen;
  const absenceDeductionFen = input.absent * rules.deductionPerAbsenceFen;
  const lateDeductionFen = input.late * rules.deductionPerLateFen;
  const earlyDeductionFen = input.early * rules.deductionPerEarlyLeaveFen;
  const assetLossDeductionFen = Math.floor((input.assetLossFen * rules.assetLossSharePct + 50) / 100);
  const deductionsFen = absenceDeductionFen + lateDeductionFen + earlyDeductionFen + assetLossDeductionFen;
  // The floor (保底) covers the days employed, like base pay.
  const floorFen = daysEmployed === daysInMonth ? rules.floorFen : share(rules.floorFen * daysEmployed, daysInMonth);
  const floorTopUpFen = Math.max(0, floorFen - (grossFen - deductionsFen));
  return {
    baseFen,
    tiers,
    commissionFen,
    newAccountBonusFen,
    newAssetsBonusFen,
    capCutFen,
    grossFen,
    absenceDeductionFen,
    lateDeductionFen,
    earlyDeductionFen,
    assetLossDeductionFen,
    deductionsFen,
    floorTopUpFen,
    netFen: grossFen - deductionsFen + floorTopUpFen,
  };
}

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Everything wrong with a standard's figures, as field problems (empty when it is usable). */
export function rulesProblems(r: CompensationRules): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (!r.basePay.length) p.push({ field: 'basePay', problem: 'give the base pay of at least one level' });
  const levels = new Set<string>();
  r.basePay.forEach((l, i) => {
    if (!/^L\d{1,2}$/.test(l.level)) p.push({ field: `basePay[${i}].level`, problem: `"${l.level}" is not a level (L1, L2, ...)` });
    if (levels.has(l.level)) p.push({ field: `basePay[${i}].level`, problem: `level ${l.level} is given twice` });
    levels.add(l.level);
    if (!isFen(l.baseFen)) p.push({ field: `basePay[${i}].baseFen`, problem: 'a whole number of fen, 0 or more' });
  });
  if (!r.commissionTiers.length) p.push({ field: 'commissionTiers', problem: 'give at least one tier, from 0' });
  else if (r.commissionTiers[0].fromFen !== 0) p.push({ field: 'commissionTiers[0].fromFen', problem: 'the first tier starts at 0' });
  r.commissionTiers.forEach((t, i) => {
    if (!isFen(t.fromFen)) p.push({ field: `commissionTiers[${i}].fromFen`, problem: 'a whole number of fen, 0 or more' });
    if (i > 0 && t.fromFen <= r.commissionTiers[i - 1].fromFen)
      p.push({ field: `commissionTiers[${i}].fromFen`, problem: 'tiers must start at increasing amounts' });
    if (!Number.isInteger(t.rateBp) || t.rateBp < 0 || t.rateBp > 10_000)
      p.push({ field: `commissionTiers[${i}].rateBp`, problem: 'a rate in basis points, 0 to 10000' });
  });
  for (const f of [
    'bonusPerNewAccountFen',
    'bonusPer10kNewAssetsFen',
    'deductionPerAbsenceFen',
    'deductionPerLateFen',
    'deductionPerEarlyLeaveFen',
    'floorFen',
  ] as const) {
    if (!isFen(r[f])) p.push({ field: f, problem: 'a whole number of fen, 0 or more' });
  }
  if (!Number.isInteger(r.assetLossSharePct) || r.assetLossSharePct < 0 || r.assetLossSharePct > 100)
    p.push({ field: 'assetLossSharePct', problem: 'a percent, 0 to 100' });
  if (r.capFen !== null && !isFen(r.capFen)) p.push({ field: 'capFen', problem: 'a whole number of fen, or null for no cap' });
  return p;
}

/** The demo company's standard (version 1): the figures the tests check by hand. */
export const DEMO_RULES: CompensationRules = {
  basePay: [
    { level: 'L1', baseFen: 300_000 },
    { level: 'L2', baseFen: 400_000 },
    { level: 'L3', baseFen: 500_000 },
    { level: 'L4', baseFen: 600_000 },
    { level: 'L5', baseFen: 800_000 },
  ],
  // 10% up to 20,000 yuan, 15% from 20,000 to 50,000, 20% above 50,000.
  commissionTiers: [
    { fromFen: 0, rateBp: 1_000 },
    { fromFen: 2_000_000, rateBp: 1_500 },
    { fromFen: 5_000_000, rateBp: 2_000 },
  ],
  bonusPerNewAccountFen: 5_000,
  bonusPer10kNewAssetsFen: 2_000,
  deductionPerAbsenceFen: 20_000,
  deductionPerLateFen: 5_000,
  deductionPerEarlyLeaveFen: 5_000,
  assetLossSharePct: 100,
  floorFen: 250_000,
  capFen: 5_000_000,
};
