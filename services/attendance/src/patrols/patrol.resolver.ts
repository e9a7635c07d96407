import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { BadInputError, ForbiddenError, LocalDateScalar, YearMonthScalar, type FieldProblem, type RequestContext } from '@bg/graphql';
import { clientManagersDuring, inForceOn } from '@bg/service';
import { today } from '../common/clock';
import { firstDay, lastDay, minutesOf } from '../common/dates';
import { leadsTeam, teamOf, visibleTeam } from '../common/scope';
import { Patrol } from './patrol.entity';
import { recordLeftPost } from '../left-post/left-post.resolver';

@InputType({ description: "A lead's patrol of an outlet (R-2.4)" })
class RecordPatrolInput {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => ID, { description: 'The outlet (网点) it concerns' }) outletId!: string;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field({ description: 'HH:MM' }) time!: string;
  @Field(() => [ID], { description: 'Team members found at their post' }) presentIds!: string[];
  @Field({ description: "What the outlet's staff said" }) staffRemarks!: string;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) note?: string | null;
}

@Resolver(() => Patrol)
export class PatrolResolver {
  @Authorized('team-lead')
  @Mutation(() => Patrol, { description: "Record a patrol of an outlet (R-2.4; the team's lead): members posted there but not found are listed as missing" })
  async recordPatrol(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordPatrolInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Patrol> {
    const team = await teamOf(em, input.teamId);
    if (!leadsTeam(principal, team.id)) throw new ForbiddenError('A lead patrols for their own team');
    // The team's client managers on the patrol's day, and those posted to this outlet then.
    const members = await clientManagersDuring(em, input.date, input.date, { teamId: team.id });
    const posted = new Set([...members].filter(([, periods]) => inForceOn(periods, input.date)?.outletId === input.outletId).map(([id]) => id));
    const memberIds = new Set(members.keys());
    const problems: FieldProblem[] = [];
    if (input.date > today()) problems.push({ field: 'date', problem: 'a patrol is recorded on or after its day' });
    if (minutesOf(input.time) === null) problems.push({ field: 'time', problem: `"${input.time}" is not a time; write HH:MM` });
    input.presentIds.forEach((id, i) => {
      if (!memberIds.has(id)) problems.push({ field: `presentIds[${i}]`, problem: `${id} is not a member of team ${team.id}` });
    });
    if (!input.staffRemarks.trim()) problems.push({ field: 'staffRemarks', problem: "write what the outlet's staff said (or that they had no remarks)" });
    if (problems.length) throw new BadInputError('The patrol is not valid', problems);
    const present = [...new Set(input.presentIds)];
    const patrol = em.create(Patrol, {
      branchId: team.branchId,
      teamId: team.id,
      outletId: input.outletId,
      date: input.date,
      time: input.time,
      presentIds: present,
      missingIds: [...posted].filter((id) => !present.includes(id)).sort(),
      staffRemarks: input.staffRemarks.trim(),
      note: input.note?.trim() || null,
      recordedBy: principal.username,
    } as Patrol);
    await recordLeftPost(em, patrol); // the missing without leave or a visit slip left their post
    await em.flush();
    return patrol;
  }

  @Authorized()
  @Query(() => [Patrol], { description: "A team's patrols of a month (its lead, branch staff, head office)" })
  async patrols(
    @Arg('teamId', () => ID, { description: 'The team' }) teamId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    await visibleTeam(em, principal, teamId);
    return em.find(Patrol, { teamId, date: { $gte: firstDay(month), $lte: lastDay(month) } }, { orderBy: { date: 'asc', time: 'asc' } });
  }
}
