/**
 * The customer register (R-2.9, DOMAIN.md "Customers"): registration, assets and tiers, the
 * branch's tier thresholds, handovers of responsibility, reads by person, team and branch scope,
 * and the federated reference of `Customer`.
 */
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { canSeePerson, type Principal } from '@bg/auth';
import { escapeLike, whereLike } from '@bg/db';
import { recordEvent } from '@bg/events';
import {
  BadInputError,
  Connection,
  FenScalar,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageInput,
  childrenOf,
  decodeCursor,
  entityById,
  toPage,
  type RequestContext,
} from '@bg/graphql';
import { KnownEmployee, knownEmployee, loadKnownEmployee, visibleKnownEmployee } from '@bg/service';
import { Employee } from '../attendance/attendance.resolver';
import { now, today } from '../common/clock';
import { actsForBranch, canSeeBranch, leadsTeam, visibleTeam } from '../common/scope';
import { Customer, CustomerHandover, CustomerKind, CustomerTier, CustomerTierThresholds } from './customer.entity';
import { DEFAULT_TIER_THRESHOLDS, customerProblems, handoverProblems, thresholdProblems, tierFor, type TierThresholds } from './customer.rules';

@InputType({ description: 'A customer to register (R-2.9)' })
class RegisterCustomerInput {
  @Field({ description: "The customer's name" }) name!: string;
  @Field(() => CustomerKind, { description: 'Individual or institution' }) kind!: CustomerKind;
  @Field(() => String, { nullable: true, description: 'The CRM customer number (客户号), unique in the branch; leave out for a prospect' })
  crmRef?: string | null;
  @Field(() => FenScalar, { description: "The customer's assets (客户资产), in fen: they set the tier" }) assetsFen!: number;
  @Field(() => LocalDateScalar, { description: 'The day the assets were taken' }) assetsAsOf!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The responsible client manager: yourself when left out (a manager registers only for themself; a team lead for the team; the branch for the branch)',
  })
  responsibleEmployeeId?: string | null;
}

@InputType({ description: "A change of customers' responsible manager (客户交接)" })
class HandOverCustomersInput {
  @Field(() => [ID], { description: 'The customers handed over' }) customerIds!: string[];
  @Field(() => ID, { description: 'The client manager responsible from now on' }) toEmployeeId!: string;
  @Field({ description: 'Why (e.g. 离职交接)' }) reason!: string;
}

@InputType({ description: "A branch's tier thresholds (分级标准)" })
class CustomerTierThresholdsInput {
  @Field(() => FenScalar, { description: 'The least assets of a VIP (A) customer, in fen' }) vipMinAssetsFen!: number;
  @Field(() => FenScalar, { description: 'The least assets of a KEY (B) customer, in fen (below: ORDINARY)' }) keyMinAssetsFen!: number;
}

@ArgsType()
class CustomersArgs {
  @Field(() => ID, { nullable: true, description: "A branch's customers (branch staff, head office)" }) branchId?: string;
  @Field(() => ID, { nullable: true, description: "The customers of a team's managers (its lead, branch staff, head office)" }) teamId?: string;
  @Field(() => ID, { nullable: true, description: "A manager's customers (people scope; yourself)" }) employeeId?: string;
  @Field(() => CustomerTier, { nullable: true, description: 'Only this tier' }) tier?: CustomerTier;
  @Field(() => String, { nullable: true, description: 'Names starting with this' }) nameStartsWith?: string;
  @Field({ defaultValue: false, description: 'Only customers whose responsible manager has departed (to hand over)' }) unattendedOnly!: boolean;
  @Field(() => PageInput, { nullable: true, description: 'The page' }) page?: PageInput;
}

@ObjectType({ description: 'A page of customers' })
class CustomerConnection extends Connection(Customer) {}

/** The branch's thresholds, the defaults until it sets its own. */
export async function thresholdsOf(em: EntityManager, branchId: string): Promise<CustomerTierThresholds> {
  return (
    (await em.findOne(CustomerTierThresholds, { branchId })) ??
    Object.assign(new CustomerTierThresholds(), { branchId, ...DEFAULT_TIER_THRESHOLDS, setBy: null, setAt: null })
  );
}

