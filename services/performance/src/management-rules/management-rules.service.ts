/**
 * management rules (管理实施细则, issue 16 item 1): a team's versioned rules document, proposed
 * by the branch's manager and approved on the route (kind ASSESSMENT_RULES: the team's
 * management and assessment rules) before it applies. A rejected version keeps the reason; the next
 * proposal is a new version; the history stays.
 */
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { peopleScope, type Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@bg/graphql';
import { KnownUnit } from '@bg/service';
import { ApprovalKind, registerApprovalSubject, submitForApproval } from '../approvals';
import { maySubmit } from '../approvals/route';
import { managementRulesProblems, proposalConflict, rulesInForce, type ManagementRulesInput } from './management-rules';
import { ManagementRules, ManagementRulesStatus } from './management-rules.entity';

registerApprovalSubject(ApprovalKind.ASSESSMENT_RULES, {
  async onApproved(em, subjectId, d) {
    const r = await em.findOneOrFail(ManagementRules, subjectId);
    Object.assign(r, { status: ManagementRulesStatus.APPROVED, decidedBy: d.approvedBy ?? d.actedBy, decidedAt: d.actedAt });
  },
  async onRejected(em, subjectId, reason, d) {
    const r = await em.findOneOrFail(ManagementRules, subjectId);
    Object.assign(r, { status: ManagementRulesStatus.REJECTED, decidedBy: d.actedBy, decidedAt: d.actedAt, rejectionReason: reason });
  },
});

/** Read by head office, the branch's staff, and the team itself (everyone works by them). */
export function canReadRules(p: Principal, r: { branchId: string; teamId: string }): boolean {
  const scope = peopleScope(p);
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === r.branchId) || (p.teamId !== null && p.teamId === r.teamId);
}

export async function proposeManagementRules(em: EntityManager, p: Principal, input: ManagementRulesInput): Promise<ManagementRules> {
  const problems = managementRulesProblems(input);
  if (problems.length) throw new BadInputError('The management rules are not complete', problems);
  const teamId = input.teamId.trim();
  const team = await em.findOne(KnownUnit, { id: teamId, kind: 'TEAM' });
  if (!team) throw new NotFoundError('Team', teamId);
  if (!maySubmit(p, team.branchId))
    throw new ForbiddenError(`The management rules of team ${teamId} are proposed by the manager of branch ${team.branchId} (branch-manager)`);
  try {
    return await em.transactional(async (tx) => {
      const versions = await tx.find(ManagementRules, { teamId }, { orderBy: { version: 'desc' } });
      const conflict = proposalConflict(versions);
      if (conflict) throw new ConflictError(conflict);
      const rules = tx.create(ManagementRules, {
        branchId: team.branchId,
        teamId,
        version: (versions[0]?.version ?? 0) + 1,
        title: input.title.trim(),
        content: input.content.trim(),
        fileRef: input.fileRef?.trim() || null,
        effectiveFrom: input.effectiveFrom,
        proposedBy: p.username,
      } as ManagementRules);
      await tx.flush();
      const request = await submitForApproval(tx, p, {
        kind: ApprovalKind.ASSESSMENT_RULES,
        subjectId: rules.id,
        subjectVersion: rules.version,
        branchId: team.branchId,
        title: `${teamId} 管理实施细则 v${rules.version}: ${rules.title}`,
      });
      rules.approvalId = request.id;
      await tx.flush();
      return rules;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError('Another version was proposed at the same time; reload and try again');
    throw e;
  }
}

/** The team's approved rules in force in a month (null: none yet). */
export async function managementRulesFor(em: EntityManager, teamId: string, month: string): Promise<ManagementRules | null> {
  return rulesInForce(await em.find(ManagementRules, { teamId, status: ManagementRulesStatus.APPROVED }), month);
}
