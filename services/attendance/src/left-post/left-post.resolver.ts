/**
 * leaving the post (issue 16 item 5): recordPatrol (patrols module) records the missing who
 * are not accounted for as LEFT_POST days here, in the same flush; reads by team and by person.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { BadInputError, YearMonthScalar, type RequestContext } from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { firstDay, lastDay } from '../common/dates';
import { visibleTeam } from '../common/scope';
import { LeaveRequest, LeaveStatus } from '../leave/leave.entity';
import { VisitSlip } from '../slips/slip.entity';
import { Patrol } from '../patrols/patrol.entity';
import { LeftPostDay } from './left-post.entity';
import { leftPost } from './left-post.rules';

/** Called by recordPatrol before its flush: the patrol's missing without leave or a visit at that time left their post that day (once per day). */
export async function recordLeftPost(em: EntityManager, patrol: Patrol): Promise<void> {
  if (!patrol.missingIds.length) return;
  const [leaves, slips, already] = await Promise.all([
    em.find(LeaveRequest, {
      employeeId: { $in: patrol.missingIds },
      status: LeaveStatus.APPROVED,
      startDate: { $lte: patrol.date },
      endDate: { $gte: patrol.date },
    }),
    em.find(VisitSlip, { employeeId: { $in: patrol.missingIds }, date: patrol.date }),
    em.find(LeftPostDay, { employeeId: { $in: patrol.missingIds }, date: patrol.date }),
  ]);
  const recorded = new Set(already.map((d) => d.employeeId));
  const found = leftPost(
    patrol.missingIds,
    patrol.date,
    patrol.time,
    leaves.map((l) => ({ ...l, halfDay: l.halfDay as 'AM' | 'PM' | null })),
    slips,
  );
  for (const employeeId of found.leftPost.filter((id) => !recorded.has(id))) {
    em.create(LeftPostDay, {
      employeeId,
      date: patrol.date,
      branchId: patrol.branchId,
      teamId: patrol.teamId,
      outletId: patrol.outletId,
      patrolId: patrol.id,
      time: patrol.time,
      recordedBy: patrol.recordedBy,
    } as LeftPostDay);
  }
}

@Resolver(() => LeftPostDay)
export class LeftPostResolver {
  @Authorized()
  @Query(() => [LeftPostDay], {
    description:
      "Days recorded as LEFT_POST (擅自离岗) in a month: a team's (its lead, branch staff, head office) or a person's (by person scope, themself included)",
  })
  async leftPostDays(
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Arg('teamId', () => ID, { description: 'The team (营销团队)', nullable: true }) teamId: string | undefined,
    @Arg('employeeId', () => ID, { description: 'The employee', nullable: true }) employeeId: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<LeftPostDay[]> {
    if (!teamId === !employeeId) throw new BadInputError('Name a team or a person', [{ field: 'teamId', problem: 'give teamId or employeeId (one of them)' }]);
    const range = { $gte: firstDay(month), $lte: lastDay(month) };
    if (teamId) {
      await visibleTeam(em, principal, teamId);
      return em.find(LeftPostDay, { teamId, date: range }, { orderBy: { date: 'asc', employeeId: 'asc' } });
    }
    await visibleKnownEmployee(em, principal, employeeId!);
    return em.find(LeftPostDay, { employeeId, date: range }, { orderBy: { date: 'asc' } });
  }
}

@Resolver(() => Patrol)
export class PatrolLeftPostResolver {
  @FieldResolver(() => [ID], {
    description:
      'Of the missing: those recorded as LEFT_POST by this patrol (the others had leave or a visit slip at that time, or were recorded earlier that day)',
  })
  async leftPostIds(@Root() p: Patrol, @Ctx() { em }: RequestContext): Promise<string[]> {
    return (await em.find(LeftPostDay, { patrolId: p.id }, { fields: ['employeeId'], orderBy: { employeeId: 'asc' } })).map((d) => d.employeeId);
  }
}
