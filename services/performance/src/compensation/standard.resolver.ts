import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { hasRole } from '@bg/auth';
import { ForbiddenError, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { PAYROLL_BRANCH_ROLES, isHeadOffice } from '../access';
import { CompensationRulesType, CompensationStandard } from './standard.entity';
import { proposeStandard, standardFor } from './standard.service';
import { ApprovalKind, ApprovalRequest } from '../approvals';
import { canReadApproval } from '../approvals/approval.resolver';

@InputType({ description: 'A compensation standard to propose for approval (R-1.1)' })
class ProposeCompensationStandardInput {
  @Field(() => ID, { nullable: true, description: 'The branch it is for; omit for every branch without its own' }) @IsOptional() branchId?: string;
  @Field(() => YearMonthScalar, { description: 'First month it applies to' }) effectiveFrom!: string;
  @Field({ description: 'The title' }) @Length(1, 500) title!: string;
  @Field(() => CompensationRulesType, { description: 'The pay rules (money in fen)' }) rules!: CompensationRulesType;
}

@Resolver(() => CompensationStandard)
export class CompensationStandardResolver {
  @Authorized('channel-management', 'branch-manager')
  @Mutation(() => CompensationStandard, {
    description:
      "Propose a new version of the compensation standard (R-1.1): a branch's by its manager, a company-wide one by channel management. " +
      'It goes on the R-1.3 approval route (approvalRequests, kind COMPENSATION_STANDARD) and applies only once approved.',
  })
  proposeCompensationStandard(
    @Arg('input', { description: 'What to record (see the input type)' }) input: ProposeCompensationStandardInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return proposeStandard(em, principal, input);
  }

  @Authorized()
  @Query(() => [CompensationStandard], {
    description: "Every version of the standard, newest first: head office all; branch finance, deputy and manager the company-wide ones and their branch's",
  })
  async compensationStandards(@Ctx() { em, principal }: RequestContext) {
    if (isHeadOffice(principal)) return em.find(CompensationStandard, {}, { orderBy: { version: 'desc' } });
    if (!principal.branchId || !hasRole(principal, ...PAYROLL_BRANCH_ROLES)) throw new ForbiddenError('Your role does not let you read compensation standards');
    return em.find(CompensationStandard, { $or: [{ branchId: null }, { branchId: principal.branchId }] }, { orderBy: { version: 'desc' } });
  }

  @Authorized()
  @Query(() => CompensationStandard, {
    nullable: true,
    description:
      "The approved standard that applies to a branch's month. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async compensationStandardFor(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!isHeadOffice(principal) && !(principal.branchId === branchId && hasRole(principal, ...PAYROLL_BRANCH_ROLES))) {
      throw new ForbiddenError(`You may not read the standard of branch ${branchId}`);
    }
    return standardFor(em, branchId, month);
  }

  @FieldResolver(() => ApprovalRequest, { nullable: true, description: "Its approval (R-1.3), with the steps; head office and the branch's management" })
  approval(@Root() s: CompensationStandard, @Ctx() { em, principal }: RequestContext) {
    if (!canReadApproval(principal, s.branchId)) return null;
    return em.findOne(ApprovalRequest, { kind: ApprovalKind.COMPENSATION_STANDARD, subjectId: s.id });
  }
}
