import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { UniqueConstraintViolationException, OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { HEAD_OFFICE_ROLES, hasRole, type Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { BadInputError, ConflictError, ForbiddenError, LocalDateScalar, NotFoundError, type RequestContext } from '@bg/graphql';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { guardArchiveRead } from '../archives/archive-audit.entity';
import { localDate } from '../assets/asset.rules';
import { ContractKind, ContractStatus, EmploymentContract } from './contract.entity';
import { contractProblems, contractStatus, daysBetween, defaultEndsOn, kindFor, addDays, overlaps } from './contract.rules';

@InputType({ description: 'A signed labour contract or cooperation agreement to record (R-6.2)' })
class SignContractInput {
  @Field(() => ID, { description: 'The employee it concerns' }) employeeId!: string;
  @Field(() => ContractKind, { description: "Must match the employee's employment type" }) kind!: ContractKind;
  @Field(() => LocalDateScalar, { description: 'The day it was signed' }) signedOn!: string;
  @Field(() => LocalDateScalar, { description: 'The first day it covers' }) startsOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: one year after the start, less a day' }) endsOn?: string;
  @Field({ description: 'Where the signed paper original is kept' }) @Length(1, 200) originalLocation!: string;
}

@InputType({ description: 'The renewal of an expiring contract for another year (R-6.2)' })
class RenewContractInput {
  @Field(() => ID, { description: 'The contract being renewed (the latest of the employee)' }) contractId!: string;
  @Field(() => ContractKind, { nullable: true, description: "Default: the kind of the employee's employment type now" }) kind?: ContractKind;
  @Field(() => LocalDateScalar, { description: 'The day it was signed' }) signedOn!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the day after the renewed contract ends' }) startsOn?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: one year after the start, less a day' }) endsOn?: string;
  @Field({ description: 'Where the signed paper original of the renewal is kept' }) @Length(1, 200) originalLocation!: string;
}

@ArgsType()
class ExpiringArgs {
  @Field(() => ID, { description: 'The branch (营业部) it belongs to' }) branchId!: string;
  @Field(() => Int, { description: 'Contracts ending from today up to this many days ahead, 0-366' }) @Min(0) @Max(366) withinDays!: number;
  @Field({ defaultValue: false, description: 'Also list contracts already ended with no later contract (employee not departed)' })
  @IsOptional()
  includeOverdue!: boolean;
}

@ObjectType({ description: 'A contract ending soon (R-6.2: expiring contracts visible in advance)' })
class ExpiringContract {
  @Field(() => Employee, { description: 'The employee whose contract ends' }) employee!: Employee;
  @Field(() => EmploymentContract, { description: 'The contract that ends, with no later contract' }) contract!: EmploymentContract;
  @Field(() => Int, { description: 'Days from today to its last day (negative: already ended)' }) daysLeft!: number;
}

/** Sign and renew: the archive clerk or the branch manager of the employee's branch. */
function canSign(p: Principal, branchId: string): boolean {
  return hasRole(p, 'archive-clerk', 'branch-manager') && p.branchId === branchId;
}

/**
 * The expiring list names people and contract end dates, not the documents: it is guarded by
 * role (branch manager/deputy/archive clerk of that branch, head office), all of whom the
 * archive lookup rule already lets read those employees' contracts; no per-person audit rows.
 */
export function canListExpiring(p: Principal, branchId: string): boolean {
  if (hasRole(p, ...HEAD_OFFICE_ROLES)) return true;
  return hasRole(p, 'branch-manager', 'branch-deputy-manager', 'archive-clerk') && p.branchId === branchId;
}

async function loadEmployee(em: EntityManager, id: string): Promise<Employee> {
  const e = await em.findOne(Employee, id);
  if (!e) throw new NotFoundError('Employee', id);
  return e;
}

const today = () => localDate(new Date());

async function sign(
  em: EntityManager,
  p: Principal,
  employee: Employee,
  terms: { kind: ContractKind; signedOn: string; startsOn: string; endsOn?: string; originalLocation: string },
  renewing?: EmploymentContract,
): Promise<EmploymentContract> {
  const t = { ...terms, endsOn: terms.endsOn ?? defaultEndsOn(terms.startsOn) };
  const problems = contractProblems(t, employee.employmentType);
  if (employee.status === EmployeeStatus.DEPARTED) problems.push({ field: 'employeeId', problem: `employee ${employee.id} has departed` });
  if (problems.length) throw new BadInputError('The contract is not valid', problems);
  const existing = await em.find(EmploymentContract, { employeeId: employee.id }, { orderBy: { endsOn: 'desc' } });
  const clash = existing.find((c) => overlaps(c, t));
  if (clash) throw new ConflictError(`The contract overlaps contract ${clash.id} (${clash.startsOn} to ${clash.endsOn}) of employee ${employee.id}`);
  // The new contract follows the latest one: a renewal when it starts after it (history is a chain).
  const latest = existing[0];
  const previous = renewing ?? (latest && latest.endsOn < t.startsOn && !latest.nextContractId ? latest : undefined);
  const contract = em.create(EmploymentContract, {
    employeeId: employee.id,
    branchId: employee.branchId,
    kind: t.kind,
    signedOn: t.signedOn,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    originalFiledAt: t.originalLocation,
    previousContractId: previous?.id ?? null,
    nextContractId: null,
    recordedBy: p.username,
    recordedAt: new Date(),
  });
  if (previous) previous.nextContractId = contract.id;
  recordEvent(em, 'personnel', 'ContractSigned', employee.id, {
    employeeId: employee.id,
    branchId: employee.branchId,
    contractId: contract.id,
    kind: contract.kind,
    startsOn: contract.startsOn,
    endsOn: contract.endsOn,
  });
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException || e instanceof OptimisticLockError) {
      throw new ConflictError('The contract was renewed by someone else at the same time; reload and try again');
    }
    throw e;
  }
  return contract;
}

