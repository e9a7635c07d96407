import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BadInputError, LocalDateScalar, YearMonthScalar, type FieldProblem, type RequestContext } from '@bg/graphql';
import { visibleKnownEmployee } from '@bg/service';
import { today } from '../common/clock';
import { addDays, firstDay, isoWeekday, lastDay } from '../common/dates';
import { selfEmployee } from '../common/scope';
import { CustomerStanding, CustomerVisit } from '../customer-visits/customer-visit.entity';
import { WeeklyGoal } from './weekly-goal.entity';

@ObjectType({ description: "A manager's weekly goal (R-1.7) against the customers in their visit log" })
class WeeklyGoalProgress {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => LocalDateScalar, { description: 'Monday' }) weekStart!: string;
  @Field(() => Int, { description: 'The goal: new customers to win that week' }) newCustomersTarget!: number;
  @Field(() => Int, { description: 'The goal: potential customers to visit that week' }) potentialCustomersTarget!: number;
  @Field(() => Int, { description: 'Distinct NEW customers visited that week' }) newCustomers!: number;
  @Field(() => Int, { description: 'Distinct POTENTIAL customers visited that week' }) potentialCustomers!: number;
  @Field({ description: 'Both targets reached' }) met!: boolean;
}

function progress(goal: WeeklyGoal, visits: CustomerVisit[]): WeeklyGoalProgress {
  const end = addDays(goal.weekStart, 6);
  const inWeek = visits.filter((v) => v.date >= goal.weekStart && v.date <= end);
  const distinct = (s: CustomerStanding) => new Set(inWeek.filter((v) => v.standing === s).map((v) => v.customerName)).size;
  const newCustomers = distinct(CustomerStanding.NEW);
  const potentialCustomers = distinct(CustomerStanding.POTENTIAL);
  return {
    employeeId: goal.employeeId,
    weekStart: goal.weekStart,
    newCustomersTarget: goal.newCustomers,
    potentialCustomersTarget: goal.potentialCustomers,
    newCustomers,
    potentialCustomers,
    met: newCustomers >= goal.newCustomers && potentialCustomers >= goal.potentialCustomers,
  };
}

@Resolver(() => WeeklyGoalProgress)
export class WeeklyGoalResolver {
  @Authorized('client-manager', 'group-leader')
  @Mutation(() => WeeklyGoalProgress, { description: 'Set (or revise, until the week is over) your own goal for a week (R-1.7)' })
  async setWeeklyGoal(
    @Arg('weekStart', () => LocalDateScalar, { description: 'The Monday' }) weekStart: string,
    @Arg('newCustomers', () => Int, { description: "New customers to win that week, 0 or more (the guideline's example: 2 or more)" }) newCustomers: number,
    @Arg('potentialCustomers', () => Int, { description: 'Potential customers to visit that week, 0 or more' }) potentialCustomers: number,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<WeeklyGoalProgress> {
    const me = await selfEmployee(em, principal);
    const problems: FieldProblem[] = [];
    if (isoWeekday(weekStart) !== 1) problems.push({ field: 'weekStart', problem: `${weekStart} is not a Monday` });
    else if (addDays(weekStart, 6) < today()) problems.push({ field: 'weekStart', problem: 'that week is over' });
    if (!Number.isInteger(newCustomers) || newCustomers < 0 || newCustomers > 100)
      problems.push({ field: 'newCustomers', problem: 'a whole number from 0 to 100' });
    if (!Number.isInteger(potentialCustomers) || potentialCustomers < 0 || potentialCustomers > 100)
      problems.push({ field: 'potentialCustomers', problem: 'a whole number from 0 to 100' });
    if (problems.length) throw new BadInputError('The weekly goal is not valid', problems);
    const goal = (await em.findOne(WeeklyGoal, { employeeId: me.id, weekStart })) ?? em.create(WeeklyGoal, { employeeId: me.id, weekStart } as WeeklyGoal);
    Object.assign(goal, { newCustomers, potentialCustomers, setAt: new Date() });
    await em.flush();
    const visits = await em.find(CustomerVisit, { employeeId: me.id, date: { $gte: weekStart, $lte: addDays(weekStart, 6) } });
    return progress(goal, visits);
  }

  @Authorized()
  @Query(() => [WeeklyGoalProgress], {
    description: "A manager's weekly goals for the weeks starting in a month, with actuals (self, group/team lead, branch staff, head office)",
  })
  async weeklyGoals(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    await visibleKnownEmployee(em, principal, employeeId);
    const goals = await em.find(WeeklyGoal, { employeeId, weekStart: { $gte: firstDay(month), $lte: lastDay(month) } }, { orderBy: { weekStart: 'asc' } });
    const visits = await em.find(CustomerVisit, { employeeId, date: { $gte: firstDay(month), $lte: addDays(lastDay(month), 6) } });
    return goals.map((g) => progress(g, visits));
  }
}
