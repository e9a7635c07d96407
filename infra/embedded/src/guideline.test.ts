/**
 * The rest of the guideline (issue 16) through the gateway, played as DOMAIN.md's roles would:
 * approvals publish their progress as events (item 15), requisitions wait for the staffing
 * approval (item 2), management rules go on the route (item 1), ... each with the refusal for a
 * role that may not.
 */
import { startTestGraph, type TestGraph } from './test-graph';
import { approveRoute, rejectRoute } from './approval-route';

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
const events = (topic: string, name?: string) =>
  t.graph.transport
    .messages(topic)
    .map((m) => JSON.parse(m.value))
    .filter((e) => !name || e.type.includes(name));

const decide = (user: string, id: string, approve = true, comment = '', cosignDepartments?: string[]) =>
  t.ask(
    user,
    `mutation($id: ID!, $a: Boolean!, $c: String!, $d: [CosignDepartment!]) { decideApprovalStep(requestId: $id, approve: $a, comment: $c, cosignDepartments: $d) { id status stage } }`,
    { id, a: approve, c: comment, d: cosignDepartments },
  );
const approveAll = (id: string) => approveRoute(t, id);

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

describe('item 15: approvals publish events (submitted, decided, closed) on performance.approval', () => {
  it('publishes the submission, every step and the end of the route; a refused step publishes nothing', async () => {
    const before = events('performance.approval').length;
    const plan = ok(
      await t.ask('mgr.sz', `mutation($p: WorkPlanInput!) { fileWorkPlan(branchId: "SZ01", input: $p) { id approval { id } } }`, { p: PLAN }),
    ).fileWorkPlan;
    const id = plan.approval.id;
    await t.graph.settle();
    const submitted = events('performance.approval', 'ApprovalSubmitted').filter((e) => e.data.requestId === id);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({
      subject: id,
      data: { kind: 'WORK_PLAN', subjectId: plan.id, subjectVersion: 1, branchId: 'SZ01', submittedBy: 'mgr.sz', stage: 'OFFICE_REVIEW' },
    });

    // the branch may not act on the route, the VP not out of turn: refused, nothing published
    expect(code((await decide('mgr.sz', id)).body)).toBe('FORBIDDEN');
    expect(code((await decide('vp.qian', id)).body)).toBe('CONFLICT');
    await t.graph.settle();
    expect(events('performance.approval')).toHaveLength(before + 1);

    await approveAll(id);
    await t.graph.settle();
    const mine = events('performance.approval').filter((e) => e.data.requestId === id);
    expect(mine.map((e) => e.type.match(/Approval\w+/)![0])).toEqual(['ApprovalSubmitted', ...Array(6).fill('ApprovalStepDecided'), 'ApprovalClosed']);
    expect(mine.slice(1, 7).map((e) => [e.data.seq, e.data.stage, e.data.department, e.data.actedBy, e.data.nextStage])).toEqual([
      [2, 'OFFICE_REVIEW', null, 'bo.han', 'CHANNEL_REVIEW'],
      [3, 'CHANNEL_REVIEW', null, 'ch.cao', 'COSIGN'],
      [4, 'COSIGN', 'HUMAN_RESOURCES', 'bo.han', 'OFFICE_ROUTING'],
      [5, 'OFFICE_ROUTING', null, 'bo.han', 'EXECUTIVE_APPROVAL'],
      [6, 'EXECUTIVE_APPROVAL', null, 'vp.qian', 'OFFICE_CLOSE'],
      [7, 'OFFICE_CLOSE', null, 'bo.han', null],
    ]);
    expect(mine[7].data).toMatchObject({ status: 'APPROVED', approvedBy: 'vp.qian', reason: null, closedBy: 'bo.han', kind: 'WORK_PLAN', subjectId: plan.id });
  });

  it('publishes a rejection with its reason', async () => {
    const plan = ok(
      await t.ask('mgr.sz', `mutation($p: WorkPlanInput!) { fileWorkPlan(branchId: "SZ01", input: $p) { id approval { id } } }`, {
        p: { ...PLAN, teamId: 'SZ01-T2' },
      }),
    ).fileWorkPlan;
    ok(await decide('bo.han', plan.approval.id, true, '已收文'));
    ok(await decide('ch.cao', plan.approval.id, false, '目标偏低'));
    await t.graph.settle();
    const closed = events('performance.approval', 'ApprovalClosed').filter((e) => e.data.requestId === plan.approval.id);
    expect(closed.map((e) => e.data)).toEqual([expect.objectContaining({ status: 'REJECTED', reason: '目标偏低', approvedBy: null, closedBy: 'ch.cao' })]);
  });
});

