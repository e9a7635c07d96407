/**
 * Corrections of a signed month (更正): a signed payroll never changes, so what a later fact changes
 * (attendance reopened and closed again, an asset-loss charge, a level) is paid as an adjustment
 * run whose lines are the differences between the month recomputed now and what the signed runs
 * of that month (the regular one and earlier adjustments) already paid.
 */
import type { TierAmount } from '../compensation/pay-rules';

/** The inputs a line was computed from; their differences are shown on an adjustment line. */
export const PAY_INPUTS = ['newAccounts', 'newAssetsFen', 'netRevenueFen', 'absent', 'late', 'early', 'assetLossFen'] as const;
/** The money of a line's breakdown (fen). */
export const PAY_AMOUNTS = [
  'baseFen',
  'commissionFen',
  'newAccountBonusFen',
  'newAssetsBonusFen',
  'capCutFen',
  'grossFen',
  'absenceDeductionFen',
  'lateDeductionFen',
  'earlyDeductionFen',
  'assetLossDeductionFen',
  'deductionsFen',
  'floorTopUpFen',
  'netFen',
] as const;

type Figure = (typeof PAY_INPUTS)[number] | (typeof PAY_AMOUNTS)[number];
export type PayFigures = Record<Figure, number> & { employeeId: string; tiersJson: string };

const tierKey = (t: TierAmount) => `${t.fromFen}:${t.rateBp}`;

/** Per-tier differences (recomputed minus paid), tiers that did not change left out. */
export function tierDifferences(recomputed: TierAmount[], paid: TierAmount[][]): TierAmount[] {
  const byKey = new Map<string, TierAmount>();
  for (const t of recomputed) byKey.set(tierKey(t), { ...t });
  for (const t of paid.flat()) {
    const d = byKey.get(tierKey(t)) ?? { ...t, revenueFen: 0, commissionFen: 0 };
    byKey.set(tierKey(t), { ...d, revenueFen: d.revenueFen - t.revenueFen, commissionFen: d.commissionFen - t.commissionFen });
  }
  return [...byKey.values()].filter((t) => t.revenueFen !== 0 || t.commissionFen !== 0).sort((a, b) => a.fromFen - b.fromFen);
}

/**
 * The lines of an adjustment: for each recomputed line, its figures minus the sum of what the
 * signed runs paid that employee for the month; only employees whose pay changed.
 */
export function adjustmentLines<L extends PayFigures>(recomputed: L[], paid: PayFigures[]): L[] {
  const paidOf = new Map<string, PayFigures[]>();
  for (const p of paid) paidOf.set(p.employeeId, [...(paidOf.get(p.employeeId) ?? []), p]);
  const out: L[] = [];
  for (const line of recomputed) {
    const before = paidOf.get(line.employeeId) ?? [];
    const delta = { ...line };
    for (const f of [...PAY_INPUTS, ...PAY_AMOUNTS]) delta[f] = (line[f] - before.reduce((s, p) => s + Number(p[f]), 0)) as L[typeof f];
    if (PAY_AMOUNTS.every((f) => delta[f] === 0)) continue;
    delta.tiersJson = JSON.stringify(
      tierDifferences(
        JSON.parse(line.tiersJson) as TierAmount[],
        before.map((p) => JSON.parse(p.tiersJson) as TierAmount[]),
      ),
    );
    out.push(delta);
  }
  return out;
}
