/**
 * R-2.2 (issue 16 item 6): the team's lead records a marketing activity with who attended; the absent
 * (expected, without approved leave) go to performance's duty assessment as `MarketingActivityMissed`
 * on attendance.duty, in the same flush.
 */
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { recordEvent } from '@bg/events';
import { BadInputError, ForbiddenError, LocalDateScalar, YearMonthScalar, type FieldProblem, type RequestContext } from '@bg/graphql';
import { clientManagersDuring, visibleKnownEmployee } from '@bg/service';
import { today } from '../common/clock';
import { addDays, firstDay, lastDay } from '../common/dates';
import { leadsTeam, teamOf, visibleTeam } from '../common/scope';
import { LeaveRequest, LeaveStatus } from '../leave/leave.entity';
import { MarketingActivity, MarketingActivityKind } from './activity.entity';
import { activityAttendance } from './activity.rules';

@InputType({ description: "A team's marketing activity that took place, with who attended" })
class RecordMarketingActivityInput {
  @Field(() => ID, { description: 'The team (营销团队)' }) teamId!: string;
  @Field(() => MarketingActivityKind, { description: 'What kind of activity' }) kind!: MarketingActivityKind;
  @Field({ description: 'What it was' }) title!: string;
  @Field(() => LocalDateScalar, { description: 'The day it took place (today or within the last 31 days)' }) date!: string;
  @Field({ description: 'Where' }) location!: string;
  @Field(() => [ID], { description: "The team's client managers who attended" }) attendeeIds!: string[];
}

@Resolver(() => MarketingActivity)
export class MarketingActivityResolver {
  @Authorized('team-lead')
  @Mutation(() => MarketingActivity, {
    description:
      "Record a team's marketing activity (营销活动, R-2.2) and who attended; the absent without approved leave go to the duty assessment (the team's lead)",
  })
  async recordMarketingActivity(@Arg('input', { description: 'The activity' }) input: RecordMarketingActivityInput, @Ctx() { em, principal }: RequestContext) {
    const team = await teamOf(em, input.teamId);
    if (!leadsTeam(principal, team.id)) throw new ForbiddenError(`Only the lead of team ${team.id} records its marketing activities`);
    const problems: FieldProblem[] = [];
    const now = today();
    if (input.date > now) problems.push({ field: 'date', problem: 'an activity is recorded on or after its day' });
    if (input.date < addDays(now, -31)) problems.push({ field: 'date', problem: 'an activity is recorded within a month' });
    for (const [field, value, max] of [
      ['title', input.title, 200],
      ['location', input.location, 200],
    ] as const) {
      if (!value.trim()) problems.push({ field, problem: `give the ${field}` });
      else if (value.length > max) problems.push({ field, problem: `at most ${max} characters` });
    }
    const expected = [...(await clientManagersDuring(em, input.date, input.date, { teamId: team.id })).keys()];
    const onLeave = (
      await em.find(LeaveRequest, {
        employeeId: { $in: expected },
        status: LeaveStatus.APPROVED,
        startDate: { $lte: input.date },
        endDate: { $gte: input.date },
      })
    ).map((l) => l.employeeId);
    const split = activityAttendance(expected, input.attendeeIds, onLeave);
    problems.push(...split.problems);
    if (problems.length) throw new BadInputError('The activity is not valid', problems);
    const activity = em.create(MarketingActivity, {
      branchId: team.branchId,
      teamId: team.id,
      kind: input.kind,
      title: input.title.trim(),
      date: input.date,
      location: input.location.trim(),
      attendeeIds: [...input.attendeeIds],
      absentIds: split.absent,
      excusedIds: split.excused,
      recordedBy: principal.username,
    } as MarketingActivity);
    if (split.absent.length)
      recordEvent(em, 'attendance', 'MarketingActivityMissed', team.id, {
        activityId: activity.id,
        branchId: team.branchId,
        teamId: team.id,
        date: input.date,
        title: activity.title,
        employeeIds: split.absent,
      });
    await em.flush();
    return activity;
  }

  @Authorized()
  @Query(() => [MarketingActivity], {
    description:
      "Marketing activities of a month: a team's (its lead, branch staff, head office) or those a person was expected at (person scope, themself included)",
  })
  async marketingActivities(
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('teamId', () => ID, { nullable: true, description: 'The team (营销团队)' }) teamId: string | undefined,
    @Arg('employeeId', () => ID, { nullable: true, description: 'The person' }) employeeId: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<MarketingActivity[]> {
    if (!teamId === !employeeId) throw new BadInputError('Name a team or a person', [{ field: 'teamId', problem: 'give teamId or employeeId (one of them)' }]);
    const date = { $gte: firstDay(month), $lte: lastDay(month) };
    if (teamId) {
      await visibleTeam(em, principal, teamId);
      return em.find(MarketingActivity, { teamId, date }, { orderBy: { date: 'asc', id: 'asc' } });
    }
    const person = await visibleKnownEmployee(em, principal, employeeId!);
    const periods = (await clientManagersDuring(em, firstDay(month), lastDay(month), { employeeIds: [person.id] })).get(person.id) ?? [];
    const teams = [...new Set(periods.map((p) => p.teamId).filter((t): t is string => !!t))];
    const all = await em.find(MarketingActivity, { teamId: { $in: teams }, date }, { orderBy: { date: 'asc', id: 'asc' } });
    return all.filter((a) => [...a.attendeeIds, ...a.absentIds, ...a.excusedIds].includes(person.id));
  }
}