describe('item 2: a requisition takes candidates only once the staffing approval went the route (R-1.3)', () => {
  const REQ = 'id status approvalId decidedBy rejectionReason';
  const open = (user: string, branchId = 'SZ01', title = '2027 春季校园招聘') =>
    t.ask(user, `mutation($i: OpenRequisitionInput!) { openRequisition(input: $i) { ${REQ} } }`, {
      i: { branchId, teamId: `${branchId}-T1`, title, posts: 2, employmentType: 'FULL_TIME', channelPlan: ['SCHOOL_ENTERPRISE'], openedOn: '2026-11-02' },
    });
  const requisition = async (id: string) => ok(await t.ask('rec.sz', `{ requisition(id: "${id}") { ${REQ} } }`)).requisition;
  const addCandidate = (requisitionId: string, name: string) =>
    t.ask('rec.sz', `mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id stage } }`, {
      i: { requisitionId, name, phone: '13800000000', channel: 'SCHOOL_ENTERPRISE', skills: [], appliedOn: '2026-11-05', documents: [] },
    });

  it('is opened by the branch on the route; nobody else opens one; it takes no candidates while waiting', async () => {
    expect(code((await open('tl.wang')).body)).toBe('FORBIDDEN');
    expect(code((await open('rec.sz', 'GZ01')).body)).toBe('FORBIDDEN');
    const r = ok(await open('rec.sz')).openRequisition;
    expect(r).toMatchObject({ status: 'PENDING_APPROVAL', approvalId: null });
    await t.graph.settle();
    const waiting = await requisition(r.id);
    expect(waiting.approvalId).toEqual(expect.any(String));
    const approval = ok(
      await t.ask('mgr.sz', `{ approvalRequest(id: "${waiting.approvalId}") { kind subjectId branchId status stage title steps { stage role actedBy } } }`),
    ).approvalRequest;
    expect(approval).toMatchObject({
      kind: 'STAFFING',
      subjectId: r.id,
      branchId: 'SZ01',
      status: 'IN_PROGRESS',
      stage: 'OFFICE_REVIEW',
      steps: [{ stage: 'SUBMITTED', role: 'recruiter', actedBy: 'rec.sz' }],
    });
    expect(approval.title).toContain('2 人');
    expect(code((await addCandidate(r.id, '候选人甲')).body)).toBe('CONFLICT');
    // the branch cannot push its own requisition along the route
    expect(code((await decide('mgr.sz', waiting.approvalId)).body)).toBe('FORBIDDEN');
    expect(code((await decide('rec.sz', waiting.approvalId)).body)).toBe('FORBIDDEN');

    await approveAll(waiting.approvalId);
    await t.graph.settle();
    expect(await requisition(r.id)).toMatchObject({ status: 'OPEN', decidedBy: 'bo.han', rejectionReason: null });
    expect(code((await addCandidate(r.id, '候选人甲')).body)).not.toBe('CONFLICT');
  });

  it('a rejected staffing request comes back REJECTED with the reason and takes no candidates', async () => {
    const r = ok(await open('mgr.sz', 'SZ01', '网点补员')).openRequisition;
    await t.graph.settle();
    const { approvalId } = await requisition(r.id);
    const steps = ok(await t.ask('bo.han', `{ approvalRequest(id: "${approvalId}") { steps { role actedBy } } }`)).approvalRequest.steps;
    expect(steps).toEqual([{ role: 'branch-manager', actedBy: 'mgr.sz' }]);
    await rejectRoute(t, approvalId, '本年度编制已满');
    await t.graph.settle();
    expect(await requisition(r.id)).toMatchObject({ status: 'REJECTED', decidedBy: 'bo.han', rejectionReason: '本年度编制已满' });
    expect(code((await addCandidate(r.id, '候选人乙')).body)).toBe('CONFLICT');
  });
});

