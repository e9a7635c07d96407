import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadInputError, ConflictError, LocalDateScalar, YearMonthScalar, type FieldProblem, type RequestContext } from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { today } from '../common/clock';
import { addDays, firstDay, lastDay } from '../common/dates';
import { selfEmployee } from '../common/scope';
import { WorkLog } from './worklog.entity';

@InputType({ description: "A day's work log entry (工作日志, R-1.5)" })
class WriteWorkLogInput {
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field({ description: 'What was done' }) done!: string;
  @Field(() => Int, { description: 'Customers contacted that day, 0 or more' }) customersContacted!: number;
  @Field({ description: 'Next steps planned' }) nextSteps!: string;
}

/** A log is written for today or the past week, once per day. */
export function workLogProblems(input: WriteWorkLogInput, now: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.date > now) problems.push({ field: 'date', problem: 'a log is written on or after its day' });
  else if (input.date < addDays(now, -7)) problems.push({ field: 'date', problem: 'a log is written within a week of its day' });
  if (!input.done.trim()) problems.push({ field: 'done', problem: 'say what was done' });
  if (input.done.length > 4000) problems.push({ field: 'done', problem: 'at most 4000 characters' });
  if (input.nextSteps.length > 2000) problems.push({ field: 'nextSteps', problem: 'at most 2000 characters' });
  if (!Number.isInteger(input.customersContacted) || input.customersContacted < 0 || input.customersContacted > 500) {
    problems.push({ field: 'customersContacted', problem: 'a whole number from 0 to 500' });
  }
  return problems;
}

@Resolver(() => WorkLog)
export class WorkLogResolver {
  @Authorized('client-manager', 'group-leader')
  @Mutation(() => WorkLog, {
    description: "Write the day's work log (R-1.5): what was done, customers contacted, next steps. For the roles client-manager, group-leader",
  })
  async writeWorkLog(
    @Arg('input', { description: 'What to record (see the input type)' }) input: WriteWorkLogInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<WorkLog> {
    const me = await selfEmployee(em, principal);
    const problems = workLogProblems(input, today());
    if (problems.length) throw new BadInputError('The work log is not valid', problems);
    const log = em.create(WorkLog, {
      employeeId: me.id,
      branchId: me.branchId,
      teamId: me.teamId,
      date: input.date,
      done: input.done.trim(),
      customersContacted: input.customersContacted,
      nextSteps: input.nextSteps.trim(),
    } as WorkLog);
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw new ConflictError(`Your log for ${input.date} is already written`);
      throw e;
    }
    return log;
  }

  @Authorized()
  @Query(() => [WorkLog], { description: "A manager's work logs of a month (self, group/team lead, branch staff, head office)" })
  async workLogs(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    await visibleKnownEmployee(em, principal, employeeId);
    return em.find(WorkLog, { employeeId, date: { $gte: firstDay(month), $lte: lastDay(month) } }, { orderBy: { date: 'asc' } });
  }
}
