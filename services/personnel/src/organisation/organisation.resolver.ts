import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { placeholders, selectRows } from '@bg/db';
import { NotFoundError, childrenOf, type RequestContext } from '@bg/graphql';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { visibleEmployees } from '../employees/employee.resolver';
import { Branch, Group, Outlet, Team } from './organisation.entity';

/** The organisation is not confidential: any signed-in user may read its structure. */
@Resolver(() => Branch)
export class BranchResolver {
  @Authorized()
  @Query(() => [Branch], { description: 'Every branch (营业部) of the company, by id. Anyone signed in (the organisation is not confidential)' })
  branches(@Ctx() { em }: RequestContext) {
    return em.find(Branch, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized()
  @Query(() => Branch, { description: 'One branch (营业部) by id, with its teams and outlets. Anyone signed in; NOT_FOUND for an unknown id' })
  async branch(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Branch, id)) ?? Promise.reject(new NotFoundError('Branch', id));
  }

  @FieldResolver(() => [Team], { description: "The branch's marketing teams (营销团队), by id" })
  teams(@Root() b: Branch, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Team, 'branchId', b.id, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Outlet], { description: 'The partner-bank outlets (网点) of the branch, by id' })
  outlets(@Root() b: Branch, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Outlet, 'branchId', b.id, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => Team, {
    description: 'One marketing team (营销团队) by id, with its groups and the members you may see. Anyone signed in; NOT_FOUND for an unknown id',
  })
  async team(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Team, id)) ?? Promise.reject(new NotFoundError('Team', id));
  }

  @FieldResolver(() => [Group], { description: 'The groups (小组) of the team, by id' })
  groups(@Root() t: Team, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Group, 'teamId', t.id, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Employee], { description: 'Members of the team you may see (all of them for its lead and above)' })
  members(@Root() t: Team, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Employee, 'teamId', t.id, { where: visibleEmployees(ctx.principal), orderBy: { id: 'asc' }, variant: 'visible' });
  }

  @FieldResolver(() => Int, { description: 'Head count of the team (not departed)' })
  headCount(@Root() t: Team, @Ctx() ctx: RequestContext) {
    const { em } = ctx;
    return ctx.loaders
      .get<string, number>('Team.headCount', async (teamIds) => {
        const rows = await selectRows<{ team_id: string; n: number | string }>(
          em,
          `select team_id, count(*) as n from employee where team_id in (${placeholders(teamIds.length)}) and status <> ? group by team_id`,
          [...teamIds, EmployeeStatus.DEPARTED],
        );
        const counts = new Map(rows.map((r) => [r.team_id, Number(r.n)]));
        return teamIds.map((id) => counts.get(id) ?? 0);
      })
      .load(t.id);
  }
}
