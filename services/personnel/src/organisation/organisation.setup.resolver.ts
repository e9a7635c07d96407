import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateScalar, type RequestContext } from '@bg/graphql';
import { Branch, Group, Outlet, Team } from './organisation.entity';
import { createBranch, createGroup, createOutlet, createTeam, setOutletHours } from './organisation.setup';
import { OrgTree, orgTree } from './org-tree';

@InputType({ description: 'A branch (营业部) to register' })
class CreateBranchInput {
  @Field(() => ID, { description: 'Branch code, e.g. SZ02: heads its serial numbers' }) id!: string;
  @Field({ description: "The branch's name, e.g. 深圳福田营业部" }) name!: string;
  @Field({ description: 'The city' }) city!: string;
}

@InputType({ description: 'A marketing team to register in a branch' })
class CreateTeamInput {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field({ description: "The team's name" }) name!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to <branch>-T<n>' }) id?: string | null;
}

@InputType({ description: 'A group to register in a team' })
class CreateGroupInput {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field({ description: "The group's name" }) name!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to <team>-G<n>' }) id?: string | null;
}

@InputType({ description: 'An outlet (网点) to register, with its working hours' })
class CreateOutletInput {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field({ description: "The outlet's name, e.g. the partner bank's branch" }) name!: string;
  @Field({ description: 'HH:MM, local time' }) opensAt!: string;
  @Field({ description: 'HH:MM, local time, after opensAt' }) closesAt!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to <branch>-O<n>' }) id?: string | null;
}

const HEAD_OFFICE_SETUP = ['channel-management', 'executive'] as const;

/** Head office (channel management, the executive) sets up the organisation; anyone signed in reads it. */
@Resolver()
export class OrganisationSetupResolver {
  @Authorized()
  @Query(() => OrgTree, { description: 'A branch with its teams -> groups and outlets, with head counts (anyone signed in)' })
  orgTree(@Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string, @Ctx() { em }: RequestContext): Promise<OrgTree> {
    return orgTree(em, branchId);
  }

  @Authorized(...HEAD_OFFICE_SETUP)
  @Mutation(() => Branch, { description: 'Create a branch (channel-management, executive)' })
  createBranch(@Arg('input', { description: 'What to record (see the input type)' }) input: CreateBranchInput, @Ctx() { em }: RequestContext): Promise<Branch> {
    return createBranch(em, input);
  }

  @Authorized(...HEAD_OFFICE_SETUP)
  @Mutation(() => Team, { description: 'Create a marketing team in a branch (channel-management, executive)' })
  createTeam(@Arg('input', { description: 'What to record (see the input type)' }) input: CreateTeamInput, @Ctx() { em }: RequestContext): Promise<Team> {
    return createTeam(em, input);
  }

  @Authorized(...HEAD_OFFICE_SETUP)
  @Mutation(() => Group, { description: 'Create a group in a team (channel-management, executive)' })
  createGroup(@Arg('input', { description: 'What to record (see the input type)' }) input: CreateGroupInput, @Ctx() { em }: RequestContext): Promise<Group> {
    return createGroup(em, input);
  }

  @Authorized(...HEAD_OFFICE_SETUP)
  @Mutation(() => Outlet, { description: 'Create a partner-bank outlet with its working hours (channel-management, executive)' })
  createOutlet(@Arg('input', { description: 'What to record (see the input type)' }) input: CreateOutletInput, @Ctx() { em }: RequestContext): Promise<Outlet> {
    return createOutlet(em, input);
  }

  @Authorized(...HEAD_OFFICE_SETUP)
  @Mutation(() => Outlet, { description: "Change an outlet's working hours (channel-management, executive)" })
  setOutletHours(
    @Arg('outletId', () => ID, { description: 'The outlet (网点)' }) outletId: string,
    @Arg('opensAt', { description: 'Opening time, HH:MM (Asia/Shanghai)' }) opensAt: string,
    @Arg('closesAt', { description: 'Closing time, HH:MM (Asia/Shanghai)' }) closesAt: string,
    @Arg('effectiveOn', () => LocalDateScalar, { nullable: true, description: 'The first day of the new hours (default today; not earlier)' })
    effectiveOn: string | null,
    @Ctx() { em }: RequestContext,
  ): Promise<Outlet> {
    return setOutletHours(em, outletId, opensAt, closesAt, effectiveOn);
  }
}
