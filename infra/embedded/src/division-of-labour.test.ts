/**
 * Issue 16 item 14 (第五条): a team's division of labour (分工: developing vs serving customers,
 * effective-dated, in personnel) and the lead's periodic plan reviews (计划回顾, in performance),
 * played through the gateway as DOMAIN.md's roles would: the lead assigns duty roles and records a
 * review whose figures come from the data of the period; a client manager sees the team's division of
 * labour but may not set it or record a review; the lead of another team is refused.
 */
import { DEMO_EMPLOYEES } from '@bg/service';
import { approveRoute } from './approval-route';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;
const ok = <T = any>(r: { body: { data?: any; errors?: any[] } }): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};
/** The lead of another team (SZ01-T2): tl.wang's token placed there. */
const otherLead = (query: string, variables?: object) =>
  t.gql(t.graph.gateway.url, t.realm.tokenFor('tl.wang', { team_id: 'SZ01-T2', employee_id: 'E1210' }), query, variables);

const ASSIGN = (employeeId: string, role: string, effectiveOn: string, teamId = 'SZ01-T1') =>
  `mutation { assignDutyRole(teamId: "${teamId}", employeeId: "${employeeId}", role: ${role}, effectiveOn: "${effectiveOn}") { teamId branchId employeeId role effectiveOn assignedBy } }`;
const DIVISION = (on: string, teamId = 'SZ01-T1') =>
  `{ divisionOfLabour(teamId: "${teamId}", on: "${on}") { teamId on developmentCount serviceCount unassignedCount members { employeeId name role assignment { effectiveOn assignedBy } } } }`;

