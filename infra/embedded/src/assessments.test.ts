/**
 * Assessments and levels through the gateway (embedded graph, dev-realm tokens): duty
 * events from attendance and recruitment arrive, a quarter's CRM figures are imported and its
 * attendance closed, the branch runs the quarterly combined assessment (hand-checked scores, one
 * manager proposed up, one down; each result filed in personnel's archive), refusals (wrong role,
 * other branch) write nothing, the branch manager confirms and personnel's Employee.level changes;
 * a rejection keeps its reason; a re-run replaces what is not confirmed; the monthly assessment
 * records the commission basis; scope; level rules approved through the route.
 */
import { createEnvelope, type EventData, type EventType } from '@bg/events';
import { DEMO_EMPLOYEES } from '@bg/service';
import { DEMO_LEVEL_RULES } from '@bg/performance';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 120_000);
afterAll(() => t?.stop());

const QUARTER = '2026-Q2';
const MONTHS = ['2026-04', '2026-05', '2026-06'];
const SZ = DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01');
const HEADER = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';
// E1001 (L2): 10 customers and 50,000 yuan net revenue a month, 12,000,000 yuan of customer assets at the end of June.
// E1002 (L4): 5 customers a month, 30,000 + 30,000 + 40,000 yuan, 25,000,000 yuan of assets. Everyone else: nothing.
const LINES: Record<string, string[]> = {
  E1001: ['E1001,10,5,0,12000000,50000', 'E1001,10,5,0,12000000,50000', 'E1001,10,5,0,12000000,50000'],
  E1002: ['E1002,5,2,0,25000000,30000', 'E1002,5,2,0,25000000,30000', 'E1002,5,2,0,25000000,40000'],
};
const csvOf = (i: number) => [HEADER, ...SZ.map((e) => LINES[e.id]?.[i] ?? `${e.id},0,0,0,0,0`)].join('\n');
// Attendance of the quarter: E1001 late once in April, E1002 absent two days in May.
const ATTENDANCE: Record<string, { late: number; early: number; absent: number }> = {
  'E1001:2026-04': { late: 1, early: 0, absent: 0 },
  'E1002:2026-05': { late: 0, early: 0, absent: 2 },
};

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;

async function publish(events: { topic: string; source: string; type: EventType; subject: string; data: EventData<EventType>; id?: string }[]): Promise<void> {
  await t.graph.transport.publish(
    events.map((e) => {
      const envelope = createEnvelope(e.source, e.type, e.subject, e.data);
      return { topic: e.topic, key: e.subject, value: JSON.stringify(e.id ? { ...envelope, id: e.id } : envelope) };
    }),
  );
  await t.graph.settle();
}
const duty = (type: 'SpotCheckRecorded' | 'MeetingMissed' | 'FollowUpOverdue', subject: string, data: EventData<EventType>, id?: string) => ({
  topic: 'attendance.duty',
  source: 'attendance',
  type,
  subject,
  data,
  id,
});
const training = (resultId: string, employeeId: string, passed: boolean) => ({
  topic: 'recruitment.training',
  source: 'recruitment',
  type: 'TrainingResultRecorded' as const,
  subject: resultId,
  data: { resultId, employeeId, branchId: 'SZ01', programme: '产品知识培训', category: 'PRODUCT', sessionDate: '2026-06-20', passed, score: passed ? 88 : 45 },
});

const RUN =
  'mutation($b: ID!, $c: AssessmentCycle!, $p: Period!) { runAssessmentCycle(branchId: $b, cycle: $c, period: $p) { branchId cycle period assessed keptConfirmed proposedUp proposedDown } }';
const run = (user: string, cycle = 'QUARTERLY', period = QUARTER, b = 'SZ01') => t.ask(user, RUN, { b, c: cycle, p: period });
const FIELDS = `id employeeId cycle period level score performanceScore dutyScore status proposal proposedLevel proposalReasons decidedBy decisionComment effectiveOn
  commissionBasisFen commissionFen dutyWeight performanceWeight figures { customersDeveloped netRevenueFen customerAssetsFen }
  performanceComponents { name unit actual target weight achievementPct points } dutyComponents { name count pointsEach points }`;
