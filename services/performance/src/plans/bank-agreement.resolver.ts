/**
 * R-1.2 (issue 16 item 3): the partner bank's cooperation agreement as a document of its own (bank,
 * period, terms, signed file), filed by the branch's manager or the team's lead; an annual plan names
 * it (`bankAgreementRef` = its id) and it shows on the plan and on the plan's approval request.
 */
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { hasRole } from '@bg/auth';
import { BadInputError, ForbiddenError, LocalDateScalar, NotFoundError, type RequestContext } from '@bg/graphql';
import { knownUnit } from '@bg/service';
import { ApprovalKind, ApprovalRequest } from '../approvals';
import { WorkPlan } from './plan.entity';
import { canReadPlan } from './plan.service';
import { BankAgreement } from './bank-agreement.entity';
import { agreementProblems } from './bank-agreement.rules';

@InputType({ description: "A team's cooperation agreement with its partner bank (R-1.2)" })
class BankAgreementInput {
  @Field(() => ID, { description: 'The team (营销团队)' }) teamId!: string;
  @Field({ description: 'The partner bank (and branch)' }) partnerBank!: string;
  @Field(() => LocalDateScalar, { description: 'First day in force' }) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day in force (at most a year)' }) endsOn!: string;
  @Field({ description: 'The terms agreed' }) terms!: string;
  @Field({ description: 'The signed agreement as a stored file (a reference to the scanned copy)' }) fileRef!: string;
}

/** The agreement an annual plan names by id (null when the plan names it in words only). */
export async function agreementOfPlan(em: EntityManager, plan: Pick<WorkPlan, 'bankAgreementRef'>): Promise<BankAgreement | null> {
  return plan.bankAgreementRef ? em.findOne(BankAgreement, { id: plan.bankAgreementRef }) : null;
}

@Resolver(() => BankAgreement)
export class BankAgreementResolver {
  @Authorized('branch-manager', 'team-lead')
  @Mutation(() => BankAgreement, { description: "File a team's cooperation agreement with its partner bank (R-1.2): the branch's manager or the team's lead" })
  async fileBankAgreement(@Arg('input', { description: 'The agreement' }) input: BankAgreementInput, @Ctx() { em, principal }: RequestContext) {
    const team = await knownUnit(em, 'TEAM', input.teamId);
    const mayFile =
      (hasRole(principal, 'branch-manager') && principal.branchId === team.branchId) || (hasRole(principal, 'team-lead') && principal.teamId === team.id);
    if (!mayFile) throw new ForbiddenError(`Only branch ${team.branchId}'s manager or team ${team.id}'s lead files its bank agreement`);
    const problems = agreementProblems(input);
    if (problems.length) throw new BadInputError('The agreement is not complete', problems);
    const row = em.create(BankAgreement, {
      branchId: team.branchId,
      teamId: team.id,
      partnerBank: input.partnerBank.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      terms: input.terms.trim(),
      fileRef: input.fileRef.trim(),
      filedBy: principal.username,
    } as BankAgreement);
    await em.flush();
    return row;
  }

  @Authorized()
  @Query(() => [BankAgreement], { description: "A team's bank agreements, newest first: head office, the branch's staff, the team" })
  async bankAgreements(@Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string, @Ctx() { em, principal }: RequestContext) {
    const team = await knownUnit(em, 'TEAM', teamId);
    if (!canReadPlan(principal, { branchId: team.branchId, teamId })) throw new ForbiddenError(`You may not see team ${teamId}'s agreements`);
    return em.find(BankAgreement, { teamId }, { orderBy: { startsOn: 'desc' } });
  }
}

@Resolver(() => WorkPlan)
export class WorkPlanAgreementResolver {
  @FieldResolver(() => BankAgreement, {
    nullable: true,
    description: 'The bank agreement the plan names (filed with fileBankAgreement), if it names one by id',
  })
  bankAgreement(@Root() plan: WorkPlan, @Ctx() { em }: RequestContext) {
    return agreementOfPlan(em, plan);
  }
}

@Resolver(() => ApprovalRequest)
export class ApprovalAgreementResolver {
  @FieldResolver(() => BankAgreement, { nullable: true, description: "A work plan's approval: the bank agreement the plan comes with (R-1.2)" })
  async bankAgreement(@Root() request: ApprovalRequest, @Ctx() { em }: RequestContext) {
    if (request.kind !== ApprovalKind.WORK_PLAN) return null;
    const plan = await em.findOne(WorkPlan, { id: request.subjectId });
    if (!plan) throw new NotFoundError('Work plan', request.subjectId);
    return agreementOfPlan(em, plan);
  }
}
