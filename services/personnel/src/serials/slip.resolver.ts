import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { canSeePerson, hasRole, type Principal } from '@bg/auth';
import {
  BadInputError,
  ConflictError,
  Connection,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  YearMonthScalar,
  decodeCursor,
  monthProblem,
  toPage,
  type FieldProblem,
  type RequestContext,
  YearScalar,
} from '@bg/graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Employee } from '../employees/employee.entity';
import { ConfirmationSlip, SlipMonthClosure } from './confirmation-slip.entity';
import { allocateSerial, lockSerialCounter } from './serial-number';
import { isHeadOffice, localDateProblem, readsWholeBranch, todayInShanghai } from './access';

@ObjectType()
class ConfirmationSlipConnection extends Connection(ConfirmationSlip) {}

@InputType({ description: "A customer confirmation slip, recorded in the archive clerk's branch" })
export class RecordSlipInput {
  @Field(() => ID, { description: 'The client manager who won the customer' }) employeeId!: string;
  @Field({ description: "The customer's name" }) customerName!: string;
  @Field(() => String, { description: "The customer's account number (资金账号), if opened; else give customerReference", nullable: true }) accountNumber?:
    string | null;
  @Field(() => String, { nullable: true, description: 'When there is no account number yet' }) customerReference?: string | null;
  @Field(() => LocalDateScalar, { description: 'The calendar day' }) date!: string;
  @Field(() => String, { nullable: true, description: 'A free-text note' }) note?: string | null;
  @Field({ description: 'Where the paper original / scan is kept' }) fileRef!: string;
}

@ArgsType()
class SlipsArgs {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => YearMonthScalar, { description: 'The month it is for' }) month!: string;
  @Field(() => ID, { nullable: true, description: "Only this client manager's slips" }) employeeId?: string | null;
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

const SLIP_READERS = [
  'archive-clerk',
  'branch-manager',
  'branch-deputy-manager',
  'team-lead',
  'client-manager',
  'brokerage-office',
  'channel-management',
  'executive',
] as const;

function text(field: string, value: string | null | undefined, max: number, required: boolean, problems: FieldProblem[]): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) problems.push({ field, problem: `${field} is required` });
    return null;
  }
  if (v.length > max) problems.push({ field, problem: `${field} is longer than ${max} characters` });
  return v;
}

/**
 * Which slips of a branch the caller may read (R-6.8 archive lookup rule): the whole branch for
 * head office and the branch's archive clerk, manager and deputy; a team lead their team's
 * managers' slips; a client manager their own. Null: none at all.
 */
async function slipScope(em: EntityManager, p: Principal, branchId: string): Promise<FilterQuery<ConfirmationSlip> | null> {
  if (readsWholeBranch(p, branchId)) return { branchId };
  const own = p.employeeId ? [p.employeeId] : [];
  if (hasRole(p, 'team-lead') && p.teamId) {
    const team = await em.find(Employee, { teamId: p.teamId }, { fields: ['id'] });
    return { branchId, employeeId: { $in: [...own, ...team.map((e) => e.id)] } };
  }
  if (hasRole(p, 'client-manager') && own.length) return { branchId, employeeId: own[0] };
  return null;
}

export async function recordSlip(em: EntityManager, principal: Principal, input: RecordSlipInput): Promise<ConfirmationSlip> {
  const branchId = principal.branchId;
  if (!hasRole(principal, 'archive-clerk') || !branchId) throw new ForbiddenError('Only an archive clerk records confirmation slips, in their own branch');
  const problems: FieldProblem[] = [];
  const customerName = text('customerName', input.customerName, 100, true, problems);
  const accountNumber = text('accountNumber', input.accountNumber, 40, false, problems);
  const customerReference = text('customerReference', input.customerReference, 60, false, problems);
  if (!accountNumber && !customerReference) problems.push({ field: 'accountNumber', problem: 'give the account number or a customer reference' });
  const note = text('note', input.note, 500, false, problems);
  const fileRef = text('fileRef', input.fileRef, 300, true, problems);
  const dateIssue = localDateProblem(input.date);
  if (dateIssue) problems.push({ field: 'date', problem: dateIssue });
  else if (input.date > todayInShanghai()) problems.push({ field: 'date', problem: `${input.date} is in the future` });
  const employee = input.employeeId ? await em.findOne(Employee, input.employeeId) : null;
  if (!employee || employee.branchId !== branchId) problems.push({ field: 'employeeId', problem: `no employee ${input.employeeId} in branch ${branchId}` });
  if (problems.length) throw new BadInputError('The confirmation slip is not valid', problems);

  const month = input.date.slice(0, 7);
  const year = Number(input.date.slice(0, 4));
  return em.transactional(async (tx) => {
    // The number first: it locks the branch's slip counter for the year until commit, so a
    // concurrent closing of the month waits for this slip (or this slip waits for the closing).
    const serial = await allocateSerial(tx, branchId, 'SLIP', year);
    if (await tx.count(SlipMonthClosure, { branchId, month })) {
      throw new ConflictError(`The slips of ${month} in branch ${branchId} are closed and archived; no new slip can be dated in that month`);
    }
    const slip = tx.create(ConfirmationSlip, {
      number: serial.number,
      year,
      seq: serial.seq,
      branchId,
      employeeId: employee!.id,
      customerName: customerName!,
      accountNumber,
      customerReference,
      date: input.date,
      month,
      note,
      fileRef: fileRef!,
      recordedBy: principal.username,
      recordedAt: new Date(),
    });
    await tx.flush();
    return slip;
  });
}

