import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  YearMonthScalar,
  childrenOf,
  type FieldProblem,
  type RequestContext,
  YearQuarterScalar,
} from '@bg/graphql';
import { KnownEmployee, visibleKnownEmployee } from '@bg/service';
import { today } from '../common/clock';
import { addDays, firstDay, lastDay, quarterRange } from '../common/dates';
import { actsForBranch, canSeeBranch, leadsTeam, selfEmployee, teamOf, visibleTeam } from '../common/scope';
import { CustomerStanding, CustomerVisit, CustomerTier, IssueStatus, IssueStep, VisitIssue } from './customer-visit.entity';
import { Customer } from '../customers/customer.entity';
import { followUpSubject, isOverdue, visitReport } from './customer-visit.rules';

@InputType({ description: 'An issue the customer raised that could not be answered on the spot' })
class RaisedIssueInput {
  @Field({ description: 'What it is, in words' }) description!: string;
  @Field(() => LocalDateScalar, { description: 'When the customer should have the outcome' }) dueOn!: string;
}

@InputType({ description: 'A customer visit to log (客户走访, R-2.9)' })
class LogCustomerVisitInput {
  @Field(() => LocalDateScalar, { description: 'The day' }) date!: string;
  @Field(() => ID, { description: 'The registered customer visited (register them first: registerCustomer); name and tier come from the register' })
  customerId!: string;
  @Field(() => CustomerStanding, { description: "The customer's standing with you: NEW, POTENTIAL or EXISTING" }) standing!: CustomerStanding;
  @Field({ description: 'What was discussed' }) discussed!: string;
  @Field(() => [RaisedIssueInput], { defaultValue: [], description: 'Issues the customer raised that could not be answered on the spot' })
  issues!: RaisedIssueInput[];
}

@ArgsType()
class CustomerVisitsArgs {
  @Field(() => ID, { nullable: true, description: 'The employee it concerns' }) employeeId?: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string;
  @Field(() => YearMonthScalar, { description: 'The month' }) month!: string;
}

@ObjectType({ description: 'Visits to customers of one tier' })
export class TierCount {
  @Field(() => CustomerTier, { description: 'The customer tier (分级管理)' }) tier!: CustomerTier;
  @Field(() => Int, { description: 'Visit slips filed for the month' }) visits!: number;
}

@ObjectType({ description: "One manager's line of the quarterly customer-visit report" })
export class VisitReportLine {
  @Field(() => ID, { description: '"*" for the branch total' }) employeeId!: string;
  @Field(() => String, { description: "The manager's name; null on the total line", nullable: true }) name!: string | null;
  @Field(() => Int, { description: 'Visit slips filed for the month' }) visits!: number;
  @Field(() => [TierCount], { description: 'Visits per customer tier (分级管理: A, B, C)' }) byTier!: TierCount[];
  @Field(() => Int, { description: "Issues raised by customers on the quarter's visits" }) issuesOpened!: number;
  @Field(() => Int, { description: 'Of those, issues resolved (the customer told the outcome)' }) issuesResolved!: number;
  @Field(() => Int, { description: 'Of those, issues whose customer was not told by the due date' }) issuesOverdue!: number;
}

@ObjectType({ description: "A branch's quarterly customer visit report for its leadership (R-2.9)" })
class QuarterlyVisitReport {
  @Field(() => ID, { description: 'The branch (营业部)' }) branchId!: string;
  @Field(() => YearQuarterScalar, { description: 'The quarter reported' }) quarter!: string;
  @Field(() => LocalDateScalar, { description: 'The first day (inclusive)' }) from!: string;
  @Field(() => LocalDateScalar, { description: 'The last day (inclusive)' }) to!: string;
  @Field(() => VisitReportLine, { description: 'The branch\'s total over the quarter (employeeId "*")' }) total!: VisitReportLine;
  @Field(() => [VisitReportLine], { description: 'One line per client manager who visited customers in the quarter, by name' }) byManager!: VisitReportLine[];
}

function text(problems: FieldProblem[], field: string, value: string, max: number, what: string): void {
  if (!value.trim()) problems.push({ field, problem: `give ${what}` });
  else if (value.length > max) problems.push({ field, problem: `at most ${max} characters` });
}

