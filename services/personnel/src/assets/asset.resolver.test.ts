import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { principalFromClaims, type Principal } from '@bg/auth';
import { InboxEntry, OutboxMessage } from '@bg/events';
import { Loaders, buildFederatedSchema, type RequestContext } from '@bg/graphql';
import { AuditEntry } from '@bg/service';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { ArchiveAudit } from '../archives/archive-audit.entity';
import { EmploymentContract } from '../contracts/contract.entity';
import { ContractResolver } from '../contracts/contract.resolver';
import { AssetItem, AssetKind, AssetLedgerLine, AssetLossKind, AssetMovement, AssetStatus } from './asset.entity';
import { AssetHandoverAct } from '../handovers/handover.entity';
import { AssetResolver, issuedAssetsOf } from './asset.resolver';

const who = (username: string, roles: string[], claims: Record<string, string>): Principal =>
  principalFromClaims({ sub: username, preferred_username: username, realm_access: { roles }, ...claims });
const keeper = who('keeper.sz', ['asset-keeper'], { employee_id: 'E1903', branch_id: 'SZ01' });
const keeperGz = who('keeper.gz', ['asset-keeper'], { employee_id: 'E2903', branch_id: 'GZ01' });
const lead = who('tl.wang', ['team-lead'], { employee_id: 'E1003', branch_id: 'SZ01', team_id: 'SZ01-T1' });
const zhang = who('cm.zhang', ['client-manager'], { employee_id: 'E1001', branch_id: 'SZ01', team_id: 'SZ01-T1', group_id: 'SZ01-T1-G1' });
const mgrGz = who('mgr.gz', ['branch-manager'], { employee_id: 'E2906', branch_id: 'GZ01' });
const office = who('bo.han', ['brokerage-office'], { employee_id: 'E9003', branch_id: 'HQ' });

let orm: MikroORM;
const r = new AssetResolver();
const ctx = (principal: Principal): RequestContext => ({ principal, em: orm.em.fork(), loaders: new Loaders(), requestId: 'test' });

function employee(id: string, branchId: string, teamId: string | null, outletId: string | null, status = EmployeeStatus.ACTIVE): Employee {
  return Object.assign(new Employee(), {
    id,
    name: `name-${id}`,
    level: 'L1',
    employmentType: EmploymentType.FULL_TIME,
    status,
    branchId,
    teamId,
    groupId: null,
    outletId,
    hiredOn: '2026-01-05',
  });
}

beforeEach(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    allowGlobalContext: false,
    entities: [
      Branch,
      Team,
      Group,
      Outlet,
      Employee,
      AssetItem,
      AssetLedgerLine,
      AssetHandoverAct,
      EmploymentContract,
      ArchiveAudit,
      AuditEntry,
      OutboxMessage,
      InboxEntry,
    ],
  });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  em.persist([
    Object.assign(new Branch(), { id: 'SZ01', name: '深圳营业部', city: '深圳' }),
    Object.assign(new Branch(), { id: 'GZ01', name: '广州营业部', city: '广州' }),
    Object.assign(new Team(), { id: 'SZ01-T1', branchId: 'SZ01', name: 'T1' }),
    Object.assign(new Team(), { id: 'SZ01-T2', branchId: 'SZ01', name: 'T2' }),
    Object.assign(new Team(), { id: 'GZ01-T1', branchId: 'GZ01', name: 'G1' }),
    Object.assign(new Outlet(), { id: 'O1', branchId: 'SZ01', name: '工行福田网点', opensAt: '09:00', closesAt: '17:00' }),
    Object.assign(new Outlet(), { id: 'O2', branchId: 'SZ01', name: '建行南山网点', opensAt: '09:00', closesAt: '17:00' }),
    Object.assign(new Outlet(), { id: 'OG', branchId: 'GZ01', name: '广州网点', opensAt: '09:00', closesAt: '17:00' }),
    employee('E1001', 'SZ01', 'SZ01-T1', 'O1'),
    employee('E1004', 'SZ01', 'SZ01-T1', 'O2'),
    employee('E1005', 'SZ01', 'SZ01-T2', 'O1'),
    employee('E1009', 'SZ01', 'SZ01-T1', 'O1', EmployeeStatus.DEPARTED),
    employee('E2001', 'GZ01', 'GZ01-T1', 'OG'),
  ]);
  await em.flush();
});
afterEach(() => orm.close());