export async function closeSlipMonth(em: EntityManager, principal: Principal, branchId: string, month: string): Promise<SlipMonthClosure> {
  if (!hasRole(principal, 'archive-clerk', 'branch-manager') || principal.branchId !== branchId) {
    throw new ForbiddenError("Only the branch's archive clerk or manager closes a month of its slips");
  }
  const issue = monthProblem(month);
  if (issue) throw new BadInputError('The month is not valid', [{ field: 'month', problem: issue }]);
  if (month >= todayInShanghai().slice(0, 7)) {
    throw new BadInputError('Only a past month can be closed', [{ field: 'month', problem: `${month} is not over yet` }]);
  }
  return em.transactional(async (tx) => {
    await lockSerialCounter(tx, branchId, 'SLIP', Number(month.slice(0, 4)));
    const done = await tx.findOne(SlipMonthClosure, { branchId, month });
    if (done) throw new ConflictError(`The slips of ${month} in branch ${branchId} were already closed by ${done.closedBy} at ${done.closedAt.toISOString()}`);
    const where = { branchId, month };
    const slipCount = await tx.count(ConfirmationSlip, where);
    const [first] = await tx.find(ConfirmationSlip, where, { orderBy: { seq: 'asc' }, limit: 1 });
    const [last] = await tx.find(ConfirmationSlip, where, { orderBy: { seq: 'desc' }, limit: 1 });
    const closure = tx.create(SlipMonthClosure, {
      branchId,
      month,
      slipCount,
      firstNumber: first?.number ?? null,
      lastNumber: last?.number ?? null,
      closedBy: principal.username,
      closedAt: new Date(),
    });
    await tx.flush();
    return closure;
  });
}

@Resolver(() => ConfirmationSlip)
export class ConfirmationSlipResolver {
  @Authorized('archive-clerk')
  @Mutation(() => ConfirmationSlip, {
    description: 'R-6.4: record a customer confirmation slip in your branch; it gets the next serial number (archive-clerk)',
  })
  recordConfirmationSlip(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RecordSlipInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<ConfirmationSlip> {
    return recordSlip(em, principal, input);
  }

  @Authorized('archive-clerk', 'branch-manager')
  @Mutation(() => SlipMonthClosure, {
    description: "Close and archive a past month of your branch's slips; later slips dated in it are refused (archive-clerk, branch-manager)",
  })
  closeSlipMonth(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('month', () => YearMonthScalar, { description: 'The month' }) month: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<SlipMonthClosure> {
    return closeSlipMonth(em, principal, branchId, month);
  }

  @Authorized(...SLIP_READERS)
  @Query(() => ConfirmationSlipConnection, { description: "A branch's confirmation slips of a month, by serial number (the archive lookup rule applies)" })
  async confirmationSlips(@Args() { branchId, month, employeeId, page }: SlipsArgs, @Ctx() { em, principal }: RequestContext) {
    const issue = monthProblem(month);
    if (issue) throw new BadInputError('The month is not valid', [{ field: 'month', problem: issue }]);
    const scope = await slipScope(em, principal, branchId);
    if (!scope) throw new ForbiddenError(`You may not read the confirmation slips of branch ${branchId}`);
    const offset = decodeCursor(page?.after);
    const where: FilterQuery<ConfirmationSlip> = { $and: [scope, { month }, employeeId ? { employeeId } : {}] };
    const [nodes, total] = await em.findAndCount(ConfirmationSlip, where, { orderBy: { year: 'asc', seq: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized(...SLIP_READERS)
  @Query(() => ConfirmationSlip, {
    description:
      'One confirmation slip by its serial number. For the roles archive-clerk, branch-manager, branch-deputy-manager, team-lead, client-manager, brokerage-office, channel-management, executive',
  })
  async confirmationSlip(
    @Arg('number', { description: 'The serial number' }) number: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<ConfirmationSlip> {
    const slip = await em.findOne(ConfirmationSlip, { number: number.trim().toUpperCase() });
    if (!slip) throw new NotFoundError('Confirmation slip', number);
    const scope = await slipScope(em, principal, slip.branchId);
    if (!scope || !(await em.count(ConfirmationSlip, { $and: [scope, { id: slip.id }] }))) {
      throw new ForbiddenError(`You may not read confirmation slip ${slip.number}`);
    }
    return slip;
  }

  @Authorized('archive-clerk', 'branch-manager', 'branch-deputy-manager', 'brokerage-office', 'channel-management', 'executive')
  @Query(() => [SlipMonthClosure], {
    description:
      "The closed months of a branch's slips in a year. For the roles archive-clerk, branch-manager, branch-deputy-manager, brokerage-office, channel-management, executive",
  })
  async slipMonthClosures(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('year', () => YearScalar, { description: 'The calendar year' }) year: number,
    @Ctx() { em, principal }: RequestContext,
  ) {
    if (!readsWholeBranch(principal, branchId)) throw new ForbiddenError(`You may not read the slip closings of branch ${branchId}`);
    return em.find(SlipMonthClosure, { branchId, month: { $like: `${Math.trunc(year)}-%` } }, { orderBy: { month: 'asc' } });
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The client manager, if you may see them' })
  async employee(@Root() s: ConfirmationSlip, @Ctx() { em, principal }: RequestContext): Promise<Employee | null> {
    const e = await em.findOne(Employee, s.employeeId);
    return e && (isHeadOffice(principal) || canSeePerson(principal, e)) ? e : null;
  }
}
