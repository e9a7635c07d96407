/**
 * Level rules: versioned, company-wide data that applies only once approved through the
 * route (submitted by channel management; a rejected version keeps the reason, a new
 * proposal is a new version).
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError } from '@bg/graphql';
import { ApprovalKind, registerApprovalSubject, submitForApproval } from '../approvals';
import { levelRulesProblems, type LevelRules } from './level-rules';
import { LevelRuleSet, LevelRulesStatus } from './level-rules.entity';

/** The approved rules in force in a month: the latest approved version that starts in it or before. */
export async function levelRulesFor(em: EntityManager, month: string): Promise<LevelRuleSet | null> {
  const [rules] = await em.find(
    LevelRuleSet,
    { status: LevelRulesStatus.APPROVED, effectiveFrom: { $lte: month } },
    { orderBy: { effectiveFrom: 'desc', version: 'desc' }, limit: 1 },
  );
  return rules ?? null;
}

/** Copies only the known fields (GraphQL input objects carry nothing else, but tests pass plain objects). */
function cleanRules(r: LevelRules): LevelRules {
  const targets = (t: LevelRules['levels'][number]['hold']) => ({
    customersDeveloped: t.customersDeveloped,
    netRevenueFen: t.netRevenueFen,
    customerAssetsFen: t.customerAssetsFen,
  });
  const d = r.dutyPoints;
  return {
    levels: r.levels.map((l) => ({
      level: l.level,
      hold: targets(l.hold),
      promote: l.promote ? targets(l.promote) : null,
      minDutyScore: l.minDutyScore,
      promoteDutyScore: l.promoteDutyScore,
    })),
    performanceWeights: {
      customersDeveloped: r.performanceWeights.customersDeveloped,
      netRevenue: r.performanceWeights.netRevenue,
      customerAssets: r.performanceWeights.customerAssets,
    },
    achievementCapPct: r.achievementCapPct,
    dutyPoints: {
      perAbsenceDay: d.perAbsenceDay,
      perLate: d.perLate,
      perEarlyLeave: d.perEarlyLeave,
      perMeetingMissed: d.perMeetingMissed,
      perSpotCheckDiscrepancy: d.perSpotCheckDiscrepancy,
      perFollowUpOverdue: d.perFollowUpOverdue,
      perTrainingFailed: d.perTrainingFailed,
      perTrainingPassed: d.perTrainingPassed,
    },
    combinedWeights: { duty: r.combinedWeights.duty, performance: r.combinedWeights.performance },
  };
}

/** A new version, put on the approval route in the same transaction (channel management; anyone else FORBIDDEN there). */
export async function proposeLevelRules(
  em: EntityManager,
  p: Principal,
  input: { effectiveFrom: string; title: string; rules: LevelRules; comment?: string },
): Promise<LevelRuleSet> {
  const rules = cleanRules(input.rules);
  const problems = levelRulesProblems(rules).map((x) => ({ ...x, field: `rules.${x.field}` }));
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'give the rules a title' });
  if (problems.length) throw new BadInputError('The level rules are not valid', problems);
  return em.transactional(async (tx) => {
    const [last] = await tx.find(LevelRuleSet, {}, { orderBy: { version: 'desc' }, limit: 1 });
    const set = tx.create(LevelRuleSet, {
      version: (last?.version ?? 0) + 1,
      effectiveFrom: input.effectiveFrom,
      title: input.title.trim(),
      rulesJson: JSON.stringify(rules),
      status: LevelRulesStatus.SUBMITTED,
      createdBy: p.username,
    } as LevelRuleSet);
    const request = await submitForApproval(tx, p, {
      kind: ApprovalKind.LEVEL_RULES,
      subjectId: set.id,
      subjectVersion: set.version,
      branchId: null,
      title: `级别规则 v${set.version}: ${set.title}`,
      comment: input.comment,
    });
    set.approvalId = request.id;
    await tx.flush();
    return set;
  });
}

registerApprovalSubject(ApprovalKind.LEVEL_RULES, {
  async onApproved(em, subjectId, decision) {
    const set = await em.findOneOrFail(LevelRuleSet, subjectId);
    Object.assign(set, { status: LevelRulesStatus.APPROVED, approvedBy: decision.approvedBy ?? decision.actedBy, decidedAt: decision.actedAt });
  },
  async onRejected(em, subjectId, reason, decision) {
    const set = await em.findOneOrFail(LevelRuleSet, subjectId);
    Object.assign(set, { status: LevelRulesStatus.REJECTED, rejectionReason: reason, decidedAt: decision.actedAt });
  },
});
