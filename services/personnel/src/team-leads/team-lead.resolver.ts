/**
 * Issue 16 item 7: the team lead (团队负责人) as an effective-dated fact of the organisation. The
 * branch manager (own branch) or channel management appoints a lead from a day; the appointment goes
 * out as `TeamLeadAppointed` on personnel.organisation in the same flush, so attendance knows who led
 * the team on any day (the lead of the period bears its meeting gaps, R-2.6).
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { hasRole } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, NotFoundError, childrenOf, type RequestContext } from '@bg/graphql';
import { leadOn } from '@bg/service';
import { Team } from '../organisation/organisation.entity';
import { Employee } from '../employees/employee.entity';
import { TeamLeadAppointment } from './team-lead.entity';
import { todayInShanghai } from '../serials/access';

/** Records an appointment and its event (also the demo seed's way). */
export function appointLead(
  em: EntityManager,
  a: Pick<TeamLeadAppointment, 'teamId' | 'branchId' | 'employeeId' | 'effectiveOn' | 'appointedBy'>,
): TeamLeadAppointment {
  const row = em.create(TeamLeadAppointment, { ...a, appointedAt: new Date() } as TeamLeadAppointment);
  recordEvent(em, 'personnel', 'TeamLeadAppointed', a.teamId, { teamId: a.teamId, branchId: a.branchId, employeeId: a.employeeId, effectiveOn: a.effectiveOn });
  return row;
}

@Resolver(() => Team)
export class TeamLeadResolver {
  @Authorized('branch-manager', 'channel-management')
  @Mutation(() => TeamLeadAppointment, {
    description: "Appoint a team's lead (团队负责人) from a day: an employee of the team; the branch's manager or channel management",
  })
  async appointTeamLead(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)' }) teamId: string,
    @Arg('employeeId', () => ID, { description: 'The new lead, an employee of the team' }) employeeId: string,
    @Arg('effectiveOn', () => LocalDateScalar, { description: 'The first day they lead the team (may be in the past: a correction)' }) effectiveOn: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<TeamLeadAppointment> {
    const team = await em.findOne(Team, { id: teamId });
    if (!team) throw new NotFoundError('Team', teamId);
    if (!hasRole(principal, 'channel-management') && principal.branchId !== team.branchId)
      throw new ForbiddenError(`Only branch ${team.branchId}'s manager or channel management appoints its team leads`);
    const employee = await em.findOne(Employee, { id: employeeId });
    const problems = [];
    if (!employee) problems.push({ field: 'employeeId', problem: `no employee ${employeeId}` });
    else if (employee.teamId !== teamId) problems.push({ field: 'employeeId', problem: `${employee.name} is not in team ${teamId}` });
    else if (employee.status === 'DEPARTED') problems.push({ field: 'employeeId', problem: `${employee.name} has departed` });
    if (effectiveOn > todayInShanghai()) problems.push({ field: 'effectiveOn', problem: 'appoint from today or an earlier day' });
    if (problems.length) throw new BadInputError('The appointment is not valid', problems);
    const earlier = await em.find(TeamLeadAppointment, { teamId });
    if (earlier.some((a) => a.effectiveOn === effectiveOn)) throw new ConflictError(`Team ${teamId} already has a lead appointed from ${effectiveOn}`);
    if (
      leadOn(
        earlier.map((a) => ({ effectiveFrom: a.effectiveOn, employeeId: a.employeeId })),
        effectiveOn,
      ) === employeeId
    )
      throw new ConflictError(`${employee!.name} already leads team ${teamId} on ${effectiveOn}`);
    const row = appointLead(em, { teamId, branchId: team.branchId, employeeId, effectiveOn, appointedBy: principal.username });
    await em.flush();
    return row;
  }

  @FieldResolver(() => [TeamLeadAppointment], { description: "The team's leads (团队负责人) over time, oldest first" })
  leads(@Root() team: Team, @Ctx() ctx: RequestContext): Promise<TeamLeadAppointment[]> {
    return childrenOf(ctx, TeamLeadAppointment, 'teamId', team.id, { orderBy: { effectiveOn: 'asc' } });
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The lead in force today (or on `on`)' })
  async leadId(
    @Root() team: Team,
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'The day (default today)' }) on: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    const rows = await childrenOf(ctx, TeamLeadAppointment, 'teamId', team.id, { orderBy: { effectiveOn: 'asc' } });
    return leadOn(
      rows.map((a) => ({ effectiveFrom: a.effectiveOn, employeeId: a.employeeId })),
      on ?? todayInShanghai(),
    );
  }
}