const list = (user: string, filter: object) =>
  t.ask(user, `query($f: AssessmentFilter) { assessments(filter: $f, page: { first: 100 }) { totalCount nodes { ${FIELDS} } } }`, { f: filter });
const one = async (employeeId: string, cycle = 'QUARTERLY', status?: string) =>
  (await list('bo.han', { employeeId, cycle, ...(status ? { status } : {}) })).body.data.assessments.nodes[0];
const count = async (filter: object = {}) => (await list('bo.han', filter)).body.data.assessments.totalCount;
const confirm = (user: string, id: string) =>
  t.ask(user, `mutation($id: ID!) { confirmLevelProposal(assessmentId: $id, comment: "同意") { ${FIELDS} } }`, { id });
const reject = (user: string, id: string, reason: string) =>
  t.ask(user, `mutation($id: ID!, $r: String!) { rejectLevelProposal(assessmentId: $id, reason: $r) { ${FIELDS} } }`, { id, r: reason });
const levelOf = async (id: string) => (await t.ask('mgr.sz', `{ employee(id: "${id}") { level } }`)).body.data.employee.level;

describe('inputs', () => {
  it("refuses to run before the quarter's figures are imported, listing what is missing, and writes nothing", async () => {
    const r = await run('mgr.sz');
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.problems).toEqual([
      { field: 'metrics', problem: 'the CRM figures of 2026-04, 2026-05, 2026-06 have not been imported for SZ01' },
    ]);
    expect(await count()).toBe(0);
  });

  it('takes duty facts from attendance and recruitment events, once each', async () => {
    const meeting: EventData<'MeetingMissed'> = {
      meetingKind: 'WEEKLY',
      branchId: 'SZ01',
      teamId: 'SZ01-T1',
      date: '2026-05-06',
      employeeIds: ['E1001', 'E1002'],
    };
    const events = [
      duty('SpotCheckRecorded', 'C1', {
        checkId: 'C1',
        employeeId: 'E1001',
        branchId: 'SZ01',
        kind: 'VISIT_SLIP',
        result: 'CONFIRMED',
        checkedOn: '2026-04-10',
      }),
      duty('SpotCheckRecorded', 'C2', {
        checkId: 'C2',
        employeeId: 'E1002',
        branchId: 'SZ01',
        kind: 'WORK_LOG',
        result: 'DISCREPANCY',
        checkedOn: '2026-05-12',
      }),
      duty('MeetingMissed', 'SZ01-T1', meeting, 'meeting-event-1'),
      duty('MeetingMissed', 'SZ01', { meetingKind: 'MORNING', branchId: 'SZ01', teamId: null, date: '2026-06-02', employeeIds: ['E1002'] }),
      duty('MeetingMissed', 'SZ01', { meetingKind: 'MORNING', branchId: 'SZ01', teamId: null, date: '2026-07-01', employeeIds: ['E1001'] }), // next quarter
      duty('FollowUpOverdue', 'I1', { issueId: 'I1', employeeId: 'E1002', branchId: 'SZ01', dueOn: '2026-06-15' }),
      training('T1', 'E1001', true),
      training('T2', 'E1002', false),
    ];
    await publish(events as any);
    // A redelivery (same event id) and a second event about the same meeting add nothing.
    await publish([duty('MeetingMissed', 'SZ01-T1', meeting, 'meeting-event-1'), duty('MeetingMissed', 'SZ01-T1', meeting, 'meeting-event-2')] as any);

    for (const [i, month] of MONTHS.entries()) {
      const r = await t.ask('fin.sz', 'mutation($csv: String!, $m: YearMonth!) { importMetrics(branchId: "SZ01", month: $m, csv: $csv) { lineCount } }', {
        csv: csvOf(i),
        m: month,
      });
      expect(r.body.errors).toBeUndefined();
    }
  });

  it('refuses to run while attendance is not closed, naming each manager and month', async () => {
    const r = await run('mgr.sz');
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.problems).toHaveLength(SZ.length);
    expect(r.body.errors![0].extensions.problems[0]).toEqual({
      field: 'attendance.E1001',
      problem: 'E1001 张伟: attendance of 2026-04, 2026-05, 2026-06 is not closed',
    });
    await publish(
      SZ.flatMap((e) =>
        MONTHS.map((month) => ({
          topic: 'attendance.month',
          source: 'attendance',
          type: 'AttendanceMonthClosed' as const,
          subject: e.id,
          data: {
            employeeId: e.id,
            branchId: 'SZ01',
            month,
            daysWorked: 21,
            leaveDays: 0,
            visits: 4,
            ...(ATTENDANCE[`${e.id}:${month}`] ?? { late: 0, early: 0, absent: 0 }),
          },
        })),
      ),
    );
    expect(await count()).toBe(0);
  });
});

