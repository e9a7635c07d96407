/**
 * Performance & payroll through the gateway (embedded graph, dev-realm tokens): a branch's month
 * end. CRM import (a bad file rejected whole), attendance closed by events, payroll computed with
 * hand-checked figures, refusals (wrong role, other branch, out of order, before attendance is
 * closed, changes to a signed run) with nothing written, a rejection and the full chain, filing
 * (archived by personnel), the XLSX pay report, payslips by role, the head-office comparison.
 */
import { encode } from 'iconv-lite';
import { createEnvelope } from '@bg/events';
import { DEMO_BRANCHES, DEMO_EMPLOYEES, DEMO_TEAMS } from '@bg/service';
import { formatYuan } from '@bg/graphql';
import { readXlsx } from '@bg/performance';
import { startTestGraph, type TestGraph } from './test-graph';

const BRANCH_NAME = Object.fromEntries(DEMO_BRANCHES.map((b) => [b.id, b.name]));

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ GRAPHQL_INTROSPECTION: 'true' }); // one test reads the schema's mutations
}, 120_000);
afterAll(() => t?.stop());

const MONTH = '2026-08';
const SZ = DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01');
const BASE: Record<string, number> = { L1: 300_000, L2: 400_000, L3: 500_000, L4: 600_000, L5: 800_000 };
const HEADER = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';

// Hand-checked under the demo standard (services/performance/README.md; pay-rules.test.ts has the arithmetic):
// E1001 L2: 4000 + 10% of 15,000 + 4 x 50 + 25 x 20 - 50 late = 6,150.00 yuan
// E1002 L4: 6000 + 2000 + 15% of 15,000 + 8 x 50 + 123 x 20 - 200 absence - 2 x 50 early - 300 asset loss = 12,510.00
// E1003 L5: 8000 + (2000 + 4500 + 20% of 350,000 + 20 x 50 = 77,500 capped at 50,000) = 58,000.00
// E1004 L1: 3000 - 3 x 200 absence - 4 x 50 late = 2,200, topped up to the 2,500.00 floor
const CSV_LINES: Record<string, string> = {
  E1001: 'E1001,6,4,250000.00,1200000,15000',
  E1002: 'E1002,9,8,1234567.89,5000000.50,35000.00',
  E1003: 'E1003,25,20,0,90000000,400000',
};
const ATTENDANCE: Record<string, { late: number; early: number; absent: number }> = {
  E1001: { late: 1, early: 0, absent: 0 },
  E1002: { late: 0, early: 2, absent: 1 },
  E1004: { late: 4, early: 0, absent: 3 },
};
const EXPECTED_NET: Record<string, number> = { E1001: 615_000, E1002: 1_251_000, E1003: 5_800_000, E1004: 250_000 };
const netOf = (id: string, level: string) => EXPECTED_NET[id] ?? BASE[level];
const TOTAL_NET = SZ.reduce((s, e) => s + netOf(e.id, e.level), 0);

const goodCsv = () => [HEADER, ...SZ.map((e) => CSV_LINES[e.id] ?? `${e.id},0,0,0,0,0`)].join('\r\n');

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;

async function closeAttendance(ids: string[]): Promise<void> {
  await t.graph.transport.publish(
    ids.map((id) => {
      const a = ATTENDANCE[id] ?? { late: 0, early: 0, absent: 0 };
      const data = { employeeId: id, branchId: 'SZ01', month: MONTH, daysWorked: 21 - a.absent, leaveDays: 0, visits: 3, ...a };
      return { topic: 'attendance.month', key: id, value: JSON.stringify(createEnvelope('attendance', 'AttendanceMonthClosed', id, data)) };
    }),
  );
  await t.graph.settle();
}

const IMPORT =
  'mutation($csv: String!, $b: ID!, $m: YearMonth!) { importMetrics(branchId: $b, month: $m, csv: $csv) { branchId month revision lineCount newAccounts netRevenueFen importedBy } }';
const importAs = (user: string, csv: string, b = 'SZ01') => t.ask(user, IMPORT, { csv, b, m: MONTH });
const RUN_FIELDS = 'id status revision lineCount totalNetFen standardVersion closedReason filedOn signatures { step decision signedBy comment }';
const LINE_FIELDS =
  'employeeId level baseFen commissionFen commissionTiers { rateBp revenueFen commissionFen } newAccountBonusFen newAssetsBonusFen capCutFen grossFen absenceDeductionFen lateDeductionFen earlyDeductionFen assetLossDeductionFen deductionsFen floorTopUpFen netFen';
const compute = (user = 'fin.sz', b = 'SZ01') =>
  t.ask(
    user,
    `mutation { computePayroll(branchId: "${b}", month: "${MONTH}") { ${RUN_FIELDS} lines(page: { first: 200 }) { totalCount nodes { ${LINE_FIELDS} } } } }`,
  );
const sign = (user: string, id: string, comment = '') =>
  t.ask(user, `mutation($id: ID!, $c: String!) { signPayroll(payrollId: $id, comment: $c) { ${RUN_FIELDS} } }`, { id, c: comment });
const reject = (user: string, id: string, reason: string) =>
  t.ask(user, `mutation($id: ID!, $r: String!) { rejectPayroll(payrollId: $id, reason: $r) { ${RUN_FIELDS} } }`, { id, r: reason });