/** Who may register for, and keep the register of, a manager's customers: themself, their team's lead, their branch's managers. */
function managesFor(p: Principal, responsible: KnownEmployee): boolean {
  return (
    p.employeeId === responsible.id || leadsTeam(p, responsible.teamId) || actsForBranch(p, responsible.branchId, 'branch-manager', 'branch-deputy-manager')
  );
}

/** A customer the caller may see: by the people scope over its responsible manager (self, group, team, branch, all). */
export async function visibleCustomer(ctx: Pick<RequestContext, 'em' | 'principal' | 'loaders'>, id: string): Promise<Customer> {
  const customer = await entityById(ctx, Customer, id);
  if (!customer) throw new NotFoundError('Customer', id);
  const responsible = await loadKnownEmployee(ctx, customer.responsibleEmployeeId);
  const visible = responsible ? canSeePerson(ctx.principal, responsible) : canSeeBranch(ctx.principal, customer.branchId);
  if (!visible) throw new ForbiddenError(`You may not see customer ${id}`);
  return customer;
}

/** A client manager who can take customers: known here, employed, in a team. */
async function activeManager(em: EntityManager, id: string, field: string): Promise<KnownEmployee> {
  const k = await em.findOne(KnownEmployee, id);
  if (!k) throw new BadInputError(`Employee ${id} is not known`, [{ field, problem: `no employee ${id}` }]);
  if (k.status === 'DEPARTED') throw new BadInputError(`${k.name} has departed`, [{ field, problem: `${id} has departed` }]);
  if (!k.teamId) throw new BadInputError(`${k.name} is not a client manager of a team`, [{ field, problem: `${id} is not in a marketing team` }]);
  return k;
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('client-manager', 'group-leader', 'team-lead', 'branch-manager', 'branch-deputy-manager')
  @Mutation(() => Customer, {
    description:
      'Register a customer with its responsible client manager; the tier comes from the assets (R-2.9): a manager for themself, a lead for the team, the branch',
  })
  async registerCustomer(
    @Arg('input', { description: 'The customer' }) input: RegisterCustomerInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Customer> {
    const responsibleId = input.responsibleEmployeeId ?? principal.employeeId;
    if (!responsibleId)
      throw new BadInputError('Name the responsible client manager', [{ field: 'responsibleEmployeeId', problem: 'give the responsible manager' }]);
    const responsible = await activeManager(em, responsibleId, 'responsibleEmployeeId');
    if (!managesFor(principal, responsible)) throw new ForbiddenError(`You may not register customers for ${responsibleId}`);
    const problems = customerProblems(input, today());
    const crmRef = input.crmRef?.trim() || null;
    if (crmRef && (await em.count(Customer, { branchId: responsible.branchId, crmRef })))
      problems.push({ field: 'crmRef', problem: `customer number ${crmRef} is already registered in ${responsible.branchId}` });
    if (problems.length) throw new BadInputError('The customer is not valid', problems);
    const thresholds = await thresholdsOf(em, responsible.branchId);
    const customer = em.create(Customer, {
      branchId: responsible.branchId,
      name: input.name.trim(),
      kind: input.kind,
      crmRef,
      assetsFen: input.assetsFen,
      assetsAsOf: input.assetsAsOf,
      tier: tierFor(input.assetsFen, thresholds),
      responsibleEmployeeId: responsible.id,
      registeredOn: today(),
      registeredBy: principal.username,
    } as Customer);
    // Other services (performance's campaigns) keep the customers they refer to from these events.
    recordEvent(em, 'attendance', 'CustomerRegistered', customer.id, {
      customerId: customer.id,
      branchId: customer.branchId,
      name: customer.name,
      kind: customer.kind,
      tier: customer.tier,
      responsibleEmployeeId: customer.responsibleEmployeeId,
      registeredOn: customer.registeredOn,
    });
    await em.flush();
    return customer;
  }

  @Authorized('client-manager', 'group-leader', 'team-lead', 'branch-manager', 'branch-deputy-manager')
  @Mutation(() => Customer, { description: "Record a customer's assets as of a day; the tier follows (the responsible manager, their lead, the branch)" })
  async updateCustomerAssets(
    @Arg('customerId', () => ID, { description: 'The customer' }) customerId: string,
    @Arg('assetsFen', () => FenScalar, { description: 'The assets, in fen' }) assetsFen: number,
    @Arg('asOf', () => LocalDateScalar, { description: 'The day they were taken' }) asOf: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<Customer> {
    const customer = await em.findOne(Customer, customerId);
    if (!customer) throw new NotFoundError('Customer', customerId);
    if (!managesFor(principal, await knownEmployee(em, customer.responsibleEmployeeId)))
      throw new ForbiddenError("The responsible manager, their team's lead or the branch keeps a customer's assets");
    const problems = customerProblems({ assetsFen, assetsAsOf: asOf }, today());
    if (asOf < customer.assetsAsOf) problems.push({ field: 'asOf', problem: `assets as of ${customer.assetsAsOf} are already recorded` });
    if (problems.length) throw new BadInputError('The assets are not valid', problems);
    Object.assign(customer, { assetsFen, assetsAsOf: asOf, tier: tierFor(assetsFen, await thresholdsOf(em, customer.branchId)) });
    await em.flush();
    return customer;
  }

  @Authorized('team-lead', 'branch-manager', 'branch-deputy-manager')
  @Mutation(() => [CustomerHandover], {
    description:
      "Hand customers over to another client manager (客户交接, e.g. on departure), recorded per customer: the team's lead within the team, the branch",
  })
  async handOverCustomers(
    @Arg('input', { description: 'Which customers, to whom, why' }) input: HandOverCustomersInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<CustomerHandover[]> {
    const to = await activeManager(em, input.toEmployeeId, 'toEmployeeId');
    const customers = await em.find(Customer, { id: { $in: input.customerIds } });
    const byId = new Map(customers.map((c) => [c.id, c]));
    const unknown = input.customerIds.findIndex((id) => !byId.has(id));
    if (unknown >= 0) throw new NotFoundError('Customer', input.customerIds[unknown]);
    const ordered = input.customerIds.map((id) => byId.get(id)!);
    const from = new Map((await em.find(KnownEmployee, { id: { $in: ordered.map((c) => c.responsibleEmployeeId) } })).map((k) => [k.id, k]));
    const branchWide = (branchId: string) => actsForBranch(principal, branchId, 'branch-manager', 'branch-deputy-manager');
    for (const c of ordered) {
      const fromTeam = from.get(c.responsibleEmployeeId)?.teamId ?? null;
      if (!branchWide(c.branchId) && !(leadsTeam(principal, fromTeam) && leadsTeam(principal, to.teamId)))
        throw new ForbiddenError("A team's lead hands over within the team; the branch's managers within the branch");
    }
    const problems = handoverProblems({ customers: ordered, toEmployeeId: to.id, toBranchId: to.branchId, reason: input.reason });
    if (problems.length) throw new BadInputError('The handover is not valid', problems);
    const on = today();
    const acts = ordered.map((c) => {
      const act = em.create(CustomerHandover, {
        customerId: c.id,
        branchId: c.branchId,
        fromEmployeeId: c.responsibleEmployeeId,
        toEmployeeId: to.id,
        effectiveOn: on,
        reason: input.reason.trim(),
        recordedBy: principal.username,
        recordedAt: now(),
      } as CustomerHandover);
      recordEvent(em, 'attendance', 'CustomerHandedOver', c.id, {
        customerId: c.id,
        branchId: c.branchId,
        fromEmployeeId: c.responsibleEmployeeId,
        toEmployeeId: to.id,
        effectiveOn: on,
      });
      c.responsibleEmployeeId = to.id;
      return act;
    });
    await em.flush();
    return acts;
  }

  @Authorized('branch-manager', 'branch-deputy-manager')
  @Mutation(() => CustomerTierThresholds, {
    description: "Set the branch's tier thresholds (分级标准); every customer of the branch is re-tiered (branch managers)",
  })
  async setCustomerTierThresholds(
    @Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string,
    @Arg('input', { description: 'The thresholds' }) input: CustomerTierThresholdsInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<CustomerTierThresholds> {
    if (!actsForBranch(principal, branchId, 'branch-manager', 'branch-deputy-manager'))
      throw new ForbiddenError(`Only branch ${branchId}'s managers set its tiers`);
    const problems = thresholdProblems(input);
    if (problems.length) throw new BadInputError('The thresholds are not valid', problems);
    const t: TierThresholds = { vipMinAssetsFen: input.vipMinAssetsFen, keyMinAssetsFen: input.keyMinAssetsFen };
    const row = (await em.findOne(CustomerTierThresholds, { branchId })) ?? em.create(CustomerTierThresholds, { branchId } as CustomerTierThresholds);
    Object.assign(row, t, { setBy: principal.username, setAt: now() });
    for (const c of await em.find(Customer, { branchId })) c.tier = tierFor(c.assetsFen, t);
    await em.flush();
    return row;
  }

  @Authorized()
  @Query(() => CustomerTierThresholds, { description: "A branch's tier thresholds (the defaults until it sets its own): anyone signed in" })
  async customerTierThresholds(@Arg('branchId', () => ID, { description: 'The branch (营业部)' }) branchId: string, @Ctx() { em }: RequestContext) {
    return thresholdsOf(em, branchId);
  }

  @Authorized()
  @Query(() => Customer, { description: 'A registered customer: visible as its responsible manager is (people scope)' })
  async customer(@Arg('id', () => ID, { description: 'The customer' }) id: string, @Ctx() ctx: RequestContext): Promise<Customer> {
    return visibleCustomer(ctx, id);
  }

  @Authorized()
  @Query(() => CustomerConnection, { description: "The customer register by name: a manager's (people scope), a team's or a branch's" })
  async customers(@Args() a: CustomersArgs, @Ctx() { em, principal }: RequestContext) {
    const named = [a.branchId, a.teamId, a.employeeId].filter(Boolean).length;
    if (named !== 1)
      throw new BadInputError('Name a branch, a team or a manager', [{ field: 'branchId', problem: 'give one of branchId, teamId, employeeId' }]);
    const where: FilterQuery<Customer> = {};
    let responsibleIds: string[] | null = null;
    if (a.employeeId) {
      const k = await visibleKnownEmployee(em, principal, a.employeeId);
      Object.assign(where, { branchId: k.branchId });
      responsibleIds = [a.employeeId];
    } else if (a.teamId) {
      const team = await visibleTeam(em, principal, a.teamId);
      Object.assign(where, { branchId: team.branchId });
      responsibleIds = (await em.find(KnownEmployee, { teamId: a.teamId }, { fields: ['id'] })).map((m) => m.id);
    } else {
      if (!canSeeBranch(principal, a.branchId!)) throw new ForbiddenError(`You may not see branch ${a.branchId}'s customers`);
      Object.assign(where, { branchId: a.branchId });
    }
    if (a.unattendedOnly) {
      const departed = new Set((await em.find(KnownEmployee, { status: 'DEPARTED' }, { fields: ['id'] })).map((d) => d.id));
      responsibleIds = responsibleIds ? responsibleIds.filter((id) => departed.has(id)) : [...departed];
    }
    if (responsibleIds) Object.assign(where, { responsibleEmployeeId: { $in: responsibleIds } });
    if (a.tier) Object.assign(where, { tier: a.tier });
    if (a.nameStartsWith) Object.assign(where, whereLike('name', `${escapeLike(a.nameStartsWith)}%`));
    const offset = decodeCursor(a.page?.after);
    const [nodes, total] = await em.findAndCount(Customer, where, { orderBy: { name: 'asc', id: 'asc' }, limit: a.page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @FieldResolver(() => Employee, { description: 'The responsible client manager' })
  responsible(@Root() c: Customer) {
    return { id: c.responsibleEmployeeId };
  }

  @FieldResolver(() => [CustomerHandover], { description: 'Changes of responsible manager, oldest first' })
  handovers(@Root() c: Customer, @Ctx() ctx: RequestContext) {
    return childrenOf(ctx, CustomerHandover, 'customerId', c.id, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  }
}

/** `Customer` as a federated entity: another subgraph's reference resolves here, under the same visibility. */
export const customerReference = {
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: RequestContext): Promise<Customer> => visibleCustomer(ctx, ref.id),
  },
};