describe('quarterly combined assessment', () => {
  it('is refused to other roles and other branches, writing nothing', async () => {
    expect(code((await run('tl.wang')).body)).toBe('FORBIDDEN');
    expect(code((await run('cm.zhang')).body)).toBe('FORBIDDEN');
    expect(code((await run('fin.sz')).body)).toBe('FORBIDDEN');
    expect(code((await run('mgr.gz')).body)).toBe('FORBIDDEN');
    expect(code((await run('mgr.sz', 'QUARTERLY', '2026-06')).body)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(0);
  });

  it('scores every manager and proposes one level up and one down, with hand-checked scores', async () => {
    // Everyone but E1001 and E1002 has no figures: down one level, except at L1 (the lowest).
    const down = SZ.filter((e) => e.id !== 'E1001' && e.level !== 'L1').length;
    const r = await run('dep.sz');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.runAssessmentCycle).toEqual({
      branchId: 'SZ01',
      cycle: 'QUARTERLY',
      period: QUARTER,
      assessed: SZ.length,
      keptConfirmed: 0,
      proposedUp: 1,
      proposedDown: down,
    });

    // E1001, L2 (hold: 15 customers, 60,000 yuan, 5,000,000 yuan a quarter; up: 24, 120,000, 10,000,000, duty 80):
    // performance 30 + 50 + 20 = 100 (every target reached, capped at 100%);
    // duty 100 - 2 (late once) - 3 (weekly meeting missed; July's is next quarter) + 2 (training passed) = 97;
    // combined 40% x 97 + 60% x 100 = 98.8; every figure reaches L3's -> UP.
    const up = await one('E1001');
    expect(up).toMatchObject({
      level: 'L2',
      score: 98.8,
      performanceScore: 100,
      dutyScore: 97,
      status: 'PROPOSED',
      proposal: 'UP',
      proposedLevel: 'L3',
      dutyWeight: 40,
      performanceWeight: 60,
      figures: { customersDeveloped: 30, netRevenueFen: 15_000_000, customerAssetsFen: 1_200_000_000 },
    });
    expect(up.performanceComponents).toEqual([
      { name: 'customersDeveloped', unit: 'COUNT', actual: 30, target: 15, weight: 30, achievementPct: 100, points: 30 },
      { name: 'netRevenue', unit: 'FEN', actual: 15_000_000, target: 6_000_000, weight: 50, achievementPct: 100, points: 50 },
      { name: 'customerAssets', unit: 'FEN', actual: 1_200_000_000, target: 500_000_000, weight: 20, achievementPct: 100, points: 20 },
    ]);
    expect(up.dutyComponents.filter((c: any) => c.count > 0)).toEqual([
      { name: 'lateArrivals', count: 1, pointsEach: -2, points: -2 },
      { name: 'meetingsMissed', count: 1, pointsEach: -3, points: -3 },
      { name: 'trainingsPassed', count: 1, pointsEach: 2, points: 2 },
    ]);

    // E1002, L4 (hold: 36 customers, 200,000 yuan, 20,000,000 yuan): performance 15/36 x 30 = 12.5, 50% x 50 = 25, 20 = 57.5;
    // duty 100 - 2 x 5 (absent) - 2 x 3 (meetings) - 5 (discrepancy) - 3 (overdue follow-up) - 5 (failed training) = 71;
    // combined 40% x 71 + 60% x 57.5 = 62.9; customers and revenue miss L4's -> DOWN to L3.
    const dn = await one('E1002');
    expect(dn).toMatchObject({ level: 'L4', score: 62.9, performanceScore: 57.5, dutyScore: 71, status: 'PROPOSED', proposal: 'DOWN', proposedLevel: 'L3' });
    expect(dn.proposalReasons).toEqual([
      'customers developed 15 below the 36 needed to hold L4',
      'net revenue 100,000.00 yuan below the 200,000.00 needed to hold L4',
    ]);
    expect(dn.dutyComponents.filter((c: any) => c.count > 0).map((c: any) => [c.name, c.count, c.points])).toEqual([
      ['absentDays', 2, -10],
      ['meetingsMissed', 2, -6],
      ['spotCheckDiscrepancies', 1, -5],
      ['followUpsOverdue', 1, -3],
      ['trainingsFailed', 1, -5],
    ]);

    // AssessmentCompleted: personnel files each result in the manager's archive.
    await t.graph.settle();
    const archive = await t.ask('mgr.sz', '{ archive(employeeId: "E1001") { documents { kind title reason source } } }');
    expect(archive.body.data.archive.documents.filter((d: any) => d.kind === 'ASSESSMENT')).toEqual([
      { kind: 'ASSESSMENT', title: 'QUARTERLY assessment 2026-Q2', reason: 'score 98.8', source: 'PERFORMANCE' },
    ]);
  });

  it('shows a manager their own, a team lead the team, the branch its branch, another branch nothing', async () => {
    const f = { cycle: 'QUARTERLY' };
    const own = (await list('cm.zhang', f)).body.data.assessments;
    expect(own.nodes.map((a: any) => a.employeeId)).toEqual(['E1001']);
    expect((await list('tl.wang', f)).body.data.assessments.totalCount).toBe(SZ.filter((e) => e.teamId === 'SZ01-T1').length);
    expect((await list('mgr.sz', f)).body.data.assessments.totalCount).toBe(SZ.length);
    expect((await list('mgr.gz', f)).body.data.assessments.totalCount).toBe(0);
    const theirs = await t.ask('cm.zhang', '{ employee(id: "E1002") { assessments { totalCount } } }');
    expect(code(theirs.body)).toBe('FORBIDDEN');
    const mine = await t.ask('cm.zhang', '{ employee(id: "E1001") { assessments(cycle: QUARTERLY) { totalCount nodes { score proposal } } } }');
    expect(mine.body.data.employee.assessments).toEqual({ totalCount: 1, nodes: [{ score: 98.8, proposal: 'UP' }] });
  });
});

