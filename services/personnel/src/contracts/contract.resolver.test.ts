import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { principalFromClaims, type Principal } from '@bg/auth';
import { InboxEntry, OutboxMessage } from '@bg/events';
import { Loaders, type RequestContext } from '@bg/graphql';
import { Branch, Group, Outlet, Team } from '../organisation/organisation.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { ArchiveAudit } from '../archives/archive-audit.entity';
import { localDate } from '../assets/asset.rules';
import { ContractKind, ContractStatus, EmploymentContract } from './contract.entity';
import { ContractResolver } from './contract.resolver';
import { addDays } from './contract.rules';

const who = (username: string, roles: string[], claims: Record<string, string>): Principal =>
  principalFromClaims({ sub: username, preferred_username: username, realm_access: { roles }, ...claims });
const clerk = who('clerk.arc', ['archive-clerk'], { employee_id: 'E1902', branch_id: 'SZ01' });
const mgr = who('mgr.sz', ['branch-manager'], { employee_id: 'E1906', branch_id: 'SZ01' });
const dep = who('dep.sz', ['branch-deputy-manager'], { employee_id: 'E1905', branch_id: 'SZ01' });
const keeper = who('keeper.sz', ['asset-keeper'], { employee_id: 'E1903', branch_id: 'SZ01' });
const mgrGz = who('mgr.gz', ['branch-manager'], { employee_id: 'E2906', branch_id: 'GZ01' });
const zhang = who('cm.zhang', ['client-manager'], { employee_id: 'E1001', branch_id: 'SZ01', team_id: 'SZ01-T1' });
const liu = who('cm.liu', ['client-manager'], { employee_id: 'E1004', branch_id: 'SZ01', team_id: 'SZ01-T1' });
const channel = who('ch.cao', ['channel-management'], { employee_id: 'E9004', branch_id: 'HQ' });

let orm: MikroORM;
const r = new ContractResolver();
const ctx = (principal: Principal): RequestContext => ({ principal, em: orm.em.fork(), loaders: new Loaders(), requestId: 'test' });
const today = localDate(new Date());

function employee(id: string, type: EmploymentType, status = EmployeeStatus.ACTIVE, branchId = 'SZ01'): Employee {
  return Object.assign(new Employee(), {
    id,
    name: `name-${id}`,
    level: 'L1',
    employmentType: type,
    status,
    branchId,
    teamId: `${branchId}-T1`,
    groupId: null,
    outletId: null,
    hiredOn: '2026-01-05',
  });
}

beforeEach(async () => {
  orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: ':memory:',
    allowGlobalContext: false,
    entities: [Branch, Team, Group, Outlet, Employee, EmploymentContract, ArchiveAudit, OutboxMessage, InboxEntry],
  });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  em.persist([
    employee('E1001', EmploymentType.FULL_TIME),
    employee('E1004', EmploymentType.PART_TIME),
    employee('E1009', EmploymentType.FULL_TIME, EmployeeStatus.DEPARTED),
    employee('E2001', EmploymentType.FULL_TIME, EmployeeStatus.ACTIVE, 'GZ01'),
  ]);
  await em.flush();
});
afterEach(() => orm.close());

const labour = (employeeId: string, startsOn: string, endsOn?: string) => ({
  employeeId,
  kind: ContractKind.LABOUR_CONTRACT,
  signedOn: startsOn,
  startsOn,
  endsOn,
  originalLocation: 'SZ01 档案柜 A-03',
});

async function counts() {
  const em = orm.em.fork();
  return { contracts: await em.count(EmploymentContract, {}), outbox: await em.count(OutboxMessage, {}) };
}
async function refused(call: () => Promise<unknown>, code: string) {
  const before = await counts();
  const links = (await orm.em.fork().find(EmploymentContract, {}, { orderBy: { id: 'asc' } })).map((c) => c.nextContractId);
  await expect(call()).rejects.toMatchObject({ extensions: { code } });
  expect(await counts()).toEqual(before);
  expect((await orm.em.fork().find(EmploymentContract, {}, { orderBy: { id: 'asc' } })).map((c) => c.nextContractId)).toEqual(links);
}