@Resolver(() => EmploymentContract)
export class ContractResolver {
  @Authorized('archive-clerk', 'branch-manager')
  @Mutation(() => EmploymentContract, { description: 'File a signed contract (archive clerk or branch manager of the branch; emits ContractSigned)' })
  async signContract(
    @Arg('input', { description: 'What to record (see the input type)' }) input: SignContractInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<EmploymentContract> {
    const employee = await loadEmployee(em, input.employeeId);
    if (!canSign(principal, employee.branchId)) throw new ForbiddenError("Contracts are filed by the archive clerk or the manager of the employee's branch");
    const { employeeId: _e, ...terms } = input;
    return sign(em, principal, employee, terms);
  }

  @Authorized('archive-clerk', 'branch-manager')
  @Mutation(() => EmploymentContract, {
    description: 'Renew a contract: a new contract after it, the old one kept (archive clerk or branch manager; emits ContractSigned)',
  })
  async renewContract(
    @Arg('input', { description: 'What to record (see the input type)' }) input: RenewContractInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<EmploymentContract> {
    const previous = await em.findOne(EmploymentContract, input.contractId);
    if (!previous) throw new NotFoundError('Contract', input.contractId);
    const employee = await loadEmployee(em, previous.employeeId);
    if (!canSign(principal, employee.branchId)) throw new ForbiddenError("Contracts are renewed by the archive clerk or the manager of the employee's branch");
    if (previous.nextContractId) throw new ConflictError(`Contract ${previous.id} is already followed by contract ${previous.nextContractId}`);
    const startsOn = input.startsOn ?? addDays(previous.endsOn, 1);
    return sign(
      em,
      principal,
      employee,
      {
        kind: input.kind ?? kindFor(employee.employmentType),
        signedOn: input.signedOn,
        startsOn,
        endsOn: input.endsOn,
        originalLocation: input.originalLocation,
      },
      previous,
    );
  }

  @Authorized()
  @Query(() => [EmploymentContract], { description: "An employee's contracts, oldest first (archive material: the archive lookup rule, audited)" })
  async contracts(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Ctx() { em, principal, requestId }: RequestContext,
  ): Promise<EmploymentContract[]> {
    const employee = await loadEmployee(em, employeeId);
    await guardArchiveRead(em, principal, employee, 'contracts', requestId);
    return em.find(EmploymentContract, { employeeId }, { orderBy: { startsOn: 'asc' } });
  }

  @Authorized('branch-manager', 'branch-deputy-manager', 'archive-clerk', 'executive', 'brokerage-office', 'channel-management')
  @Query(() => [ExpiringContract], {
    description:
      'Contracts of a branch ending within the coming days with no later contract, soonest first. For the roles branch-manager, branch-deputy-manager, archive-clerk, executive, brokerage-office, channel-management',
  })
  async expiringContracts(
    @Args() { branchId, withinDays, includeOverdue }: ExpiringArgs,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<ExpiringContract[]> {
    if (!canListExpiring(principal, branchId)) throw new ForbiddenError(`Your role does not let you list the expiring contracts of branch ${branchId}`);
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) {
      throw new BadInputError('withinDays is 0-366', [{ field: 'withinDays', problem: 'a whole number of days from 0 to 366' }]);
    }
    const now = today();
    const contracts = await em.find(
      EmploymentContract,
      { branchId, nextContractId: null, endsOn: { $lte: addDays(now, withinDays), ...(includeOverdue ? {} : { $gte: now }) } },
      { orderBy: { endsOn: 'asc', employeeId: 'asc' } },
    );
    if (!contracts.length) return [];
    const people = await em.find(Employee, { id: { $in: [...new Set(contracts.map((c) => c.employeeId))] }, status: { $ne: EmployeeStatus.DEPARTED } });
    const byId = new Map(people.map((e) => [e.id, e]));
    return contracts.flatMap((contract) => {
      const employee = byId.get(contract.employeeId);
      return employee ? [{ employee, contract, daysLeft: daysBetween(now, contract.endsOn) }] : [];
    });
  }

  @FieldResolver(() => ContractStatus, { description: 'Where the contract stands today' })
  status(@Root() c: EmploymentContract): ContractStatus {
    return contractStatus(c, today());
  }
}
