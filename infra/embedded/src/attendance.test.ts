/**
 * Attendance through the gateway (embedded graph, dev-realm tokens): a month of team SZ01-T1 walked
 * day by day on attendance's clock (March 2027): bulk team days classified from the outlet hours,
 * a late day, approved and rejected leave, visit slips and a reproducible spot-check draw, meetings
 * with a missed weekly one, a customer visit whose follow-up goes overdue, then the month close with
 * its per-employee figures out to payroll, a refused change, a reopen and a second close. Then the
 * refusals that write nothing, and the scope rules.
 */
import { InboxEntry } from '@bg/events';
import { performance as performanceService } from '@bg/performance';
import { useClock } from '@bg/attendance';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  useClock(() => new Date('2027-03-01T00:00:00Z'));
  t = await startTestGraph();
}, 60_000);
afterAll(async () => {
  useClock(null);
  await t?.stop();
});

/** Moves attendance's clock to a local (Asia/Shanghai) date and time. */
const at = (date: string, time: string) => useClock(() => new Date(`${date}T${time}:00+08:00`));

async function ok(user: string, query: string, variables?: object): Promise<any> {
  const r = await t.ask(user, query, variables);
  if (r.body.errors) throw new Error(`${user}: ${JSON.stringify(r.body.errors)}`);
  return r.body.data;
}

async function refused(
  user: string,
  query: string,
  variables?: object,
): Promise<{ code: string; message: string; problems?: Array<{ field: string; problem: string }> }> {
  const r = await t.ask(user, query, variables);
  expect(r.body.errors).toBeDefined();
  const e = r.body.errors![0];
  return { code: e.extensions.code, message: e.message, problems: e.extensions.problems };
}

