/**
 * — a team's work plan, filed by the branch and approved through the route. A rejected
 * version stays as history; the branch files the next version. Only the APPROVED version counts.
 */
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { peopleScope, type Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@bg/graphql';
import { KnownEmployee } from '@bg/service';
import { ApprovalKind, registerApprovalSubject, submitForApproval } from '../approvals';
import { maySubmit } from '../approvals/route';
import { twelveMonthsFrom } from '../goals/periods';
import { planProblems, type WorkPlanInput } from './plan-rules';
import { WorkPlan, WorkPlanKind, WorkPlanStatus } from './plan.entity';

registerApprovalSubject(ApprovalKind.WORK_PLAN, {
  async onApproved(em, subjectId, d) {
    const plan = await em.findOneOrFail(WorkPlan, subjectId);
    Object.assign(plan, { status: WorkPlanStatus.APPROVED, decidedBy: d.approvedBy ?? d.actedBy, decidedAt: d.actedAt });
  },
  async onRejected(em, subjectId, reason, d) {
    const plan = await em.findOneOrFail(WorkPlan, subjectId);
    Object.assign(plan, { status: WorkPlanStatus.REJECTED, decidedBy: d.actedBy, decidedAt: d.actedAt, rejectionReason: reason });
  },
});

/** The months a plan covers. */
export const planMonths = (plan: Pick<WorkPlan, 'startMonth'>): string[] => twelveMonthsFrom(plan.startMonth);

/** A plan is read by head office, the branch's staff (its roles), and the team itself. */
export function canReadPlan(p: Principal, plan: Pick<WorkPlan, 'branchId' | 'teamId'>): boolean {
  const scope = peopleScope(p);
  return scope.kind === 'all' || (scope.kind === 'branch' && scope.branchId === plan.branchId) || (p.teamId !== null && p.teamId === plan.teamId);
}

export async function loadPlan(em: EntityManager, id: string): Promise<WorkPlan> {
  const plan = await em.findOne(WorkPlan, id);
  if (!plan) throw new NotFoundError('Work plan', id);
  return plan;
}

/** The branch's manager files a plan (or its next version after a rejection); it goes on the approval route at once. */
export async function fileWorkPlan(em: EntityManager, p: Principal, branchId: string, input: WorkPlanInput): Promise<WorkPlan> {
  if (!maySubmit(p, branchId)) throw new ForbiddenError(`Work plans of branch ${branchId} are filed by its manager (branch-manager)`);
  const problems = planProblems(input);
  const teamId = input.teamId.trim();
  if (!problems.length) {
    const elsewhere = await em.findOne(KnownEmployee, { teamId, branchId: { $ne: branchId } });
    if (elsewhere) problems.push({ field: 'teamId', problem: `team ${teamId} belongs to branch ${elsewhere.branchId}` });
  }
  if (problems.length) throw new BadInputError('The work plan is not complete', problems);
  const startMonth = input.kind === 'ANNUAL' ? `${input.year}-01` : input.startMonth!;
  const year = Number(startMonth.slice(0, 4));
  const kind = input.kind as WorkPlanKind;
  try {
    return await em.transactional(async (tx) => {
      const versions = await tx.find(WorkPlan, { teamId, kind, year }, { orderBy: { version: 'desc' } });
      const live = versions.find((v) => v.status !== WorkPlanStatus.REJECTED);
      if (live) {
        throw new ConflictError(
          live.status === WorkPlanStatus.APPROVED
            ? `Version ${live.version} of this plan is approved; it is the one that counts`
            : `Version ${live.version} of this plan is still on the approval route; wait for its outcome`,
        );
      }
      if (kind === WorkPlanKind.NEW_TEAM && (await tx.count(WorkPlan, { teamId, kind, year: { $ne: year }, status: { $ne: WorkPlanStatus.REJECTED } }))) {
        throw new ConflictError(`Team ${teamId} already has a new team's plan`);
      }
      const plan = tx.create(WorkPlan, {
        kind,
        branchId,
        teamId,
        year,
        startMonth,
        version: (versions[0]?.version ?? 0) + 1,
        status: WorkPlanStatus.PENDING_APPROVAL,
        targetNewAccounts: input.targetNewAccounts,
        targetNewAssetsFen: input.targetNewAssetsFen ?? null,
        targetNetRevenueFen: input.targetNetRevenueFen ?? null,
        marketingPlan: input.marketingPlan?.trim() ?? '',
        bankAgreementRef: input.bankAgreementRef?.trim() || null,
        filedBy: p.username,
        filedAt: new Date(),
      } as WorkPlan);
      await tx.flush();
      const what = kind === WorkPlanKind.ANNUAL ? `${year} 年度工作计划` : `新团队一年计划 (${startMonth} 起)`;
      await submitForApproval(tx, p, {
        kind: ApprovalKind.WORK_PLAN,
        subjectId: plan.id,
        subjectVersion: plan.version,
        branchId,
        title: `${teamId} ${what} v${plan.version}`,
      });
      return plan;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException)
      throw new ConflictError('Another version of this plan was filed at the same time; reload and try again');
    throw e;
  }
}

/** The approved plan of a team covering a month (annual first, else the new team's plan). */
export async function approvedPlanFor(em: EntityManager, teamId: string, month: string): Promise<WorkPlan | null> {
  const year = Number(month.slice(0, 4));
  const plans = await em.find(WorkPlan, { teamId, status: WorkPlanStatus.APPROVED, year: { $in: [year - 1, year] } }, { orderBy: { kind: 'asc' } });
  return plans.find((x) => planMonths(x).includes(month)) ?? null;
}