describe('item 14: the division of labour within a team (分工, 第五条 (二))', () => {
  it("is set by the team's lead (or the branch's manager) from a day, and goes out on personnel.organisation", async () => {
    expect(ok(await t.ask('tl.wang', ASSIGN('E1001', 'DEVELOPMENT', '2026-09-01'))).assignDutyRole).toEqual({
      teamId: 'SZ01-T1',
      branchId: 'SZ01',
      employeeId: 'E1001',
      role: 'DEVELOPMENT',
      effectiveOn: '2026-09-01',
      assignedBy: 'tl.wang',
    });
    ok(await t.ask('tl.wang', ASSIGN('E1004', 'SERVICE', '2026-09-01')));
    ok(await t.ask('mgr.sz', ASSIGN('E1002', 'SERVICE', '2026-09-15')));
    // 张伟 moves from developing to serving customers in November
    ok(await t.ask('tl.wang', ASSIGN('E1001', 'SERVICE', '2026-11-01')));

    const sent = t.graph.transport
      .messages('personnel.organisation')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.includes('DutyRoleAssigned'));
    expect(sent.map((e) => e.data)).toEqual([
      { teamId: 'SZ01-T1', branchId: 'SZ01', employeeId: 'E1001', role: 'DEVELOPMENT', effectiveOn: '2026-09-01' },
      { teamId: 'SZ01-T1', branchId: 'SZ01', employeeId: 'E1004', role: 'SERVICE', effectiveOn: '2026-09-01' },
      { teamId: 'SZ01-T1', branchId: 'SZ01', employeeId: 'E1002', role: 'SERVICE', effectiveOn: '2026-09-15' },
      { teamId: 'SZ01-T1', branchId: 'SZ01', employeeId: 'E1001', role: 'SERVICE', effectiveOn: '2026-11-01' },
    ]);
  });

  it('refuses a client manager, a group leader, the lead of another team and another branch; a member of another team; the same day twice', async () => {
    for (const user of ['cm.zhang', 'gl.li', 'mgr.gz', 'bo.han'])
      expect(code((await t.ask(user, ASSIGN('E1004', 'DEVELOPMENT', '2026-10-01'))).body)).toBe('FORBIDDEN');
    expect(code((await otherLead(ASSIGN('E1004', 'DEVELOPMENT', '2026-10-01'))).body)).toBe('FORBIDDEN');
    const stranger = await t.ask('tl.wang', ASSIGN('E2001', 'DEVELOPMENT', '2026-10-01'));
    expect(code(stranger.body)).toBe('BAD_USER_INPUT');
    expect(stranger.body.errors![0].extensions.problems).toEqual([{ field: 'employeeId', problem: expect.stringContaining('is not in team SZ01-T1') }]);
    expect(code((await t.ask('tl.wang', ASSIGN('E1001', 'DEVELOPMENT', '2026-09-01'))).body)).toBe('CONFLICT');
    expect(code((await t.ask('tl.wang', ASSIGN('E1004', 'SERVICE', '2026-10-01'))).body)).toBe('CONFLICT'); // already serving then
  });

  it("shows a day's division with the assignment in force then, counts per role; the members see their team's", async () => {
    const october = ok(await t.ask('cm.zhang', DIVISION('2026-10-15'))).divisionOfLabour;
    const roleOf = (d: any) => Object.fromEntries(d.members.filter((m: any) => m.role).map((m: any) => [m.employeeId, m.role]));
    expect(roleOf(october)).toEqual({ E1001: 'DEVELOPMENT', E1002: 'SERVICE', E1004: 'SERVICE' });
    expect(october).toMatchObject({ teamId: 'SZ01-T1', on: '2026-10-15', developmentCount: 1, serviceCount: 2 });
    expect(october.members.find((m: any) => m.employeeId === 'E1002')).toEqual({
      employeeId: 'E1002',
      name: '李娜',
      role: 'SERVICE',
      assignment: { effectiveOn: '2026-09-15', assignedBy: 'mgr.sz' },
    });
    expect(october.developmentCount + october.serviceCount + october.unassignedCount).toBe(october.members.length);
    const members = DEMO_EMPLOYEES.filter((e) => e.teamId === 'SZ01-T1' && e.hiredOn <= '2026-10-15').length;
    expect(october.members).toHaveLength(members);

    const november = ok(await t.ask('tl.wang', DIVISION('2026-11-15'))).divisionOfLabour;
    expect(roleOf(november)).toEqual({ E1001: 'SERVICE', E1002: 'SERVICE', E1004: 'SERVICE' });
    const august = ok(await t.ask('tl.wang', DIVISION('2026-08-31'))).divisionOfLabour; // before any assignment
    expect(august).toMatchObject({ developmentCount: 0, serviceCount: 0, unassignedCount: august.members.length });

    // the employee's duty role is a field of Employee, by day
    const E = `{ employee(id: "E1001") { id sep: dutyRole(on: "2026-09-30") nov: dutyRole(on: "2026-11-30") aug: dutyRole(on: "2026-08-01") } }`;
    expect(ok(await t.ask('cm.zhang', E)).employee).toEqual({ id: 'E1001', sep: 'DEVELOPMENT', nov: 'SERVICE', aug: null });

    // branch leadership and head office read it; another team, another branch, a clerk may not
    for (const user of ['gl.li', 'mgr.sz', 'dep.sz', 'bo.han', 'vp.qian']) ok(await t.ask(user, DIVISION('2026-10-15')));
    for (const user of ['cm.gz', 'mgr.gz', 'clerk.att']) expect(code((await t.ask(user, DIVISION('2026-10-15'))).body)).toBe('FORBIDDEN');
    expect(code((await otherLead(DIVISION('2026-10-15'))).body)).toBe('FORBIDDEN');
  });
});

