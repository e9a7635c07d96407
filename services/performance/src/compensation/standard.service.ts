/** Compensation standards: versioned data that applies only once approved through the route. */
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError } from '@bg/graphql';
import { ApprovalKind, registerApprovalSubject, submitForApproval } from '../approvals';
import { maySubmit } from '../approvals/route';
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
  em: EntityManager,
  p: Principal,
  input: { branchId?: string | null; effectiveFrom: string; title: string; rules: CompensationRules },
): Promise<CompensationStandard> {
  const rules: CompensationRules = {
    basePay: input.rules.basePay.map(({ level, baseFen }) => ({ level, baseFen })),
    commissionTiers: input.rules.commissionTiers.map(({ fromFen, rateBp }) => ({ fromFen, rateBp })),
    bonusPerNewAccountFen: input.rules.bonusPerNewAccountFen,
    bonusPer10kNewAssetsFen: input.rules.bonusPer10kNewAssetsFen,
    deductionPerAbsenceFen: input.rules.deductionPerAbsenceFen,
    deductionPerLateFen: input.rules.deductionPerLateFen,
    deductionPerEarlyLeaveFen: input.rules.deductionPerEarlyLeaveFen,
    assetLossSharePct: input.rules.assetLossSharePct,
    floorFen: input.rules.floorFen,
    capFen: input.rules.capFen ?? null,
  };
  const problems = rulesProblems(rules).map((x) => ({ ...x, field: `rules.${x.field}` }));
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'give the standard a title' });
  if (problems.length) throw new BadInputError('The compensation standard is not valid', problems);
  const branchId = input.branchId ?? null;
  if (!maySubmit(p, branchId)) {
    throw new ForbiddenError(
      branchId
        ? `A standard for branch ${branchId} is proposed by that branch's manager`
        : 'A company-wide standard is proposed by the channel management department',
    );
  }
  try {
    return await em.transactional(async (tx) => {
      const [last] = await tx.find(CompensationStandard, {}, { orderBy: { version: 'desc' }, limit: 1 });
      const s = tx.create(CompensationStandard, {
        version: (last?.version ?? 0) + 1,
        branchId,
        effectiveFrom: input.effectiveFrom,
        title: input.title.trim(),
        rulesJson: JSON.stringify(rules),
        status: StandardStatus.DRAFT,
        createdBy: p.username,
      } as CompensationStandard);
      await tx.flush();
      await submitForApproval(tx, p, {
        kind: ApprovalKind.COMPENSATION_STANDARD,
        subjectId: s.id,
        subjectVersion: s.version,
        branchId,
        title: `薪酬标准 v${s.version}: ${s.title}`,
      });
      return s;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError('Another standard was proposed at the same time; try again');
    throw e;
  }
}

registerApprovalSubject(ApprovalKind.COMPENSATION_STANDARD, {
  async onApproved(em, subjectId, d) {
    const s = await em.findOneOrFail(CompensationStandard, subjectId);
    Object.assign(s, { status: StandardStatus.APPROVED, decidedBy: d.approvedBy ?? d.actedBy, decidedAt: d.actedAt, decisionComment: d.comment || null });
  },
  async onRejected(em, subjectId, reason, d) {
    const s = await em.findOneOrFail(CompensationStandard, subjectId);
    Object.assign(s, { status: StandardStatus.REJECTED, decidedBy: d.actedBy, decidedAt: d.actedAt, decisionComment: reason });
  },
});
