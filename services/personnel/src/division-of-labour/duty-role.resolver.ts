/**
 * 第五条 (二) 分工: a marketing team's members have a clear division of labour, developing customers
 * (开发客户) and serving customers (服务客户) closely combined. The team's lead (or the branch's
 * manager) gives each member a duty role from a day on; the history stays, and a day's view uses
 * the assignment in force then. Each assignment goes out as `DutyRoleAssigned` on
 * personnel.organisation in the same flush.
 */
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { HEAD_OFFICE_ROLES, hasRole, isRole, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, NotFoundError, childrenOf, type RequestContext } from '@bg/graphql';
import { Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { todayInShanghai } from '../serials/access';
import { DutyRole, DutyRoleAssignment } from './duty-role.entity';
import { divisionOn, dutyInTeamOn } from './duty-role.rules';

/** The roles of a team's own people (DOMAIN.md's roles table): they see their team's division of labour. */
export const TEAM_ROLES = ['client-manager', 'group-leader', 'team-lead', 'regional-manager'].filter(isRole); // regional-manager once the realm has it

/** The team's lead (team-lead of that team) or the branch's manager sets the division of labour. */
export const maySetDivision = (p: Principal, team: Pick<Team, 'id' | 'branchId'>): boolean =>
  (hasRole(p, 'team-lead') && p.teamId === team.id) || (hasRole(p, 'branch-manager') && p.branchId === team.branchId);

/** The team's own people (in a team role), the branch's leadership (manager, deputy) and head office read it. */
export const mayReadDivision = (p: Principal, team: Pick<Team, 'id' | 'branchId'>): boolean =>
  hasRole(p, ...HEAD_OFFICE_ROLES) ||
  (p.teamId !== null && p.teamId === team.id && hasRole(p, ...TEAM_ROLES)) ||
  (p.branchId === team.branchId && hasRole(p, 'branch-manager', 'branch-deputy-manager'));

@ObjectType({ description: "A member's line in a team's division of labour on a day" })
class MemberDutyRole {
  @Field(() => ID, { description: 'The team member' }) employeeId!: string;
  @Field({ description: "The member's name" }) name!: string;
  @Field(() => DutyRole, { nullable: true, description: 'The duty role in force on the day; null: none assigned in this team' }) role!: DutyRole | null;
  @Field(() => DutyRoleAssignment, { nullable: true, description: 'The assignment in force on the day (from when, by whom); null: none' })
  assignment!: DutyRoleAssignment | null;
}

@ObjectType({ description: "A team's division of labour (分工, 第五条) on a day: each member's duty role in force then, with the counts per role" })
class DivisionOfLabour {
  @Field(() => ID, { description: 'The team (营销团队)' }) teamId!: string;
  @Field(() => ID, { description: 'The branch (营业部) of the team' }) branchId!: string;
  @Field(() => LocalDateScalar, { description: 'The day it is for' }) on!: string;
  @Field(() => [MemberDutyRole], { description: "The team's members on the day (bounded by the team's size), by employee id" }) members!: MemberDutyRole[];
  @Field(() => Int, { description: 'Members developing customers (开发客户)' }) developmentCount!: number;
  @Field(() => Int, { description: 'Members serving customers (服务客户)' }) serviceCount!: number;
  @Field(() => Int, { description: 'Members without a duty role on the day' }) unassignedCount!: number;
}

/** Records an assignment and its event (also a seed's way). */
export function recordDutyRole(
  em: EntityManager,
  a: Pick<DutyRoleAssignment, 'teamId' | 'branchId' | 'employeeId' | 'role' | 'effectiveOn' | 'assignedBy'>,
): DutyRoleAssignment {
  const row = em.create(DutyRoleAssignment, { ...a, assignedAt: new Date() } as DutyRoleAssignment);
  recordEvent(em, 'personnel', 'DutyRoleAssigned', a.employeeId, {
    teamId: a.teamId,
    branchId: a.branchId,
    employeeId: a.employeeId,
    role: a.role,
    effectiveOn: a.effectiveOn,
  });
  return row;
}

async function loadTeam(em: EntityManager, teamId: string): Promise<Team> {
  const team = await em.findOne(Team, { id: teamId });
  if (!team) throw new NotFoundError('Team', teamId);
  return team;
}

@Resolver()
export class DivisionOfLabourResolver {
  @Authorized('team-lead', 'branch-manager')
  @Mutation(() => DutyRoleAssignment, {
    description:
      "Give a team member a duty role (分工: developing or serving customers) from a day on, until their next assignment; the team's lead or the branch's manager. " +
      'One role at a time; history is kept; a day already given an assignment for that member is CONFLICT.',
  })
  async assignDutyRole(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('employeeId', () => ID, { description: 'A member of the team' }) employeeId: string,
    @Arg('role', () => DutyRole, { description: 'The duty role' }) role: DutyRole,
    @Arg('effectiveOn', () => LocalDateScalar, { description: 'The first day the duty applies (a past day corrects the record; a future one plans ahead)' })
    effectiveOn: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<DutyRoleAssignment> {
    const team = await loadTeam(em, teamId);
    if (!maySetDivision(principal, team))
      throw new ForbiddenError(
        `The division of labour of team ${teamId} is set by its lead (team-lead) or the manager of branch ${team.branchId} (branch-manager)`,
      );
    const employee = await em.findOne(Employee, { id: employeeId });
    const problems = [];
    if (!employee) problems.push({ field: 'employeeId', problem: `no employee ${employeeId}` });
    else if (employee.teamId !== teamId) problems.push({ field: 'employeeId', problem: `${employee.name} is not in team ${teamId}` });
    else if (employee.status === EmployeeStatus.DEPARTED) problems.push({ field: 'employeeId', problem: `${employee.name} has departed` });
    else if (effectiveOn < employee.hiredOn) problems.push({ field: 'effectiveOn', problem: `${employee.name} was hired on ${employee.hiredOn}` });
    if (problems.length) throw new BadInputError('The duty role cannot be assigned', problems);
    const earlier = await em.find(DutyRoleAssignment, { employeeId });
    const sameDay = earlier.find((a) => a.effectiveOn === effectiveOn);
    if (sameDay) throw new ConflictError(`${employee!.name} already has a duty role from ${effectiveOn} (${sameDay.role}, by ${sameDay.assignedBy})`);
    if (dutyInTeamOn(earlier, teamId, effectiveOn)?.role === role)
      throw new ConflictError(`${employee!.name} already has the duty role ${role} in team ${teamId} on ${effectiveOn}`);
    const row = recordDutyRole(em, { teamId, branchId: team.branchId, employeeId, role, effectiveOn, assignedBy: principal.username });
    await em.flush();
    return row;
  }

  @Authorized()
  @Query(() => DivisionOfLabour, {
    description:
      "A team's division of labour (分工) on a day (default today): each member's duty role in force then and the counts per role. " +
      "The team's own members, the branch's manager and deputy, head office.",
  })
  async divisionOfLabour(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'The day (default today, Asia/Shanghai)' }) on: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<DivisionOfLabour> {
    const team = await loadTeam(em, teamId);
    if (!mayReadDivision(principal, team))
      throw new ForbiddenError(`The division of labour of team ${teamId} is read by its members, the leadership of branch ${team.branchId} and head office`);
    const day = on ?? todayInShanghai();
    const [current, inTeam] = await Promise.all([
      em.find(Employee, { teamId, status: { $ne: EmployeeStatus.DEPARTED } }),
      em.find(DutyRoleAssignment, { teamId }),
    ]);
    const ids = [...new Set([...current.map((e) => e.id), ...inTeam.map((a) => a.employeeId)])];
    const [assignments, people] = await Promise.all([em.find(DutyRoleAssignment, { employeeId: { $in: ids } }), em.find(Employee, { id: { $in: ids } })]);
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const d = divisionOn(teamId, day, current, assignments);
    return {
      teamId,
      branchId: team.branchId,
      on: day,
      members: d.members.map((m) => ({
        employeeId: m.employeeId,
        name: nameOf.get(m.employeeId) ?? m.employeeId,
        role: m.assignment?.role ?? null,
        assignment: m.assignment,
      })),
      developmentCount: d.counts.development,
      serviceCount: d.counts.service,
      unassignedCount: d.counts.unassigned,
    };
  }
}

@Resolver(() => Employee)
export class EmployeeDutyRoleResolver {
  @FieldResolver(() => DutyRole, {
    nullable: true,
    description:
      "The employee's duty role (分工) in their team on a day (default today): developing or serving customers; null when none is assigned in the team",
  })
  async dutyRole(
    @Root() employee: Employee,
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'The day (default today, Asia/Shanghai)' }) on: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<DutyRole | null> {
    if (!employee.teamId) return null;
    const rows = await childrenOf(ctx, DutyRoleAssignment, 'employeeId', employee.id);
    return dutyInTeamOn(rows, employee.teamId, on ?? todayInShanghai())?.role ?? null;
  }
}
