import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError, type RequestContext } from '@bg/graphql';
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
  async branch(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Branch, id)) ?? Promise.reject(new NotFoundError('Branch', id));
  }

  @FieldResolver(() => [Team])
  teams(@Root() b: Branch, @Ctx() { em }: RequestContext) {
    return em.find(Team, { branchId: b.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Outlet])
  outlets(@Root() b: Branch, @Ctx() { em }: RequestContext) {
    return em.find(Outlet, { branchId: b.id }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => Team)
  async team(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext) {
    return (await em.findOne(Team, id)) ?? Promise.reject(new NotFoundError('Team', id));
  }

  @FieldResolver(() => [Group])
  groups(@Root() t: Team, @Ctx() { em }: RequestContext) {
    return em.find(Group, { teamId: t.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Employee], { description: 'Members of the team you may see (all of them for its lead and above)' })
  members(@Root() t: Team, @Ctx() { em, principal }: RequestContext) {
    return em.find(Employee, { $and: [{ teamId: t.id }, visibleEmployees(principal)] }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Int, { description: 'Head count of the team (not departed)' })
  headCount(@Root() t: Team, @Ctx() { em }: RequestContext) {
    return em.count(Employee, { teamId: t.id, status: { $ne: EmployeeStatus.DEPARTED } });
  }
}
