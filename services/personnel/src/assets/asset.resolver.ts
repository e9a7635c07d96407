import { randomUUID } from 'node:crypto';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { recordEvent } from '@bg/events';
import { audited } from '@bg/service';
import {
  BadInputError,
  ConflictError,
  Connection,
  ForbiddenError,
  NotFoundError,
  PageInput,
  decodeCursor,
  toPage,
  type FieldProblem,
  type RequestContext,
  FenScalar,
} from '@bg/graphql';
import { Branch, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus } from '../employees/employee.entity';
import { AssetItem, AssetKind, AssetLedgerLine, AssetLossKind, AssetMovement, AssetStatus } from './asset.entity';
import {
  LOSS_LABEL,
  MOVEMENT_LABEL,
  amountProblem,
  canKeepLedger,
  canMoveItem,
  canSeeHeldAssets,
  ledgerReadScope,
  localDate,
  localDateTime,
  toCsv,
  transition,
} from './asset.rules';
import { openHandoverAct } from '../handovers/handover.resolver';

@ObjectType()
class AssetItemConnection extends Connection(AssetItem) {}

@ObjectType()
class AssetLedgerLineConnection extends Connection(AssetLedgerLine) {}

@ObjectType({ description: 'A handover (R-3.2): all items of one manager to a successor, in one act, both named' })
class AssetHandover {
  @Field(() => ID, { description: 'The handover act' }) actId!: string;
  @Field(() => ID, { description: 'Who hands the items over' }) fromEmployeeId!: string;
  @Field(() => ID, { description: 'Who receives them' }) toEmployeeId!: string;
  @Field({ description: 'When it was recorded' }) at!: Date;
  @Field(() => [AssetItem], { description: 'The items handed over (now held by the receiver)' }) items!: AssetItem[];
  @Field(() => [AssetLedgerLine], { description: 'The ledger lines written, one HANDED_OVER line per item, sharing actId' }) lines!: AssetLedgerLine[];
}

