/**
 * Plans, approvals, goals and analysis reports through the gateway:
 * a team's annual plan rejected by channel management and resubmitted as version 2, approved
 * through every step of the route (co-signs included), each step recorded; wrong roles and
 * out-of-order actions refused with nothing written; the approved plan split into monthly goals
 * (a split that does not add up refused with the difference); progress with shortfalls flagged per
 * person and for the team, seen by scope; a monthly analysis report drafted and submitted.
 */
import { DEMO_EMPLOYEES } from '@bg/service';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;
const TEAM = ['E1001', 'E1002', 'E1003', 'E1004'];
const YUAN = 100;
// 4 people x 12 months x (2 accounts, 100,000 yuan of new assets, 50,000 yuan of net revenue)
const PLAN = {
  kind: 'ANNUAL',
  teamId: 'SZ01-T1',
  year: 2026,
  targetNewAccounts: 96,
  targetNewAssetsFen: 4_800_000 * YUAN,
  targetNetRevenueFen: 2_400_000 * YUAN,
  marketingPlan: '社区驻点 + 合作银行网点联合营销; 每周两场理财讲座',
  bankAgreementRef: '招商银行深圳分行 2026 营销合作协议 (ZS-SZ-2026-017)',
};
const PLAN_FIELDS = 'id version status decidedBy rejectionReason approval { id status stage }';
const STEP_FIELDS = 'seq stage department signatory role actedBy actedAt decision comment';
const REQUEST_FIELDS = `id kind subjectId subjectVersion branchId status stage cosignDepartments rejectionReason waitingFor { stage role departments } steps { ${STEP_FIELDS} }`;

const file = (user: string, plan: object = PLAN, branchId = 'SZ01') =>
  t.ask(user, `mutation($b: ID!, $p: WorkPlanInput!) { fileWorkPlan(branchId: $b, input: $p) { ${PLAN_FIELDS} } }`, { b: branchId, p: plan });
const decide = (user: string, id: string, approve = true, comment = '', cosignDepartments?: string[]) =>
  t.ask(
    user,
    `mutation($id: ID!, $a: Boolean!, $c: String!, $d: [CosignDepartment!]) { decideApprovalStep(requestId: $id, approve: $a, comment: $c, cosignDepartments: $d) { ${REQUEST_FIELDS} } }`,
    { id, a: approve, c: comment, d: cosignDepartments },
  );
const cosign = (user: string, id: string, department: string, signatory: string, agree = true, comment = '') =>
  t.ask(
    user,
    `mutation($id: ID!, $d: CosignDepartment!, $a: Boolean!, $c: String!, $s: String!) { recordCosignOpinion(requestId: $id, department: $d, agree: $a, comment: $c, signatory: $s) { ${REQUEST_FIELDS} } }`,
    { id, d: department, a: agree, c: comment, s: signatory },
  );
const request = async (id: string, user = 'bo.han') => (await t.ask(user, `{ approvalRequest(id: "${id}") { ${REQUEST_FIELDS} } }`)).body.data.approvalRequest;
const plan = async (id: string, user = 'mgr.sz') =>
  (await t.ask(user, `{ workPlan(id: "${id}") { ${PLAN_FIELDS} versions { version status rejectionReason } } }`)).body.data.workPlan;

let v1: { id: string; approval: { id: string } };
let v2: { id: string; approval: { id: string } };

