import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, NotFoundError, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { KnownUnit } from '@bg/service';
import { ApprovalRequest } from '../approvals';
import { canReadApproval } from '../approvals/approval.resolver';
import { ManagementRules } from './management-rules.entity';
import { canReadRules, managementRulesFor, proposeManagementRules } from './management-rules.service';

@InputType({ description: "A team's management rules to propose (R-1.1)" })
class ManagementRulesInput {
  @Field(() => ID, { description: 'The team (营销团队)' }) teamId!: string;
  @Field({ description: 'Title' }) title!: string;
  @Field({ description: 'The rules as written' }) content!: string;
  @Field(() => YearMonthScalar, { description: 'The first month they apply, once approved' }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: 'The signed document as a file reference (optional)' }) fileRef?: string | null;
}

@Resolver(() => ManagementRules)
export class ManagementRulesResolver {
  @Authorized('branch-manager')
  @Mutation(() => ManagementRules, {
    description:
      "Propose a version of a team's management rules (管理实施细则, R-1.1; the branch's manager). It goes on the R-1.3 route at once and applies, from its month, once approved.",
  })
  proposeManagementRules(
    @Arg('input', { description: 'The rules proposed: team and title' }) input: ManagementRulesInput,
    @Ctx() { em, principal }: RequestContext,
  ) {
    return proposeManagementRules(em, principal, input);
  }

  @Authorized()
  @Query(() => [ManagementRules], { description: "Every version of a team's management rules, newest first: the team, its branch's staff, head office" })
  async managementRules(@Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string, @Ctx() { em, principal }: RequestContext) {
    const team = await em.findOne(KnownUnit, { id: teamId, kind: 'TEAM' });
    if (!team) throw new NotFoundError('Team', teamId);
    if (!canReadRules(principal, { branchId: team.branchId, teamId })) throw new ForbiddenError(`You may not read the management rules of team ${teamId}`);
    return em.find(ManagementRules, { teamId }, { orderBy: { version: 'desc' } });
  }

  @Authorized()
  @Query(() => ManagementRules, {
    nullable: true,
    description:
      "The team's approved management rules in force in a month (null: none approved yet). Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)",
  })
  async managementRulesFor(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const team = await em.findOne(KnownUnit, { id: teamId, kind: 'TEAM' });
    if (!team) throw new NotFoundError('Team', teamId);
    if (!canReadRules(principal, { branchId: team.branchId, teamId })) throw new ForbiddenError(`You may not read the management rules of team ${teamId}`);
    return managementRulesFor(em, teamId, month);
  }

  @FieldResolver(() => ApprovalRequest, { nullable: true, description: "This version's approval with its steps (head office and the branch's management)" })
  approval(@Root() r: ManagementRules, @Ctx() { em, principal }: RequestContext) {
    if (!canReadApproval(principal, r.branchId) || !r.approvalId) return null;
    return em.findOne(ApprovalRequest, r.approvalId);
  }
}