describe('contracts (R-6.2)', () => {
  it('files a one-year labour contract by default and emits ContractSigned in the same flush', async () => {
    const c = await r.signContract(labour('E1001', '2026-11-02'), ctx(clerk));
    expect(c).toMatchObject({ employeeId: 'E1001', branchId: 'SZ01', endsOn: '2027-11-01', previousContractId: null, recordedBy: 'clerk.arc' });
    const rows = await orm.em.fork().find(OutboxMessage, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: 'personnel.employee', key: 'E1001', type: 'ContractSigned.v1' });
    expect(JSON.parse(rows[0].payload).data).toEqual({
      employeeId: 'E1001',
      branchId: 'SZ01',
      contractId: c.id,
      kind: 'LABOUR_CONTRACT',
      startsOn: '2026-11-02',
      endsOn: '2027-11-01',
    });
  });

  it('renews with a new contract after the old one and keeps the history', async () => {
    const first = await r.signContract(labour('E1001', '2025-11-02'), ctx(clerk));
    const second = await r.renewContract({ contractId: first.id, signedOn: '2026-10-20', originalLocation: 'SZ01 档案柜 A-04' }, ctx(mgr));
    expect(second).toMatchObject({ startsOn: '2026-11-02', endsOn: '2027-11-01', previousContractId: first.id, kind: ContractKind.LABOUR_CONTRACT });
    await refused(() => r.renewContract({ contractId: first.id, signedOn: '2026-10-20', originalLocation: 'x' }, ctx(clerk)), 'CONFLICT');
    const history = await r.contracts('E1001', ctx(zhang));
    expect(history.map((c) => [c.startsOn, c.previousContractId, c.nextContractId])).toEqual([
      ['2025-11-02', null, second.id],
      ['2026-11-02', first.id, null],
    ]);
    expect(r.status(history[0])).toBe(today > '2026-11-01' ? ContractStatus.RENEWED : ContractStatus.IN_FORCE);
    expect(await orm.em.fork().count(OutboxMessage, {})).toBe(2);
    // A later contract signed directly also continues the chain.
    const third = await r.signContract(labour('E1001', '2028-01-01'), ctx(clerk));
    expect(third.previousContractId).toBe(second.id);
  });

  it('refuses bad contracts, writing nothing', async () => {
    const first = await r.signContract(labour('E1001', '2026-11-02'), ctx(clerk));
    await refused(() => r.signContract(labour('E1001', '2027-11-01'), ctx(clerk)), 'CONFLICT'); // overlaps the last day
    await refused(() => r.signContract(labour('E1001', '2026-01-01', '2026-11-02'), ctx(clerk)), 'CONFLICT');
    await refused(
      () => r.renewContract({ contractId: first.id, signedOn: '2027-10-01', startsOn: '2027-06-01', originalLocation: 'x' }, ctx(clerk)),
      'CONFLICT',
    );
    await refused(() => r.signContract(labour('E1001', '2028-11-02', '2028-11-01'), ctx(clerk)), 'BAD_USER_INPUT');
    await refused(() => r.signContract(labour('E1004', '2026-11-02'), ctx(clerk)), 'BAD_USER_INPUT'); // part-timer: cooperation agreement
    await refused(
      () => r.renewContract({ contractId: first.id, kind: ContractKind.COOPERATION_AGREEMENT, signedOn: '2027-10-01', originalLocation: 'x' }, ctx(clerk)),
      'BAD_USER_INPUT',
    );
    await refused(() => r.signContract(labour('E1009', '2026-11-02'), ctx(clerk)), 'BAD_USER_INPUT'); // departed
    await refused(() => r.signContract(labour('NOPE', '2026-11-02'), ctx(clerk)), 'NOT_FOUND');
    await refused(() => r.renewContract({ contractId: 'NOPE', signedOn: '2027-10-01', originalLocation: 'x' }, ctx(clerk)), 'NOT_FOUND');
    await refused(() => r.signContract(labour('E2001', '2026-11-02'), ctx(clerk)), 'FORBIDDEN'); // another branch
    await refused(() => r.signContract(labour('E1001', '2028-11-02'), ctx(mgrGz)), 'FORBIDDEN');
    const agreement = await r.signContract({ ...labour('E1004', '2026-11-02'), kind: ContractKind.COOPERATION_AGREEMENT }, ctx(mgr));
    expect(agreement.endsOn).toBe('2027-11-01');
  });

  it('shows contracts under the archive lookup rule and audits every read', async () => {
    await r.signContract(labour('E1001', '2026-11-02'), ctx(clerk));
    const audits = () => orm.em.fork().find(ArchiveAudit, {}, { orderBy: { at: 'asc' } });
    expect(await r.contracts('E1001', ctx(zhang))).toHaveLength(1);
    expect(await r.contracts('E1001', ctx(channel))).toHaveLength(1);
    await expect(r.contracts('E1001', ctx(liu))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.contracts('E1001', ctx(keeper))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(r.contracts('E1001', ctx(mgrGz))).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await audits()).map((a) => [a.reader, a.what, a.allowed])).toEqual([
      ['cm.zhang', 'contracts', true],
      ['ch.cao', 'contracts', true],
      ['cm.liu', 'contracts', false],
      ['keeper.sz', 'contracts', false],
      ['mgr.gz', 'contracts', false],
    ]);
  });

  it('lists contracts expiring soon for the branch, without renewed ones or departed staff', async () => {
    const soon = await r.signContract(labour('E1001', addDays(today, -300), addDays(today, 10)), ctx(clerk));
    await r.signContract({ ...labour('E1004', addDays(today, -300), addDays(today, 20)), kind: ContractKind.COOPERATION_AGREEMENT }, ctx(clerk));
    const renewed = await r.signContract(labour('E1009', addDays(today, -300), addDays(today, 5)), ctx(clerk)).catch(() => null);
    expect(renewed).toBeNull(); // departed staff sign nothing
    const overdue = Object.assign(new EmploymentContract(), {
      employeeId: 'E1009',
      branchId: 'SZ01',
      kind: ContractKind.LABOUR_CONTRACT,
      signedOn: '2020-01-01',
      startsOn: '2020-01-01',
      endsOn: addDays(today, 3),
      originalFiledAt: 'x',
      recordedBy: 'seed',
    });
    await orm.em.fork().persist(overdue).flush();

    const within15 = await r.expiringContracts({ branchId: 'SZ01', withinDays: 15, includeOverdue: false }, ctx(dep));
    expect(within15.map((x) => [x.employee.id, x.contract.id, x.daysLeft])).toEqual([['E1001', soon.id, 10]]);
    expect((await r.expiringContracts({ branchId: 'SZ01', withinDays: 30, includeOverdue: false }, ctx(channel))).map((x) => x.daysLeft)).toEqual([10, 20]);

    await r.renewContract({ contractId: soon.id, signedOn: today, originalLocation: 'A-05' }, ctx(clerk));
    expect(await r.expiringContracts({ branchId: 'SZ01', withinDays: 15, includeOverdue: false }, ctx(clerk))).toEqual([]);

    await expect(r.expiringContracts({ branchId: 'SZ01', withinDays: 15, includeOverdue: false }, ctx(mgrGz))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(r.expiringContracts({ branchId: 'SZ01', withinDays: 15, includeOverdue: false }, ctx(keeper))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(r.expiringContracts({ branchId: 'SZ01', withinDays: 400, includeOverdue: false }, ctx(mgr))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('lists contracts already ended with no successor when asked', async () => {
    const ended = await r.signContract(labour('E1001', addDays(today, -400), addDays(today, -2)), ctx(clerk));
    expect(await r.expiringContracts({ branchId: 'SZ01', withinDays: 30, includeOverdue: false }, ctx(mgr))).toEqual([]);
    const overdue = await r.expiringContracts({ branchId: 'SZ01', withinDays: 30, includeOverdue: true }, ctx(mgr));
    expect(overdue.map((x) => [x.contract.id, x.daysLeft])).toEqual([[ended.id, -2]]);
    expect(r.status(overdue[0].contract)).toBe(ContractStatus.EXPIRED);
  });
});