const MARCH = '2027-03';
const WORKING_DAYS = Array.from({ length: 31 }, (_, i) => `2027-03-${String(i + 1).padStart(2, '0')}`).filter(
  (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
);
const AGENDA = ['MARKET_NEWS', 'HEAD_OFFICE_AND_PRODUCTS', 'PROGRESS_REPORTS', 'SALES_CASES', 'MORALE'].map((item) => ({ item, notes: `${item} 要点` }));
const SLIP_DAYS: Record<string, string> = { '2027-03-04': 'cm.zhang', '2027-03-08': 'cm.liu', '2027-03-18': 'cm.zhang', '2027-03-25': 'gl.li' };

const RECORD_TEAM_DAY = `mutation($input: RecordTeamDayInput!) { recordTeamDay(input: $input) { recorded days { employeeId status minutesLate overtimeMinutes } } }`;
const slipInput = (date: string, contact = '0755-8888 1234') => ({
  date,
  destination: '福田区深南大道 6008 号',
  personVisited: '陈总',
  contact,
  purpose: '介绍两融业务',
  timeOut: '10:00',
  timeBack: '15:00',
});
const FILE_SLIP = 'mutation($input: FileVisitSlipInput!) { fileVisitSlip(input: $input) { id date } }';

let team: string[] = [];
let branch: string[] = [];
let leaveE1002 = '';

describe('a month of team SZ01-T1 (March 2027)', () => {
  it('knows the team and the outlet hours', async () => {
    const t1 = await ok('clerk.att', `{ teamAttendance(teamId: "SZ01-T1", month: "${MARCH}") { employeeId } }`);
    const t2 = await ok('clerk.att', `{ teamAttendance(teamId: "SZ01-T2", month: "${MARCH}") { employeeId } }`);
    team = t1.teamAttendance.map((m: any) => m.employeeId);
    branch = [...team, ...t2.teamAttendance.map((m: any) => m.employeeId)];
    expect(team).toHaveLength(14);
    expect(branch).toHaveLength(24);
    // The outlets and their hours as personnel registered them (personnel.organisation); attendance keeps no copy of its own.
    const hours = await ok('clerk.att', '{ attendanceOutletHours(branchId: "SZ01") { outletId opensAt closesAt } }');
    expect(hours.attendanceOutletHours).toEqual([
      { outletId: 'SZ01-O1', opensAt: '08:30', closesAt: '16:30' },
      { outletId: 'SZ01-O2', opensAt: '08:30', closesAt: '16:30' },
      { outletId: 'SZ01-O3', opensAt: '09:00', closesAt: '17:00' },
    ]);
  });

  it('takes leave requests before they start: approves one, rejects one, refuses one that has started and an overlap', async () => {
    at('2027-03-01', '08:00');
    const late = await refused(
      'cm.zhang',
      'mutation { requestLeave(input: { kind: PERSONAL, startDate: "2027-03-01", endDate: "2027-03-02", reason: "家事" }) { id } }',
    );
    expect(late.code).toBe('BAD_USER_INPUT');
    expect(late.problems).toEqual([{ field: 'startDate', problem: 'leave must be requested before it starts: 2027-03-01 is not after today (2027-03-01)' }]);
    expect((await ok('cm.zhang', '{ leaveRequests(employeeId: "E1001") { totalCount } }')).leaveRequests.totalCount).toBe(0);

    leaveE1002 = (
      await ok('gl.li', 'mutation { requestLeave(input: { kind: SICK, startDate: "2027-03-10", endDate: "2027-03-10", reason: "复诊" }) { id days status } }')
    ).requestLeave.id;
    const overlap = await refused(
      'gl.li',
      'mutation { requestLeave(input: { kind: PERSONAL, startDate: "2027-03-09", endDate: "2027-03-10", reason: "x" }) { id } }',
    );
    expect(overlap.code).toBe('CONFLICT');
    const liu = (
      await ok('cm.liu', 'mutation { requestLeave(input: { kind: PERSONAL, startDate: "2027-03-15", endDate: "2027-03-15", reason: "搬家" }) { id } }')
    ).requestLeave.id;

    expect((await refused('cm.zhang', `mutation { decideLeave(leaveId: "${leaveE1002}", approve: true) { status } }`)).code).toBe('FORBIDDEN');
    expect((await refused('tl.wang', `mutation { decideLeave(leaveId: "${liu}", approve: false) { status } }`)).code).toBe('BAD_USER_INPUT');
    at('2027-03-02', '09:00');
    expect((await ok('tl.wang', `mutation { decideLeave(leaveId: "${leaveE1002}", approve: true) { status decidedBy } }`)).decideLeave).toEqual({
      status: 'APPROVED',
      decidedBy: 'tl.wang',
    });
    expect(
      (await ok('tl.wang', `mutation { decideLeave(leaveId: "${liu}", approve: false, reason: "月中业务冲刺") { status decisionReason } }`)).decideLeave,
    ).toEqual({ status: 'REJECTED', decisionReason: '月中业务冲刺' });
    const listed = await ok('tl.wang', '{ leaveRequests(teamId: "SZ01-T1") { totalCount nodes { employeeId status } } }');
    expect(listed.leaveRequests.totalCount).toBe(2);
  });

  it('sets a weekly goal and logs a customer visit whose issue the visitor follows up', async () => {
    at('2027-03-01', '09:00');
    await ok('cm.zhang', 'mutation { setWeeklyGoal(weekStart: "2027-03-01", newCustomers: 1, potentialCustomers: 2) { weekStart } }');
    at('2027-03-05', '18:00');
    // Visits refer to registered customers: the visitor registers them first.
    const register = async (name: string, kind: string, assetsFen: number) =>
      (
        await ok(
          'cm.zhang',
          `mutation { registerCustomer(input: { name: "${name}", kind: ${kind}, assetsFen: ${assetsFen}, assetsAsOf: "2027-03-05" }) { id tier } }`,
        )
      ).registerCustomer;
    const company = await register('深圳某科技公司', 'INSTITUTION', 800_000_000);
    const mrsWang = await register('王女士', 'INDIVIDUAL', 2_000_000);
    expect([company.tier, mrsWang.tier]).toEqual(['VIP', 'ORDINARY']);
    const visit = await ok(
      'cm.zhang',
      `mutation { logCustomerVisit(input: { date: "2027-03-05", customerId: "${company.id}", standing: NEW, discussed: "开户与资产配置",
      issues: [{ description: "希望了解港股通开通条件", dueOn: "2027-03-12" }] }) { id issues { id employeeId status dueOn } } }`,
    );
    expect(visit.logCustomerVisit.id).toBeTruthy();
    // The answer names the follow-up it created, with its id, owned by the visitor (谁走访谁督办).
    expect(visit.logCustomerVisit.issues).toEqual([{ id: expect.any(String), employeeId: 'E1001', status: 'OPEN', dueOn: '2027-03-12' }]);
    const plain = await ok(
      'cm.zhang',
      `mutation { logCustomerVisit(input: { date: "2027-03-05", customerId: "${mrsWang.id}", standing: POTENTIAL, discussed: "基金定投" }) { id issues { id } } }`,
    );
    expect(plain.logCustomerVisit.issues).toEqual([]);
    const goals = await ok('cm.zhang', `{ weeklyGoals(employeeId: "E1001", month: "${MARCH}") { weekStart newCustomers potentialCustomers met } }`);
    expect(goals.weeklyGoals).toEqual([{ weekStart: '2027-03-01', newCustomers: 1, potentialCustomers: 1, met: false }]);
    const [issue] = (await ok('tl.wang', '{ followUps(teamId: "SZ01-T1") { id employeeId overdue } }')).followUps;
    expect(issue).toMatchObject({ id: visit.logCustomerVisit.issues[0].id, employeeId: 'E1001', overdue: false });
    const visits = await ok('tl.wang', `{ customerVisits(teamId: "SZ01-T1", month: "${MARCH}") { customerName issues { id } } }`);
    expect(visits.customerVisits).toHaveLength(2);
    expect(visits.customerVisits).toEqual(
      expect.arrayContaining([
        { customerName: '深圳某科技公司', issues: [{ id: issue.id }] },
        { customerName: '王女士', issues: [] },
      ]),
    );

    // The visitor lists their own follow-ups; nobody else's, whatever they name.
    expect((await ok('cm.zhang', '{ followUps { id customerName } }')).followUps).toEqual([{ id: issue.id, customerName: '深圳某科技公司' }]);
    expect((await ok('cm.zhang', '{ followUps(employeeId: "E1001") { id } }')).followUps).toEqual([{ id: issue.id }]);
    expect((await ok('cm.liu', '{ followUps { id } }')).followUps).toEqual([]);
    expect((await refused('cm.liu', '{ followUps(employeeId: "E1001") { id } }')).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', '{ followUps(teamId: "SZ01-T1") { id } }')).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', '{ followUps(teamId: "SZ01-T1", employeeId: "E1001") { id } }')).code).toBe('BAD_USER_INPUT');
    // E1001's group leader sees the group's (people scope).
    expect((await ok('gl.li', '{ followUps(employeeId: "E1001") { id } }')).followUps).toEqual([{ id: issue.id }]);
    at('2027-03-06', '10:00');
    expect((await refused('gl.li', `mutation { passIssue(issueId: "${issue.id}", department: "运营部") { status } }`)).code).toBe('FORBIDDEN');
    expect((await ok('cm.zhang', `mutation { passIssue(issueId: "${issue.id}", department: "运营部") { status passedTo } }`)).passIssue).toEqual({
      status: 'PASSED',
      passedTo: '运营部',
    });
  });

  it('records every working day in bulk, classified from the outlet hours, with slips, meetings and a patrol', async () => {
    for (const date of WORKING_DAYS) {
      at(date, '07:30');
      if (SLIP_DAYS[date]) await ok(SLIP_DAYS[date], FILE_SLIP, { input: slipInput(date) });
      at(date, '09:30');
      if (date !== '2027-03-24') {
        await ok('clerk.att', 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }', {
          input: {
            kind: 'MORNING',
            date,
            topic: '晨会',
            minutes: '按五项议程进行',
            agenda: AGENDA,
            attendeeIds: branch.filter((id) => !(date === '2027-03-17' && id === 'E1004')),
          },
        });
      }
      at(date, '20:00');
      const entries = team
        .filter((id) => !(date === '2027-03-10' && id === 'E1002') && !(date === '2027-03-15' && id === 'E1004'))
        .map((employeeId) => {
          if (date === '2027-03-03' && employeeId === 'E1001') return { employeeId, checkIn: '08:47', checkOut: '17:00' };
          if (date === '2027-03-04' && employeeId === 'E1001') return { employeeId, status: 'ON_VISIT' };
          return { employeeId, checkIn: '08:20', checkOut: '17:00' };
        });
      const day = (await ok('clerk.att', RECORD_TEAM_DAY, { input: { teamId: 'SZ01-T1', date, entries } })).recordTeamDay;
      expect(day.recorded).toBe(entries.length);
      if (date === '2027-03-03') {
        expect(day.days.find((d: any) => d.employeeId === 'E1001')).toEqual({ employeeId: 'E1001', status: 'LATE', minutesLate: 17, overtimeMinutes: 30 });
        // SZ01-O3 works 09:00-17:00: no overtime at 17:00 there; SZ01-O1 closes at 16:30.
        expect(day.days.find((d: any) => d.employeeId === 'E1112')).toEqual({ employeeId: 'E1112', status: 'ON_TIME', minutesLate: 0, overtimeMinutes: 0 });
      }
      if (['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-31'].includes(date)) {
        await ok('tl.wang', 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }', {
          input: {
            kind: date === '2027-03-31' ? 'MONTHLY' : 'WEEKLY',
            teamId: 'SZ01-T1',
            date,
            topic: '周例会',
            minutes: '进度、问题、竞争对手、方法调整',
            attendeeIds: team,
          },
        });
      }
      if (date === '2027-03-09') {
        const patrol = await ok(
          'tl.wang',
          `mutation { recordPatrol(input: { teamId: "SZ01-T1", outletId: "SZ01-O1", date: "${date}", time: "15:00", presentIds: ["E1001"], staffRemarks: "李娜下午外出" }) { missingIds } }`,
        );
        expect(patrol.recordPatrol.missingIds).toContain('E1002');
      }
    }
    const month = await ok(
      'tl.wang',
      `{ employee(id: "E1001") { attendance(month: "${MARCH}") { daysRecorded daysWorked lateArrivals earlyLeaves absentDays leaveDays overtimeMinutes closed } } }`,
    );
    expect(month.employee.attendance).toEqual({
      daysRecorded: 23,
      daysWorked: 23,
      lateArrivals: 1,
      earlyLeaves: 0,
      absentDays: 0,
      leaveDays: 0,
      overtimeMinutes: 22 * 30,
      closed: false,
    });
    // The days, asked beside the counts for the team's members in one query: each member's own, by date, as many as counted.
    const members = await ok(
      'tl.wang',
      `{ team(id: "SZ01-T1") { members { id attendance(month: "${MARCH}") { daysRecorded lateArrivals days { employeeId date status } } } } }`,
    );
    const e1001 = members.team.members.find((m: { id: string }) => m.id === 'E1001').attendance;
    expect(e1001).toMatchObject({ daysRecorded: 23, lateArrivals: 1 });
    expect(e1001.days).toHaveLength(23);
    expect(e1001.days.map((d: { date: string }) => d.date)).toEqual([...e1001.days.map((d: { date: string }) => d.date)].sort());
    expect(e1001.days.filter((d: { status: string }) => d.status === 'LATE')).toHaveLength(1);
    for (const m of members.team.members) {
      expect(m.attendance.days).toHaveLength(m.attendance.daysRecorded);
      expect(m.attendance.days.every((d: { employeeId: string; date: string }) => d.employeeId === m.id && d.date.startsWith(MARCH))).toBe(true);
    }
  });

  it('shows the overdue follow-up to the lead and flags it once (FollowUpOverdue)', async () => {
    at('2027-03-20', '10:00');
    const overdue = await ok('tl.wang', '{ followUps(teamId: "SZ01-T1", overdueOnly: true) { employeeId dueOn overdue steps { action } } }');
    expect(overdue.followUps).toEqual([{ employeeId: 'E1001', dueOn: '2027-03-12', overdue: true, steps: [{ action: 'RAISED' }, { action: 'PASSED' }] }]);
    expect((await ok('tl.wang', 'mutation { flagOverdueFollowUps(branchId: "SZ01", teamId: "SZ01-T1") }')).flagOverdueFollowUps).toBe(1);
    expect((await ok('tl.wang', 'mutation { flagOverdueFollowUps(branchId: "SZ01", teamId: "SZ01-T1") }')).flagOverdueFollowUps).toBe(0);
    await t.graph.settle();
    const events = t.graph.transport
      .messages('attendance.duty')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.includes('FollowUpOverdue'));
    expect(events.map((e) => e.data)).toEqual([{ issueId: expect.any(String), employeeId: 'E1001', branchId: 'SZ01', dueOn: '2027-03-12' }]);
  });

  it('draws a reproducible spot check of the slips, refuses a re-draw, and records a discrepancy (SpotCheckRecorded)', async () => {
    at('2027-04-01', '08:30');
    const slips = await ok('tl.wang', `{ visitSlips(teamId: "SZ01-T1", month: "${MARCH}") { totalCount nodes { id } } }`);
    expect(slips.visitSlips.totalCount).toBe(4);
    const draw = (
      await ok(
        'tl.wang',
        `mutation { drawSpotChecks(input: { teamId: "SZ01-T1", kind: VISIT_SLIP, periodStart: "2027-03-01", periodEnd: "2027-03-31", ratePercent: 50 }) {
      id seed population selected drawnBy reproduces checks { id itemId employeeId result } } }`,
      )
    ).drawSpotChecks;
    expect(draw.population.sort()).toEqual(slips.visitSlips.nodes.map((n: any) => n.id).sort());
    expect(draw.selected).toHaveLength(2);
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(draw).toMatchObject({ drawnBy: 'tl.wang', reproduces: true });
    expect(draw.checks.map((c: any) => c.itemId).sort()).toEqual([...draw.selected].sort());

    const again = await refused(
      'tl.wang',
      'mutation { drawSpotChecks(input: { teamId: "SZ01-T1", kind: VISIT_SLIP, periodStart: "2027-03-15", periodEnd: "2027-03-31", ratePercent: 100 }) { id } }',
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain(draw.seed);
    const listed = await ok('clerk.att', '{ spotCheckDraws(teamId: "SZ01-T1") { id seed selected } }');
    expect(listed.spotCheckDraws).toEqual([{ id: draw.id, seed: draw.seed, selected: draw.selected }]);

    const check = draw.checks[0];
    expect(
      (await refused('tl.wang', `mutation { recordSpotCheck(input: { checkId: "${check.id}", result: DISCREPANCY, method: PHONE_CALL }) { id } }`)).code,
    ).toBe('BAD_USER_INPUT');
    const recorded = await ok(
      'tl.wang',
      `mutation { recordSpotCheck(input: { checkId: "${check.id}", result: DISCREPANCY, method: PHONE_CALL, note: "客户称当日未见面" }) { result checkedOn } }`,
    );
    expect(recorded.recordSpotCheck).toEqual({ result: 'DISCREPANCY', checkedOn: '2027-04-01' });
    expect(
      (await refused('tl.wang', `mutation { recordSpotCheck(input: { checkId: "${check.id}", result: CONFIRMED, method: PHONE_CALL }) { id } }`)).code,
    ).toBe('CONFLICT');
    await t.graph.settle();
    const events = t.graph.transport
      .messages('attendance.duty')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.includes('SpotCheckRecorded'));
    expect(events.map((e) => e.data)).toEqual([
      { checkId: check.id, employeeId: check.employeeId, branchId: 'SZ01', kind: 'VISIT_SLIP', result: 'DISCREPANCY', checkedOn: '2027-04-01' },
    ]);
  });

  it('lists the missed weekly meeting, the missed morning meeting and the absent member', async () => {
    const c = (
      await ok('tl.wang', `{ meetingCompliance(teamId: "SZ01-T1", month: "${MARCH}") { held missing { kind from to } absences { kind date employeeIds } } }`)
    ).meetingCompliance;
    expect(c.missing).toEqual([
      { kind: 'MORNING', from: '2027-03-24', to: '2027-03-24' },
      { kind: 'WEEKLY', from: '2027-03-22', to: '2027-03-28' },
    ]);
    expect(c.absences).toEqual([{ kind: 'MORNING', date: '2027-03-17', employeeIds: ['E1004'] }]);
    expect(c.held).toBe(22 + 4);
  });

  it('closes the month: one AttendanceMonthClosed per manager with the expected figures, to payroll', async () => {
    at('2027-03-31', '21:00');
    expect((await refused('clerk.att', `mutation { closeAttendanceMonth(branchId: "SZ01", month: "${MARCH}") { state } }`)).code).toBe('CONFLICT');
    at('2027-04-01', '09:00');
    expect((await refused('mgr.sz', `mutation { closeAttendanceMonth(branchId: "SZ01", month: "${MARCH}") { state } }`)).code).toBe('FORBIDDEN');
    const closed = await ok('clerk.att', `mutation { closeAttendanceMonth(branchId: "SZ01", month: "${MARCH}") { state closings employees dutyEvents } }`);
    expect(closed.closeAttendanceMonth).toMatchObject({ state: 'CLOSED', closings: 1, employees: 24 });
    expect(closed.closeAttendanceMonth.dutyEvents).toBeGreaterThan(0);
    await t.graph.settle();

    const sent = t.graph.transport
      .messages('attendance.month')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.startsWith('AttendanceMonthClosed')); // CustomerDetailsClosed travels beside them
    expect(sent).toHaveLength(24);
    const of = (id: string) => sent.find((e) => e.data.employeeId === id).data;
    expect(of('E1001')).toEqual({ employeeId: 'E1001', branchId: 'SZ01', month: MARCH, daysWorked: 23, late: 1, early: 0, absent: 0, leaveDays: 0, visits: 2 });
    expect(of('E1002')).toEqual({ employeeId: 'E1002', branchId: 'SZ01', month: MARCH, daysWorked: 22, late: 0, early: 0, absent: 0, leaveDays: 1, visits: 1 });
    expect(of('E1004')).toEqual({ employeeId: 'E1004', branchId: 'SZ01', month: MARCH, daysWorked: 22, late: 0, early: 0, absent: 1, leaveDays: 0, visits: 1 });
    expect(of('E1210')).toMatchObject({ daysWorked: 0, absent: 23 }); // team SZ01-T2: nothing recorded
    const figures = await ok(
      'mgr.sz',
      `{ attendanceMonth(branchId: "SZ01", month: "${MARCH}") { state figures(employeeId: "E1002") { nodes { daysWorked leaveDays visits closing } } } }`,
    );
    expect(figures.attendanceMonth).toEqual({ state: 'CLOSED', figures: { nodes: [{ daysWorked: 22, leaveDays: 1, visits: 1, closing: 1 }] } });

    // The performance service receives them when it consumes attendance.month.
    if (performanceService.consumes?.topics.includes('attendance.month')) {
      const perf = t.graph.services.find((s) => s.name === 'performance')!;
      const seen = await perf.orm.em.fork().count(InboxEntry, { consumer: 'performance', eventId: { $in: sent.map((e) => e.id) } });
      expect(seen).toBe(24);
    }

    const duty = t.graph.transport
      .messages('attendance.duty')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.includes('MeetingMissed'))
      .map((e) => e.data);
    // the team's weekly gap is borne by its lead of the time (tl.wang, E1003); the branch's morning meeting by no client manager
    expect(duty).toContainEqual({ meetingKind: 'WEEKLY', branchId: 'SZ01', teamId: 'SZ01-T1', date: '2027-03-22', employeeIds: [], responsibleIds: ['E1003'] });
    expect(duty).toContainEqual({ meetingKind: 'MORNING', branchId: 'SZ01', teamId: null, date: '2027-03-24', employeeIds: [], responsibleIds: [] });
    expect(duty).toContainEqual({ meetingKind: 'MORNING', branchId: 'SZ01', teamId: null, date: '2027-03-17', employeeIds: ['E1004'], responsibleIds: [] });
    expect(duty.filter((d) => d.teamId === 'SZ01-T1' && d.meetingKind === 'WEEKLY')).toHaveLength(1);
  });

  it('refuses changes to the closed month until the branch manager reopens it with a reason; closing again re-sends the figures', async () => {
    const change = await refused(
      'clerk.att',
      'mutation { recordAttendance(input: { employeeId: "E1004", date: "2027-03-15", checkIn: "08:20", checkOut: "17:00" }) { status } }',
    );
    expect(change.code).toBe('CONFLICT');
    expect((await refused('clerk.att', `mutation { reopenAttendanceMonth(branchId: "SZ01", month: "${MARCH}", reason: "补录") { state } }`)).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused('mgr.gz', `mutation { reopenAttendanceMonth(branchId: "SZ01", month: "${MARCH}", reason: "补录") { state } }`)).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused('mgr.sz', `mutation { reopenAttendanceMonth(branchId: "SZ01", month: "${MARCH}", reason: " ") { state } }`)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await ok('mgr.sz', `mutation { reopenAttendanceMonth(branchId: "SZ01", month: "${MARCH}", reason: "刘洋 3 月 15 日实际到岗，补录") { state } }`))
        .reopenAttendanceMonth.state,
    ).toBe('OPEN');

    const fixed = await ok(
      'clerk.att',
      'mutation { recordAttendance(input: { employeeId: "E1004", date: "2027-03-15", checkIn: "08:20", checkOut: "17:00", note: "补录" }) { status } }',
    );
    expect(fixed.recordAttendance.status).toBe('ON_TIME');
    const again = await ok('clerk.att', `mutation { closeAttendanceMonth(branchId: "SZ01", month: "${MARCH}") { closings employees dutyEvents } }`);
    expect(again.closeAttendanceMonth).toEqual({ closings: 2, employees: 24, dutyEvents: 0 }); // duty events go once
    await t.graph.settle();
    const sent = t.graph.transport
      .messages('attendance.month')
      .map((m) => JSON.parse(m.value))
      .filter((e) => e.type.startsWith('AttendanceMonthClosed')); // CustomerDetailsClosed travels beside them
    expect(sent).toHaveLength(48);
    expect(sent.filter((e) => e.data.employeeId === 'E1004').map((e) => [e.data.daysWorked, e.data.absent])).toEqual([
      [22, 1],
      [23, 0],
    ]);
    const history = await ok('mgr.sz', `{ attendanceMonth(branchId: "SZ01", month: "${MARCH}") { history { action by reason } } }`);
    expect(history.attendanceMonth.history).toEqual([
      { action: 'CLOSED', by: 'clerk.att', reason: null },
      { action: 'REOPENED', by: 'mgr.sz', reason: '刘洋 3 月 15 日实际到岗，补录' },
      { action: 'CLOSED', by: 'clerk.att', reason: null },
    ]);
  });

  it("reports the quarter's customer visits to the branch leadership", async () => {
    const report = (
      await ok(
        'mgr.sz',
        '{ quarterlyVisitReport(branchId: "SZ01", quarter: "2027-Q1") { total { visits byTier { tier visits } issuesOpened issuesResolved issuesOverdue } byManager { employeeId name visits } } }',
      )
    ).quarterlyVisitReport;
    expect(report.total).toEqual({
      visits: 2,
      byTier: [
        { tier: 'VIP', visits: 1 },
        { tier: 'KEY', visits: 0 },
        { tier: 'ORDINARY', visits: 1 },
      ],
      issuesOpened: 1,
      issuesResolved: 0,
      issuesOverdue: 1,
    });
    expect(report.byManager).toEqual([{ employeeId: 'E1001', name: '张伟', visits: 2 }]);
    expect((await refused('tl.wang', '{ quarterlyVisitReport(branchId: "SZ01", quarter: "2027-Q1") { quarter } }')).code).toBe('FORBIDDEN');
    expect((await refused('mgr.gz', '{ quarterlyVisitReport(branchId: "SZ01", quarter: "2027-Q1") { quarter } }')).code).toBe('FORBIDDEN');
  });
});