@InputType({ description: 'An asset item to enter in the ledger (实物管理明细表)' })
class RegisterAssetInput {
  @Field(() => ID, { description: 'The branch (营业部)' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team responsible for it (R-3.1); none: the branch store' }) teamId?: string;
  @Field({ description: "The item's name, e.g. ThinkPad E14" }) @Length(1, 200) name!: string;
  @Field(() => AssetKind, { description: 'Which kind of item' }) kind!: AssetKind;
  @Field({ description: 'Serial number or asset tag, unique in the branch' }) @Length(1, 100) tag!: string;
  @Field(() => FenScalar, { description: 'Value in fen, 0 or more' }) @Min(0, { message: 'the value cannot be below 0 fen' }) valueFen!: number;
  @Field({ nullable: true, description: 'A free-text note' }) @IsOptional() @Length(0, 500) note?: string;
}

@ArgsType()
class LedgerArgs {
  @Field(() => ID, { description: 'The branch (营业部)' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The team it belongs to' }) teamId?: string;
  @Field(() => ID, { nullable: true, description: 'The outlet (网点) it concerns' }) outletId?: string;
}

@ArgsType()
class PagedLedgerArgs extends LedgerArgs {
  @Field(() => PageInput, { nullable: true }) page?: PageInput;
}

@ArgsType()
class AssetsArgs extends PagedLedgerArgs {
  @Field(() => AssetStatus, { nullable: true, description: 'Only items in this state (in stock, issued, written off); all when omitted' }) status?: AssetStatus;
}

/** The items an employee holds now: the lead's departEmployee refuses a departure while there are any. */
export async function issuedAssetsOf(em: EntityManager, employeeId: string): Promise<{ id: string; name: string; tag: string }[]> {
  const items = await em.find(AssetItem, { holderId: employeeId, status: AssetStatus.ISSUED }, { orderBy: { tag: 'asc', id: 'asc' } });
  return items.map(({ id, name, tag }) => ({ id, name, tag }));
}

async function loadItem(em: EntityManager, id: string): Promise<AssetItem> {
  const item = await em.findOne(AssetItem, id);
  if (!item) throw new NotFoundError('Asset', id);
  return item;
}

async function loadEmployee(em: EntityManager, id: string): Promise<Employee> {
  const e = await em.findOne(Employee, id);
  if (!e) throw new NotFoundError('Employee', id);
  return e;
}

function refuseMove(item: AssetItem, movement: AssetMovement, lossKind?: AssetLossKind): AssetStatus {
  const t = transition(item.status, movement, lossKind);
  if ('problem' in t) throw new ConflictError(`${item.name} (${item.tag}): ${t.problem}`);
  return t.to;
}

function line(p: Principal, item: AssetItem, movement: AssetMovement, fields: Partial<AssetLedgerLine> = {}): AssetLedgerLine {
  const l = new AssetLedgerLine();
  Object.assign(l, {
    assetId: item.id,
    assetName: item.name,
    assetTag: item.tag,
    branchId: item.branchId,
    teamId: item.teamId,
    outletId: item.outletId,
    movement,
    at: new Date(),
    recordedBy: p.username,
    recordedByEmployeeId: p.employeeId,
    ...fields,
  });
  return l;
}

/** Flushes one act; a concurrent movement of the same item or a duplicate tag is a CONFLICT. */
async function commit(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw new ConflictError('The item was moved by someone else at the same time; reload and try again');
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError('An item with this tag is already in the branch ledger');
    throw e;
  }
}

function ledgerFilter(branchId: string, teamId: string | null, outletId?: string): FilterQuery<AssetLedgerLine> {
  return { branchId, ...(teamId ? { teamId } : {}), ...(outletId ? { outletId } : {}) };
}

function readScope(p: Principal, branchId: string, teamId?: string) {
  const scope = ledgerReadScope(p, branchId, teamId);
  if (!scope) throw new ForbiddenError(`Your role does not let you read the asset ledger of ${teamId ? `team ${teamId}` : `branch ${branchId}`}`);
  return scope;
}

@Resolver(() => AssetItem)
export class AssetResolver {
  @Authorized('asset-keeper')
  @Mutation(() => AssetItem, { description: 'Enter a new item into the branch ledger (asset keeper of the branch)' })
  async registerAsset(
    @Arg('input', { description: 'What to record' }) input: RegisterAssetInput,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetItem> {
    if (!canKeepLedger(principal, input.branchId)) throw new ForbiddenError('The asset keeper registers items of their own branch only');
    const problems: FieldProblem[] = [];
    const [branch, team, clash] = await Promise.all([
      em.findOne(Branch, input.branchId),
      input.teamId ? em.findOne(Team, input.teamId) : null,
      em.findOne(AssetItem, { branchId: input.branchId, tag: input.tag }),
    ]);
    if (!branch) problems.push({ field: 'branchId', problem: `no branch ${input.branchId}` });
    if (input.teamId && (!team || team.branchId !== input.branchId))
      problems.push({ field: 'teamId', problem: `no team ${input.teamId} in branch ${input.branchId}` });
    if (!Number.isSafeInteger(input.valueFen) || input.valueFen < 0)
      problems.push({ field: 'valueFen', problem: 'the value is a whole number of fen, 0 or more' });
    if (problems.length) throw new BadInputError('The item cannot be registered', problems);
    if (clash) throw new ConflictError(`Tag ${input.tag} is already in the ledger of branch ${input.branchId} (${clash.name})`);
    const item = em.create(AssetItem, {
      id: randomUUID(),
      branchId: input.branchId,
      teamId: input.teamId ?? null,
      outletId: null,
      name: input.name,
      kind: input.kind,
      tag: input.tag,
      valueFen: input.valueFen,
      status: AssetStatus.IN_STOCK,
      holderId: null,
      registeredAt: new Date(),
    });
    em.persist(line(principal, item, AssetMovement.REGISTERED, { note: input.note ?? '' }));
    await commit(em);
    return item;
  }

  @Authorized('asset-keeper', 'team-lead')
  @Mutation(() => AssetLedgerLine, { description: 'Issue an item in stock to a manager at an outlet (asset keeper; team lead within their team)' })
  async issueAsset(
    @Arg('assetId', () => ID, { description: 'The asset item' }) assetId: string,
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('outletId', () => ID, { nullable: true, description: "Default: the employee's outlet" }) outletId: string | undefined,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetLedgerLine> {
    const item = await loadItem(em, assetId);
    if (!canMoveItem(principal, item)) throw new ForbiddenError('You may not issue this item');
    const employee = await loadEmployee(em, employeeId);
    if (!canMoveItem(principal, item, employee)) throw new ForbiddenError('A team lead issues items to members of their own team only');
    const where = outletId ?? employee.outletId;
    const outlet = where ? await em.findOne(Outlet, where) : null;
    const problems: FieldProblem[] = [];
    if (employee.branchId !== item.branchId) problems.push({ field: 'employeeId', problem: `employee ${employeeId} is not in branch ${item.branchId}` });
    if (employee.status === EmployeeStatus.DEPARTED) problems.push({ field: 'employeeId', problem: `employee ${employeeId} has departed` });
    if (!where) problems.push({ field: 'outletId', problem: 'name the outlet where the item is kept (the employee has none)' });
    else if (!outlet || outlet.branchId !== item.branchId) problems.push({ field: 'outletId', problem: `no outlet ${where} in branch ${item.branchId}` });
    if (problems.length) throw new BadInputError('The item cannot be issued', problems);
    const to = refuseMove(item, AssetMovement.ISSUED);
    Object.assign(item, { status: to, holderId: employee.id, teamId: employee.teamId ?? item.teamId, outletId: where });
    const l = line(principal, item, AssetMovement.ISSUED, { toHolderId: employee.id, note: note ?? '' });
    em.persist(l);
    await commit(em);
    return l;
  }

  @Authorized('asset-keeper', 'team-lead')
  @Mutation(() => AssetLedgerLine, { description: 'Take an issued item back into stock (asset keeper; team lead within their team)' })
  async returnAsset(
    @Arg('assetId', () => ID, { description: 'The asset item' }) assetId: string,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetLedgerLine> {
    const item = await loadItem(em, assetId);
    if (!canMoveItem(principal, item)) throw new ForbiddenError('You may not take back this item');
    const to = refuseMove(item, AssetMovement.RETURNED);
    const from = item.holderId;
    const outletId = item.outletId;
    Object.assign(item, { status: to, holderId: null, outletId: null });
    const l = line(principal, item, AssetMovement.RETURNED, { fromHolderId: from, outletId, note: note ?? '' });
    em.persist(l);
    await commit(em);
    return l;
  }

  @Authorized('asset-keeper')
  @Mutation(() => AssetHandover, { description: "Hand over all of a manager's issued items to a successor in one act, both named (R-3.2; asset keeper)" })
  async handOverAssets(
    @Arg('fromEmployeeId', () => ID, { description: 'Who hands the items over' }) fromEmployeeId: string,
    @Arg('toEmployeeId', () => ID, { description: 'Who receives them' }) toEmployeeId: string,
    @Arg('note', () => String, { nullable: true, description: 'A free-text note' }) note: string | undefined,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetHandover> {
    const from = await loadEmployee(em, fromEmployeeId);
    if (!canKeepLedger(principal, from.branchId)) throw new ForbiddenError('The asset keeper hands over items in their own branch only');
    const to = await loadEmployee(em, toEmployeeId);
    const problems: FieldProblem[] = [];
    if (from.id === to.id) problems.push({ field: 'toEmployeeId', problem: 'the successor must be someone else' });
    if (to.branchId !== from.branchId) problems.push({ field: 'toEmployeeId', problem: `employee ${toEmployeeId} is not in branch ${from.branchId}` });
    if (to.status === EmployeeStatus.DEPARTED) problems.push({ field: 'toEmployeeId', problem: `employee ${toEmployeeId} has departed` });
    if (note !== undefined && note.length > 500) problems.push({ field: 'note', problem: 'at most 500 characters' });
    if (problems.length) throw new BadInputError('The handover is not valid', problems);
    const items = await em.find(AssetItem, { holderId: from.id, status: AssetStatus.ISSUED, branchId: from.branchId }, { orderBy: { tag: 'asc', id: 'asc' } });
    if (!items.length) throw new ConflictError(`${from.name} holds no issued items to hand over`);
    for (const item of items) refuseMove(item, AssetMovement.HANDED_OVER);
    const actId = randomUUID();
    const at = new Date();
    const lines = items.map((item) => {
      Object.assign(item, { holderId: to.id, teamId: to.teamId ?? item.teamId, outletId: to.outletId ?? item.outletId });
      return line(principal, item, AssetMovement.HANDED_OVER, { fromHolderId: from.id, toHolderId: to.id, actId, at, note: note ?? '' });
    });
    em.persist(lines);
    openHandoverAct(em, principal, { actId, branchId: from.branchId, fromEmployeeId: from.id, toEmployeeId: to.id, at }); // R-3.2: pending until both acknowledge
    await commit(em);
    return { actId, fromEmployeeId: from.id, toEmployeeId: to.id, at, items, lines };
  }

  @Authorized('asset-keeper')
  @Mutation(() => AssetLedgerLine, {
    description: 'Charge damage, loss or theft of an item to the person responsible (R-3.3; emits AssetLossCharged). For the roles asset-keeper',
  })
  async chargeAssetLoss(
    @Arg('assetId', () => ID, { description: 'The asset item' }) assetId: string,
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Arg('kind', () => AssetLossKind, { description: 'Damage (the item stays), loss or theft (the item is written off)' }) kind: AssetLossKind,
    @Arg('amountFen', () => FenScalar, { description: 'The amount charged to the person responsible, in fen (more than 0)' }) amountFen: number,
    @Arg('note', { description: 'A free-text note' }) note: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetLedgerLine> {
    const item = await loadItem(em, assetId);
    if (!canKeepLedger(principal, item.branchId)) throw new ForbiddenError('The asset keeper charges losses in their own branch only');
    const employee = await loadEmployee(em, employeeId);
    const problems: FieldProblem[] = [];
    const amount = amountProblem(amountFen);
    if (amount) problems.push({ field: 'amountFen', problem: amount });
    if (employee.branchId !== item.branchId) problems.push({ field: 'employeeId', problem: `employee ${employeeId} is not in branch ${item.branchId}` });
    if (!note.trim()) problems.push({ field: 'note', problem: 'say what happened' });
    else if (note.length > 500) problems.push({ field: 'note', problem: 'at most 500 characters' });
    if (problems.length) throw new BadInputError('The charge is not valid', problems);
    const to = refuseMove(item, AssetMovement.CHARGED, kind);
    const from = item.holderId;
    if (to === AssetStatus.WRITTEN_OFF) Object.assign(item, { status: to, holderId: null });
    const l = line(principal, item, AssetMovement.CHARGED, {
      fromHolderId: from,
      toHolderId: item.holderId,
      chargedEmployeeId: employee.id,
      lossKind: kind,
      amountFen,
      note,
    });
    em.persist(l);
    recordEvent(em, 'personnel', 'AssetLossCharged', item.id, {
      chargeId: l.id,
      employeeId: employee.id,
      branchId: item.branchId,
      assetId: item.id,
      amountFen,
      kind,
      chargedOn: localDate(l.at),
    });
    await commit(em);
    return l;
  }

  @Authorized()
  @Query(() => AssetLedgerLineConnection, {
    description:
      'The asset ledger of a branch, team or outlet, oldest line first. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async assetLedger(@Args() { branchId, teamId, outletId, page }: PagedLedgerArgs, @Ctx() { em, principal }: RequestContext) {
    const scope = readScope(principal, branchId, teamId);
    const offset = decodeCursor(page?.after);
    const [nodes, total] = await em.findAndCount(AssetLedgerLine, ledgerFilter(branchId, scope.teamId, outletId), {
      orderBy: { at: 'asc', id: 'asc' },
      limit: page?.first ?? 50,
      offset,
    });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => AssetItemConnection, {
    description: 'The items of a branch, team or outlet, by tag. Any signed-in role may ask; the scope rules decide what you see (FORBIDDEN outside them)',
  })
  async assets(@Args() { branchId, teamId, outletId, status, page }: AssetsArgs, @Ctx() { em, principal }: RequestContext) {
    const scope = readScope(principal, branchId, teamId);
    const offset = decodeCursor(page?.after);
    const where: FilterQuery<AssetItem> = {
      branchId,
      ...(scope.teamId ? { teamId: scope.teamId } : {}),
      ...(outletId ? { outletId } : {}),
      ...(status ? { status } : {}),
    };
    const [nodes, total] = await em.findAndCount(AssetItem, where, { orderBy: { tag: 'asc', id: 'asc' }, limit: page?.first ?? 50, offset });
    return toPage(nodes, total, offset);
  }

  @Authorized()
  @Query(() => [AssetItem], { description: 'The items an employee holds now (themself, their team lead, the branch keeper/managers, head office)' })
  async heldAssets(
    @Arg('employeeId', () => ID, { description: 'The employee' }) employeeId: string,
    @Ctx() { em, principal }: RequestContext,
  ): Promise<AssetItem[]> {
    const employee = await loadEmployee(em, employeeId);
    if (!canSeeHeldAssets(principal, employee)) throw new ForbiddenError(`You may not see the items held by employee ${employeeId}`);
    return em.find(AssetItem, { holderId: employee.id, status: AssetStatus.ISSUED }, { orderBy: { tag: 'asc', id: 'asc' } });
  }

  @Authorized()
  @Query(() => String, {
    description:
      'The asset ledger of a branch, team or outlet as CSV text (UTF-8 starting with a byte order mark so Excel reads the Chinese, header row, CRLF), oldest line first. ' +
      'Every export is audited, allowed or refused (personnelAuditLog, action asset-ledger.export)',
  })
  async assetLedgerCsv(@Args() { branchId, teamId, outletId }: LedgerArgs, @Ctx() ctx: RequestContext): Promise<string> {
    const what = `asset ledger of branch ${branchId}${teamId ? `, team ${teamId}` : ''}${outletId ? `, outlet ${outletId}` : ''}`;
    return audited(ctx, 'asset-ledger.export', { subject: what, branchId }, async (em) => {
      const scope = readScope(ctx.principal, branchId, teamId);
      const lines = await em.find(AssetLedgerLine, ledgerFilter(branchId, scope.teamId, outletId), { orderBy: { at: 'asc', id: 'asc' } });
      const ids = [...new Set(lines.flatMap((l) => [l.fromHolderId, l.toHolderId, l.chargedEmployeeId]).filter((x): x is string => !!x))];
      const outletIds = [...new Set(lines.map((l) => l.outletId).filter((x): x is string => !!x))];
      const [people, outlets] = await Promise.all([
        ids.length ? em.find(Employee, { id: { $in: ids } }) : [],
        outletIds.length ? em.find(Outlet, { id: { $in: outletIds } }) : [],
      ]);
      const name = new Map<string, string>([...people.map((e) => [e.id, e.name] as const), ...outlets.map((o) => [o.id, o.name] as const)]);
      const who = (id: string | null) => (id ? `${name.get(id) ?? ''}(${id})` : '');
      return toCsv(
        ['日期时间', '物品名称', '编号', '变动', '交出人', '接收人', '网点', '团队', '赔偿类型', '赔偿人', '金额(分)', '登记人', '说明'],
        lines.map((l) => [
          localDateTime(l.at),
          l.assetName,
          l.assetTag,
          MOVEMENT_LABEL[l.movement],
          who(l.fromHolderId),
          who(l.toHolderId),
          l.outletId ? (name.get(l.outletId) ?? l.outletId) : '',
          l.teamId ?? '',
          l.lossKind ? LOSS_LABEL[l.lossKind] : '',
          who(l.chargedEmployeeId),
          l.amountFen,
          l.recordedBy,
          l.note,
        ]),
      );
    });
  }
}
