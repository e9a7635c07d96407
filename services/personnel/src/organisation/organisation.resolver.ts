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
  @Query(() => [Branch])
  branches(@Ctx() { em }: RequestContext) {
    return em.find(Branch, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized()
  @Query(() => Branch)
  async branch(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Branch, id)) ?? Promise.reject(new NotFoundError('Branch', id));
  }

  @FieldResolver(() => [Team])
  teams(@Root() b: Branch, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Team, 'branchId', b.id, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Outlet])
  outlets(@Root() b: Branch, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, Outlet, 'branchId', b.id, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => Team)
  async team(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Team, id)) ?? Promise.reject(new NotFoundError('Team', id));
  }

  @FieldResolver(() => [Group])
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
