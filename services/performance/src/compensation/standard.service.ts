/** Compensation standards: versioned data that applies only once approved. */
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, ConflictError, NotFoundError } from '@bg/graphql';
import { rulesProblems, type CompensationRules } from './pay-rules';
import { CompensationStandard, StandardStatus } from './standard.entity';

/** The approved standard that applies to a branch's month: the branch's own if it has one, else the company-wide one; the latest in force. */
export async function standardFor(em: EntityManager, branchId: string, month: string): Promise<CompensationStandard | null> {
  const candidates = await em.find(
    CompensationStandard,
    { status: StandardStatus.APPROVED, effectiveFrom: { $lte: month }, $or: [{ branchId }, { branchId: null }] },
    { orderBy: { effectiveFrom: 'desc', version: 'desc' } },
  );
  return candidates.find((s) => s.branchId === branchId) ?? candidates.find((s) => s.branchId === null) ?? null;
}

export async function proposeStandard(
  em: EntityManager, p: Principal, input: { branchId?: string | null; effectiveFrom: string; title: string; rules: CompensationRules },
): Promise<CompensationStandard> {
  const rules: CompensationRules = {
    basePay: input.rules.basePay.map(({ level, baseFen }) => ({ level, baseFen })),
    commissionTiers: input.rules.commissionTiers.map(({ fromFen, rateBp }) => ({ fromFen, rateBp })),
    bonusPerNewAccountFen: input.rules.bonusPerNewAccountFen, bonusPer10kNewAssetsFen: input.rules.bonusPer10kNewAssetsFen,
    deductionPerAbsenceFen: input.rules.deductionPerAbsenceFen, deductionPerLateFen: input.rules.deductionPerLateFen,
    deductionPerEarlyLeaveFen: input.rules.deductionPerEarlyLeaveFen, assetLossSharePct: input.rules.assetLossSharePct,
    floorFen: input.rules.floorFen, capFen: input.rules.capFen ?? null,
  };
  const problems = rulesProblems(rules).map((x) => ({ ...x, field: `rules.${x.field}` }));
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'give the standard a title' });
  if (problems.length) throw new BadInputError('The compensation standard is not valid', problems);
  const [last] = await em.find(CompensationStandard, {}, { orderBy: { version: 'desc' }, limit: 1 });
  const s = em.create(CompensationStandard, {
    version: (last?.version ?? 0) + 1, branchId: input.branchId ?? null, effectiveFrom: input.effectiveFrom, title: input.title.trim(),
    rulesJson: JSON.stringify(rules), status: StandardStatus.DRAFT, createdBy: p.username,
  } as CompensationStandard);
  await em.flush();
  return s;
}

/** Channel management's decision (the simplified route: one approval by channel-management). */
export async function decideStandard(em: EntityManager, p: Principal, id: string, approve: boolean, comment: string): Promise<CompensationStandard> {
  const s = await em.findOne(CompensationStandard, id);
  if (!s) throw new NotFoundError('Compensation standard', id);
  if (s.status !== StandardStatus.DRAFT) throw new ConflictError(`Standard version ${s.version} is already ${s.status.toLowerCase()}`);
  if (!approve && !comment.trim()) throw new BadInputError('Say why the standard is rejected', [{ field: 'comment', problem: 'a rejection needs a reason' }]);
  Object.assign(s, { status: approve ? StandardStatus.APPROVED : StandardStatus.REJECTED, decidedBy: p.username, decidedAt: new Date(), decisionComment: comment.trim() || null });
  await em.flush();
  return s;
}
