/**
 * The rest of the guideline (issue 16), continued from guideline.test.ts: the customer register
 * (item 8), ... played through the gateway as DOMAIN.md's roles would, each with the refusal for a
 * role that may not. Attendance's clock is moved to fixed days (useClock), so the dates below stay
 * valid whenever the test runs.
 */
import { useClock } from '@bg/attendance';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  useClock(() => new Date('2026-11-20T02:00:00Z'));
  t = await startTestGraph();
}, 60_000);
afterAll(async () => {
  useClock(null);
  await t?.stop();
});

/** Moves attendance's clock to a local (Asia/Shanghai) date and time. */
const at = (date: string, time = '10:00') => useClock(() => new Date(`${date}T${time}:00+08:00`));
const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;
const ok = <T = any>(r: { body: { data?: any; errors?: any[] } }): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};
const events = (topic: string, name?: string) =>
  t.graph.transport
    .messages(topic)
    .map((m) => JSON.parse(m.value))
    .filter((e) => !name || e.type.includes(name));
void events;

const YUAN = 100;
const REGISTER = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id branchId name kind tier assetsFen responsibleEmployeeId registeredBy } }`;
const customerInput = (name: string, assetsYuan: number, responsibleEmployeeId?: string, crmRef?: string) => ({
  name,
  kind: 'INDIVIDUAL',
  assetsFen: assetsYuan * YUAN,
  assetsAsOf: '2026-11-19',
  ...(responsibleEmployeeId ? { responsibleEmployeeId } : {}),
  ...(crmRef ? { crmRef } : {}),
});

describe('item 8: the customer register (R-2.9): tiers, a responsible manager, visits of registered customers, handovers', () => {
  const ids: Record<string, string> = {};

  it('registers customers for the responsible manager, tiered by assets; others may not register for them', async () => {
    at('2026-11-20');
    const own = ok(
      await t.ask('cm.zhang', REGISTER, { i: { ...customerInput('深圳前海某投资公司', 8_000_000, undefined, '0100012345'), kind: 'INSTITUTION' } }),
    ).registerCustomer;
    expect(own).toMatchObject({
      branchId: 'SZ01',
      kind: 'INSTITUTION',
      tier: 'VIP',
      assetsFen: 800_000_000,
      responsibleEmployeeId: 'E1001',
      registeredBy: 'cm.zhang',
    });
    ids.company = own.id;
    ids.mrsChen = ok(await t.ask('cm.zhang', REGISTER, { i: customerInput('陈女士', 600_000) })).registerCustomer.id;
    // the lead registers for a manager of the team; the branch for anyone of it
    const forLiu = ok(await t.ask('tl.wang', REGISTER, { i: customerInput('赵先生', 80_000, 'E1004') })).registerCustomer;
    expect(forLiu).toMatchObject({ tier: 'ORDINARY', responsibleEmployeeId: 'E1004', registeredBy: 'tl.wang' });
    ids.mrZhao = forLiu.id;

    // a manager only for themself; another branch's manager not at all; a clerk is no customer's keeper
    expect(code((await t.ask('cm.zhang', REGISTER, { i: customerInput('钱先生', 1, 'E1004') })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', REGISTER, { i: customerInput('钱先生', 1, 'E1001') })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('clerk.att', REGISTER, { i: customerInput('钱先生', 1, 'E1001') })).body)).toBe('FORBIDDEN');
    // refused whole, with every reason; the CRM number once per branch
    const bad = await t.ask('cm.zhang', REGISTER, { i: { ...customerInput(' ', -1, undefined, '0100012345'), assetsAsOf: '2026-12-01' } });
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions.problems.map((p: any) => p.field).sort()).toEqual(['assetsAsOf', 'assetsFen', 'crmRef', 'name']);
  });

  it('keeps the tier thresholds as data: the branch sets them and its customers are re-tiered', async () => {
    const Q = `{ customerTierThresholds(branchId: "SZ01") { vipMinAssetsFen keyMinAssetsFen setBy } }`;
    expect(ok(await t.ask('cm.zhang', Q)).customerTierThresholds).toEqual({ vipMinAssetsFen: 500_000_000, keyMinAssetsFen: 50_000_000, setBy: null });
    const SET = (branchId: string) =>
      `mutation { setCustomerTierThresholds(branchId: "${branchId}", input: { vipMinAssetsFen: 1000000000, keyMinAssetsFen: 5000000 }) { vipMinAssetsFen setBy } }`;
    expect(code((await t.ask('tl.wang', SET('SZ01'))).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', SET('SZ01'))).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('mgr.sz', SET('SZ01'))).setCustomerTierThresholds).toEqual({ vipMinAssetsFen: 1_000_000_000, setBy: 'mgr.sz' });
    const tiers = ok(await t.ask('mgr.sz', `{ customers(branchId: "SZ01") { totalCount nodes { name tier } } }`)).customers;
    expect(tiers.nodes).toEqual(
      expect.arrayContaining([
        { name: '深圳前海某投资公司', tier: 'KEY' },
        { name: '陈女士', tier: 'KEY' },
        { name: '赵先生', tier: 'KEY' },
      ]),
    );
    const updated = ok(
      await t.ask('cm.zhang', `mutation { updateCustomerAssets(customerId: "${ids.company}", assetsFen: 1200000000, asOf: "2026-11-20") { tier assetsAsOf } }`),
    ).updateCustomerAssets;
    expect(updated).toEqual({ tier: 'VIP', assetsAsOf: '2026-11-20' });
    expect(
      code((await t.ask('cm.liu', `mutation { updateCustomerAssets(customerId: "${ids.company}", assetsFen: 1, asOf: "2026-11-20") { tier } }`)).body),
    ).toBe('FORBIDDEN');
  });

  it('shows a manager their own customers, the lead the team, the branch all; nobody else', async () => {
    const names = (r: any) => r.customers.nodes.map((c: any) => c.name).sort();
    expect(names(ok(await t.ask('cm.zhang', `{ customers(employeeId: "E1001") { nodes { name } } }`)))).toEqual(['深圳前海某投资公司', '陈女士']);
    expect(names(ok(await t.ask('tl.wang', `{ customers(teamId: "SZ01-T1") { nodes { name } } }`)))).toEqual(['深圳前海某投资公司', '赵先生', '陈女士']);
    expect(ok(await t.ask('tl.wang', `{ customers(teamId: "SZ01-T1", tier: VIP, page: { first: 1 }) { totalCount nodes { name } } }`)).customers).toEqual({
      totalCount: 1,
      nodes: [{ name: '深圳前海某投资公司' }],
    });
    expect(ok(await t.ask('vp.qian', `{ customer(id: "${ids.mrZhao}") { name responsible { id } } }`)).customer).toEqual({
      name: '赵先生',
      responsible: { id: 'E1004' },
    });
    expect(code((await t.ask('cm.liu', `{ customers(employeeId: "E1001") { nodes { name } } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.zhang', `{ customers(teamId: "SZ01-T1") { nodes { name } } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', `{ customers(branchId: "SZ01") { nodes { name } } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.liu', `{ customer(id: "${ids.company}") { name } }`)).body)).toBe('FORBIDDEN');
  });

  it('is a federated entity: a reference resolves under the same visibility', async () => {
    const attendance = t.graph.services.find((s) => s.name === 'attendance')!;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name tier } } }`;
    const r = { r: [{ __typename: 'Customer', id: ids.company }] };
    const seen = await t.gql(attendance.url, t.realm.tokenFor('tl.wang'), ENTITIES, r);
    expect(seen.body.data._entities).toEqual([{ id: ids.company, name: '深圳前海某投资公司', tier: 'VIP' }]);
    const refused = await t.gql(attendance.url, t.realm.tokenFor('cm.gz'), ENTITIES, r);
    expect(code(refused.body)).toBe('FORBIDDEN');
  });

  it('logs visits of registered customers only, with the tier of the register', async () => {
    const LOG = (customerId: string) =>
      `mutation { logCustomerVisit(input: { date: "2026-11-20", customerId: "${customerId}", standing: EXISTING, discussed: "资产配置回顾" }) { customerId customerName tier } }`;
    expect(ok(await t.ask('cm.zhang', LOG(ids.company))).logCustomerVisit).toEqual({
      customerId: ids.company,
      customerName: '深圳前海某投资公司',
      tier: 'VIP',
    });
    const unknown = await t.ask('cm.zhang', LOG('no-such-customer'));
    expect(code(unknown.body)).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors![0].extensions.problems).toEqual([{ field: 'customerId', problem: expect.stringContaining('register the customer first') }]);
    expect(code((await t.ask('cm.gz', LOG(ids.company))).body)).toBe('BAD_USER_INPUT'); // another branch's customer
  });

  it("records a change of responsible manager as a handover: the lead within the team, the branch; the manager can't", async () => {
    const HAND = `mutation($i: HandOverCustomersInput!) { handOverCustomers(input: $i) { customerId fromEmployeeId toEmployeeId effectiveOn reason recordedBy } }`;
    const i = { customerIds: [ids.mrsChen], toEmployeeId: 'E1004', reason: '客户经理调岗交接' };
    expect(code((await t.ask('cm.zhang', HAND, { i })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', HAND, { i })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('tl.wang', HAND, { i: { ...i, reason: ' ' } })).body)).toBe('BAD_USER_INPUT');
    expect(ok(await t.ask('tl.wang', HAND, { i })).handOverCustomers).toEqual([
      { customerId: ids.mrsChen, fromEmployeeId: 'E1001', toEmployeeId: 'E1004', effectiveOn: '2026-11-20', reason: '客户经理调岗交接', recordedBy: 'tl.wang' },
    ]);
    expect(code((await t.ask('tl.wang', HAND, { i })).body)).toBe('BAD_USER_INPUT'); // already E1004's
    expect(
      ok(await t.ask('cm.liu', `{ customer(id: "${ids.mrsChen}") { responsibleEmployeeId handovers { fromEmployeeId toEmployeeId } } }`)).customer,
    ).toEqual({
      responsibleEmployeeId: 'E1004',
      handovers: [{ fromEmployeeId: 'E1001', toEmployeeId: 'E1004' }],
    });
    expect(code((await t.ask('cm.zhang', `{ customer(id: "${ids.mrsChen}") { name } }`)).body)).toBe('FORBIDDEN');
  });
});