describe('refusals that write nothing', () => {
  it('refuses a bulk team day with one bad row whole, naming the row', async () => {
    at('2027-04-01', '20:00');
    const entries = ['E1001', 'E1002', 'E1003', 'E1004'].map((employeeId) => ({ employeeId, checkIn: '08:20', checkOut: '17:00' }));
    entries[2] = { employeeId: 'E1003', status: 'ON_LEAVE' } as any;
    const bad = await refused('clerk.att', RECORD_TEAM_DAY, { input: { teamId: 'SZ01-T1', date: '2027-04-01', entries } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.problems).toEqual([{ field: 'entries[2].status', problem: 'no approved leave covers the day: unapproved leave is absence (R-2.5)' }]);
    const days = await ok('tl.wang', '{ teamAttendance(teamId: "SZ01-T1", month: "2027-04") { summary { daysRecorded } } }');
    expect(days.teamAttendance.every((m: any) => m.summary.daysRecorded === 0)).toBe(true);

    const others = await refused('clerk.att', RECORD_TEAM_DAY, {
      input: {
        teamId: 'SZ01-T1',
        date: '2027-04-01',
        entries: [
          { employeeId: 'E1210', checkIn: '08:20', checkOut: '17:00' },
          { employeeId: 'E1001', checkIn: '08:20', checkOut: '17:00' },
          { employeeId: 'E1001', status: 'ABSENT' },
        ],
      },
    });
    expect(others.problems!.map((p) => p.field)).toEqual(['entries[0].employeeId', 'entries[2].employeeId']);
    expect(
      (
        await refused('clerk.att', RECORD_TEAM_DAY, {
          input: { teamId: 'SZ01-T1', date: '2027-04-02', entries: [{ employeeId: 'E1001', checkIn: '08:20', checkOut: '17:00' }] },
        })
      ).problems,
    ).toEqual([{ field: 'date', problem: '2027-04-02 has not happened yet; a day is recorded on or after it' }]);
    expect(
      (
        await refused('mgr.sz', RECORD_TEAM_DAY, {
          input: { teamId: 'SZ01-T1', date: '2027-04-01', entries: [{ employeeId: 'E1001', checkIn: '08:20', checkOut: '17:00' }] },
        })
      ).code,
    ).toBe('FORBIDDEN');

    const good = await ok('clerk.att', RECORD_TEAM_DAY, {
      input: {
        teamId: 'SZ01-T1',
        date: '2027-04-01',
        entries: entries.map((e, i) => (i === 2 ? { employeeId: 'E1003', checkIn: '08:20', checkOut: '17:00' } : e)),
      },
    });
    expect(good.recordTeamDay.recorded).toBe(4);
  });

  it('records several team-days in one request, and refuses them all for one bad row anywhere', async () => {
    at('2027-04-02', '20:00');
    const RECORD_DAYS = 'mutation($days: [RecordTeamDayInput!]!) { recordTeamDays(days: $days) { teamId date recorded days { employeeId status } } }';
    const onTime = (employeeId: string) => ({ employeeId, checkIn: '08:20', checkOut: '17:00' });
    const notYetOnFirst = team.filter((id) => !['E1001', 'E1002', 'E1003', 'E1004'].includes(id)).slice(0, 3);
    const days = [
      { teamId: 'SZ01-T1', date: '2027-04-02', entries: ['E1001', 'E1002'].map(onTime) },
      { teamId: 'SZ01-T1', date: '2027-04-01', entries: notYetOnFirst.map(onTime) },
      { teamId: 'SZ01-T2', date: '2027-04-02', entries: [onTime('E1003')] },
    ];
    const bad = await refused('clerk.att', RECORD_DAYS, { days });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.problems).toEqual([{ field: 'days[2].entries[0].employeeId', problem: expect.stringContaining('(E1003) was not in team SZ01-T2') }]);
    const april = async (employeeId: string) =>
      (await ok('clerk.att', `{ attendanceDays(employeeId: "${employeeId}", month: "2027-04") { date } }`)).attendanceDays.map((d: any) => d.date);
    expect(await april('E1001')).toEqual(['2027-04-01']);
    expect(await april(notYetOnFirst[0])).toEqual([]);

    const good = (await ok('clerk.att', RECORD_DAYS, { days: days.slice(0, 2) })).recordTeamDays;
    expect(good.map((d: any) => [d.teamId, d.date, d.recorded])).toEqual([
      ['SZ01-T1', '2027-04-02', 2],
      ['SZ01-T1', '2027-04-01', 3],
    ]);
    expect(good[1].days.map((d: any) => d.employeeId)).toEqual(notYetOnFirst);
    expect(await april('E1001')).toEqual(['2027-04-01', '2027-04-02']);
    expect(await april(notYetOnFirst[0])).toEqual(['2027-04-01']);

    const again = await refused('clerk.att', RECORD_DAYS, { days: [days[0], days[0]] });
    expect(again.problems).toEqual([{ field: 'days[1]', problem: 'team SZ01-T1 on 2027-04-02 is given twice' }]);
    const twice = await refused('clerk.att', RECORD_DAYS, { days: days.slice(0, 1) });
    expect(twice.problems!.map((p) => p.field)).toEqual(['days[0].entries[0].employeeId', 'days[0].entries[1].employeeId']);
    expect((await refused('mgr.sz', RECORD_DAYS, { days: days.slice(0, 1) })).code).toBe('FORBIDDEN');
  });

  it('refuses a visit slip without contact details, and one filed after going out', async () => {
    at('2027-04-02', '08:00');
    const before = (await ok('cm.zhang', '{ visitSlips(employeeId: "E1001", month: "2027-04") { totalCount } }')).visitSlips.totalCount;
    const bad = await refused('cm.zhang', FILE_SLIP, { input: slipInput('2027-04-02', '') });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.problems).toEqual([{ field: 'contact', problem: "give the visited person's contact details" }]);
    at('2027-04-02', '11:00');
    expect((await refused('cm.zhang', FILE_SLIP, { input: slipInput('2027-04-02') })).problems).toEqual([
      { field: 'timeOut', problem: 'a slip is filed before going out, not afterwards' },
    ]);
    expect((await ok('cm.zhang', '{ visitSlips(employeeId: "E1001", month: "2027-04") { totalCount } }')).visitSlips.totalCount).toBe(before);
  });
});