describe('the R-1.3 route for a work plan (R-1.2)', () => {
  it('is filed by the branch manager only, complete, once at a time', async () => {
    expect(code((await file('tl.wang')).body)).toBe('FORBIDDEN');
    expect(code((await file('mgr.gz')).body)).toBe('FORBIDDEN');
    const incomplete = await file('mgr.sz', { kind: 'ANNUAL', teamId: 'SZ01-T1', year: 2026, targetNewAccounts: 96 });
    expect(code(incomplete.body)).toBe('BAD_USER_INPUT');
    expect(incomplete.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual([
      'targetNewAssetsFen',
      'targetNetRevenueFen',
      'marketingPlan',
      'bankAgreementRef',
    ]);

    const r = await file('mgr.sz');
    expect(r.body.errors).toBeUndefined();
    v1 = r.body.data.fileWorkPlan;
    expect(v1).toMatchObject({ version: 1, status: 'PENDING_APPROVAL', approval: { status: 'IN_PROGRESS', stage: 'OFFICE_REVIEW' } });
    expect(code((await file('mgr.sz')).body)).toBe('CONFLICT');
    const req = await request(v1.approval.id);
    expect(req).toMatchObject({
      kind: 'WORK_PLAN',
      subjectId: v1.id,
      subjectVersion: 1,
      branchId: 'SZ01',
      waitingFor: { stage: 'OFFICE_REVIEW', role: 'brokerage-office', departments: [] },
    });
    expect(req.steps).toEqual([expect.objectContaining({ seq: 1, stage: 'SUBMITTED', role: 'branch-manager', actedBy: 'mgr.sz', decision: 'SUBMITTED' })]);
  });

  it('refuses the wrong role and the wrong step, writing nothing', async () => {
    const id = v1.approval.id;
    const before = await request(id);
    expect(code((await decide('mgr.sz', id)).body)).toBe('FORBIDDEN');
    expect(code((await decide('tl.wang', id)).body)).toBe('FORBIDDEN');
    const vpFirst = await decide('vp.qian', id);
    expect(code(vpFirst.body)).toBe('CONFLICT');
    expect(vpFirst.body.errors![0].message).toContain('waiting for the brokerage business office');
    expect(code((await decide('ch.cao', id)).body)).toBe('CONFLICT');
    expect(code((await cosign('bo.han', id, 'FINANCE', '财务 赵')).body)).toBe('CONFLICT');
    expect(code((await decide('bo.han', id, true, '', ['FINANCE'])).body)).toBe('BAD_USER_INPUT');
    expect(await request(id)).toEqual(before);
    expect(code((await t.ask('cm.zhang', `{ approvalRequest(id: "${id}") { id } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', `{ approvalRequest(id: "${id}") { id } }`)).body)).toBe('FORBIDDEN');
  });

  it('is rejected back to the branch with the reason', async () => {
    const id = v1.approval.id;
    expect((await decide('bo.han', id, true, '已收文, 转渠道管理部')).body.data.decideApprovalStep.stage).toBe('CHANNEL_REVIEW');
    expect(code((await decide('ch.cao', id, false, '')).body)).toBe('BAD_USER_INPUT');
    const r = (await decide('ch.cao', id, false, '新增资产目标偏低, 请按 20% 增长重新测算')).body.data.decideApprovalStep;
    expect(r).toMatchObject({ status: 'REJECTED', stage: 'CHANNEL_REVIEW', rejectionReason: '新增资产目标偏低, 请按 20% 增长重新测算', waitingFor: null });
    expect(r.steps.map((s: any) => [s.stage, s.actedBy, s.decision])).toEqual([
      ['SUBMITTED', 'mgr.sz', 'SUBMITTED'],
      ['OFFICE_REVIEW', 'bo.han', 'APPROVED'],
      ['CHANNEL_REVIEW', 'ch.cao', 'REJECTED'],
    ]);
    expect(await plan(v1.id)).toMatchObject({ status: 'REJECTED', decidedBy: 'ch.cao', rejectionReason: '新增资产目标偏低, 请按 20% 增长重新测算' });
    expect(code((await decide('bo.han', id)).body)).toBe('CONFLICT');
  });

  it('is resubmitted as version 2 and approved through every step; the history stays', async () => {
    const r = await file('mgr.sz');
    expect(r.body.errors).toBeUndefined();
    v2 = r.body.data.fileWorkPlan;
    expect(v2).toMatchObject({ version: 2, status: 'PENDING_APPROVAL' });
    const id = v2.approval.id;
    expect((await decide('bo.han', id, true, '已收文')).body.data.decideApprovalStep.stage).toBe('CHANNEL_REVIEW');
    const named = (await decide('ch.cao', id, true, '同意, 请人力资源部、计划财务部会签', ['HUMAN_RESOURCES', 'FINANCE'])).body.data.decideApprovalStep;
    expect(named).toMatchObject({
      stage: 'COSIGN',
      cosignDepartments: ['HUMAN_RESOURCES', 'FINANCE'],
      waitingFor: { stage: 'COSIGN', departments: ['HUMAN_RESOURCES', 'FINANCE'] },
    });
    expect(code((await decide('bo.han', id)).body)).toBe('CONFLICT'); // the co-signs first
    expect(code((await cosign('bo.han', id, 'COMPLIANCE', '合规 钱')).body)).toBe('CONFLICT'); // not named
    expect((await cosign('bo.han', id, 'FINANCE', '计划财务部 赵敏', true, '预算内')).body.data.recordCosignOpinion.waitingFor.departments).toEqual([
      'HUMAN_RESOURCES',
    ]);
    expect(code((await cosign('bo.han', id, 'FINANCE', '计划财务部 赵敏')).body)).toBe('CONFLICT'); // already given
    expect((await cosign('bo.han', id, 'HUMAN_RESOURCES', '人力资源部 孙悦', true, '编制可行')).body.data.recordCosignOpinion.stage).toBe('OFFICE_ROUTING');
    expect(code((await decide('vp.qian', id)).body)).toBe('CONFLICT');
    expect((await decide('bo.han', id, true, '呈分管副总裁')).body.data.decideApprovalStep.stage).toBe('EXECUTIVE_APPROVAL');
    expect((await decide('vp.qian', id, true, '同意')).body.data.decideApprovalStep.stage).toBe('OFFICE_CLOSE');
    expect((await plan(v2.id)).status).toBe('PENDING_APPROVAL'); // applies only once the route ends
    const end = (await decide('bo.han', id, true, '会签意见已反馈营业部, 流程结束')).body.data.decideApprovalStep;
    expect(end).toMatchObject({ status: 'APPROVED', stage: 'OFFICE_CLOSE', waitingFor: null });
    expect(end.steps.map((s: any) => [s.seq, s.stage, s.department, s.signatory, s.role, s.actedBy, s.decision, s.comment])).toEqual([
      [1, 'SUBMITTED', null, null, 'branch-manager', 'mgr.sz', 'SUBMITTED', ''],
      [2, 'OFFICE_REVIEW', null, null, 'brokerage-office', 'bo.han', 'APPROVED', '已收文'],
      [3, 'CHANNEL_REVIEW', null, null, 'channel-management', 'ch.cao', 'APPROVED', '同意, 请人力资源部、计划财务部会签'],
      [4, 'COSIGN', 'FINANCE', '计划财务部 赵敏', 'brokerage-office', 'bo.han', 'APPROVED', '预算内'],
      [5, 'COSIGN', 'HUMAN_RESOURCES', '人力资源部 孙悦', 'brokerage-office', 'bo.han', 'APPROVED', '编制可行'],
      [6, 'OFFICE_ROUTING', null, null, 'brokerage-office', 'bo.han', 'APPROVED', '呈分管副总裁'],
      [7, 'EXECUTIVE_APPROVAL', null, null, 'executive', 'vp.qian', 'APPROVED', '同意'],
      [8, 'OFFICE_CLOSE', null, null, 'brokerage-office', 'bo.han', 'APPROVED', '会签意见已反馈营业部, 流程结束'],
    ]);
    const times = end.steps.map((s: any) => Date.parse(s.actedAt));
    expect(times.every((x: number, i: number) => i === 0 || x > times[i - 1])).toBe(true);

    expect(await plan(v2.id)).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'vp.qian',
      versions: [
        { version: 1, status: 'REJECTED', rejectionReason: '新增资产目标偏低, 请按 20% 增长重新测算' },
        { version: 2, status: 'APPROVED', rejectionReason: null },
      ],
    });
    expect((await request(v1.approval.id)).steps).toHaveLength(3); // version 1's route stays as it was
    expect(code((await file('mgr.sz')).body)).toBe('CONFLICT'); // the approved version is the one that counts
  });

  it('lists approvals by scope', async () => {
    const list = async (user: string, filter = '{}') => t.ask(user, `{ approvalRequests(filter: ${filter}) { totalCount nodes { subjectVersion status } } }`);
    expect((await list('mgr.sz', '{ kind: WORK_PLAN }')).body.data.approvalRequests).toEqual({
      totalCount: 2,
      nodes: [
        { subjectVersion: 2, status: 'APPROVED' },
        { subjectVersion: 1, status: 'REJECTED' },
      ],
    });
    expect((await list('mgr.gz', '{ kind: WORK_PLAN }')).body.data.approvalRequests.totalCount).toBe(0);
    expect((await list('bo.han', '{ kind: WORK_PLAN, branchId: "SZ01" }')).body.data.approvalRequests.totalCount).toBe(2);
    expect((await list('vp.qian', '{ waitingForMe: true }')).body.data.approvalRequests.totalCount).toBe(0);
    expect(code((await list('cm.zhang')).body)).toBe('FORBIDDEN');
    expect(code((await list('mgr.gz', '{ branchId: "SZ01" }')).body)).toBe('FORBIDDEN');
  });
});

const goal = (employeeId: string, period: string, newAccounts = 2, newAssetsFen = 100_000 * YUAN, netRevenueFen = 50_000 * YUAN) => ({
  employeeId,
  period,
  newAccounts,
  newAssetsFen,
  netRevenueFen,
});
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const ASSIGN = 'mutation($p: ID!, $g: [GoalInput!]!) { assignGoals(planId: $p, by: MONTH, goals: $g) { employeeId employeeName period newAccounts } }';
const FIGURES = 'newAccounts newAssetsFen netRevenueFen';
const PROGRESS = `{ target { ${FIGURES} } actual { ${FIGURES} } shortfall { ${FIGURES} } behind }`;
const progress = (user: string, period = '2026-07', by = `planId: "${v2?.id}"`) =>
  t.ask(user, `{ planProgress(${by}, period: "${period}") { period months people { employeeId name ${PROGRESS.slice(1, -1)} } team ${PROGRESS} } }`);

describe('goals and progress (R-1.4)', () => {
  it('splits the approved plan only, to the team, adding up to the targets', async () => {
    const all = TEAM.flatMap((e) => MONTHS.map((m) => goal(e, m)));
    expect(code((await t.ask('cm.zhang', ASSIGN, { p: v2.id, g: all })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('tl.wang', ASSIGN, { p: v1.id, g: all })).body)).toBe('CONFLICT');
    const short = all.map((g, i) => (i === 0 ? { ...g, newAccounts: 0 } : g));
    const bad = await t.ask('tl.wang', ASSIGN, { p: v2.id, g: [...short, goal('E2001', '2026-01', 0, 0, 0)] });
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions.problems).toEqual([
      { field: 'goals[48].employeeId', problem: "E2001 is not an active manager of the plan's team" },
      { field: 'total.newAccounts', problem: "the goals' account openings (开户数) add up to 94, the plan's target is 96: 2 short" },
    ]);
    expect(await plan(v2.id, 'tl.wang')).toBeTruthy();
    expect((await t.ask('tl.wang', `{ workPlan(id: "${v2.id}") { goals { id } } }`)).body.data.workPlan.goals).toEqual([]);
    const ok = await t.ask('tl.wang', ASSIGN, { p: v2.id, g: all });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.assignGoals).toHaveLength(48);
    expect(ok.body.data.assignGoals[0]).toEqual({ employeeId: 'E1001', employeeName: '张伟', period: '2026-01', newAccounts: 2 });
    expect((await t.ask('cm.zhang', `{ workPlan(id: "${v2.id}") { goals { employeeId } } }`)).body.data.workPlan.goals).toHaveLength(12); // own goals only
  });

  it('shows actual against target per person and for the team, shortfalls flagged, by scope', async () => {
    // July's CRM figures: 张伟 above target, 李娜 short, 王强 exactly on target, 刘洋 nothing.
    const lines: Record<string, string> = {
      E1001: 'E1001,5,3,150000.00,1000000,60000',
      E1002: 'E1002,2,1,50000,1000000,20000',
      E1003: 'E1003,2,2,100000,1000000,50000',
    };
    const csv = [
      'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue',
      ...DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01').map((e) => lines[e.id] ?? `${e.id},0,0,0,0,0`),
    ].join('\n');
    const imported = await t.ask('fin.sz', 'mutation($c: String!) { importMetrics(branchId: "SZ01", month: "2026-07", csv: $c) { lineCount } }', { c: csv });
    expect(imported.body.errors).toBeUndefined();

    const r = await progress('tl.wang');
    expect(r.body.errors).toBeUndefined();
    const p = r.body.data.planProgress;
    expect(p.months).toEqual(['2026-07']);
    const target = { newAccounts: 2, newAssetsFen: 10_000_000, netRevenueFen: 5_000_000 };
    const none = { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 0 };
    expect(p.people).toEqual([
      {
        employeeId: 'E1001',
        name: '张伟',
        target,
        actual: { newAccounts: 3, newAssetsFen: 15_000_000, netRevenueFen: 6_000_000 },
        shortfall: none,
        behind: false,
      },
      {
        employeeId: 'E1002',
        name: '李娜',
        target,
        actual: { newAccounts: 1, newAssetsFen: 5_000_000, netRevenueFen: 2_000_000 },
        shortfall: { newAccounts: 1, newAssetsFen: 5_000_000, netRevenueFen: 3_000_000 },
        behind: true,
      },
      { employeeId: 'E1003', name: '王强', target, actual: target, shortfall: none, behind: false },
      { employeeId: 'E1004', name: '刘洋', target, actual: none, shortfall: target, behind: true },
    ]);
    expect(p.team).toEqual({
      target: { newAccounts: 8, newAssetsFen: 40_000_000, netRevenueFen: 20_000_000 },
      actual: { newAccounts: 6, newAssetsFen: 30_000_000, netRevenueFen: 13_000_000 },
      shortfall: { newAccounts: 2, newAssetsFen: 10_000_000, netRevenueFen: 7_000_000 },
      behind: true,
    });

    const own = (await progress('cm.liu')).body.data.planProgress;
    expect(own.people.map((x: any) => x.employeeId)).toEqual(['E1004']);
    expect(own.team).toBeNull();
    expect((await progress('bo.han')).body.data.planProgress.team.behind).toBe(true);
    expect((await progress('mgr.sz', '2026-Q3', 'teamId: "SZ01-T1"')).body.data.planProgress.team.target.newAccounts).toBe(24);
    expect(code((await progress('mgr.gz')).body)).toBe('FORBIDDEN');
    expect(code((await progress('cm.gz')).body)).toBe('FORBIDDEN');
    expect(code((await progress('tl.wang', '2027-01')).body)).toBe('BAD_USER_INPUT');
    // Not a period at all: refused when the query is validated (the Period scalar), before any resolver.
    expect(code((await progress('tl.wang', 'July')).body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('analysis reports (R-1.6)', () => {
  const SAVE =
    'mutation($i: AnalysisReportInput!) { saveAnalysisReport(input: $i) { id status analysis planVersion figures { months team { shortfall { newAccounts } behind } people { employeeId behind } } } }';
  const input = (analysis: string, period = '2026-07') => ({ i: { teamId: 'SZ01-T1', kind: 'MONTHLY', period, analysis } });

  it('is drafted by the lead with the figures filled in, submitted, then immutable and visible to the branch and head office', async () => {
    expect(code((await t.ask('mgr.sz', SAVE, input('x'))).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('tl.wang', SAVE, input('x', '2026-H1'))).body)).toBe('BAD_USER_INPUT');
    const d = await t.ask('tl.wang', SAVE, input('7 月开户 6 户, 差 2 户: 刘洋 本月无开户, 需跟进。'));
    expect(d.body.errors).toBeUndefined();
    const report = d.body.data.saveAnalysisReport;
    expect(report).toMatchObject({
      status: 'DRAFT',
      planVersion: 2,
      figures: {
        months: ['2026-07'],
        team: { shortfall: { newAccounts: 2 }, behind: true },
        people: [
          { employeeId: 'E1001', behind: false },
          { employeeId: 'E1002', behind: true },
          { employeeId: 'E1003', behind: false },
          { employeeId: 'E1004', behind: true },
        ],
      },
    });
    expect(code((await t.ask('mgr.sz', `{ analysisReport(id: "${report.id}") { id } }`)).body)).toBe('FORBIDDEN'); // a draft is the lead's
    const SUBMIT = `mutation { submitAnalysisReport(id: "${report.id}") { status submittedBy submittedAt } }`;
    expect(code((await t.ask('cm.zhang', SUBMIT)).body)).toBe('FORBIDDEN');
    const s = await t.ask('tl.wang', SUBMIT);
    expect(s.body.data.submitAnalysisReport).toMatchObject({ status: 'SUBMITTED', submittedBy: 'tl.wang' });
    expect(code((await t.ask('tl.wang', SUBMIT)).body)).toBe('CONFLICT');
    expect(code((await t.ask('tl.wang', SAVE, input('改一下'))).body)).toBe('CONFLICT');
    const read = await t.ask('mgr.sz', `{ analysisReport(id: "${report.id}") { status analysis figures { team { actual { newAccounts } } } } }`);
    expect(read.body.data.analysisReport).toEqual({
      status: 'SUBMITTED',
      analysis: '7 月开户 6 户, 差 2 户: 刘洋 本月无开户, 需跟进。',
      figures: { team: { actual: { newAccounts: 6 } } },
    });
    expect(
      (await t.ask('bo.han', '{ analysisReports(filter: { teamId: "SZ01-T1" }) { totalCount nodes { period kind status } } }')).body.data.analysisReports,
    ).toEqual({ totalCount: 1, nodes: [{ period: '2026-07', kind: 'MONTHLY', status: 'SUBMITTED' }] });
    expect((await t.ask('mgr.gz', '{ analysisReports { totalCount } }')).body.data.analysisReports.totalCount).toBe(0);
    expect(code((await t.ask('cm.zhang', '{ analysisReports { totalCount } }')).body)).toBe('FORBIDDEN');
  });
});

describe('regions (区域, issue 16 item 4): the lead sets up regions, decomposes goals to the regional manager, who sees their region (R-1.4)', () => {
  const CREATE = 'mutation($t: ID!, $n: String!, $m: ID!) { createRegion(teamId: $t, name: $n, managerId: $m) { id teamId branchId name managerId closedOn } }';
  const ASSIGN_REGION =
    'mutation($t: ID!, $r: ID, $e: [ID!]!, $d: LocalDate!) { assignToRegion(teamId: $t, regionId: $r, employeeIds: $e, effectiveOn: $d) { employeeId regionId effectiveOn } }';
  const REGION_GOALS =
    'mutation($p: ID!, $g: [RegionGoalInput!]!) { assignRegionGoals(planId: $p, by: MONTH, goals: $g) { regionId regionName managerId period newAccounts } }';
  const regionProgress = (user: string, regionId: string) =>
    t.ask(
      user,
      `{ regionProgress(regionId: "${regionId}", period: "2026-07", planId: "${v2.id}") { regionName managerId months region ${PROGRESS} people { employeeId name ${PROGRESS.slice(1, -1)} } } }`,
    );
  let r1: string;
  let r2: string;
  let other: string;

  it("is set up by the team's lead (or the branch manager); a client manager is refused", async () => {
    expect(code((await t.ask('cm.zhang', CREATE, { t: 'SZ01-T1', n: '车公庙区域', m: 'E1110' })).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('tl.wang', CREATE, { t: 'SZ01-T2', n: '车公庙区域', m: 'E1110' })).body)).toBe('FORBIDDEN');
    const bad = await t.ask('tl.wang', CREATE, { t: 'SZ01-T1', n: '福田区域', m: 'E2001' });
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    const a = await t.ask('tl.wang', CREATE, { t: 'SZ01-T1', n: '车公庙区域', m: 'E1110' });
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.createRegion).toMatchObject({ teamId: 'SZ01-T1', branchId: 'SZ01', name: '车公庙区域', managerId: 'E1110', closedOn: null });
    r1 = a.body.data.createRegion.id;
    expect(code((await t.ask('tl.wang', CREATE, { t: 'SZ01-T1', n: '福田区域', m: 'E1111' })).body)).toBe('CONFLICT'); // the demo company's
    r2 = (await t.ask('tl.wang', CREATE, { t: 'SZ01-T1', n: '南山区域', m: 'E1111' })).body.data.createRegion.id;
    other = (await t.ask('mgr.sz', CREATE, { t: 'SZ01-T2', n: '罗湖区域', m: 'E1210' })).body.data.createRegion.id;
    expect(other).toBeTruthy();

    expect(code((await t.ask('cm.zhang', ASSIGN_REGION, { t: 'SZ01-T1', r: r1, e: ['E1001'], d: '2026-07-01' })).body)).toBe('FORBIDDEN');
    const assigned = await t.ask('tl.wang', ASSIGN_REGION, { t: 'SZ01-T1', r: r1, e: ['E1001', 'E1002'], d: '2026-07-01' });
    expect(assigned.body.errors).toBeUndefined();
    expect(assigned.body.data.assignToRegion).toEqual([
      { employeeId: 'E1001', regionId: r1, effectiveOn: '2026-07-01' },
      { employeeId: 'E1002', regionId: r1, effectiveOn: '2026-07-01' },
    ]);
    expect((await t.ask('tl.wang', ASSIGN_REGION, { t: 'SZ01-T1', r: r2, e: ['E1004'], d: '2026-07-01' })).body.errors).toBeUndefined();
    const outside = await t.ask('tl.wang', ASSIGN_REGION, { t: 'SZ01-T1', r: r1, e: ['E2001'], d: '2026-07-02' });
    expect(outside.body.errors![0].extensions.problems).toEqual([{ field: 'employeeIds[0]', problem: '何军 is not in team SZ01-T1' }]);

    const sent = t.graph.transport.messages('personnel.organisation').map((m) => JSON.parse(m.value));
    expect(sent.filter((e) => e.type.includes('RegionChanged') && [r1, r2, other].includes(e.data.regionId))).toHaveLength(3);
    expect(sent.filter((e) => e.type.includes('RegionMemberAssigned') && [r1, r2].includes(e.data.regionId))).toHaveLength(3);
    await t.graph.settle();

    const team = (await t.ask('cm.zhang', '{ team(id: "SZ01-T1") { regions { name managerId } } }')).body.data.team;
    expect(team.regions).toEqual([
      { name: '南山区域', managerId: 'E1111' },
      { name: '福田区域', managerId: 'E1110' },
      { name: '车公庙区域', managerId: 'E1110' },
    ]);
    const members = `{ region(id: "${r1}") { name members(on: "2026-07-15", page: { first: 1 }) { totalCount nodes { id } pageInfo { hasNextPage } } } }`;
    expect((await t.ask('rm.zhao', members)).body.data.region.members).toEqual({ totalCount: 2, nodes: [{ id: 'E1001' }], pageInfo: { hasNextPage: true } });
    expect((await t.ask('tl.wang', members)).body.data.region.members.totalCount).toBe(2);
    expect(code((await t.ask('cm.zhang', members)).body)).toBe('FORBIDDEN');
  });

  it("decomposes the approved plan to the regions, within the plan's targets", async () => {
    const share = (regionId: string, newAccounts: number) => ({
      regionId,
      period: '2026-07',
      newAccounts,
      newAssetsFen: 200_000 * YUAN,
      netRevenueFen: 100_000 * YUAN,
    });
    expect(code((await t.ask('cm.zhang', REGION_GOALS, { p: v2.id, g: [share(r1, 4)] })).body)).toBe('FORBIDDEN');
    const over = await t.ask('tl.wang', REGION_GOALS, { p: v2.id, g: [share(r1, 90), share(r2, 10), share(other, 0)] });
    expect(code(over.body)).toBe('BAD_USER_INPUT');
    expect(over.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['goals[2].regionId', 'total.newAccounts']);
    const ok = await t.ask('tl.wang', REGION_GOALS, { p: v2.id, g: [share(r1, 4), share(r2, 2)] });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.assignRegionGoals[0]).toEqual({ regionId: r1, regionName: '车公庙区域', managerId: 'E1110', period: '2026-07', newAccounts: 4 });
  });

  it("shows the regional manager their region's progress (the sum of its members' figures) and its members, nobody else's", async () => {
    const r = await regionProgress('rm.zhao', r1);
    expect(r.body.errors).toBeUndefined();
    const p = r.body.data.regionProgress;
    expect(p).toMatchObject({ regionName: '车公庙区域', managerId: 'E1110', months: ['2026-07'] });
    // July: 张伟 3 accounts, 150,000 yuan, 60,000 yuan; 李娜 1, 50,000, 20,000.
    expect(p.region).toEqual({
      target: { newAccounts: 4, newAssetsFen: 20_000_000, netRevenueFen: 10_000_000 },
      actual: { newAccounts: 4, newAssetsFen: 20_000_000, netRevenueFen: 8_000_000 },
      shortfall: { newAccounts: 0, newAssetsFen: 0, netRevenueFen: 2_000_000 },
      behind: true,
    });
    expect(p.people.map((x: any) => [x.employeeId, x.behind])).toEqual([
      ['E1001', false],
      ['E1002', true],
    ]);
    expect((await regionProgress('tl.wang', r1)).body.errors).toBeUndefined();
    expect(code((await regionProgress('rm.zhao', r2)).body)).toBe('FORBIDDEN'); // another region of the team
    expect(code((await regionProgress('rm.zhao', other)).body)).toBe('FORBIDDEN'); // another team
    expect(code((await regionProgress('cm.zhang', r1)).body)).toBe('FORBIDDEN');

    // The plan's progress and goals: the regional manager sees the people of their region (the one region rule).
    const plan = (await progress('rm.zhao')).body.data.planProgress;
    expect(plan.people.map((x: any) => x.employeeId)).toEqual(['E1001', 'E1002']);
    expect(plan.team).toBeNull();
    // People in personnel by the same scope: their region's members, not another region's.
    expect((await t.ask('rm.zhao', '{ employee(id: "E1001") { id name } }')).body.data.employee).toEqual({ id: 'E1001', name: '张伟' });
    expect(code((await t.ask('rm.zhao', '{ employee(id: "E1004") { id } }')).body)).toBe('FORBIDDEN');
    // Attendance by the same rule (attendance keeps the region projection): their region's members, not another's.
    const days = (id: string) => t.ask('rm.zhao', `{ attendanceDays(employeeId: "${id}", month: "2026-10") { date } }`);
    expect((await days('E1001')).body.errors).toBeUndefined();
    expect((await days('E1112')).body.errors).toBeUndefined(); // the demo company's 福田区域
    expect(code((await days('E1004')).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.zhang', '{ attendanceDays(employeeId: "E1112", month: "2026-10") { date } }')).body)).toBe('FORBIDDEN');
  });

  it('closes a region: its members are in no region from then', async () => {
    expect(code((await t.ask('rm.zhao', `mutation { closeRegion(regionId: "${r2}") { closedOn } }`)).body)).toBe('FORBIDDEN');
    const closed = await t.ask('tl.wang', `mutation { closeRegion(regionId: "${r2}", closedOn: "2026-10-01") { closedOn } }`);
    expect(closed.body.data.closeRegion.closedOn).toBe('2026-10-01');
    const m = (on: string) => t.ask('tl.wang', `{ region(id: "${r2}") { members(on: "${on}") { totalCount } } }`);
    expect((await m('2026-09-30')).body.data.region.members.totalCount).toBe(1);
    expect((await m('2026-10-01')).body.data.region.members.totalCount).toBe(0);
    expect((await t.ask('tl.wang', '{ team(id: "SZ01-T1") { regions { name } } }')).body.data.team.regions).toEqual([
      { name: '福田区域' },
      { name: '车公庙区域' },
    ]);
    // The demo company's region is rm.zhao's too: its members are theirs to see.
    const demo = (await t.ask('rm.zhao', '{ region(id: "SZ01-T1-R1") { name managerId members { nodes { id } } } }')).body.data.region;
    expect(demo).toEqual({ name: '福田区域', managerId: 'E1110', members: { nodes: [{ id: 'E1110' }, { id: 'E1112' }, { id: 'E1113' }, { id: 'E1114' }] } });
  });
});