async function register(tag: string, teamId = 'SZ01-T1', name = `laptop ${tag}`) {
  return r.registerAsset({ branchId: 'SZ01', teamId, name, kind: AssetKind.COMPUTER, tag, valueFen: 650000 }, ctx(keeper));
}

async function counts() {
  const em = orm.em.fork();
  return { items: await em.count(AssetItem, {}), lines: await em.count(AssetLedgerLine, {}), outbox: await em.count(OutboxMessage, {}) };
}

async function refused(call: () => Promise<unknown>, code: string) {
  const before = await counts();
  const status = await orm.em.fork().find(AssetItem, {}, { orderBy: { id: 'asc' } });
  await expect(call()).rejects.toMatchObject({ extensions: { code } });
  expect(await counts()).toEqual(before);
  const after = await orm.em.fork().find(AssetItem, {}, { orderBy: { id: 'asc' } });
  expect(after.map((i) => [i.status, i.holderId, i.outletId])).toEqual(status.map((i) => [i.status, i.holderId, i.outletId]));
}

describe('asset ledger (R-3.x)', () => {
  it('builds as part of the federated schema', async () => {
    await expect(buildFederatedSchema({ resolvers: [AssetResolver, ContractResolver] })).resolves.toBeDefined();
  });

  it('registers, issues at an outlet and takes back, one ledger line per movement', async () => {
    const item = await register('SZ-PC-001');
    const issued = await r.issueAsset(item.id, 'E1001', undefined, 'for the outlet', ctx(keeper));
    expect(issued).toMatchObject({ movement: AssetMovement.ISSUED, toHolderId: 'E1001', outletId: 'O1', recordedBy: 'keeper.sz' });
    expect(await issuedAssetsOf(orm.em.fork(), 'E1001')).toEqual([{ id: item.id, name: 'laptop SZ-PC-001', tag: 'SZ-PC-001' }]);
    const back = await r.returnAsset(item.id, undefined, ctx(lead));
    expect(back).toMatchObject({ movement: AssetMovement.RETURNED, fromHolderId: 'E1001', outletId: 'O1', recordedBy: 'tl.wang' });
    expect(await issuedAssetsOf(orm.em.fork(), 'E1001')).toEqual([]);
    const lines = await orm.em.fork().find(AssetLedgerLine, { assetId: item.id }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(lines.map((l) => l.movement).sort()).toEqual(['ISSUED', 'REGISTERED', 'RETURNED']);
    expect(await orm.em.fork().findOneOrFail(AssetItem, item.id)).toMatchObject({ status: AssetStatus.IN_STOCK, holderId: null, outletId: null });
  });

  it('hands over every item of a manager to the successor in one act, naming both', async () => {
    const a = await register('SZ-PC-001');
    const b = await register('SZ-PC-002');
    const c = await register('SZ-PC-003');
    await r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper));
    await r.issueAsset(b.id, 'E1001', 'O2', undefined, ctx(lead));
    await r.issueAsset(c.id, 'E1004', undefined, undefined, ctx(keeper));

    const act = await r.handOverAssets('E1001', 'E1005', '离职交接, 双方签字', ctx(keeper));
    expect(act.items.map((i) => i.tag)).toEqual(['SZ-PC-001', 'SZ-PC-002']);
    expect(act.lines).toHaveLength(2);
    expect(await issuedAssetsOf(orm.em.fork(), 'E1001')).toEqual([]);
    expect((await r.heldAssets('E1005', ctx(keeper))).map((i) => i.tag)).toEqual(['SZ-PC-001', 'SZ-PC-002']);
    expect((await r.heldAssets('E1004', ctx(keeper))).map((i) => i.tag)).toEqual(['SZ-PC-003']);
    const lines = await orm.em.fork().find(AssetLedgerLine, { movement: AssetMovement.HANDED_OVER });
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatchObject({ fromHolderId: 'E1001', toHolderId: 'E1005', actId: act.actId, teamId: 'SZ01-T2', outletId: 'O1' });
    // The successor's team lead now sees them in the team ledger; the old team no longer holds them.
    const t2 = await r.assets({ branchId: 'SZ01', teamId: 'SZ01-T2' }, ctx(keeper));
    expect(t2.totalCount).toBe(2);
  });

  it('charges a loss with one AssetLossCharged in the same flush and writes the item off', async () => {
    const a = await register('SZ-PC-001');
    await r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper));
    const before = await counts();
    const charge = await r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.LOSS, 320000, '在网点丢失', ctx(keeper));
    expect(await counts()).toEqual({ ...before, lines: before.lines + 1, outbox: before.outbox + 1 });
    expect(charge).toMatchObject({
      movement: AssetMovement.CHARGED,
      chargedEmployeeId: 'E1001',
      amountFen: 320000,
      lossKind: AssetLossKind.LOSS,
      fromHolderId: 'E1001',
    });
    const [row] = await orm.em.fork().find(OutboxMessage, {});
    expect(row).toMatchObject({ topic: 'personnel.asset', type: 'AssetLossCharged.v1', key: a.id });
    expect(JSON.parse(row.payload).data).toEqual({
      chargeId: charge.id,
      employeeId: 'E1001',
      branchId: 'SZ01',
      assetId: a.id,
      amountFen: 320000,
      kind: 'LOSS',
      chargedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(await orm.em.fork().findOneOrFail(AssetItem, a.id)).toMatchObject({ status: AssetStatus.WRITTEN_OFF, holderId: null });
    expect(await issuedAssetsOf(orm.em.fork(), 'E1001')).toEqual([]);
    // Damage keeps the item with its holder.
    const b = await register('SZ-PC-002');
    await r.issueAsset(b.id, 'E1004', undefined, undefined, ctx(keeper));
    await r.chargeAssetLoss(b.id, 'E1004', AssetLossKind.DAMAGE, 5000, 'screen cracked', ctx(keeper));
    expect(await orm.em.fork().findOneOrFail(AssetItem, b.id)).toMatchObject({ status: AssetStatus.ISSUED, holderId: 'E1004' });
    expect(await orm.em.fork().count(OutboxMessage, {})).toBe(2);
  });

  it('refuses bad input and wrong states, writing nothing', async () => {
    const a = await register('SZ-PC-001');
    const b = await register('SZ-PC-002', 'SZ01-T2');
    await r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper));

    await refused(() => r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.DAMAGE, 0, 'x', ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.DAMAGE, -100, 'x', ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.chargeAssetLoss(a.id, 'E2001', AssetLossKind.DAMAGE, 100, 'x', ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.chargeAssetLoss(a.id, 'NOPE', AssetLossKind.DAMAGE, 100, 'x', ctx(keeper)), 'NOT_FOUND');
    await refused(() => r.chargeAssetLoss('NOPE', 'E1001', AssetLossKind.DAMAGE, 100, 'x', ctx(keeper)), 'NOT_FOUND');
    await refused(() => r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.DAMAGE, 100, 'x', ctx(keeperGz)), 'FORBIDDEN');
    await refused(() => r.issueAsset(a.id, 'E1004', undefined, undefined, ctx(keeper)), 'CONFLICT');
    await refused(() => r.issueAsset(b.id, 'E2001', undefined, undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.issueAsset(b.id, 'E1005', 'OG', undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.issueAsset(b.id, 'E1009', undefined, undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.issueAsset(b.id, 'NOPE', undefined, undefined, ctx(keeper)), 'NOT_FOUND');
    await refused(() => r.issueAsset(b.id, 'E1005', undefined, undefined, ctx(lead)), 'FORBIDDEN');
    await refused(() => r.returnAsset(b.id, undefined, ctx(keeper)), 'CONFLICT');
    await refused(() => r.handOverAssets('E1004', 'E1005', undefined, ctx(keeper)), 'CONFLICT');
    await refused(() => r.handOverAssets('E1001', 'E1001', undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.handOverAssets('E1001', 'E2001', undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.handOverAssets('E1001', 'E1009', undefined, ctx(keeper)), 'BAD_USER_INPUT');
    await refused(() => r.handOverAssets('E1001', 'E1005', undefined, ctx(lead)), 'FORBIDDEN');
    await refused(() => register('SZ-PC-001'), 'CONFLICT');
    await refused(
      () => r.registerAsset({ branchId: 'SZ01', teamId: 'GZ01-T1', name: 'x', kind: AssetKind.OTHER, tag: 'T', valueFen: 1 }, ctx(keeper)),
      'BAD_USER_INPUT',
    );
    await refused(() => r.registerAsset({ branchId: 'SZ01', name: 'x', kind: AssetKind.OTHER, tag: 'T', valueFen: 1 }, ctx(keeperGz)), 'FORBIDDEN');
    // Written off: no further movement.
    await r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.THEFT, 100, 'stolen', ctx(keeper));
    await refused(() => r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.LOSS, 100, 'again', ctx(keeper)), 'CONFLICT');
    await refused(() => r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper)), 'CONFLICT');
  });

  it('lets only one of two concurrent issues of the same item through', async () => {
    const a = await register('SZ-PC-001');
    const results = await Promise.allSettled([
      r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper)),
      r.issueAsset(a.id, 'E1004', undefined, undefined, ctx(keeper)),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((x) => x.status === 'rejected')).toMatchObject({ reason: { extensions: { code: 'CONFLICT' } } });
    expect(await orm.em.fork().count(AssetLedgerLine, { movement: AssetMovement.ISSUED })).toBe(1);
  });

  it('shows the ledger by role: keeper and head office the branch, a team lead their team, a manager their own items', async () => {
    const a = await register('SZ-PC-001');
    const b = await register('SZ-PC-002', 'SZ01-T2');
    await r.issueAsset(a.id, 'E1001', undefined, undefined, ctx(keeper));
    await r.issueAsset(b.id, 'E1005', 'O2', undefined, ctx(keeper));

    expect((await r.assetLedger({ branchId: 'SZ01' }, ctx(keeper))).totalCount).toBe(4);
    expect((await r.assetLedger({ branchId: 'SZ01' }, ctx(office))).totalCount).toBe(4);
    const mine = await r.assetLedger({ branchId: 'SZ01' }, ctx(lead));
    expect(mine.nodes.every((l) => l.teamId === 'SZ01-T1')).toBe(true);
    expect(mine.totalCount).toBe(2);
    const outlet = await r.assetLedger({ branchId: 'SZ01', outletId: 'O2' }, ctx(keeper));
    expect(outlet.nodes.map((l) => l.assetTag)).toEqual(['SZ-PC-002']);
    const paged = await r.assetLedger({ branchId: 'SZ01', page: { first: 3 } }, ctx(keeper));
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const rest = await r.assetLedger({ branchId: 'SZ01', page: { first: 3, after: paged.pageInfo.endCursor } }, ctx(keeper));
    expect(rest.nodes).toHaveLength(1);

    await expect(r.assetLedger({ branchId: 'SZ01', teamId: 'SZ01-T2' }, ctx(lead))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.assetLedger({ branchId: 'SZ01' }, ctx(mgrGz))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.assetLedger({ branchId: 'SZ01' }, ctx(zhang))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await r.heldAssets('E1001', ctx(zhang))).map((i) => i.tag)).toEqual(['SZ-PC-001']);
    await expect(r.heldAssets('E1005', ctx(zhang))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.heldAssets('E1005', ctx(lead))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.heldAssets('E1005', ctx(mgrGz))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('exports a team ledger as CSV with a header and escaped fields', async () => {
    const a = await r.registerAsset(
      { branchId: 'SZ01', teamId: 'SZ01-T1', name: '展架 "A", 大号', kind: AssetKind.PROMOTION_MATERIAL, tag: 'P-1', valueFen: 12000, note: '=HYPERLINK("x")' },
      ctx(keeper),
    );
    await r.issueAsset(a.id, 'E1001', undefined, '第一行\n第二行', ctx(keeper));
    await r.chargeAssetLoss(a.id, 'E1001', AssetLossKind.DAMAGE, 3000, '破损', ctx(keeper));
    const csv = await r.assetLedgerCsv({ branchId: 'SZ01', teamId: 'SZ01-T1' }, ctx(lead));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('\uFEFF日期时间,物品名称,编号,变动,交出人,接收人,网点,团队,赔偿类型,赔偿人,金额(分),登记人,说明');
    expect(rows).toHaveLength(5); // header, 3 lines, trailing empty
    expect(rows[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},"展架 ""A"", 大号",P-1,登记入库,,,,SZ01-T1,,,,keeper.sz,"'=HYPERLINK\(""x""\)"$/);
    expect(rows[2]).toContain(',领用,,name-E1001(E1001),工行福田网点,SZ01-T1,');
    expect(rows[2]).toMatch(/"第一行\n第二行"$/);
    expect(rows[3]).toContain(',赔偿,name-E1001(E1001),name-E1001(E1001),工行福田网点,SZ01-T1,损坏,name-E1001(E1001),3000,keeper.sz,破损');
    await expect(r.assetLedgerCsv({ branchId: 'SZ01', teamId: 'SZ01-T2' }, ctx(lead))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