const runCount = async () => (await t.ask('fin.sz', `{ payrollRuns(branchId: "SZ01", month: "${MONTH}") { totalCount } }`)).body.data.payrollRuns.totalCount;
const runOf = async (id: string) => (await t.ask('bo.han', `{ payrollRun(id: "${id}") { ${RUN_FIELDS} } }`)).body.data.payrollRun;
const metricsOf = async (id: string) =>
  (await t.ask('mgr.sz', `{ employee(id: "${id}") { businessMetrics(month: "${MONTH}") { newAccounts netRevenueFen newAssetsFen } } }`)).body.data.employee
    .businessMetrics;

let runId: string;

describe('CRM import (R-4.1)', () => {
  it('rejects a bad file whole, every problem listed by line, and writes nothing', async () => {
    const csv = [HEADER, 'E1001,6,4,250000.00,1200000,15000', 'E2001,1,1,1,1,1', 'E9999,1,1,1,1,1', 'E1002,1,x,12.345,1,1', 'E1001,1,1,1,1,1'].join('\n');
    const r = await importAs('fin.sz', csv);
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.problems).toEqual([
      { field: 'line 3', problem: 'employee E2001 is not a manager of branch SZ01' },
      { field: 'line 4', problem: 'employee E9999 is not a known manager' },
      { field: 'line 5', problem: 'new_accounts "x" is not a whole number from 0 to 1000000' },
      { field: 'line 5', problem: 'new_assets "12.345" is not an amount in yuan, 0 or more, with at most 2 decimals' },
      { field: 'line 6', problem: 'employee E1001 is already on line 2' },
    ]);
    expect(await metricsOf('E1001')).toBeNull();
    expect((await t.ask('fin.sz', `{ metricsImport(branchId: "SZ01", month: "${MONTH}") { id } }`)).body.data.metricsImport).toBeNull();
  });

  it('refuses other roles and other branches', async () => {
    expect(code((await importAs('tl.wang', goodCsv())).body)).toBe('FORBIDDEN');
    expect(code((await importAs('mgr.gz', goodCsv())).body)).toBe('FORBIDDEN');
    expect(code((await importAs('fin.sz', goodCsv(), 'GZ01')).body)).toBe('FORBIDDEN');
  });

  it('imports a good file, yuan to fen, readable as Employee.businessMetrics', async () => {
    const r = await importAs('fin.sz', goodCsv());
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.importMetrics).toEqual({
      branchId: 'SZ01',
      month: MONTH,
      revision: 1,
      lineCount: SZ.length,
      newAccounts: 32,
      netRevenueFen: 45_000_000,
      importedBy: 'fin.sz',
    });
    expect(await metricsOf('E1002')).toEqual({ newAccounts: 8, netRevenueFen: 3_500_000, newAssetsFen: 123_456_789 });
    const yuan = await t.ask('mgr.sz', `{ employee(id: "E1002") { businessMetrics(month: "${MONTH}") { newAssetsYuan netRevenueYuan } } }`);
    expect(yuan.body.data.employee.businessMetrics).toEqual({ newAssetsYuan: '1,234,567.89', netRevenueYuan: '35,000.00' });
  });

  it('replaces the month on re-import while no payroll is signed off', async () => {
    const r = await importAs('mgr.sz', goodCsv());
    expect(r.body.data.importMetrics.revision).toBe(2);
    expect(await metricsOf('E1001')).toEqual({ newAccounts: 4, netRevenueFen: 1_500_000, newAssetsFen: 25_000_000 });
  });
  it('takes the file as Excel saves it on Chinese Windows: GB18030 bytes (csvBase64), Chinese headers, a remark over two lines', async () => {
    const [, ...lines] = goodCsv().split('\r\n');
    const excel =
      [
        '员工编号,开发客户数,新开户数,新增资产(元),客户资产(元),净收入(元),备注',
        ...lines.map((l) => (l.startsWith('E1002,') ? `${l},"老客户转介绍\n另有两户待审核"` : `${l},`)),
      ].join('\r\n') + '\r\n';
    const bytes = encode(excel, 'gb18030');
    const ask = (vars: object) =>
      t.ask(
        'fin.sz',
        'mutation($csv: String, $b64: String, $b: ID!, $m: YearMonth!) { importMetrics(branchId: $b, month: $m, csv: $csv, csvBase64: $b64) { revision lineCount netRevenueFen } }',
        { b: 'SZ01', m: MONTH, ...vars },
      );
    const r = await ask({ b64: bytes.toString('base64') });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.importMetrics).toEqual({ revision: 3, lineCount: SZ.length, netRevenueFen: 45_000_000 });
    expect(await metricsOf('E1002')).toEqual({ newAccounts: 8, netRevenueFen: 3_500_000, newAssetsFen: 123_456_789 });
    expect(code((await ask({})).body)).toBe('BAD_USER_INPUT');
    expect(code((await ask({ csv: excel, b64: bytes.toString('base64') })).body)).toBe('BAD_USER_INPUT');
  });
});

