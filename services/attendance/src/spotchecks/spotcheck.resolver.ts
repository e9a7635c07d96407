import { randomBytes } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, NotFoundError, childrenOf, type RequestContext } from '@bg/graphql';
import { today } from '../common/clock';
import { leadsTeam, teamOf, visibleTeam } from '../common/scope';
import { VisitSlip } from '../slips/slip.entity';
import { WorkLog } from '../worklogs/worklog.entity';
import { CheckMethod, SpotCheck, SpotCheckDraw, SpotCheckKind, SpotCheckResult } from './spotcheck.entity';
import { drawSample } from './spotcheck.rules';

@InputType({ description: 'Which spot checks to draw: the team, what is checked, the period and the percent (抽查或全查)' })
class DrawSpotChecksInput {
  @Field(() => ID, { description: 'The team it belongs to' }) teamId!: string;
  @Field(() => SpotCheckKind, { description: 'Visit slips or work logs' }) kind!: SpotCheckKind;
  @Field(() => LocalDateScalar, { description: 'The first day of the past period to draw from' }) periodStart!: string;
  @Field(() => LocalDateScalar, { description: 'The last day of the period (inclusive), before today' }) periodEnd!: string;
  @Field(() => Int, { description: 'Percent to draw, 1-100; 100 checks all (全查)' }) @Min(1) @Max(100) ratePercent!: number;
}

@InputType({ description: 'The result of one spot check' })
class RecordSpotCheckInput {
  @Field(() => ID, { description: 'The drawn check (SpotCheck.id)' }) checkId!: string;
  @Field(() => SpotCheckResult, { description: 'Confirmed, or a discrepancy (counts against duty)' }) result!: SpotCheckResult;
  @Field(() => CheckMethod, { description: 'How it was checked' }) method!: CheckMethod;
  @Field(() => String, { nullable: true, description: 'What was found (required for a discrepancy)' }) note?: string | null;
}

@Resolver(() => SpotCheckDraw)
export class SpotCheckResolver {
  @Authorized('team-lead')
  @Mutation(() => SpotCheckDraw, {
    description:
      "Draw a random sample of the team's slips or logs over a past period to check (R-2.3, R-2.8); recorded and reproducible, one draw per period. For the roles team-lead",
  })
  async drawSpotChecks(
    @Arg('input', { description: 'What to record (see the input type)' }) input: DrawSpotChecksInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<SpotCheckDraw> {
    const team = await teamOf(em, input.teamId);
    if (!leadsTeam(principal, team.id)) throw new ForbiddenError("The team's own lead draws its spot checks");
    const problems = [];
    if (input.periodEnd < input.periodStart) problems.push({ field: 'periodEnd', problem: 'the period cannot end before it starts' });
    if (input.periodEnd > today()) problems.push({ field: 'periodEnd', problem: 'spot checks are drawn after the period (it ends in the future)' });
    if (problems.length) throw new BadInputError('The draw is not valid', problems);
    const earlier = await em.findOne(SpotCheckDraw, {
      teamId: team.id,
      kind: input.kind,
      periodStart: { $lte: input.periodEnd },
      periodEnd: { $gte: input.periodStart },
    });
    if (earlier) {
      throw new ConflictError(
        `${input.kind} of ${earlier.periodStart} to ${earlier.periodEnd} were already drawn by ${earlier.drawnBy} (draw ${earlier.id}, seed ${earlier.seed}); a draw is not repeated`,
      );
    }
    const period = { teamId: team.id, date: { $gte: input.periodStart, $lte: input.periodEnd } };
    const items: Array<{ id: string; employeeId: string }> =
      input.kind === SpotCheckKind.VISIT_SLIP
        ? await em.find(VisitSlip, period, { fields: ['id', 'employeeId'], orderBy: { date: 'asc', id: 'asc' } })
        : await em.find(WorkLog, period, { fields: ['id', 'employeeId'], orderBy: { date: 'asc', id: 'asc' } });
    if (!items.length)
      throw new BadInputError('Nothing to draw from', [
        { field: 'periodStart', problem: `no ${input.kind === SpotCheckKind.VISIT_SLIP ? 'visit slips' : 'work logs'} in the period` },
      ]);
    const seed = randomBytes(16).toString('hex');
    const population = items.map((i) => i.id);
    const selected = drawSample(seed, population, input.ratePercent);
    const draw = em.create(SpotCheckDraw, {
      kind: input.kind,
      branchId: team.branchId,
      teamId: team.id,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      ratePercent: input.ratePercent,
      seed,
      population,
      selected,
      drawnBy: principal.username,
    } as SpotCheckDraw);
    const owner = new Map(items.map((i) => [i.id, i.employeeId]));
    for (const itemId of selected)
      em.create(SpotCheck, { drawId: draw.id, kind: input.kind, itemId, employeeId: owner.get(itemId)!, branchId: team.branchId } as SpotCheck);
    await em.flush();
    return draw;
  }

  @Authorized('team-lead')
  @Mutation(() => SpotCheck, {
    description: 'Record the result of a drawn check (emits SpotCheckRecorded); a result is not changed afterwards. For the roles team-lead',
  })
  async recordSpotCheck(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordSpotCheckInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<SpotCheck> {
    const check = await em.findOne(SpotCheck, input.checkId);
    if (!check) throw new NotFoundError('Spot check', input.checkId);
    const draw = await em.findOneOrFail(SpotCheckDraw, check.drawId);
    if (!leadsTeam(principal, draw.teamId)) throw new ForbiddenError("The team's own lead records its spot checks");
    if (check.result) throw new ConflictError(`This check was already recorded ${check.result} by ${check.checkedBy} on ${check.checkedOn}`);
    const note = input.note?.trim() || null;
    if (input.result === SpotCheckResult.DISCREPANCY && !note)
      throw new BadInputError('Describe the discrepancy', [{ field: 'note', problem: 'a discrepancy needs a note' }]);
    if (note && note.length > 500) throw new BadInputError('The note is too long', [{ field: 'note', problem: 'at most 500 characters' }]);
    Object.assign(check, { result: input.result, method: input.method, note, checkedBy: principal.username, checkedOn: today() });
    recordEvent(em, 'attendance', 'SpotCheckRecorded', check.id, {
      checkId: check.id,
      employeeId: check.employeeId,
      branchId: check.branchId,
      kind: check.kind,
      result: input.result,
      checkedOn: check.checkedOn!,
    });
    await em.flush();
    return check;
  }

  @Authorized()
  @Query(() => [SpotCheckDraw], { description: "A team's spot-check draws, latest period first (its lead, branch staff, head office)" })
  async spotCheckDraws(
    @Arg('teamId', () => ID, { description: 'The team' }) teamId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<SpotCheckDraw[]> {
    await visibleTeam(em, principal, teamId);
    return em.find(SpotCheckDraw, { teamId }, { orderBy: { periodStart: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [SpotCheck], { description: 'The checks of the drawn items, with their results' })
  checks(@Root() draw: SpotCheckDraw, @Ctx() ctx: RequestContext): Promise<SpotCheck[]> {
    return childrenOf(ctx, SpotCheck, 'drawId', draw.id, { orderBy: { itemId: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Recomputing the draw from its seed and population gives the same items' })
  reproduces(@Root() draw: SpotCheckDraw): boolean {
    const again = drawSample(draw.seed, draw.population, draw.ratePercent);
    return again.length === draw.selected.length && again.every((id, i) => id === draw.selected[i]);
  }
}