describe("item 1: a team's management rules (管理实施细则, R-1.1) go on the R-1.3 route before they apply", () => {
  const RULES = 'id teamId version status effectiveFrom decidedBy rejectionReason approvalId';
  const RULES_INPUT = {
    teamId: 'SZ01-T1',
    title: '营销一部管理实施细则 2027 版',
    effectiveFrom: '2027-01',
    content: '一、考勤: 按网点营业时间到岗, 由考勤员每日记录。二、例会: 每周一周例会, 每月末总结会。三、出访: 填写出访单交团队负责人。',
  };
  const propose = (user: string, input: object = RULES_INPUT) =>
    t.ask(user, `mutation($i: ManagementRulesInput!) { proposeManagementRules(input: $i) { ${RULES} } }`, { i: input });

  it('is proposed by the branch manager only, complete; rejected with the reason; a new version approved applies from its month', async () => {
    expect(code((await propose('tl.wang')).body)).toBe('FORBIDDEN');
    expect(code((await propose('mgr.gz')).body)).toBe('FORBIDDEN');
    expect(code((await propose('ch.cao')).body)).toBe('FORBIDDEN');
    const bad = await propose('mgr.sz', { ...RULES_INPUT, content: '待定', title: '' });
    expect(code(bad.body)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['title', 'content']);

    const v1 = ok(await propose('mgr.sz')).proposeManagementRules;
    expect(v1).toMatchObject({ version: 1, status: 'SUBMITTED', approvalId: expect.any(String) });
    expect(code((await propose('mgr.sz')).body)).toBe('CONFLICT'); // one version on the route at a time
    expect(ok(await t.ask('bo.han', `{ approvalRequest(id: "${v1.approvalId}") { kind subjectId status } }`)).approvalRequest).toEqual({
      kind: 'ASSESSMENT_RULES',
      subjectId: v1.id,
      status: 'IN_PROGRESS',
    });
    await rejectRoute(t, v1.approvalId, '考核条款缺少服务规范');
    const v2 = ok(await propose('mgr.sz')).proposeManagementRules;
    expect(v2).toMatchObject({ version: 2, status: 'SUBMITTED' });
    const inForce = `{ managementRulesFor(teamId: "SZ01-T1", month: "2027-02") { version } }`;
    expect(ok(await t.ask('cm.zhang', inForce)).managementRulesFor).toBeNull(); // applies only once approved
    await approveAll(v2.approvalId);
    expect(ok(await t.ask('cm.zhang', inForce)).managementRulesFor).toEqual({ version: 2 });
    expect(ok(await t.ask('cm.zhang', `{ managementRulesFor(teamId: "SZ01-T1", month: "2026-12") { version } }`)).managementRulesFor).toBeNull();
    const history = ok(await t.ask('tl.wang', `{ managementRules(teamId: "SZ01-T1") { version status decidedBy rejectionReason } }`)).managementRules;
    expect(history).toEqual([
      { version: 2, status: 'APPROVED', decidedBy: 'vp.qian', rejectionReason: null },
      { version: 1, status: 'REJECTED', decidedBy: 'bo.han', rejectionReason: '考核条款缺少服务规范' },
    ]);
    // another branch's manager and another branch's managers do not read them
    expect(code((await t.ask('mgr.gz', `{ managementRules(teamId: "SZ01-T1") { version } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.gz', `{ managementRules(teamId: "SZ01-T1") { version } }`)).body)).toBe('FORBIDDEN');
  });
});

describe('item 9: a handover is signed by both (R-3.2): pending until the one handing over and the one receiving acknowledge it', () => {
  it('is recorded by the keeper, acknowledged by each party for themself, refused to anyone else', async () => {
    const asset = ok(
      await t.ask('keeper.sz', `mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id } }`, {
        i: { branchId: 'SZ01', teamId: 'SZ01-T1', name: 'ThinkPad E14', kind: 'COMPUTER', tag: 'SZ01-PC-0901', valueFen: 450_000 },
      }),
    ).registerAsset;
    ok(await t.ask('keeper.sz', `mutation { issueAsset(assetId: "${asset.id}", employeeId: "E1001") { id } }`));
    const handover = `mutation { handOverAssets(fromEmployeeId: "E1001", toEmployeeId: "E1004", note: "调岗交接") { actId } }`;
    expect(code((await t.ask('tl.wang', handover)).body)).toBe('FORBIDDEN');
    const { actId } = ok(await t.ask('keeper.sz', handover)).handOverAssets;
    const ACT = 'actId fromEmployeeId toEmployeeId status fromAcknowledgedAt toAcknowledgedAt recordedBy';
    const read = async (user: string) => ok(await t.ask(user, `{ assetHandover(actId: "${actId}") { ${ACT} } }`)).assetHandover;
    expect(await read('keeper.sz')).toMatchObject({
      fromEmployeeId: 'E1001',
      toEmployeeId: 'E1004',
      status: 'PENDING',
      fromAcknowledgedAt: null,
      toAcknowledgedAt: null,
      recordedBy: 'keeper.sz',
    });
    expect(ok(await t.ask('keeper.sz', `{ assetHandovers(branchId: "SZ01", status: PENDING) { actId } }`)).assetHandovers).toEqual([{ actId }]);
    expect(ok(await t.ask('cm.liu', `{ assetHandovers { actId status } }`)).assetHandovers).toEqual([{ actId, status: 'PENDING' }]);

    const ack = (user: string) => t.ask(user, `mutation { acknowledgeHandover(actId: "${actId}") { ${ACT} } }`);
    expect(code((await ack('keeper.sz')).body)).toBe('FORBIDDEN'); // the keeper records; the parties sign
    expect(code((await ack('gl.li')).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.gz', `{ assetHandover(actId: "${actId}") { actId } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.gz', `{ assetHandovers(branchId: "SZ01") { actId } }`)).body)).toBe('FORBIDDEN');
    expect(ok(await ack('cm.zhang')).acknowledgeHandover).toMatchObject({ status: 'PENDING', fromAcknowledgedAt: expect.any(String), toAcknowledgedAt: null });
    expect(code((await ack('cm.zhang')).body)).toBe('CONFLICT');
    expect(ok(await ack('cm.liu')).acknowledgeHandover).toMatchObject({ status: 'ACKNOWLEDGED', toAcknowledgedAt: expect.any(String) });
    expect((await read('tl.wang')).status).toBe('ACKNOWLEDGED');
  });
});

describe('item 10: an asset-loss charge is visible to the person and to finance, with its status, before a payroll deducts it (R-3.3)', () => {
  it('shows PENDING to the person charged and the branch finance; nobody else', async () => {
    const asset = ok(
      await t.ask('keeper.sz', `mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id } }`, {
        i: { branchId: 'SZ01', teamId: 'SZ01-T1', name: '展架', kind: 'PROMOTION_MATERIAL', tag: 'SZ01-PM-0902', valueFen: 30_000 },
      }),
    ).registerAsset;
    ok(await t.ask('keeper.sz', `mutation { issueAsset(assetId: "${asset.id}", employeeId: "E1002") { id } }`));
    expect(
      code(
        (
          await t.ask(
            'tl.wang',
            `mutation { chargeAssetLoss(assetId: "${asset.id}", employeeId: "E1002", kind: LOSS, amountFen: 25000, note: "活动后遗失") { id } }`,
          )
        ).body,
      ),
    ).toBe('FORBIDDEN');
    const line = ok(
      await t.ask(
        'keeper.sz',
        `mutation { chargeAssetLoss(assetId: "${asset.id}", employeeId: "E1002", kind: LOSS, amountFen: 25000, note: "活动后遗失") { id } }`,
      ),
    ).chargeAssetLoss;
    await t.graph.settle();
    const FIELDS = 'chargeId employeeId kind amountFen status payrollId';
    const expected = [{ chargeId: line.id, employeeId: 'E1002', kind: 'LOSS', amountFen: 25000, status: 'PENDING', payrollId: null }];
    expect(ok(await t.ask('gl.li', `{ assetCharges { ${FIELDS} } }`)).assetCharges).toEqual(expected); // the person, their own
    expect(ok(await t.ask('fin.sz', `{ assetCharges(employeeId: "E1002") { ${FIELDS} } }`)).assetCharges).toEqual(expected);
    expect(ok(await t.ask('fin.sz', `{ assetCharges(branchId: "SZ01", status: PENDING) { ${FIELDS} } }`)).assetCharges).toEqual(
      expect.arrayContaining(expected),
    );
    expect(ok(await t.ask('fin.sz', `{ assetCharges(branchId: "SZ01", status: DEDUCTED) { chargeId } }`)).assetCharges).toEqual([]);
    for (const [user, q] of [
      ['cm.zhang', '(employeeId: "E1002")'],
      ['tl.wang', '(employeeId: "E1002")'],
      ['keeper.sz', '(branchId: "SZ01")'],
      ['mgr.gz', '(branchId: "SZ01")'],
      ['cm.zhang', '(branchId: "SZ01")'],
    ]) {
      expect([user, code((await t.ask(user, `{ assetCharges${q} { chargeId } }`)).body)]).toEqual([user, 'FORBIDDEN']);
    }
  });
});

describe('item 5: a patrol that finds a manager missing from their outlet records the day as LEFT_POST (擅自离岗, R-2.1, R-2.4)', () => {
  const PATROL = (time: string) =>
    `mutation { recordPatrol(input: { teamId: "SZ01-T1", outletId: "SZ01-O1", date: "2026-11-10", time: "${time}", presentIds: ["E1001"], staffRemarks: "李娜不在网点, 未说明去向" }) { id missingIds leftPostIds } }`;
  it('records the missing without leave or a visit slip; the lead, the branch and the person see it; nobody else records or reads it', async () => {
    expect(code((await t.ask('cm.zhang', PATROL('15:00'))).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('clerk.att', PATROL('15:00'))).body)).toBe('FORBIDDEN');
    const patrol = ok(await t.ask('tl.wang', PATROL('15:00'))).recordPatrol;
    expect(patrol.missingIds).toContain('E1002');
    expect(patrol.leftPostIds).toEqual(patrol.missingIds); // nobody missing had leave or a visit slip then
    const again = ok(await t.ask('tl.wang', PATROL('16:30'))).recordPatrol;
    expect(again.leftPostIds).toEqual([]); // the day is recorded once
    const DAYS = 'employeeId date outletId patrolId time recordedBy';
    const team = ok(await t.ask('mgr.sz', `{ leftPostDays(month: "2026-11", teamId: "SZ01-T1") { ${DAYS} } }`)).leftPostDays;
    expect(team.find((d: any) => d.employeeId === 'E1002')).toEqual({
      employeeId: 'E1002',
      date: '2026-11-10',
      outletId: 'SZ01-O1',
      patrolId: patrol.id,
      time: '15:00',
      recordedBy: 'tl.wang',
    });
    expect(ok(await t.ask('gl.li', `{ leftPostDays(month: "2026-11", employeeId: "E1002") { date } }`)).leftPostDays).toEqual([{ date: '2026-11-10' }]);
    expect(ok(await t.ask('cm.zhang', `{ leftPostDays(month: "2026-11", employeeId: "E1001") { date } }`)).leftPostDays).toEqual([]);
    expect(code((await t.ask('cm.zhang', `{ leftPostDays(month: "2026-11", employeeId: "E1002") { date } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('cm.zhang', `{ leftPostDays(month: "2026-11", teamId: "SZ01-T1") { date } }`)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('mgr.gz', `{ leftPostDays(month: "2026-11", teamId: "SZ01-T1") { date } }`)).body)).toBe('FORBIDDEN');
  });
});

describe('item 13: a submitted analysis report is filed in the archive by event, not by hand (R-1.6, R-6.5)', () => {
  it('files the report once with a serial number when the lead submits it; a draft is not filed; only the lead submits', async () => {
    const save = ok(
      await t.ask('tl.wang', `mutation($i: AnalysisReportInput!) { saveAnalysisReport(input: $i) { id } }`, {
        i: { teamId: 'SZ01-T1', kind: 'MONTHLY', period: '2026-10', analysis: '10 月国庆假期影响开户, 节后两周追回; 下月重点: 合作银行网点联合营销。' },
      }),
    ).saveAnalysisReport;
    await t.graph.settle();
    const filed = async () =>
      ok(
        await t.ask('clerk.arc', `{ filings(branchId: "SZ01", type: MONTHLY_BUSINESS_REPORT) { nodes { number title period fileRef filedBy } } }`),
      ).filings.nodes.filter((f: any) => f.fileRef === `performance:report/${save.id}`);
    expect(await filed()).toEqual([]); // a draft stays with the lead
    expect(code((await t.ask('mgr.sz', `mutation { submitAnalysisReport(id: "${save.id}") { status } }`)).body)).toBe('FORBIDDEN');
    ok(await t.ask('tl.wang', `mutation { submitAnalysisReport(id: "${save.id}") { status } }`));
    await t.graph.settle();
    expect(await filed()).toEqual([
      {
        number: expect.stringMatching(/^SZ01-F-\d{4}-\d{6}$/),
        title: 'SZ01-T1 月度经营分析报告 2026-10',
        period: '2026-10',
        fileRef: `performance:report/${save.id}`,
        filedBy: 'system:performance (tl.wang)',
      },
    ]);
    const sent = events('performance.report', 'AnalysisReportSubmitted').filter((e) => e.data.reportId === save.id);
    expect(sent.map((e) => e.data)).toEqual([
      expect.objectContaining({ branchId: 'SZ01', teamId: 'SZ01-T1', kind: 'MONTHLY', period: '2026-10', submittedBy: 'tl.wang' }),
    ]);
  });
});

describe('item 13: every staff change is filed in the archive by event (R-6.5)', () => {
  it('files a level change the branch manager makes, with a serial number, once; others may not change levels', async () => {
    const LEVEL = `mutation { changeEmployeeLevel(employeeId: "E1004", level: "L2", effectiveOn: "2026-12-01", reason: "季度考核晋级") { id } }`;
    expect(code((await t.ask('cm.liu', LEVEL)).body)).toBe('FORBIDDEN');
    expect(code((await t.ask('tl.wang', LEVEL)).body)).toBe('FORBIDDEN');
    ok(await t.ask('mgr.sz', LEVEL));
    await t.graph.settle();
    const staff = ok(
      await t.ask(
        'clerk.arc',
        `{ filings(branchId: "SZ01", type: STAFF_CHANGE, page: { first: 200 }) { nodes { number title date period fileRef filedBy } } }`,
      ),
    ).filings.nodes;
    expect(staff.filter((f: any) => f.title.includes('E1004') && f.title.includes('级别调整'))).toEqual([
      {
        number: expect.stringMatching(/^SZ01-F-2026-\d{6}$/),
        title: '人员变动 级别调整: 刘洋 (E1004) L1 -> L2',
        date: '2026-12-01',
        period: '2026-12',
        fileRef: 'personnel:employee/E1004/history',
        filedBy: 'system:personnel',
      },
    ]);
    // the demo company's hires are staff changes too, filed the same way
    expect(staff.some((f: any) => f.title.startsWith('人员变动 入职: 张伟 (E1001)'))).toBe(true);
  });
});