describe('payroll (R-4.2)', () => {
  it('is refused until branch finance has reviewed (复核) the current figures (R-4.1, issue 16 item 11)', async () => {
    const REVIEW = (user: string, b = 'SZ01') =>
      t.ask(
        user,
        `mutation { reviewMetricsImport(branchId: "${b}", month: "${MONTH}", comment: "逐户核对 CRM 报表") { revision reviewedRevision reviewedBy reviewComment reviewState } }`,
      );
    const problems = async () =>
      ((await compute()).body.errors![0].extensions.problems as Array<{ field: string; problem: string }>).filter((p) => p.field === 'metricsReview');
    expect(await problems()).toEqual([{ field: 'metricsReview', problem: `branch finance has not reviewed (复核) the CRM figures of ${MONTH} for SZ01` }]);
    for (const user of ['mgr.sz', 'dep.sz', 'tl.wang', 'cm.zhang']) expect([user, code((await REVIEW(user)).body)]).toEqual([user, 'FORBIDDEN']);
    expect(code((await REVIEW('fin.sz', 'GZ01')).body)).toBe('FORBIDDEN');
    const reviewed = (await REVIEW('fin.sz')).body.data.reviewMetricsImport;
    expect(reviewed).toEqual({ revision: 3, reviewedRevision: 3, reviewedBy: 'fin.sz', reviewComment: '逐户核对 CRM 报表', reviewState: 'REVIEWED' });
    expect(code((await REVIEW('fin.sz')).body)).toBe('CONFLICT');
    expect(await problems()).toEqual([]);
    expect(await runCount()).toBe(0);
  });

  it("is refused before the month's attendance is closed, listing who is missing, and writes nothing", async () => {
    const r = await compute();
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.problems).toHaveLength(SZ.length);
    expect(r.body.errors![0].extensions.problems[0]).toEqual({ field: 'attendance.E1001', problem: `E1001 张伟: attendance of ${MONTH} is not closed` });

    const last = SZ[SZ.length - 1];
    await closeAttendance(SZ.filter((e) => e !== last).map((e) => e.id));
    const one = await compute();
    expect(one.body.errors![0].extensions.problems).toEqual([
      { field: `attendance.${last.id}`, problem: `${last.id} ${last.name}: attendance of ${MONTH} is not closed` },
    ]);
    expect(await runCount()).toBe(0);
    await closeAttendance([last.id]);
  });

  it('is computed by the branch finance only', async () => {
    expect(code((await compute('mgr.sz')).body)).toBe('FORBIDDEN');
    expect(code((await compute('cm.zhang')).body)).toBe('FORBIDDEN');
    expect(await runCount()).toBe(0);
  });

  it('computes every line with its breakdown: hand-checked figures at different tiers', async () => {
    // An asset loss charged in personnel reaches payroll as a deduction.
    const charge = {
      chargeId: 'charge-1',
      employeeId: 'E1002',
      branchId: 'SZ01',
      assetId: 'asset-1',
      amountFen: 30_000,
      kind: 'DAMAGE' as const,
      chargedOn: `${MONTH}-12`,
    };
    await t.graph.transport.publish([
      { topic: 'personnel.asset', key: 'asset-1', value: JSON.stringify(createEnvelope('personnel', 'AssetLossCharged', 'asset-1', charge)) },
    ]);
    await t.graph.settle();

    const r = await compute();
    expect(r.body.errors).toBeUndefined();
    const run = r.body.data.computePayroll;
    runId = run.id;
    expect(run).toMatchObject({ status: 'AWAITING_FINANCE', revision: 1, lineCount: SZ.length, totalNetFen: TOTAL_NET, standardVersion: 1, signatures: [] });
    const line = (id: string) => run.lines.nodes.find((l: any) => l.employeeId === id);
    expect(run.lines.totalCount).toBe(SZ.length);
    expect(line('E1001')).toMatchObject({
      level: 'L2',
      baseFen: 400_000,
      commissionFen: 150_000,
      newAccountBonusFen: 20_000,
      newAssetsBonusFen: 50_000,
      grossFen: 620_000,
      lateDeductionFen: 5_000,
      deductionsFen: 5_000,
      netFen: 615_000,
    });
    expect(line('E1002')).toMatchObject({
      level: 'L4',
      baseFen: 600_000,
      commissionFen: 425_000,
      newAccountBonusFen: 40_000,
      newAssetsBonusFen: 246_000,
      grossFen: 1_311_000,
      absenceDeductionFen: 20_000,
      earlyDeductionFen: 10_000,
      assetLossDeductionFen: 30_000,
      deductionsFen: 60_000,
      netFen: 1_251_000,
    });
    expect(line('E1002').commissionTiers).toEqual([
      { rateBp: 1_000, revenueFen: 2_000_000, commissionFen: 200_000 },
      { rateBp: 1_500, revenueFen: 1_500_000, commissionFen: 225_000 },
      { rateBp: 2_000, revenueFen: 0, commissionFen: 0 },
    ]);
    expect(line('E1003')).toMatchObject({
      level: 'L5',
      commissionFen: 7_650_000,
      newAccountBonusFen: 100_000,
      capCutFen: 2_750_000,
      grossFen: 5_800_000,
      netFen: 5_800_000,
    });
    expect(line('E1004')).toMatchObject({ level: 'L1', grossFen: 300_000, deductionsFen: 80_000, floorTopUpFen: 30_000, netFen: 250_000 });
  });

  it("shows a manager no payslip before sign-off, and nobody else's ever", async () => {
    const slip = (user: string, id: string) => t.ask(user, `{ payslip(employeeId: "${id}", month: "${MONTH}") { netFen } }`);
    expect((await slip('cm.zhang', 'E1001')).body).toEqual({ data: { payslip: null } });
    expect((await slip('fin.sz', 'E1001')).body.data.payslip.netFen).toBe(615_000);
    const yuan = await t.ask('fin.sz', `{ payslip(employeeId: "E1001", month: "${MONTH}") { netYuan grossYuan deductionsYuan } }`);
    expect(yuan.body.data.payslip.netYuan).toBe('6,150.00');
    expect(code((await slip('cm.zhang', 'E1002')).body)).toBe('FORBIDDEN');
    expect(code((await slip('tl.wang', 'E1001')).body)).toBe('FORBIDDEN');
    expect(code((await slip('mgr.gz', 'E1001')).body)).toBe('FORBIDDEN');
  });

  it('refuses a sign-off by a wrong role, another branch or out of order, writing nothing', async () => {
    const finGz = t.realm.sign({
      sub: 'fin.gz',
      preferred_username: 'fin.gz',
      realm_access: { roles: ['branch-finance'] },
      branch_id: 'GZ01',
      employee_id: 'E2904',
    });
    const other = await t.gql(t.graph.gateway.url, finGz, `mutation { signPayroll(payrollId: "${runId}") { status } }`);
    expect(code(other.body)).toBe('FORBIDDEN');
    expect(other.body.errors![0].message).toBe('You sign payrolls of branch GZ01 only, not of SZ01');
    expect(code((await sign('cm.zhang', runId)).body)).toBe('FORBIDDEN');
    expect(code((await sign('tl.wang', runId)).body)).toBe('FORBIDDEN');
    expect(code((await sign('bo.han', runId)).body)).toBe('FORBIDDEN');
    expect(code((await sign('mgr.gz', runId)).body)).toBe('FORBIDDEN');
    const early = await sign('dep.sz', runId);
    expect(code(early.body)).toBe('CONFLICT');
    expect(early.body.errors![0].message).toBe('Not your turn to sign: the payroll is waiting for the chief accountant (branch-finance) first');
    expect(code((await sign('mgr.sz', runId)).body)).toBe('CONFLICT');
    expect(code((await reject('mgr.sz', runId, '不对')).body)).toBe('CONFLICT');
    expect(await runOf(runId)).toMatchObject({ status: 'AWAITING_FINANCE', signatures: [] });
  });

  it('lists the run under payrollRunsWaitingForMe for the signer whose turn it is only', async () => {
    const waiting = async (user: string) => {
      const r = await t.ask(user, '{ payrollRunsWaitingForMe { totalCount nodes { id status } } }');
      expect(r.body.errors).toBeUndefined();
      return r.body.data.payrollRunsWaitingForMe;
    };
    expect(await waiting('fin.sz')).toEqual({ totalCount: 1, nodes: [{ id: runId, status: 'AWAITING_FINANCE' }] });
    expect(await waiting('dep.sz')).toEqual({ totalCount: 0, nodes: [] });
    expect(await waiting('mgr.sz')).toEqual({ totalCount: 0, nodes: [] });
    expect(await waiting('mgr.gz')).toEqual({ totalCount: 0, nodes: [] });
    const refused = await t.ask('cm.zhang', '{ payrollRunsWaitingForMe { totalCount } }');
    expect(refused.body.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      allowedRoles: ['branch-finance', 'branch-deputy-manager', 'branch-manager'],
    });
    expect(refused.body.errors![0].message).toBe(
      'Query.payrollRunsWaitingForMe is for the roles branch-finance, branch-deputy-manager, branch-manager; you have client-manager',
    );
  });

  it('lets a signer reject it back with a reason; the rejected run cannot be signed', async () => {
    expect((await sign('fin.sz', runId, '已核对')).body.data.signPayroll.status).toBe('AWAITING_DEPUTY');
    const deputyWaits = await t.ask('dep.sz', '{ payrollRunsWaitingForMe { nodes { id } } }');
    expect(deputyWaits.body.data.payrollRunsWaitingForMe.nodes).toEqual([{ id: runId }]);
    expect((await t.ask('fin.sz', '{ payrollRunsWaitingForMe { totalCount } }')).body.data.payrollRunsWaitingForMe.totalCount).toBe(0);
    expect(code((await sign('mgr.sz', runId)).body)).toBe('CONFLICT');
    expect(code((await reject('dep.sz', runId, ' ')).body)).toBe('BAD_USER_INPUT');
    const r = await reject('dep.sz', runId, '刘洋的缺勤天数需复核');
    expect(r.body.data.rejectPayroll).toMatchObject({
      status: 'REJECTED',
      closedReason: 'rejected by dep.sz: 刘洋的缺勤天数需复核',
      signatures: [
        { step: 'FINANCE', decision: 'SIGNED', signedBy: 'fin.sz', comment: '已核对' },
        { step: 'DEPUTY', decision: 'REJECTED', signedBy: 'dep.sz', comment: '刘洋的缺勤天数需复核' },
      ],
    });
    expect(code((await sign('dep.sz', runId)).body)).toBe('CONFLICT');
  });

  it('is recomputed and signed through the whole chain, then emits PayrollSignedOff', async () => {
    const r = await compute();
    expect(r.body.data.computePayroll).toMatchObject({ revision: 2, status: 'AWAITING_FINANCE', totalNetFen: TOTAL_NET });
    runId = r.body.data.computePayroll.id;
    expect((await sign('fin.sz', runId)).body.data.signPayroll.status).toBe('AWAITING_DEPUTY');
    expect(code((await sign('fin.sz', runId)).body)).toBe('CONFLICT'); // not the deputy's role
    expect((await sign('dep.sz', runId)).body.data.signPayroll.status).toBe('AWAITING_MANAGER');
    const done = await sign('mgr.sz', runId, '同意发放');
    expect(done.body.data.signPayroll).toMatchObject({
      status: 'SIGNED_OFF',
      signatures: [{ signedBy: 'fin.sz' }, { signedBy: 'dep.sz' }, { signedBy: 'mgr.sz', comment: '同意发放' }],
    });
    await t.graph.settle();
    const performance = t.graph.services.find((s) => s.name === 'performance')!;
    const rows = await performance.orm.em.fork().getConnection().execute(`select type, payload from outbox_message where key = ?`, [runId]);
    expect(rows.map((x: any) => x.type)).toEqual(['PayrollSignedOff.v1']);
    expect(JSON.parse(rows[0].payload).data).toEqual({
      payrollId: runId,
      branchId: 'SZ01',
      month: MONTH,
      totalNetFen: TOTAL_NET,
      signedBy: ['fin.sz', 'dep.sz', 'mgr.sz'],
      adjustsPayrollId: null,
    });
  });

  it('refuses any change to the signed run, writing nothing', async () => {
    const before = { runs: await runCount(), run: await runOf(runId), metrics: await metricsOf('E1001') };
    const again = await compute();
    expect(code(again.body)).toBe('CONFLICT');
    expect(again.body.errors![0].message).toBe(`The payroll of SZ01 for ${MONTH} is signed off (run 2) and can no longer change`);
    expect(code((await sign('mgr.sz', runId)).body)).toBe('CONFLICT');
    expect(code((await reject('mgr.sz', runId, '再改一下')).body)).toBe('CONFLICT');
    const reimport = await importAs('fin.sz', goodCsv().replace('E1001,6,4,250000.00,1200000,15000', 'E1001,6,9,250000.00,1200000,99000'));
    expect(code(reimport.body)).toBe('CONFLICT');
    expect({ runs: await runCount(), run: await runOf(runId), metrics: await metricsOf('E1001') }).toEqual(before);
  });

  it('shows each manager their own payslip once signed off; finance and managers their branch; head office all', async () => {
    const slip = (user: string, id: string) => t.ask(user, `{ payslip(employeeId: "${id}", month: "${MONTH}") { employeeId netFen } }`);
    expect((await slip('cm.zhang', 'E1001')).body.data.payslip).toEqual({ employeeId: 'E1001', netFen: 615_000 });
    expect((await t.ask('cm.zhang', `{ employee(id: "E1001") { payslip(month: "${MONTH}") { netFen } } }`)).body.data.employee.payslip.netFen).toBe(615_000);
    expect(code((await slip('cm.zhang', 'E1002')).body)).toBe('FORBIDDEN');
    expect((await slip('dep.sz', 'E1002')).body.data.payslip.netFen).toBe(1_251_000);
    expect((await slip('vp.qian', 'E1003')).body.data.payslip.netFen).toBe(5_800_000);
    expect(code((await slip('mgr.gz', 'E1003')).body)).toBe('FORBIDDEN');
  });

  it('downloads the pay report as XLSX: Chinese headers, the totals and the three signatures', async () => {
    const r = await t.ask('fin.sz', `{ payReport(payrollId: "${runId}") { filename contentType base64 } }`);
    expect(r.body.data.payReport.filename).toBe(`营业部客户经理薪酬月报表_SZ01_${MONTH}_第2次.xlsx`);
    const rows = readXlsx(Buffer.from(r.body.data.payReport.base64, 'base64'));
    expect(rows[0]).toEqual(['营业部客户经理薪酬月报表']);
    const header = rows[3];
    expect(header).toEqual(expect.arrayContaining(['员工编号', '姓名', '基本工资', '提成', '应发合计', '扣款合计', '实发工资']));
    const net = header.indexOf('实发工资');
    const body = rows.slice(4, 4 + SZ.length);
    expect(body.find((row) => row[1] === 'E1002')![net]).toBe('12510.00');
    const total = rows[4 + SZ.length];
    expect(total[0]).toBe('合计');
    expect(Math.round(Number(total[net]) * 100)).toBe(TOTAL_NET);
    expect(body.reduce((s, row) => s + Math.round(Number(row[net]) * 100), 0)).toBe(TOTAL_NET);
    const signed = rows.filter((row) => ['主办会计', '副经理/经理助理', '营业部经理'].includes(row[0]));
    // Branch staff are employees: the signatures show their names, not their logins.
    expect(signed.map((row) => row[1])).toEqual(['周芳', '吴刚', '孙丽']);
    expect(code((await t.ask('mgr.gz', `{ payReport(payrollId: "${runId}") { filename } }`)).body)).toBe('FORBIDDEN');
  });

  it('audits every sign-off, rejection and pay report export, allowed or refused, with the request id; the log is read by the branch manager (own branch) and head office', async () => {
    const log = (user: string, args = '') =>
      t.ask(
        user,
        `{ performanceAuditLog(page: { first: 200 }${args}) { totalCount nodes { actor actorRoles action subject branchId allowed refusal requestId at } } }`,
      );
    const mine = await log('mgr.sz');
    expect(mine.body.errors).toBeUndefined();
    const entries: any[] = mine.body.data.performanceAuditLog.nodes;
    expect(entries.every((e) => e.branchId === 'SZ01')).toBe(true);
    const of = (action: string, allowed: boolean) => entries.filter((e) => e.action === action && e.allowed === allowed).map((e) => e.actor);
    // Oldest last: the first run signed by finance then rejected by the deputy; the second signed through.
    expect(of('payroll.sign', true).reverse()).toEqual(['fin.sz', 'fin.sz', 'dep.sz', 'mgr.sz']);
    expect(of('payroll.reject', true)).toEqual(['dep.sz']);
    expect(of('payroll.sign', false)).toEqual(expect.arrayContaining(['fin.gz', 'mgr.gz']));
    expect(of('pay-report.export', true)).toContain('fin.sz');
    expect(of('pay-report.export', false)).toEqual(['mgr.gz']);
    const refused = entries.find((e) => e.action === 'payroll.sign' && e.actor === 'fin.gz');
    expect(refused).toMatchObject({ actorRoles: 'branch-finance', refusal: 'You sign payrolls of branch GZ01 only, not of SZ01' });
    expect(refused.subject).toContain(`(SZ01 ${MONTH}`);
    expect(entries.every((e) => /^[\w.:-]{1,100}$/.test(e.requestId))).toBe(true);
    expect(new Set(entries.map((e) => e.requestId)).size).toBe(entries.length); // one per request
    // Refused by role (no payroll role): the run's branch is not looked up for them, so head office sees those rows.
    const all = (await log('bo.han')).body.data.performanceAuditLog.nodes as any[];
    expect(all.filter((e) => e.action === 'payroll.sign' && !e.allowed).map((e) => e.actor)).toEqual(expect.arrayContaining(['cm.zhang', 'tl.wang', 'bo.han']));
    expect(all.find((e) => e.actor === 'cm.zhang')).toMatchObject({ branchId: null, refusal: expect.stringContaining('branch-finance') });
    // A client's own x-request-id is kept (when well-formed) and lands in the row.
    const res = await fetch(t.graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.realm.tokenFor('fin.sz')}`, 'x-request-id': 'audit-check-42' },
      body: JSON.stringify({ query: `{ payReport(payrollId: "${runId}") { filename } }` }),
    });
    expect(res.headers.get('x-request-id')).toBe('audit-check-42');
    expect((await log('mgr.sz', ', action: "pay-report.export"')).body.data.performanceAuditLog.nodes[0]).toMatchObject({
      actor: 'fin.sz',
      requestId: 'audit-check-42',
    });
    // Other branches and other roles may not read it.
    expect(code((await log('mgr.gz', ', branchId: "SZ01"')).body)).toBe('FORBIDDEN');
    expect((await log('mgr.gz')).body.data.performanceAuditLog.nodes.every((e: any) => e.branchId === 'GZ01')).toBe(true);
    for (const user of ['fin.sz', 'dep.sz', 'cm.zhang', 'tl.wang']) expect(code((await log(user)).body)).toBe('FORBIDDEN');
  });

  it('offers no way to change or delete an audit row through the graph', async () => {
    for (const m of ['deleteAuditEntry', 'updateAuditEntry', 'clearAuditLog', 'deletePerformanceAuditEntry']) {
      const r = await t.ask('vp.qian', `mutation { ${m}(id: "x") }`);
      expect(code(r.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const mutations = (await t.ask('vp.qian', '{ __schema { mutationType { fields { name } } } }')).body.data.__schema.mutationType.fields.map(
      (f: any) => f.name,
    );
    expect(mutations.filter((n: string) => /audit/i.test(n))).toEqual([]);
  });

  it('is filed with the brokerage business office once; personnel archives the pay report', async () => {
    expect(code((await t.ask('dep.sz', `mutation { fileWithBrokerageOffice(payrollId: "${runId}") { status } }`)).body)).toBe('FORBIDDEN');
    const r = await t.ask('fin.sz', `mutation { fileWithBrokerageOffice(payrollId: "${runId}") { status filedOn } }`);
    expect(r.body.data.fileWithBrokerageOffice.status).toBe('FILED');
    expect(code((await t.ask('fin.sz', `mutation { fileWithBrokerageOffice(payrollId: "${runId}") { status } }`)).body)).toBe('CONFLICT');
    await t.graph.settle();
    const filings = await t.ask('bo.han', '{ filings(branchId: "SZ01", type: PAY_REPORT) { nodes { title period fileRef filedBy } } }');
    expect(filings.body.data.filings.nodes).toContainEqual({
      title: `客户经理薪酬月报表 ${MONTH}`,
      period: MONTH,
      fileRef: `performance:payroll/${runId}`,
      filedBy: 'system:performance',
    });
  });
});

describe('head-office comparison (R-4.5)', () => {
  it('compares branches by net revenue with payroll cost and the previous period', async () => {
    const r = await t.ask(
      'bo.han',
      `{ branchComparison(period: "${MONTH}") { period previousPeriod level rows { key name rank newAccounts netRevenueFen payrollCostFen costPerAccountFen } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.branchComparison).toMatchObject({ period: MONTH, previousPeriod: '2026-07', level: 'BRANCH' });
    // Every branch has a row under its own name; those without figures show zeros.
    expect(r.body.data.branchComparison.rows).toEqual([
      {
        key: 'SZ01',
        name: BRANCH_NAME.SZ01,
        rank: 1,
        newAccounts: 32,
        netRevenueFen: 45_000_000,
        payrollCostFen: TOTAL_NET,
        costPerAccountFen: Math.round(TOTAL_NET / 32),
      },
      { key: 'GZ01', name: BRANCH_NAME.GZ01, rank: 2, newAccounts: 0, netRevenueFen: 0, payrollCostFen: 0, costPerAccountFen: null },
      { key: 'SH01', name: BRANCH_NAME.SH01, rank: 3, newAccounts: 0, netRevenueFen: 0, payrollCostFen: 0, costPerAccountFen: null },
    ]);
    const q4 = await t.ask(
      'ch.cao',
      '{ branchComparison(period: "2026-Q4") { previousPeriod rows { key rank netRevenueFen netRevenueYuan previous { netRevenueFen netRevenueYuan } netRevenueChangePct } } }',
    );
    expect(q4.body.data.branchComparison.previousPeriod).toBe('2026-Q3');
    // The yuan display strings say the fen figures beside them, exactly.
    for (const row of q4.body.data.branchComparison.rows) {
      expect(row.netRevenueYuan).toBe(formatYuan(row.netRevenueFen));
      expect(row.previous.netRevenueYuan).toBe(formatYuan(row.previous.netRevenueFen));
    }
    expect(q4.body.data.branchComparison.rows.map((x: any) => x.key).sort()).toEqual(['GZ01', 'SH01', 'SZ01']); // the demo's October figures
  });

  it('drills down to teams and managers, for head office and the branch', async () => {
    const teams = await t.ask('mgr.sz', `{ branchComparison(period: "${MONTH}", branchId: "SZ01") { level rows { key name payrollCostFen } } }`);
    expect(teams.body.data.branchComparison.level).toBe('TEAM');
    const teamRows = teams.body.data.branchComparison.rows;
    for (const team of DEMO_TEAMS.filter((x) => x.branchId === 'SZ01'))
      expect(teamRows).toContainEqual(expect.objectContaining({ key: team.id, name: team.name }));
    expect(teams.body.data.branchComparison.rows.reduce((s: number, x: any) => s + x.payrollCostFen, 0)).toBe(TOTAL_NET);
    const managers = await t.ask(
      'vp.qian',
      `{ branchComparison(period: "${MONTH}", branchId: "SZ01", teamId: "SZ01-T1") { level rows { key name rank netRevenueFen } } }`,
    );
    expect(managers.body.data.branchComparison.rows.slice(0, 3)).toEqual([
      { key: 'E1003', name: '王强', rank: 1, netRevenueFen: 40_000_000 },
      { key: 'E1002', name: '李娜', rank: 2, netRevenueFen: 3_500_000 },
      { key: 'E1001', name: '张伟', rank: 3, netRevenueFen: 1_500_000 },
    ]);
    expect(code((await t.ask('mgr.sz', `{ branchComparison(period: "${MONTH}") { level } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', `{ branchComparison(period: "${MONTH}", branchId: "SZ01") { level } }`)).body)).toBe('FORBIDDEN');
    // A period is a scalar checked at parse time: a literal fails validation, a variable is BAD_USER_INPUT; both show the forms.
    const literal = (await t.ask('bo.han', '{ branchComparison(period: "2026-13") { level } }')).body;
    expect(code(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0].message).toContain('2026-Q3');
    const variable = (await t.ask('bo.han', 'query($p: Period!) { branchComparison(period: $p) { level } }', { p: '2026-Q5' })).body;
    expect(code(variable)).toBe('BAD_USER_INPUT');
    expect(variable.errors![0].message).toContain('is not a period');
  });
});

describe('corrections of a signed month (更正)', () => {
  const ADJUST = (reason: string, month = MONTH, user = 'fin.sz') =>
    t.ask(
      user,
      `mutation { computePayrollAdjustment(branchId: "SZ01", month: "${month}", reason: "${reason}") {
    id kind adjustsRunId adjustmentReason status revision lineCount totalNetFen lines { nodes { employeeId lateArrivals lateDeductionFen deductionsFen netFen } } } }`,
    );

  it('is refused for a month not signed, by another role, without a reason, or when nothing changed; nothing written', async () => {
    const before = await runCount();
    expect(code((await ADJUST('复核', '2026-09')).body)).toBe('CONFLICT');
    expect(code((await ADJUST('复核', MONTH, 'dep.sz')).body)).toBe('FORBIDDEN');
    expect(code((await ADJUST(' ')).body)).toBe('BAD_USER_INPUT');
    const same = await ADJUST('复核');
    expect(code(same.body)).toBe('CONFLICT');
    expect(same.body.errors![0].message).toContain('nothing to correct');
    expect(await runCount()).toBe(before);
  });

  it('pays the difference when attendance is closed again, signed and filed like the month; the signed run stays as it was', async () => {
    // Attendance reopened: E1001 was not late after all (-1 late = +50 yuan).
    const data = { employeeId: 'E1001', branchId: 'SZ01', month: MONTH, daysWorked: 21, leaveDays: 0, visits: 3, late: 0, early: 0, absent: 0 };
    await t.graph.transport.publish([
      { topic: 'attendance.month', key: 'E1001', value: JSON.stringify(createEnvelope('attendance', 'AttendanceMonthClosed', 'E1001', data)) },
    ]);
    await t.graph.settle();
    const r = await ADJUST('考勤更正: 张伟 8 月迟到记录有误');
    expect(r.body.errors).toBeUndefined();
    const adj = r.body.data.computePayrollAdjustment;
    expect(adj).toMatchObject({
      kind: 'ADJUSTMENT',
      adjustsRunId: runId,
      adjustmentReason: '考勤更正: 张伟 8 月迟到记录有误',
      status: 'AWAITING_FINANCE',
      lineCount: 1,
      totalNetFen: 5_000,
    });
    expect(adj.lines.nodes).toEqual([{ employeeId: 'E1001', lateArrivals: -1, lateDeductionFen: -5_000, deductionsFen: -5_000, netFen: 5_000 }]);
    expect((await runOf(runId)).totalNetFen).toBe(TOTAL_NET);

    for (const user of ['fin.sz', 'dep.sz', 'mgr.sz']) expect((await sign(user, adj.id)).body.errors).toBeUndefined();
    expect((await t.ask('fin.sz', `mutation { fileWithBrokerageOffice(payrollId: "${adj.id}") { status } }`)).body.data.fileWithBrokerageOffice.status).toBe(
      'FILED',
    );
    await t.graph.settle();

    const slip = await t.ask('cm.zhang', `{ payslip(employeeId: "E1001", month: "${MONTH}") { netFen adjustments { netFen lateArrivals } } }`);
    expect(slip.body.data.payslip).toEqual({ netFen: 615_000, adjustments: [{ netFen: 5_000, lateArrivals: -1 }] });
    const cost = await t.ask('bo.han', `{ branchComparison(period: "${MONTH}") { rows { key payrollCostFen } } }`);
    expect(cost.body.data.branchComparison.rows).toContainEqual({ key: 'SZ01', payrollCostFen: TOTAL_NET + 5_000 });
    const filings = await t.ask('bo.han', '{ filings(branchId: "SZ01", type: PAY_REPORT) { nodes { title fileRef } } }');
    expect(filings.body.data.filings.nodes).toContainEqual({ title: `客户经理薪酬月报表 ${MONTH} (更正)`, fileRef: `performance:payroll/${adj.id}` });
    const report = await t.ask('fin.sz', `{ payReport(payrollId: "${adj.id}") { filename base64 } }`);
    expect(report.body.data.payReport.filename).toBe(`营业部客户经理薪酬月报表更正_SZ01_${MONTH}_第${adj.revision}次.xlsx`);
    expect(readXlsx(Buffer.from(report.body.data.payReport.base64, 'base64'))[0][0]).toContain('（更正）');

    // Paid now: a second correction has nothing to pay.
    expect(code((await ADJUST('再次复核')).body)).toBe('CONFLICT');
  });
});

describe('compensation standards (R-1.1, approved through the R-1.3 route)', () => {
  const RULES = `{ basePay: [{ level: "L1", baseFen: 320000 }, { level: "L2", baseFen: 420000 }], commissionTiers: [{ fromFen: 0, rateBp: 1200 }],
    bonusPerNewAccountFen: 6000, bonusPer10kNewAssetsFen: 2000, deductionPerAbsenceFen: 20000, deductionPerLateFen: 5000, deductionPerEarlyLeaveFen: 5000,
    assetLossSharePct: 100, floorFen: 250000, capFen: null }`;
  const propose = (user: string, rules: string) =>
    t.ask(
      user,
      `mutation { proposeCompensationStandard(input: { branchId: "GZ01", effectiveFrom: "2026-09", title: "广州天河薪酬标准", rules: ${rules} }) { id version status rules { commissionTiers { rateBp } } approval { id stage } } }`,
    );
  const decide = (user: string, id: string, approve = true, comment = '') =>
    t.ask(user, 'mutation($id: ID!, $a: Boolean!, $c: String!) { decideApprovalStep(requestId: $id, approve: $a, comment: $c) { status stage } }', {
      id,
      a: approve,
      c: comment,
    });

  it("is proposed by the branch's manager and applies only once the route ends approved", async () => {
    expect(code((await propose('cm.gz', RULES)).body)).toBe('FORBIDDEN');
    expect(code((await propose('ch.cao', RULES)).body)).toBe('FORBIDDEN');
    const bad = await propose('mgr.gz', RULES.replace('fromFen: 0, rateBp: 1200', 'fromFen: 100, rateBp: 12000'));
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['rules.commissionTiers[0].fromFen', 'rules.commissionTiers[0].rateBp']);
    const p = await propose('mgr.gz', RULES);
    expect(p.body.errors).toBeUndefined();
    expect(p.body.data.proposeCompensationStandard).toMatchObject({
      version: 2,
      status: 'DRAFT',
      rules: { commissionTiers: [{ rateBp: 1200 }] },
      approval: { stage: 'OFFICE_REVIEW' },
    });
    const { id, approval } = p.body.data.proposeCompensationStandard;
    const applies = async () =>
      (await t.ask('mgr.gz', '{ compensationStandardFor(branchId: "GZ01", month: "2026-10") { version } }')).body.data.compensationStandardFor.version;
    expect(await applies()).toBe(1);
    expect(code((await decide('bo.han', approval.id, false)).body)).toBe('BAD_USER_INPUT');
    for (const user of ['bo.han', 'ch.cao', 'bo.han', 'vp.qian']) {
      expect((await decide(user, approval.id)).body.data.decideApprovalStep.status).toBe('IN_PROGRESS');
      expect(await applies()).toBe(1);
    }
    expect((await decide('bo.han', approval.id, true, '会签意见已反馈')).body.data.decideApprovalStep).toEqual({ status: 'APPROVED', stage: 'OFFICE_CLOSE' });
    const s = (await t.ask('mgr.gz', `{ compensationStandards { id status decidedBy } }`)).body.data.compensationStandards.find((x: any) => x.id === id);
    expect(s).toEqual({ id, status: 'APPROVED', decidedBy: 'vp.qian' });
    expect(await applies()).toBe(2);
    expect(
      (await t.ask('mgr.sz', '{ compensationStandardFor(branchId: "SZ01", month: "2026-10") { version } }')).body.data.compensationStandardFor.version,
    ).toBe(1);
    expect(code((await decide('bo.han', approval.id)).body)).toBe('CONFLICT');
    expect((await t.ask('mgr.sz', '{ compensationStandards { version } }')).body.data.compensationStandards).toEqual([{ version: 1 }]);
  });
});