describe('level proposals', () => {
  it('are decided by the branch manager only, of their own branch: refusals change nothing', async () => {
    const up = await one('E1001');
    expect(code((await confirm('dep.sz', up.id)).body)).toBe('FORBIDDEN');
    expect(code((await confirm('tl.wang', up.id)).body)).toBe('FORBIDDEN');
    expect(code((await confirm('mgr.gz', up.id)).body)).toBe('FORBIDDEN');
    expect(code((await reject('mgr.gz', up.id, 'no')).body)).toBe('FORBIDDEN');
    expect(await one('E1001')).toMatchObject({ status: 'PROPOSED', decidedBy: null });
    expect(await levelOf('E1001')).toBe('L2');
  });

  it('once confirmed, change the level in personnel (LevelChangeApproved), seen through the gateway', async () => {
    for (const id of ['E1001', 'E1002']) {
      const r = await confirm('mgr.sz', (await one(id)).id);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.confirmLevelProposal).toMatchObject({ status: 'CONFIRMED', decidedBy: 'mgr.sz', decisionComment: '同意' });
      expect(r.body.data.confirmLevelProposal.effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    await t.graph.settle();
    expect(await levelOf('E1001')).toBe('L3');
    expect(await levelOf('E1002')).toBe('L3');
    expect(code((await confirm('mgr.sz', (await one('E1001')).id)).body)).toBe('CONFLICT');
  });

  it('rejected, keep the reason and the level', async () => {
    const e1003 = await one('E1003');
    expect(e1003).toMatchObject({ level: 'L5', proposal: 'DOWN', proposedLevel: 'L4' });
    expect(code((await reject('mgr.sz', e1003.id, '  ')).body)).toBe('BAD_USER_INPUT');
    const r = await reject('mgr.sz', e1003.id, '团队负责人, 本季度以管理为主');
    expect(r.body.data.rejectLevelProposal).toMatchObject({ status: 'REJECTED', decisionComment: '团队负责人, 本季度以管理为主', decidedBy: 'mgr.sz' });
    await t.graph.settle();
    expect(await levelOf('E1003')).toBe('L5');
  });

  it('audits every level decision, allowed or refused, for the branch manager and head office to read', async () => {
    const r = await t.ask('mgr.sz', '{ performanceAuditLog(page: { first: 200 }) { nodes { actor action employeeId branchId allowed refusal requestId } } }');
    expect(r.body.errors).toBeUndefined();
    const entries: any[] = r.body.data.performanceAuditLog.nodes;
    const decided = entries.filter((e) => e.action.startsWith('level-proposal.'));
    expect(decided.filter((e) => e.allowed).map((e) => [e.action, e.actor, e.employeeId])).toEqual(
      expect.arrayContaining([
        ['level-proposal.confirm', 'mgr.sz', 'E1001'],
        ['level-proposal.confirm', 'mgr.sz', 'E1002'],
        ['level-proposal.reject', 'mgr.sz', 'E1003'],
      ]),
    );
    // mgr.gz has the role but not the branch: refused and recorded against SZ01; dep.sz and tl.wang lack the role (head office sees those).
    expect(decided.filter((e) => !e.allowed).map((e) => [e.action, e.actor])).toEqual(
      expect.arrayContaining([
        ['level-proposal.confirm', 'mgr.gz'],
        ['level-proposal.reject', 'mgr.gz'],
      ]),
    );
    const all = (await t.ask('ch.cao', '{ performanceAuditLog(page: { first: 200 }, action: "level-proposal.confirm") { nodes { actor allowed } } }')).body.data
      .performanceAuditLog.nodes as any[];
    expect(all.filter((e) => !e.allowed).map((e) => e.actor)).toEqual(expect.arrayContaining(['dep.sz', 'tl.wang', 'mgr.gz']));
    // A CONFLICT (already confirmed) is no access decision: no row for it.
    expect(decided.filter((e) => e.allowed && e.employeeId === 'E1001')).toHaveLength(1);
  });

  it('a re-run replaces every unconfirmed result of the period; confirmed ones stay as they were', async () => {
    const confirmed = await one('E1001');
    const r = await run('mgr.sz');
    expect(r.body.data.runAssessmentCycle).toMatchObject({ assessed: SZ.length - 2, keptConfirmed: 2 });
    expect(await one('E1001')).toEqual(confirmed);
    expect(await one('E1003')).toMatchObject({ status: 'PROPOSED', proposal: 'DOWN' });
    expect(await one('E1003', 'QUARTERLY', 'SUPERSEDED')).toMatchObject({ status: 'SUPERSEDED', decisionComment: '团队负责人, 本季度以管理为主' });
    expect(await count({ cycle: 'QUARTERLY' })).toBe(SZ.length);

    // Personnel's archive keeps one record of E1003's quarter: the re-run's, the first run's under it as history.
    await t.graph.settle();
    const archive = await t.ask(
      'mgr.sz',
      '{ archive(employeeId: "E1003") { documents { id kind title status earlierVersions { title status supersededById } } } }',
    );
    const records = archive.body.data.archive.documents.filter((d: any) => d.kind === 'ASSESSMENT' && d.title === `QUARTERLY assessment ${QUARTER}`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      status: 'CURRENT',
      earlierVersions: [{ title: `QUARTERLY assessment ${QUARTER}`, status: 'SUPERSEDED', supersededById: records[0].id }],
    });
  });
});