describe('scope', () => {
  it('keeps a manager to their own days and slips', async () => {
    expect((await ok('cm.zhang', `{ attendanceDays(employeeId: "E1001", month: "${MARCH}") { date } }`)).attendanceDays).toHaveLength(23);
    expect((await refused('cm.zhang', `{ attendanceDays(employeeId: "E1004", month: "${MARCH}") { date } }`)).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', `{ visitSlips(employeeId: "E1004", month: "${MARCH}") { totalCount } }`)).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', `{ visitSlips(teamId: "SZ01-T1", month: "${MARCH}") { totalCount } }`)).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', `{ teamAttendance(teamId: "SZ01-T1", month: "${MARCH}") { employeeId } }`)).code).toBe('FORBIDDEN');
    expect((await refused('cm.zhang', `{ workLogs(employeeId: "E1004", month: "${MARCH}") { id } }`)).code).toBe('FORBIDDEN');
    expect((await ok('cm.zhang', `{ visitSlips(employeeId: "E1001", month: "${MARCH}") { totalCount } }`)).visitSlips.totalCount).toBe(2);
  });

  it("keeps a lead to their own team's days and slips, a branch to its own", async () => {
    expect((await ok('tl.wang', `{ attendanceDays(employeeId: "E1004", month: "${MARCH}") { date } }`)).attendanceDays).toHaveLength(23);
    expect((await refused('tl.wang', `{ attendanceDays(employeeId: "E1210", month: "${MARCH}") { date } }`)).code).toBe('FORBIDDEN');
    expect((await refused('tl.wang', `{ visitSlips(teamId: "SZ01-T2", month: "${MARCH}") { totalCount } }`)).code).toBe('FORBIDDEN');
    expect((await refused('tl.wang', `{ teamAttendance(teamId: "SZ01-T2", month: "${MARCH}") { employeeId } }`)).code).toBe('FORBIDDEN');
    expect((await refused('tl.wang', `{ attendanceMonth(branchId: "SZ01", month: "${MARCH}") { state } }`)).code).toBe('FORBIDDEN');
    expect((await refused('mgr.gz', `{ visitSlips(teamId: "SZ01-T1", month: "${MARCH}") { totalCount } }`)).code).toBe('FORBIDDEN');
    expect((await ok('bo.han', `{ visitSlips(teamId: "SZ01-T1", month: "${MARCH}") { totalCount } }`)).visitSlips.totalCount).toBe(4);
  });

  it('lets a lead spot-check work logs by the same draw, and only their own team', async () => {
    at('2027-04-02', '19:00');
    await ok('cm.zhang', 'mutation { writeWorkLog(input: { date: "2027-04-01", done: "拜访两位客户", customersContacted: 2, nextSteps: "跟进开户" }) { id } }');
    await ok('cm.liu', 'mutation { writeWorkLog(input: { date: "2027-04-01", done: "网点驻点", customersContacted: 5, nextSteps: "整理名单" }) { id } }');
    expect(
      (await refused('cm.zhang', 'mutation { writeWorkLog(input: { date: "2027-04-01", done: "再写一次", customersContacted: 0, nextSteps: "" }) { id } }'))
        .code,
    ).toBe('CONFLICT');
    const draw = await ok(
      'tl.wang',
      'mutation { drawSpotChecks(input: { teamId: "SZ01-T1", kind: WORK_LOG, periodStart: "2027-04-01", periodEnd: "2027-04-01", ratePercent: 100 }) { selected reproduces } }',
    );
    expect(draw.drawSpotChecks.selected).toHaveLength(2);
    expect(
      (
        await refused(
          'tl.wang',
          'mutation { drawSpotChecks(input: { teamId: "SZ01-T2", kind: WORK_LOG, periodStart: "2027-04-01", periodEnd: "2027-04-01", ratePercent: 100 }) { id } }',
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