const YUAN = 100;
const PLAN = {
  kind: 'ANNUAL',
  teamId: 'SZ01-T1',
  year: 2026,
  targetNewAccounts: 96,
  targetNewAssetsFen: 4_800_000 * YUAN,
  targetNetRevenueFen: 2_400_000 * YUAN,
  marketingPlan: '社区驻点 + 合作银行网点联合营销',
  bankAgreementRef: '招商银行深圳分行 2026 营销合作协议 (ZS-SZ-2026-017)',
};
const TEAM = ['E1001', 'E1002', 'E1003', 'E1004'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const FIGURES = 'newAccounts newAssetsFen netRevenueFen';
const PROGRESS = `{ target { ${FIGURES} } actual { ${FIGURES} } shortfall { ${FIGURES} } behind }`;
const REVIEW_FIELDS = `id teamId branchId period version planVersion reviewedOn findings correctiveActions reviewedBy reviewerEmployeeId supersededById figures { months people { employeeId ${PROGRESS.slice(1, -1)} } team ${PROGRESS} }`;
const RECORD = `mutation($i: PlanReviewInput!) { recordPlanReview(input: $i) { ${REVIEW_FIELDS} } }`;
const review = (period: string, extra: object = {}) => ({
  i: {
    teamId: 'SZ01-T1',
    period,
    reviewedOn: '2026-08-03',
    findings: '7 月开户进度落后: 李娜缺 1 户, 刘洋未开户',
    correctiveActions: '刘洋转服务客户, 每周增加两场网点驻点',
    ...extra,
  },
});
const REVIEWS = (args = '') => `{ planReviews(teamId: "SZ01-T1"${args}) { totalCount nodes { period version findings } } }`;

describe("item 14: the lead's periodic plan reviews (计划回顾, 第五条)", () => {
  beforeAll(async () => {
    const filed = ok(await t.ask('mgr.sz', `mutation($p: WorkPlanInput!) { fileWorkPlan(branchId: "SZ01", input: $p) { id approval { id } } }`, { p: PLAN }));
    await approveRoute(t, filed.fileWorkPlan.approval.id);
    const goals = TEAM.flatMap((employeeId) =>
      MONTHS.map((period) => ({ employeeId, period, newAccounts: 2, newAssetsFen: 100_000 * YUAN, netRevenueFen: 50_000 * YUAN })),
    );
    ok(
      await t.ask('tl.wang', 'mutation($p: ID!, $g: [GoalInput!]!) { assignGoals(planId: $p, by: MONTH, goals: $g) { id } }', {
        p: filed.fileWorkPlan.id,
        g: goals,
      }),
    );
    // July's CRM figures: 张伟 above target, 李娜 short, 王强 on target, 刘洋 nothing
    const lines: Record<string, string> = {
      E1001: 'E1001,5,3,150000.00,1000000,60000',
      E1002: 'E1002,2,1,50000,1000000,20000',
      E1003: 'E1003,2,2,100000,1000000,50000',
    };
    const csv = [
      'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue',
      ...DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01').map((e) => lines[e.id] ?? `${e.id},0,0,0,0,0`),
    ].join('\n');
    ok(await t.ask('fin.sz', 'mutation($c: String!) { importMetrics(branchId: "SZ01", month: "2026-07", csv: $c) { lineCount } }', { c: csv }));
  }, 60_000);

  it("is recorded by the team's lead with the period's figures from the data; behind, it must say how to correct", async () => {
    const none = await t.ask('tl.wang', RECORD, review('2026-07', { correctiveActions: '' }));
    expect(code(none.body)).toBe('BAD_USER_INPUT');
    expect(none.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['correctiveActions']);

    const r = ok(await t.ask('tl.wang', RECORD, review('2026-07'))).recordPlanReview;
    expect(r).toMatchObject({
      teamId: 'SZ01-T1',
      branchId: 'SZ01',
      period: '2026-07',
      version: 1,
      planVersion: 1,
      reviewedOn: '2026-08-03',
      reviewedBy: 'tl.wang',
      reviewerEmployeeId: 'E1003',
      supersededById: null,
    });
    expect(r.figures.months).toEqual(['2026-07']);
    expect(r.figures.team).toEqual({
      target: { newAccounts: 8, newAssetsFen: 40_000_000, netRevenueFen: 20_000_000 },
      actual: { newAccounts: 6, newAssetsFen: 30_000_000, netRevenueFen: 13_000_000 },
      shortfall: { newAccounts: 2, newAssetsFen: 10_000_000, netRevenueFen: 7_000_000 },
      behind: true,
    });
    expect(r.figures.people.find((p: any) => p.employeeId === 'E1004')).toMatchObject({
      actual: { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 },
      behind: true,
    });

    // a quarter: the quarter's months, the goals of three months
    const q = ok(await t.ask('tl.wang', RECORD, review('2026-Q3', { reviewedOn: '2026-10-08' }))).recordPlanReview;
    expect(q.figures.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(q.figures.team.target.newAccounts).toBe(24);

    // not a month or quarter; before the period; outside any approved plan
    expect(code((await t.ask('tl.wang', RECORD, review('2026-H2'))).body)).toBe('BAD_USER_INPUT');
    expect(code((await t.ask('tl.wang', RECORD, review('2026-09', { reviewedOn: '2026-08-31' }))).body)).toBe('BAD_USER_INPUT');
    expect(code((await t.ask('tl.wang', RECORD, review('2025-12', { reviewedOn: '2026-01-05' }))).body)).toBe('NOT_FOUND');
  });

  it('refuses a client manager, the branch manager, head office and the lead of another team', async () => {
    for (const user of ['cm.zhang', 'gl.li', 'mgr.sz', 'bo.han'])
      expect(code((await t.ask(user, RECORD, review('2026-08', { reviewedOn: '2026-09-02' }))).body)).toBe('FORBIDDEN');
    expect(code((await otherLead(RECORD, review('2026-08', { reviewedOn: '2026-09-02' }))).body)).toBe('FORBIDDEN');
    expect(ok(await t.ask('tl.wang', REVIEWS(', period: "2026-08"'))).planReviews.totalCount).toBe(0);
  });

  it('keeps one review per team and period: recording it again makes version 2, the first stays as history', async () => {
    const v2 = ok(await t.ask('tl.wang', RECORD, review('2026-07', { reviewedOn: '2026-08-10', findings: '复核: 李娜已补开 1 户' }))).recordPlanReview;
    expect(v2).toMatchObject({ period: '2026-07', version: 2, supersededById: null });
    expect(ok(await t.ask('cm.zhang', REVIEWS())).planReviews).toEqual({
      totalCount: 2,
      nodes: [
        { period: '2026-Q3', version: 1, findings: expect.any(String) },
        { period: '2026-07', version: 2, findings: '复核: 李娜已补开 1 户' },
      ],
    });
    const all = ok(await t.ask('mgr.sz', REVIEWS(', period: "2026-07", includeSuperseded: true, page: { first: 1 }'))).planReviews;
    expect(all).toEqual({ totalCount: 2, nodes: [{ period: '2026-07', version: 2, findings: '复核: 李娜已补开 1 户' }] });
  });

  it('is read by the team, the branch leadership and head office; others are refused', async () => {
    for (const user of ['cm.liu', 'gl.li', 'dep.sz', 'vp.qian', 'ch.cao']) expect(ok(await t.ask(user, REVIEWS())).planReviews.totalCount).toBe(2);
    for (const user of ['cm.gz', 'mgr.gz', 'clerk.att', 'fin.sz']) expect(code((await t.ask(user, REVIEWS())).body)).toBe('FORBIDDEN');
    expect(code((await otherLead(REVIEWS())).body)).toBe('FORBIDDEN');
  });

  it('shows the months (or quarters) of the plan that are over without a review, like the gaps of meetings', async () => {
    const gaps = (every: string, user = 'tl.wang') => t.ask(user, `{ missingPlanReviews(teamId: "SZ01-T1", year: 2026, every: ${every}) { period lastDay } }`);
    const months = ok(await gaps('MONTH')).missingPlanReviews;
    expect(months[0]).toEqual({ period: '2026-01', lastDay: '2026-01-31' });
    expect(months.map((g: any) => g.period)).toContain('2026-06');
    expect(months.map((g: any) => g.period)).not.toContain('2026-07');
    const quarters = ok(await gaps('QUARTER', 'mgr.sz')).missingPlanReviews.map((g: any) => g.period);
    expect(quarters).toEqual(expect.arrayContaining(['2026-Q1', '2026-Q2']));
    expect(quarters).not.toContain('2026-Q3');
    expect(code((await gaps('MONTH', 'cm.gz')).body)).toBe('FORBIDDEN');
  });
});