async function ownIssue(em: EntityManager, p: Principal, id: string): Promise<VisitIssue> {
  const issue = await em.findOne(VisitIssue, id);
  if (!issue) throw new NotFoundError('Issue', id);
  if (issue.employeeId !== p.employeeId) throw new ForbiddenError('Whoever made the visit follows its issues up (谁走访谁督办)');
  if (issue.status === IssueStatus.RESOLVED) throw new ConflictError('This issue is resolved: the customer was told the outcome');
  return issue;
}

function step(issue: VisitIssue, action: string, note: string): void {
  issue.steps = [...issue.steps, Object.assign(new IssueStep(), { on: today(), action, note })];
}

/** Emits FollowUpOverdue once per overdue open issue of a branch (or one team); returns how many now. */
export async function flagOverdueFollowUps(em: EntityManager, branchId: string, teamId?: string): Promise<number> {
  const issues = await em.find(VisitIssue, {
    branchId,
    ...(teamId ? { teamId } : {}),
    status: { $ne: IssueStatus.RESOLVED },
    dueOn: { $lt: today() },
    overdueFlaggedAt: null,
  });
  for (const issue of issues) {
    issue.overdueFlaggedAt = new Date();
    recordEvent(em, 'attendance', 'FollowUpOverdue', issue.id, {
      issueId: issue.id,
      employeeId: issue.employeeId,
      branchId: issue.branchId,
      dueOn: issue.dueOn,
    });
  }
  return issues.length;
}

/** The quarterly visit report's figures of a branch (or one team) for a range, with the managers' names. */
export async function reportFigures(
  em: EntityManager,
  where: { branchId: string; teamId?: string },
  range: { from: string; to: string },
): Promise<{ total: VisitReportLine; byManager: VisitReportLine[] }> {
  const [visits, issues] = await Promise.all([
    em.find(CustomerVisit, { ...where, date: { $gte: range.from, $lte: range.to } }, { fields: ['employeeId', 'tier'] }),
    em.find(VisitIssue, { ...where, $or: [{ raisedOn: { $gte: range.from, $lte: range.to } }, { customerToldOn: { $gte: range.from, $lte: range.to } }] }),
  ]);
  const report = visitReport(visits, issues, range, today());
  const names = new Map(
    (await em.find(KnownEmployee, { id: { $in: report.byManager.map((l) => l.employeeId) } }, { fields: ['id', 'name'] })).map((k) => [k.id, k.name]),
  );
  return {
    total: { ...report.total, name: null },
    byManager: report.byManager.map((l) => ({ ...l, name: names.get(l.employeeId) ?? null })),
  };
}

/** The issues of visits answered by this request, loaded with them (no query per visit). */
const issuesOf = new WeakMap<CustomerVisit, VisitIssue[]>();

@Resolver(() => CustomerVisit)
export class CustomerVisitIssuesResolver {
  @FieldResolver(() => [VisitIssue], { description: 'The issues raised on the visit, each followed up by the visitor' })
  async issues(@Root() visit: CustomerVisit, @Ctx() ctx: RequestContext): Promise<VisitIssue[]> {
    return issuesOf.get(visit) ?? childrenOf(ctx, VisitIssue, 'visitId', visit.id, { orderBy: { raisedOn: 'asc', id: 'asc' } });
  }
}

