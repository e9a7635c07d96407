import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { hasRole } from '@bg/auth';
import { ForbiddenError, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { PAYROLL_BRANCH_ROLES, isHeadOffice } from '../access';
import { CompensationRulesType, CompensationStandard } from './standard.entity';
import { decideStandard, proposeStandard, standardFor } from './standard.service';

@InputType()
class ProposeCompensationStandardInput {
  @Field(() => ID, { nullable: true, description: 'The branch it is for; omit for every branch without its own' }) @IsOptional() branchId?: string;
  @Field(() => YearMonthScalar, { description: 'First month it applies to' }) effectiveFrom!: string;
  @Field() @Length(1, 500) title!: string;
  @Field(() => CompensationRulesType) rules!: CompensationRulesType;
}

@Resolver(() => CompensationStandard)
export class CompensationStandardResolver {
  @Authorized('channel-management')
  @Mutation(() => CompensationStandard, { description: 'Propose a new version of the compensation standard (R-1.1; channel management). It applies only once approved.' })
  proposeCompensationStandard(@Arg('input') input: ProposeCompensationStandardInput, @Ctx() { em, principal }: RequestContext) {
    return proposeStandard(em, principal, input);
  }

  @Authorized('channel-management')
  @Mutation(() => CompensationStandard, { description: 'Approve or reject a proposed standard (channel management; a rejection needs a comment). Simplified R-1.3 route: one approval.' })
  decideCompensationStandard(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('comment', { defaultValue: '' }) comment: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return decideStandard(em, principal, id, approve, comment);
  }

  @Authorized()
  @Query(() => [CompensationStandard], { description: 'Every version of the standard, newest first: head office all; branch finance, deputy and manager the company-wide ones and their branch\'s' })
  async compensationStandards(@Ctx() { em, principal }: RequestContext) {
    if (isHeadOffice(principal)) return em.find(CompensationStandard, {}, { orderBy: { version: 'desc' } });
    if (!principal.branchId || !hasRole(principal, ...PAYROLL_BRANCH_ROLES)) throw new ForbiddenError('Your role does not let you read compensation standards');
    return em.find(CompensationStandard, { $or: [{ branchId: null }, { branchId: principal.branchId }] }, { orderBy: { version: 'desc' } });
  }

  @Authorized()
  @Query(() => CompensationStandard, { nullable: true, description: "The approved standard that applies to a branch's month" })
  async compensationStandardFor(@Arg('branchId', () => ID) branchId: string, @Arg('month', () => YearMonthScalar) month: string, @Ctx() { em, principal }: RequestContext) {
    if (!isHeadOffice(principal) && !(principal.branchId === branchId && hasRole(principal, ...PAYROLL_BRANCH_ROLES))) {
      throw new ForbiddenError(`You may not read the standard of branch ${branchId}`);
    }
    return standardFor(em, branchId, month);
  }
}
