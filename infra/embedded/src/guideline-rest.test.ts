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

describe("item 8: the lead reviews the month's visit logs; the quarterly visit report goes to the branch leadership (R-2.9)", () => {
  const REVIEW = `mutation($o: [VisitLogOpinionInput!]!) { reviewVisitLogs(teamId: "SZ01-T1", month: "2026-11", opinions: $o) { month reviewedBy opinions { employeeId visits openIssues opinion } } }`;
  it('records an opinion on every visitor of the month, once, by the lead only', async () => {
    at('2026-11-25');
    expect(code((await t.ask('tl.wang', REVIEW, { o: [{ employeeId: 'E1001', opinion: '走访记录完整' }] })).body)).toBe('BAD_USER_INPUT'); // the month is not over
    at('2026-12-02');
    const missing = await t.ask('tl.wang', REVIEW, { o: [] });
    expect(missing.body.errors![0].extensions.problems).toEqual([{ field: 'opinions', problem: expect.stringContaining('missing E1001') }]);
    expect(code((await t.ask('cm.zhang', REVIEW, { o: [{ employeeId: 'E1001', opinion: '自评' }] })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.sz', REVIEW, { o: [{ employeeId: 'E1001', opinion: '走访记录完整' }] })).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('tl.wang', REVIEW, { o: [{ employeeId: 'E1001', opinion: '走访记录完整, 跟进及时' }] })).reviewVisitLogs).toEqual({
      month: '2026-11',
      reviewedBy: 'tl.wang',
      opinions: [{ employeeId: 'E1001', visits: 1, openIssues: 0, opinion: '走访记录完整, 跟进及时' }],
    });
    expect(code((await t.ask('tl.wang', REVIEW, { o: [{ employeeId: 'E1001', opinion: '再次' }] })).body)).toBe('CONFLICT');
    expect(ok(await t.ask('dep.sz', `{ visitLogReviews(teamId: "SZ01-T1") { month reviewedBy } }`)).visitLogReviews).toEqual([
      { month: '2026-11', reviewedBy: 'tl.wang' },
    ]);
    expect(code((await t.ask('cm.zhang', `{ visitLogReviews(teamId: "SZ01-T1") { month } }`)).body)).toBe('FORBIDDEN');
  });

  it("submits the team's quarter with its figures frozen and the lead's analysis; the branch leadership receives it", async () => {
    const SUBMIT = `mutation { submitQuarterlyVisitReport(teamId: "SZ01-T1", quarter: "2026-Q4", analysis: "本季度走访重点客户 1 户, 无未办结事项") { id quarter submittedBy total { visits byTier { tier visits } } byManager { employeeId name visits } } }`;
    expect(code((await t.ask('tl.wang', SUBMIT)).body)).toBe('BAD_USER_INPUT'); // the quarter is not over
    at('2027-01-05');
    expect(code((await t.ask('mgr.sz', SUBMIT)).body)).toBe('FORBIDDEN');
    const report = ok(await t.ask('tl.wang', SUBMIT)).submitQuarterlyVisitReport;
    expect(report).toMatchObject({
      quarter: '2026-Q4',
      submittedBy: 'tl.wang',
      total: { visits: 1 },
      byManager: [{ employeeId: 'E1001', name: '张伟', visits: 1 }],
    });
    expect(report.total.byTier).toContainEqual({ tier: 'VIP', visits: 1 });
    expect(code((await t.ask('tl.wang', SUBMIT)).body)).toBe('CONFLICT');

    const ACK = `mutation { acknowledgeVisitReport(reportId: "${report.id}") { acknowledgedBy } }`;
    expect(code((await t.ask('tl.wang', ACK)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', ACK)).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('mgr.sz', ACK)).acknowledgeVisitReport).toEqual({ acknowledgedBy: 'mgr.sz' });
    expect(code((await t.ask('dep.sz', ACK)).body)).toBe('CONFLICT');
    const LIST = `{ visitReports(branchId: "SZ01") { teamId quarter analysis acknowledgedBy } }`;
    expect(ok(await t.ask('dep.sz', LIST)).visitReports).toEqual([
      { teamId: 'SZ01-T1', quarter: '2026-Q4', analysis: '本季度走访重点客户 1 户, 无未办结事项', acknowledgedBy: 'mgr.sz' },
    ]);
    expect(ok(await t.ask('tl.wang', `{ visitReports(branchId: "SZ01", teamId: "SZ01-T1") { quarter } }`)).visitReports).toEqual([{ quarter: '2026-Q4' }]);
    expect(code((await t.ask('tl.wang', LIST)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', LIST)).body)).toBe('FORBIDDEN');
  });
});

describe('item 7: a team meeting not held shows as a gap, and the lead of the period bears the duty deduction (R-2.6)', () => {
  it('appoints team leads from a day (personnel.organisation); a gap names the lead in force on its due day, whose duty facts carry it', async () => {
    const APPOINT = (employeeId: string) =>
      `mutation { appointTeamLead(teamId: "SZ01-T1", employeeId: "${employeeId}", effectiveOn: "2026-11-16") { teamId employeeId effectiveOn appointedBy } }`;
    expect(code((await t.ask('tl.wang', APPOINT('E1002'))).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', APPOINT('E1002'))).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.sz', APPOINT('E2001'))).body)).toBe('BAD_USER_INPUT'); // not of the team
    expect(ok(await t.ask('mgr.sz', APPOINT('E1002'))).appointTeamLead).toEqual({
      teamId: 'SZ01-T1',
      employeeId: 'E1002',
      effectiveOn: '2026-11-16',
      appointedBy: 'mgr.sz',
    });
    expect(
      ok(
        await t.ask(
          'cm.zhang',
          `{ team(id: "SZ01-T1") { leads { employeeId effectiveOn } before: leadId(on: "2026-11-15") after: leadId(on: "2026-11-16") } }`,
        ),
      ).team,
    ).toEqual({
      leads: [
        { employeeId: 'E1003', effectiveOn: '2019-05-06' },
        { employeeId: 'E1002', effectiveOn: '2026-11-16' },
      ],
      before: 'E1003',
      after: 'E1002',
    });
    await t.graph.settle();

    at('2026-11-25');
    const compliance = ok(
      await t.ask('tl.wang', `{ meetingCompliance(teamId: "SZ01-T1", month: "2026-11") { missing { kind from to responsibleId } } }`),
    ).meetingCompliance;
    expect(compliance.missing).toEqual([
      { kind: 'WEEKLY', from: '2026-11-02', to: '2026-11-08', responsibleId: 'E1003' },
      { kind: 'WEEKLY', from: '2026-11-09', to: '2026-11-15', responsibleId: 'E1003' },
      { kind: 'WEEKLY', from: '2026-11-16', to: '2026-11-22', responsibleId: 'E1002' },
    ]);
    expect(code((await t.ask('cm.zhang', `mutation { flagMissedMeetings(branchId: "SZ01", month: "2026-11") }`)).body)).toBe('FORBIDDEN');
    ok(await t.ask('clerk.att', `mutation { flagMissedMeetings(branchId: "SZ01", month: "2026-11") }`));
    await t.graph.settle();
    const gaps = events('attendance.duty', 'MeetingMissed').filter((e) => e.data.teamId === 'SZ01-T1' && e.data.employeeIds.length === 0);
    expect(gaps.map((e) => [e.data.date, e.data.responsibleIds])).toEqual([
      ['2026-11-02', ['E1003']],
      ['2026-11-09', ['E1003']],
      ['2026-11-16', ['E1002']],
    ]);
    const FACTS = (id: string) => `{ dutyFacts(employeeId: "${id}", month: "2026-11") { kind date } }`;
    expect(ok(await t.ask('tl.wang', FACTS('E1003'))).dutyFacts).toEqual([
      { kind: 'MEETING_NOT_HELD', date: '2026-11-02' },
      { kind: 'MEETING_NOT_HELD', date: '2026-11-09' },
    ]);
    expect(ok(await t.ask('gl.li', FACTS('E1002'))).dutyFacts).toEqual([{ kind: 'MEETING_NOT_HELD', date: '2026-11-16' }]);
    expect(ok(await t.ask('cm.zhang', FACTS('E1001'))).dutyFacts).toEqual([]); // a member bears no gap
    expect(code((await t.ask('cm.zhang', FACTS('E1003'))).body)).toBe('FORBIDDEN');
  });
});

describe("item 6: attendance at the team's marketing activities is recorded and feeds the duty assessment (R-2.2)", () => {
  it('records who attended; the absent without approved leave become duty facts; only the lead records', async () => {
    at('2026-11-20');
    const leave = ok(
      await t.ask('cm.liu', `mutation { requestLeave(input: { kind: PERSONAL, startDate: "2026-11-24", endDate: "2026-11-24", reason: "家事" }) { id } }`),
    ).requestLeave;
    ok(await t.ask('tl.wang', `mutation { decideLeave(leaveId: "${leave.id}", approve: true) { status } }`));
    at('2026-11-25');
    const RECORD = `mutation($i: RecordMarketingActivityInput!) { recordMarketingActivity(input: $i) { id kind attendeeIds absentIds excusedIds recordedBy } }`;
    const i = {
      teamId: 'SZ01-T1',
      kind: 'OUTLET_CAMPAIGN',
      title: '招商银行网点基金定投推介',
      date: '2026-11-24',
      location: '招商银行深圳福田支行',
      attendeeIds: ['E1001', 'E1003'],
    };
    expect(code((await t.ask('cm.zhang', RECORD, { i })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.sz', RECORD, { i })).body)).toBe('FORBIDDEN');
    const bad = await t.ask('tl.wang', RECORD, { i: { ...i, attendeeIds: ['E1001', 'E2001'], title: ' ' } });
    expect(bad.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['title', 'attendeeIds[1]']);
    const activity = ok(await t.ask('tl.wang', RECORD, { i })).recordMarketingActivity;
    expect(activity).toMatchObject({ kind: 'OUTLET_CAMPAIGN', attendeeIds: ['E1001', 'E1003'], excusedIds: ['E1004'], recordedBy: 'tl.wang' });
    expect(activity.absentIds).toContain('E1002');
    expect(activity.absentIds).not.toContain('E1001');
    expect(activity.absentIds).not.toContain('E1004');
    await t.graph.settle();
    const missed = events('attendance.duty', 'MarketingActivityMissed').map((e) => e.data);
    expect(missed).toEqual([expect.objectContaining({ activityId: activity.id, teamId: 'SZ01-T1', date: '2026-11-24', employeeIds: activity.absentIds })]);
    const FACTS = (id: string) => `{ dutyFacts(employeeId: "${id}", month: "2026-11") { kind date detail } }`;
    expect(ok(await t.ask('gl.li', FACTS('E1002'))).dutyFacts).toContainEqual({
      kind: 'ACTIVITY_MISSED',
      date: '2026-11-24',
      detail: '招商银行网点基金定投推介',
    });
    expect(ok(await t.ask('cm.liu', FACTS('E1004'))).dutyFacts.filter((f: any) => f.kind === 'ACTIVITY_MISSED')).toEqual([]);

    expect(ok(await t.ask('cm.zhang', `{ marketingActivities(month: "2026-11", employeeId: "E1001") { title attendeeIds } }`)).marketingActivities).toEqual([
      { title: '招商银行网点基金定投推介', attendeeIds: ['E1001', 'E1003'] },
    ]);
    expect(ok(await t.ask('mgr.sz', `{ marketingActivities(month: "2026-11", teamId: "SZ01-T1") { id } }`)).marketingActivities).toEqual([{ id: activity.id }]);
    expect(code((await t.ask('cm.zhang', `{ marketingActivities(month: "2026-11", teamId: "SZ01-T1") { id } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.zhang', `{ marketingActivities(month: "2026-11", employeeId: "E1002") { id } }`)).body)).toBe('FORBIDDEN');
  });
});

describe("item 12: each month each manager's customer details and results are archived in personnel, by event (R-6.4)", () => {
  const DOCS = (id: string) => `{ archive(employeeId: "${id}") { documents { kind title reason source status } } }`;
  const monthly = (docs: any[], kind: string) => docs.filter((d) => d.kind === kind);

  it("archives the register's customer details at the branch's month close; the manager reads their own, others may not", async () => {
    at('2026-12-02');
    ok(
      await t.ask(
        'clerk.att',
        `mutation { recordAttendance(input: { employeeId: "E1001", date: "2026-11-20", checkIn: "09:00", checkOut: "17:00" }) { status } }`,
      ),
    );
    const CLOSE = `mutation { closeAttendanceMonth(branchId: "SZ01", month: "2026-11") { state } }`;
    expect(code((await t.ask('cm.zhang', CLOSE)).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('clerk.att', CLOSE)).closeAttendanceMonth.state).toBe('CLOSED');
    await t.graph.settle();
    const details = events('attendance.month', 'CustomerDetailsClosed').find((e) => e.data.employeeId === 'E1001')!.data;
    expect(details).toMatchObject({ month: '2026-11', developed: 1, customerCount: 1, totalAssetsFen: 1_200_000_000 });
    const mine = monthly(ok(await t.ask('cm.zhang', DOCS('E1001'))).archive.documents, 'CUSTOMER_DETAILS');
    expect(mine).toEqual([
      {
        kind: 'CUSTOMER_DETAILS',
        title: '营销客户明细 2026-11',
        reason: expect.stringContaining('深圳前海某投资公司 [VIP]'),
        source: 'ATTENDANCE',
        status: 'CURRENT',
      },
    ]);
    expect(mine[0].reason).toContain('本月开发 1 户');
    // E1004 took over 陈女士 (handover) and had 赵先生 registered by the lead
    expect(monthly(ok(await t.ask('tl.wang', DOCS('E1004'))).archive.documents, 'CUSTOMER_DETAILS')[0].reason).toContain('客户 2 户');
    expect(code((await t.ask('cm.liu', DOCS('E1001'))).body)).toBe('FORBIDDEN');
  });

  it("archives the month's results once finance reviewed the CRM figures; a re-review of a re-import supersedes them", async () => {
    const REVIEW = `mutation { reviewMetricsImport(branchId: "SZ01", month: "2026-10", comment: "已复核") { reviewState } }`;
    expect(code((await t.ask('mgr.sz', REVIEW)).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('fin.sz', REVIEW)).reviewMetricsImport.reviewState).toBe('REVIEWED');
    await t.graph.settle();
    const reviewed = events('performance.assessment', 'MonthlyResultsReviewed').filter((e) => e.data.employeeId === 'E1001');
    expect(reviewed.map((e) => e.data)).toEqual([expect.objectContaining({ branchId: 'SZ01', month: '2026-10', reviewedBy: 'fin.sz' })]);
    const results = monthly(ok(await t.ask('mgr.sz', DOCS('E1001'))).archive.documents, 'MONTHLY_RESULTS');
    expect(results).toEqual([
      { kind: 'MONTHLY_RESULTS', title: '营销业绩 2026-10', reason: expect.stringContaining('财务复核 fin.sz'), source: 'PERFORMANCE', status: 'CURRENT' },
    ]);
    expect(results[0].reason).toMatch(/^开发客户 \d+ 户; 新开户 \d+ 户; 新增资产 [\d,.]+ 元; 客户资产 [\d,.]+ 元; 净收入 [\d,.]+ 元/);
    expect(code((await t.ask('gl.li', DOCS('E1001'))).body)).toBe('FORBIDDEN'); // a group leader is not admitted by the archive rule
  });
});

describe("item 3: the bank cooperation agreement is a document of its own and appears in the plan's approval (R-1.2)", () => {
  it("is filed by the branch's manager or the team's lead, complete; an annual plan names it and the approval shows it", async () => {
    const FILE = `mutation($i: BankAgreementInput!) { fileBankAgreement(input: $i) { id teamId partnerBank startsOn endsOn terms fileRef filedBy } }`;
    const i = {
      teamId: 'SZ01-T1',
      partnerBank: '招商银行深圳分行',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      terms: '驻点网点 3 个; 联合举办投资者报告会每季 1 次; 客户转介按月结算',
      fileRef: 'files/SZ01-T1/zs-2027-agreement.pdf',
    };
    expect(code((await t.ask('cm.zhang', FILE, { i })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', FILE, { i })).body)).toBe('FORBIDDEN');
    const bad = await t.ask('mgr.sz', FILE, { i: { ...i, fileRef: ' ', endsOn: '2028-03-31' } });
    expect(bad.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['fileRef', 'endsOn']);
    const agreement = ok(await t.ask('mgr.sz', FILE, { i })).fileBankAgreement;
    expect(agreement).toMatchObject({ teamId: 'SZ01-T1', partnerBank: '招商银行深圳分行', filedBy: 'mgr.sz' });
    const other = ok(await t.ask('tl.wang', FILE, { i: { ...i, startsOn: '2026-01-01', endsOn: '2026-12-31' } })).fileBankAgreement;
    expect(ok(await t.ask('tl.wang', `{ bankAgreements(teamId: "SZ01-T1") { id } }`)).bankAgreements).toEqual([{ id: agreement.id }, { id: other.id }]);
    expect(code((await t.ask('cm.gz', `{ bankAgreements(teamId: "SZ01-T1") { id } }`)).body)).toBe('FORBIDDEN'); // a plan's readers: head office, the branch, the team

    const PLAN = `mutation($p: WorkPlanInput!) { fileWorkPlan(branchId: "SZ01", input: $p) { id bankAgreement { id } approval { id } } }`;
    const p = {
      kind: 'ANNUAL',
      teamId: 'SZ01-T1',
      year: 2027,
      targetNewAccounts: 120,
      targetNewAssetsFen: 500_000_000,
      targetNetRevenueFen: 300_000_000,
      marketingPlan: '合作银行网点驻点 + 社区推广',
    };
    const misfit = await t.ask('mgr.sz', PLAN, { p: { ...p, bankAgreementRef: other.id } }); // 2026's agreement for a 2027 plan
    expect(misfit.body.errors![0].extensions.problems).toEqual([{ field: 'bankAgreementRef', problem: expect.stringContaining('not in force in 2027') }]);
    const plan = ok(await t.ask('mgr.sz', PLAN, { p: { ...p, bankAgreementRef: agreement.id } })).fileWorkPlan;
    expect(plan.bankAgreement).toEqual({ id: agreement.id });
    const approval = ok(
      await t.ask('bo.han', `{ approvalRequest(id: "${plan.approval.id}") { kind bankAgreement { partnerBank startsOn endsOn terms fileRef } } }`),
    ).approvalRequest;
    expect(approval).toEqual({
      kind: 'WORK_PLAN',
      bankAgreement: { partnerBank: i.partnerBank, startsOn: i.startsOn, endsOn: i.endsOn, terms: i.terms, fileRef: i.fileRef },
    });
  });
});