@Resolver(() => VisitIssue)
export class CustomerVisitResolver {
  @Authorized('client-manager', 'group-leader')
  @Mutation(() => CustomerVisit, {
    description: 'Log a customer visit (R-2.9) with the issues raised; you follow each issue up. For the roles client-manager, group-leader',
  })
  async logCustomerVisit(
    @Arg('input', { description: 'What to record' }) input: LogCustomerVisitInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<CustomerVisit> {
    const me = await selfEmployee(em, principal);
    const now = today();
    const problems: FieldProblem[] = [];
    if (input.date > now) problems.push({ field: 'date', problem: 'a visit is logged on or after it happened' });
    if (input.date < addDays(now, -31)) problems.push({ field: 'date', problem: 'a visit is logged within a month' });
    text(problems, 'discussed', input.discussed, 4000, 'what was discussed');
    input.issues.forEach((i, n) => {
      text(problems, `issues[${n}].description`, i.description, 2000, 'the issue');
      if (i.dueOn < input.date) problems.push({ field: `issues[${n}].dueOn`, problem: 'the due date cannot be before the visit' });
    });
    const customer = await em.findOne(Customer, input.customerId);
    if (!customer) problems.push({ field: 'customerId', problem: `no registered customer ${input.customerId}: register the customer first` });
    else if (customer.branchId !== me.branchId) problems.push({ field: 'customerId', problem: `a customer of branch ${customer.branchId}, not yours` });
    if (problems.length) throw new BadInputError('The visit log is not valid', problems);
    const visit = em.create(CustomerVisit, {
      employeeId: me.id,
      branchId: me.branchId,
      teamId: me.teamId,
      date: input.date,
      customerId: customer!.id,
      customerName: customer!.name,
      tier: customer!.tier,
      standing: input.standing,
      discussed: input.discussed.trim(),
    } as CustomerVisit);
    const issues = input.issues.map((i) =>
      em.create(VisitIssue, {
        visitId: visit.id,
        employeeId: me.id,
        branchId: me.branchId,
        teamId: me.teamId,
        customerName: visit.customerName,
        raisedOn: input.date,
        description: i.description.trim(),
        dueOn: i.dueOn,
        steps: [Object.assign(new IssueStep(), { on: now, action: 'RAISED', note: i.description.trim() })],
      } as VisitIssue),
    );
    await em.flush();
    issuesOf.set(visit, issues); // the answer carries the follow-ups with their ids
    return visit;
  }

  @Authorized('client-manager', 'group-leader')
  @Mutation(() => VisitIssue, { description: 'Pass an issue to the department responsible (the visitor)' })
  async passIssue(
    @Arg('issueId', () => ID, { description: 'The raised issue' }) issueId: string,
    @Arg('department', { description: 'The co-signing department' }) department: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const issue = await ownIssue(em, principal, issueId);
    const problems: FieldProblem[] = [];
    text(problems, 'department', department, 100, 'the department');
    if (problems.length) throw new BadInputError('Name the department', problems);
    Object.assign(issue, { status: IssueStatus.PASSED, passedTo: department.trim() });
    step(issue, 'PASSED', department.trim());
    await em.flush();
    return issue;
  }

  @Authorized('client-manager', 'group-leader')
  @Mutation(() => VisitIssue, { description: 'Chase the department about an issue (the visitor)' })
  async chaseIssue(
    @Arg('issueId', () => ID, { description: 'The raised issue' }) issueId: string,
    @Arg('note', { description: 'A free-text note' }) note: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const issue = await ownIssue(em, principal, issueId);
    if (issue.status !== IssueStatus.PASSED) throw new ConflictError('Pass the issue to a department before chasing it');
    const problems: FieldProblem[] = [];
    text(problems, 'note', note, 1000, 'what was said');
    if (problems.length) throw new BadInputError('The chase needs a note', problems);
    issue.chases += 1;
    step(issue, 'CHASED', note.trim());
    await em.flush();
    return issue;
  }

  @Authorized('client-manager', 'group-leader')
  @Mutation(() => VisitIssue, { description: 'Record the outcome and the date the customer was told (the visitor); resolves the issue' })
  async resolveIssue(
    @Arg('issueId', () => ID, { description: 'The raised issue' }) issueId: string,
    @Arg('outcome', { description: 'The outcome' }) outcome: string,
    @Arg('customerToldOn', () => LocalDateScalar, { description: 'The day the customer was told the outcome (not in the future)' }) customerToldOn: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const issue = await ownIssue(em, principal, issueId);
    const problems: FieldProblem[] = [];
    text(problems, 'outcome', outcome, 2000, 'the outcome');
    if (customerToldOn > today()) problems.push({ field: 'customerToldOn', problem: 'the customer is told before it is recorded' });
    if (customerToldOn < issue.raisedOn) problems.push({ field: 'customerToldOn', problem: 'the customer cannot be told before raising the issue' });
    if (problems.length) throw new BadInputError('The outcome is not valid', problems);
    Object.assign(issue, { status: IssueStatus.RESOLVED, outcome: outcome.trim(), customerToldOn });
    step(issue, 'CUSTOMER_TOLD', outcome.trim());
    await em.flush();
    return issue;
  }

  @Authorized()
  @Query(() => [CustomerVisit], {
    description:
      'Customer visits of an employee or a team for a month. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async customerVisits(@Args() { employeeId, teamId, month }: CustomerVisitsArgs, @Ctx() { em, principal }: RequestContext) {
    if (!!employeeId === !!teamId) throw new BadInputError('Name an employee or a team', [{ field: 'employeeId', problem: 'give employeeId or teamId' }]);
    if (employeeId) await visibleKnownEmployee(em, principal, employeeId);
    else await visibleTeam(em, principal, teamId!);
    const where: FilterQuery<CustomerVisit> = { ...(employeeId ? { employeeId } : { teamId }), date: { $gte: firstDay(month), $lte: lastDay(month) } };
    const visits = await em.find(CustomerVisit, where, { orderBy: { date: 'asc', id: 'asc' } });
    if (visits.length) {
      const issues = await em.find(VisitIssue, { visitId: { $in: visits.map((v) => v.id) } }, { orderBy: { raisedOn: 'asc', id: 'asc' } });
      for (const v of visits)
        issuesOf.set(
          v,
          issues.filter((i) => i.visitId === v.id),
        );
    }
    return visits;
  }

  @Authorized()
  @Query(() => [VisitIssue], {
    description:
      "Follow-ups of customer visits, overdue first: your own (name nobody: 谁走访谁督办), a person's (people scope) or a team's (its lead, branch staff, head office); open ones unless includeResolved",
  })
  async followUps(
    @Arg('teamId', () => ID, { description: 'The team (营销团队)', nullable: true }) teamId: string | undefined,
    @Arg('employeeId', () => ID, { description: 'The employee', nullable: true }) employeeId: string | undefined,
    @Arg('overdueOnly', { description: 'Only issues whose customer was not told the outcome by the due date', defaultValue: false }) overdueOnly: boolean,
    @Arg('includeResolved', { description: 'Also list resolved issues (default: open ones only)', defaultValue: false }) includeResolved: boolean,
    @Ctx() { em, principal }: RequestContext,
  ) {
    const subject = followUpSubject({ teamId, employeeId }, principal.employeeId);
    if (Array.isArray(subject)) throw new BadInputError('Whose follow-ups?', subject);
    if ('teamId' in subject) await visibleTeam(em, principal, subject.teamId);
    else await visibleKnownEmployee(em, principal, subject.employeeId); // self always; others by people scope
    const status = includeResolved ? {} : { status: { $ne: IssueStatus.RESOLVED } };
    const found = await em.find(VisitIssue, { ...subject, ...status }, { orderBy: { dueOn: 'asc', id: 'asc' } });
    const now = today();
    return found.filter((i) => !overdueOnly || isOverdue(i, now));
  }

  @FieldResolver(() => Boolean, { description: 'The customer was not told by the due date' })
  overdue(@Root() issue: VisitIssue): boolean {
    return isOverdue(issue, today());
  }

  @Authorized('team-lead', 'branch-manager', 'branch-deputy-manager', 'attendance-clerk')
  @Mutation(() => Int, {
    description:
      'Emit FollowUpOverdue for overdue follow-ups not yet flagged (a team by its lead, a branch by its managers/clerk; also done by the month close)',
  })
  async flagOverdueFollowUps(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('teamId', () => ID, { description: 'The team (营销团队)', nullable: true }) teamId: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<number> {
    if (teamId) {
      const team = await teamOf(em, teamId);
      if (team.branchId !== branchId)
        throw new BadInputError(`Team ${teamId} is not in branch ${branchId}`, [{ field: 'teamId', problem: `not in branch ${branchId}` }]);
      if (!leadsTeam(principal, teamId) && !actsForBranch(principal, branchId, 'branch-manager', 'branch-deputy-manager', 'attendance-clerk'))
        throw new ForbiddenError('Only the team lead or the branch flags these');
    } else if (!actsForBranch(principal, branchId, 'branch-manager', 'branch-deputy-manager', 'attendance-clerk')) {
      throw new ForbiddenError("A branch's managers or clerk flag its follow-ups");
    }
    const n = await flagOverdueFollowUps(em, branchId, teamId);
    await em.flush();
    return n;
  }

  @Authorized('branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => QuarterlyVisitReport, { description: "A branch's quarterly visit report (quarter as 2027-Q1): branch leadership and head office" })
  async quarterlyVisitReport(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('quarter', () => YearQuarterScalar, { description: 'The quarter, e.g. 2026-Q3' }) quarter: string,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!canSeeBranch(principal, branchId)) throw new ForbiddenError(`You may not see the visit report of branch ${branchId}`);
    const range = quarterRange(quarter);
    if (!range) throw new BadInputError(`"${quarter}" is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1`, [{ field: 'quarter', problem: 'write YYYY-Qn' }]);
    return { branchId, quarter, ...range, ...(await reportFigures(em, { branchId }, range)) };
  }
}
