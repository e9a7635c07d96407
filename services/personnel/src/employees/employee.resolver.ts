import { randomUUID } from 'node:crypto';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { canSeePerson, hasRole, peopleScope, type Principal } from '@bg/auth';
import {
  BadInputError,
  Connection,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  decodeCursor,
  entityById,
  entityByIdOrFail,
  toPage,
  type FieldProblem,
  type RequestContext,
} from '@bg/graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus, EmploymentType, StaffPost } from './employee.entity';
import { hire } from './employee-lifecycle';
import { idNumberProblem } from '../archives/archive.rules';
import { managesRegionOf } from '../regions/region.resolver';

@ObjectType()
class EmployeeConnection extends Connection(Employee) {}

@ArgsType()
class EmployeesArgs {
  @Field(() => ID, { nullable: true, description: 'The branch (营业部) it belongs to' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@InputType({ description: 'A new employee to hire: name, placement, level, employment type and start day' })
class HireEmployeeInput {
  @Field({ description: "The employee's full name" }) @Length(1, 100) name!: string;
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The marketing team: required for a client manager, none for branch staff' }) teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The group (小组) it belongs to' }) groupId?: string;
  @Field(() => ID, { nullable: true, description: 'The outlet (网点) it concerns' }) outletId?: string;
  @Field({ defaultValue: 'L1', description: 'The client-manager level (级别), e.g. L3' })
  @Matches(/^L\d{1,2}$/, { message: 'level is L1, L2, ...' })
  level!: string;
  @Field(() => EmploymentType, { description: 'Full-time (one-year labour contract) or part-time (one-year marketing cooperation agreement)' })
  employmentType!: EmploymentType;
  @Field(() => LocalDateScalar, { description: 'The day the employee was hired' }) hiredOn!: string;
  @Field(() => String, { nullable: true, description: '身份证号 (18 characters)' }) idNumber?: string | null;
  @Field(() => StaffPost, { defaultValue: StaffPost.CLIENT_MANAGER, description: '岗位: a client manager (default) or a member of the branch staff' })
  post!: StaffPost;
}

/** Rows the caller may list: the people-scope of DOMAIN.md's roles table as a query filter. */
export function visibleEmployees(p: Principal): FilterQuery<Employee> {
  const scope = peopleScope(p);
  switch (scope.kind) {
    case 'all':
      return {};
    case 'branch':
      return { branchId: scope.branchId };
    case 'team':
      return { $or: [{ teamId: scope.teamId }, { id: p.employeeId ?? '' }] };
    case 'group':
      return { $or: [{ groupId: scope.groupId }, { id: p.employeeId ?? '' }] };
    case 'self':
      return { id: scope.employeeId };
    case 'none':
      return { id: p.employeeId ?? '' };
  }
}

/** `loadVisibleEmployee` for many parents (entity references): the rows loaded in batches through the request's loaders. */
export async function visibleEmployeeOf(ctx: RequestContext, id: string): Promise<Employee> {
  const e = await entityById(ctx, Employee, id);
  if (!e) throw new NotFoundError('Employee', id);
  if (!canSeePerson(ctx.principal, e)) throw new ForbiddenError(`You may not see employee ${id}`);
  return e;
}

export async function loadVisibleEmployee(em: EntityManager, p: Principal, id: string): Promise<Employee> {
  const e = await em.findOne(Employee, id);
  if (!e) throw new NotFoundError('Employee', id);
  if (!canSeePerson(p, e) && !(await managesRegionOf(em, p, id))) throw new ForbiddenError(`You may not see employee ${id}`);
  return e;
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Authorized()
  @Query(() => Employee, {
    description: 'One employee, if your role lets you see them. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  employee(@Arg('id', () => ID, { description: 'The id' }) id: string, @Ctx() { em, principal }: RequestContext): Promise<Employee> {
    return loadVisibleEmployee(em, principal, id);
  }

  @Authorized()
  @Query(() => Employee, {
    nullable: true,
    description: 'The signed-in person as an employee. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  me(@Ctx() { em, principal }: RequestContext): Promise<Employee | null> {
    return principal.employeeId ? em.findOne(Employee, principal.employeeId) : Promise.resolve(null);
  }

  @Authorized()
  @Query(() => EmployeeConnection, {
    description:
      'Employees you may see, by branch or team, ordered by id. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async employees(@Args() { branchId, teamId, page }: EmployeesArgs, @Ctx() { em, principal }: RequestContext) {
    const offset = decodeCursor(page?.after);
    const first = page?.first ?? 50;
    const where: FilterQuery<Employee> = { $and: [visibleEmployees(principal), branchId ? { branchId } : {}, teamId ? { teamId } : {}] };
    const [nodes, total] = await em.findAndCount(Employee, where, { orderBy: { id: 'asc' }, limit: first, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized('branch-manager', 'channel-management')
  @Mutation(() => Employee, { description: 'Hire a client manager into a team, or a member of the branch staff (post) into the branch (emits EmployeeHired)' })
  async hireEmployee(
    @Arg('input', { description: 'What to record (see the input type)' }) input: HireEmployeeInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Employee> {
    if (!hasRole(principal, 'channel-management') && principal.branchId !== input.branchId) {
      throw new ForbiddenError('A branch manager hires into their own branch only');
    }
    const problems = await placementProblems(em, input);
    const idProblem = input.idNumber ? idNumberProblem(input.idNumber) : null;
    if (idProblem) problems.push({ field: 'idNumber', problem: idProblem });
    if (problems.length) throw new BadInputError('The hire is not valid', problems);
    const employee = hire(
      em,
      {
        id: randomUUID(),
        ...input,
        teamId: input.teamId ?? null,
        groupId: input.groupId ?? null,
        outletId: input.outletId ?? null,
        idNumber: input.idNumber ?? null,
        status: EmployeeStatus.PROBATION,
      },
      principal.username,
    );
    await em.flush();
    return employee;
  }

  @FieldResolver(() => Branch, { description: 'The branch (营业部) the employee belongs to now' })
  branch(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return entityByIdOrFail(ctx, Branch, e.branchId);
  }

  @FieldResolver(() => Team, {
    description: 'The marketing team (营销团队) the employee belongs to now; null for branch and head-office staff',
    nullable: true,
  })
  team(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return e.teamId ? entityById(ctx, Team, e.teamId) : null;
  }

  @FieldResolver(() => Group, { description: 'The group (小组) within the team; null when in no group', nullable: true })
  group(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return e.groupId ? entityById(ctx, Group, e.groupId) : null;
  }

  @FieldResolver(() => Outlet, { description: 'The outlet (网点) where the employee is stationed; its hours are their working hours (R-2.1)', nullable: true })
  outlet(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return e.outletId ? entityById(ctx, Outlet, e.outletId) : null;
  }
}

async function placementProblems(em: EntityManager, input: HireEmployeeInput): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const staff = input.post !== StaffPost.CLIENT_MANAGER;
  if (!staff && !input.teamId) problems.push({ field: 'teamId', problem: 'a client manager is hired into a marketing team' });
  if (staff && (input.teamId || input.groupId || input.outletId)) {
    problems.push({
      field: input.teamId ? 'teamId' : input.groupId ? 'groupId' : 'outletId',
      problem: 'branch staff belong to the branch, not to a team, group or outlet',
    });
  }
  const [branch, team, group, outlet] = await Promise.all([
    em.findOne(Branch, input.branchId),
    input.teamId ? em.findOne(Team, input.teamId) : null,
    input.groupId ? em.findOne(Group, input.groupId) : null,
    input.outletId ? em.findOne(Outlet, input.outletId) : null,
  ]);
  if (!branch) problems.push({ field: 'branchId', problem: `no branch ${input.branchId}` });
  if (input.teamId && (!team || team.branchId !== input.branchId))
    problems.push({ field: 'teamId', problem: `no team ${input.teamId} in branch ${input.branchId}` });
  if (input.groupId && (!group || group.teamId !== input.teamId))
    problems.push({ field: 'groupId', problem: `no group ${input.groupId} in team ${input.teamId}` });
  if (input.outletId && (!outlet || outlet.branchId !== input.branchId))
    problems.push({ field: 'outletId', problem: `no outlet ${input.outletId} in branch ${input.branchId}` });
  return problems;
}