describe('monthly performance assessment', () => {
  it('scores the month against a third of the quarter and records the commission basis', async () => {
    const r = await run('mgr.sz', 'MONTHLY', '2026-06');
    expect(r.body.data.runAssessmentCycle).toMatchObject({ assessed: SZ.length, proposedUp: 0, proposedDown: 0 });
    // E1001 is L3 since today's confirmation, but in June was L2: the month is assessed at the level in force then
    // (facts in force). Its figures pass L2's thresholds as they pass L3's: 100. Commission on 50,000 yuan under
    // the demo standard: 10% of 20,000 + 15% of 30,000 = 6,500 yuan.
    expect(await one('E1001', 'MONTHLY')).toMatchObject({
      level: 'L2',
      score: 100,
      performanceScore: 100,
      dutyScore: null,
      status: 'COMPLETED',
      proposal: null,
      commissionBasisFen: 5_000_000,
      commissionFen: 650_000,
      dutyComponents: [],
    });
    expect(code((await confirm('mgr.sz', (await one('E1001', 'MONTHLY')).id)).body)).toBe('CONFLICT');
  });
});

describe('level rules (R-4.4): versioned, approved through the R-1.3 route before they apply', () => {
  const PROPOSE = 'mutation($i: ProposeLevelRulesInput!) { proposeLevelRules(input: $i) { id version status approvalId approvedBy rejectionReason } }';
  const rulesFor = async (month: string) =>
    (await t.ask('cm.zhang', `{ levelRulesFor(month: "${month}") { version status approvedBy rules { levels { level promote { customersDeveloped } } } } }`))
      .body.data.levelRulesFor;
  const step = (user: string, requestId: string, approve = true, comment = '') =>
    t.ask(user, 'mutation($r: ID!, $a: Boolean!, $c: String!) { decideApprovalStep(requestId: $r, approve: $a, comment: $c) { status stage } }', {
      r: requestId,
      a: approve,
      c: comment,
    });
  const stricter = {
    ...DEMO_LEVEL_RULES,
    levels: DEMO_LEVEL_RULES.levels.map((l) => (l.promote ? { ...l, promote: { ...l.promote, customersDeveloped: l.promote.customersDeveloped + 6 } } : l)),
  };

  it('are proposed by channel management only, checked whole', async () => {
    expect(code((await t.ask('mgr.sz', PROPOSE, { i: { effectiveFrom: '2027-01', title: 'x', rules: stricter } })).body)).toBe('FORBIDDEN');
    const bad = { ...stricter, combinedWeights: { duty: 50, performance: 60 }, levels: [{ ...stricter.levels[0], promote: null }, stricter.levels[1]] };
    const r = await t.ask('ch.cao', PROPOSE, { i: { effectiveFrom: '2027-01', title: '2027 版', rules: bad } });
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['rules.levels[0].promote', 'rules.combinedWeights']);
    expect((await t.ask('ch.cao', '{ levelRuleSets { version } }')).body.data.levelRuleSets).toEqual([{ version: 1 }]);
  });

  it('apply only once the route ends approved; a rejection keeps the reason', async () => {
    const r = await t.ask('ch.cao', PROPOSE, { i: { effectiveFrom: '2027-01', title: '客户经理级别规则 2027 版', rules: stricter } });
    expect(r.body.errors).toBeUndefined();
    const v2 = r.body.data.proposeLevelRules;
    expect(v2).toMatchObject({ version: 2, status: 'SUBMITTED', approvedBy: null });
    expect((await rulesFor('2027-01')).version).toBe(1);

    expect((await step('bo.han', v2.approvalId)).body.data.decideApprovalStep.stage).toBe('CHANNEL_REVIEW');
    await step('ch.cao', v2.approvalId);
    await step('bo.han', v2.approvalId);
    await step('vp.qian', v2.approvalId, true, '同意');
    expect((await rulesFor('2027-01')).version).toBe(1);
    expect((await step('bo.han', v2.approvalId)).body.data.decideApprovalStep.status).toBe('APPROVED');
    expect(await rulesFor('2027-01')).toMatchObject({ version: 2, status: 'APPROVED', approvedBy: 'vp.qian' });
    expect((await rulesFor('2027-01')).rules.levels[1].promote).toEqual({ customersDeveloped: 30 });
    expect((await rulesFor('2026-12')).version).toBe(1);

    const v3 = (await t.ask('ch.cao', PROPOSE, { i: { effectiveFrom: '2027-04', title: '再改', rules: DEMO_LEVEL_RULES } })).body.data.proposeLevelRules;
    await step('bo.han', v3.approvalId, false, '与 2027 版重复');
    const sets = (await t.ask('ch.cao', '{ levelRuleSets { version status rejectionReason } }')).body.data.levelRuleSets;
    expect(sets[0]).toEqual({ version: 3, status: 'REJECTED', rejectionReason: '与 2027 版重复' });
    expect((await rulesFor('2027-06')).version).toBe(2);
  });
});
