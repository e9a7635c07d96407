/**
 * Facts in force through the gateway (DOMAIN.md "Facts in force"): every computation for a period
 * uses what was true on each day of it, not what is true today. Branch SZ01's July 2026 walked as
 * its staff would: a level changed on the 16th pays each part of the month at its own level; a
 * manager who left on the 15th is paid to the 15th and is on the pay report; someone hired in
 * August is neither in July's payroll nor expected at July's meetings. The organisation reaches
 * attendance by events (a new outlet's hours classify the next recorded day, a new team is known),
 * and branch staff are people: `me` answers for every demo user, signatures show names.
 */
import { createEnvelope } from '@bg/events';
import { DEMO_USERS } from '@bg/auth';
import { DEMO_EMPLOYEES } from '@bg/service';
import { readXlsx } from '@bg/performance';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

const JULY = '2026-07';
const LEFT = 'E1110'; // a generated SZ01 manager who leaves on 15 July
const RAISED = 'E1004'; // 刘洋, L1 until 15 July, L2 from the 16th
const HEADER = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';
const SZ = DEMO_EMPLOYEES.filter((e) => e.branchId === 'SZ01');

async function ok(user: string, query: string, variables?: object): Promise<any> {
  const r = await t.ask(user, query, variables);
  if (r.body.errors) throw new Error(`${user}: ${JSON.stringify(r.body.errors)}`);
  return r.body.data;
}
const refusal = async (user: string, query: string, variables?: object) => {
  const r = await t.ask(user, query, variables);
  return {
    code: r.body.errors?.[0]?.extensions?.code as string,
    problems: r.body.errors?.[0]?.extensions?.problems as Array<{ field: string; problem: string }>,
  };
};

let newcomer = '';

describe('changes made now about earlier days', () => {
  it('records them in personnel, effective on their own dates', async () => {
    await ok('mgr.sz', `mutation { changeEmployeeLevel(employeeId: "${RAISED}", level: "L2", effectiveOn: "2026-07-16", reason: "季度考核晋级") { level } }`);
    await ok('mgr.sz', `mutation { departEmployee(employeeId: "${LEFT}", departedOn: "2026-07-15", reason: "个人原因") { status } }`);
    newcomer = (
      await ok(
        'mgr.sz',
        `mutation { hireEmployee(input: { name: "新人甲", branchId: "SZ01", teamId: "SZ01-T1", groupId: "SZ01-T1-G1", outletId: "SZ01-O1", employmentType: FULL_TIME, hiredOn: "2026-08-03" }) { id } }`,
      )
    ).hireEmployee.id;
    await t.graph.settle();
  });
});

describe("July's meetings expect the people employed that day", () => {
  it('does not count someone hired in August absent from a July meeting, and refuses them as an attendee', async () => {
    const members = SZ.filter((e) => e.teamId === 'SZ01-T1').map((e) => e.id);
    const input = {
      kind: 'WEEKLY',
      teamId: 'SZ01-T1',
      date: '2026-07-06',
      topic: '周例会',
      minutes: '进度回顾',
      agenda: [],
      attendeeIds: members.filter((id) => id !== 'E1001'),
    };
    const RECORD = 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { absentIds attendeeIds } }';
    const wrong = await refusal('tl.wang', RECORD, { input: { ...input, attendeeIds: [...input.attendeeIds, newcomer] } });
    expect(wrong.code).toBe('BAD_USER_INPUT');
    expect(wrong.problems).toEqual([{ field: `attendeeIds[${input.attendeeIds.length}]`, problem: `${newcomer} is not expected at this meeting` }]);
    const held = (await ok('tl.wang', RECORD, { input })).recordMeeting;
    expect(held.absentIds).toEqual(['E1001']);
    // The manager who left on the 15th was expected on the 6th (and attended).
    expect(held.attendeeIds).toContain(LEFT);
  });
});

describe("July's payroll pays the facts in force on each day", () => {
  // Everyone employed in July: the newcomer is not; the one who left is.
  const july = SZ.map((e) => e.id);

  it('takes CRM figures and a closed attendance month from the managers employed in July only', async () => {
    const withNewcomer = [HEADER, ...july.map((id) => `${id},0,0,0,0,0`), `${newcomer},1,1,1,1,1`].join('\n');
    const refused = await refusal('fin.sz', 'mutation($csv: String!) { importMetrics(branchId: "SZ01", month: "2026-07", csv: $csv) { lineCount } }', {
      csv: withNewcomer,
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.problems).toEqual([{ field: `line ${july.length + 2}`, problem: expect.stringContaining(newcomer) }]);
    const csv = [HEADER, ...july.map((id) => `${id},0,0,0,0,0`)].join('\n');
    expect(
      (await ok('fin.sz', 'mutation($csv: String!) { importMetrics(branchId: "SZ01", month: "2026-07", csv: $csv) { lineCount } }', { csv })).importMetrics
        .lineCount,
    ).toBe(july.length);
    await ok('fin.sz', 'mutation { reviewMetricsImport(branchId: "SZ01", month: "2026-07", comment: "已复核") { reviewedRevision } }');
    await t.graph.transport.publish(
      july.map((id) => ({
        topic: 'attendance.month',
        key: id,
        value: JSON.stringify(
          createEnvelope('attendance', 'AttendanceMonthClosed', id, {
            employeeId: id,
            branchId: 'SZ01',
            month: JULY,
            daysWorked: 20,
            late: 0,
            early: 0,
            absent: 0,
            leaveDays: 0,
            visits: 0,
          }),
        ),
      })),
    );
    await t.graph.settle();
  });

  let runId = '';
  it('pays a level changed on the 16th per part of the month, and the one who left on the 15th to the 15th', async () => {
    const run = (
      await ok(
        'fin.sz',
        `mutation { computePayroll(branchId: "SZ01", month: "${JULY}") { id lineCount lines(page: { first: 200 }) { nodes {
      employeeId level baseFen floorTopUpFen netFen levelSegments { level from to days } } } } }`,
      )
    ).computePayroll;
    runId = run.id;
    expect(run.lineCount).toBe(july.length);
    const line = (id: string) => run.lines.nodes.find((l: any) => l.employeeId === id);
    expect(line(newcomer)).toBeUndefined();
    // 31 days: 15 at L1 (3,000/month) and 16 at L2 (4,000/month): (300,000 x 15 + 400,000 x 16) / 31 = 351,612.9 -> 351,613 fen.
    expect(line(RAISED)).toMatchObject({
      level: 'L2',
      baseFen: 351_613,
      levelSegments: [
        { level: 'L1', from: '2026-07-01', to: '2026-07-15', days: 15 },
        { level: 'L2', from: '2026-07-16', to: '2026-07-31', days: 16 },
      ],
    });
    // E1110 (L1, 3,000/month) is paid 15 of 31 days: 300,000 x 15 / 31 = 145,161.3 -> 145,161 fen; the floor (2,500/month)
    // covers the same days: 250,000 x 15 / 31 = 120,967.7 -> 120,968, under the base: no top-up.
    expect(DEMO_EMPLOYEES.find((e) => e.id === LEFT)!.level).toBe('L1');
    expect(line(LEFT)).toMatchObject({
      level: 'L1',
      baseFen: 145_161,
      floorTopUpFen: 0,
      netFen: 145_161,
      levelSegments: [{ level: 'L1', from: '2026-07-01', to: '2026-07-15', days: 15 }],
    });
    // Everyone else: the whole month at the demo level.
    expect(line('E1001')).toMatchObject({ level: 'L2', baseFen: 400_000, levelSegments: [{ level: 'L2', from: '2026-07-01', to: '2026-07-31', days: 31 }] });
  });

  it('is signed by people: the pay report lists the one who left, and the three signatures by name', async () => {
    for (const user of ['fin.sz', 'dep.sz', 'mgr.sz']) await ok(user, `mutation { signPayroll(payrollId: "${runId}", comment: "") { status } }`);
    const signatures = (await ok('bo.han', `{ payrollRun(id: "${runId}") { signatures { signedBy signerName } } }`)).payrollRun.signatures;
    expect(signatures).toEqual([
      { signedBy: 'fin.sz', signerName: '周芳' },
      { signedBy: 'dep.sz', signerName: '吴刚' },
      { signedBy: 'mgr.sz', signerName: '孙丽' },
    ]);
    const file = (await ok('fin.sz', `{ payReport(payrollId: "${runId}") { base64 } }`)).payReport;
    const rows = readXlsx(Buffer.from(file.base64, 'base64'));
    expect(rows.some((row) => row[1] === LEFT)).toBe(true);
    expect(rows.filter((row) => ['主办会计', '副经理/经理助理', '营业部经理'].includes(String(row[0]))).map((row) => row[1])).toEqual(['周芳', '吴刚', '孙丽']);
  });
});

describe('a correction after a backdated change uses the same rule', () => {
  it('pays the difference of a level raised from 21 July, decided after July was signed', async () => {
    await ok('mgr.sz', 'mutation { changeEmployeeLevel(employeeId: "E1001", level: "L3", effectiveOn: "2026-07-21", reason: "补记晋级") { level } }');
    await t.graph.settle();
    const adj = (
      await ok(
        'fin.sz',
        `mutation { computePayrollAdjustment(branchId: "SZ01", month: "${JULY}", reason: "补记晋级") {
      kind lineCount lines(page: { first: 10 }) { nodes { employeeId baseFen netFen levelSegments { level days } } } } }`,
      )
    ).computePayrollAdjustment;
    // 11 days (21-31 July) at L3 instead of L2: (500,000 - 400,000) x 11 / 31 = 35,483.9 -> 35,484 fen more.
    expect(adj).toMatchObject({ kind: 'ADJUSTMENT', lineCount: 1 });
    expect(adj.lines.nodes).toEqual([
      {
        employeeId: 'E1001',
        baseFen: 35_484,
        netFen: 35_484,
        levelSegments: [
          { level: 'L2', days: 20 },
          { level: 'L3', days: 11 },
        ],
      },
    ]);
  });
});

describe('the organisation reaches attendance by events', () => {
  it('classifies a day at a new outlet by its own hours (10:00-18:00), and knows a new team', async () => {
    const outlet = (
      await ok('ch.cao', 'mutation { createOutlet(input: { branchId: "SZ01", name: "交通银行福田支行", opensAt: "10:00", closesAt: "18:00" }) { id } }')
    ).createOutlet.id;
    const team = (await ok('ch.cao', 'mutation { createTeam(input: { branchId: "SZ01", name: "营销三队" }) { id } }')).createTeam.id;
    const today = (await ok('clerk.att', '{ attendanceOutletHours(branchId: "SZ01") { outletId date opensAt closesAt } }')).attendanceOutletHours;
    expect(today).toContainEqual({ outletId: outlet, date: expect.any(String), opensAt: '10:00', closesAt: '18:00' });
    const date = today[0].date;
    await ok(
      'mgr.sz',
      `mutation { transferEmployee(input: { employeeId: "E1001", teamId: "SZ01-T1", groupId: "SZ01-T1-G1", outletId: "${outlet}", effectiveOn: "${date}" }) { outletId } }`,
    );
    await t.graph.settle();
    // 09:30 is before a 09:00 outlet's opening plus nothing: at 10:00-18:00 it is on time.
    const day = (
      await ok(
        'clerk.att',
        `mutation { recordAttendance(input: { employeeId: "E1001", date: "${date}", checkIn: "09:30", checkOut: "18:00" }) { status minutesLate } }`,
      )
    ).recordAttendance;
    expect(day).toEqual({ status: 'ON_TIME', minutesLate: 0 });
    expect((await ok('clerk.att', `{ teamAttendance(teamId: "${team}", month: "${date.slice(0, 7)}") { employeeId } }`)).teamAttendance).toEqual([]);
  });
});

describe('branch staff are people of the organisation', () => {
  it('answers `me` for every demo user with their name', async () => {
    for (const user of DEMO_USERS) {
      expect({ user: user.username, me: (await ok(user.username, '{ me { id name } }')).me }).toEqual({
        user: user.username,
        me: { id: user.employee_id, name: user.name },
      });
    }
  });

  it("keeps them out of the client managers' attendance (and payroll: July's lines above are the managers only)", async () => {
    const r = await refusal(
      'clerk.att',
      'mutation { recordAttendance(input: { employeeId: "E1904", date: "2026-11-27", checkIn: "09:00", checkOut: "17:00" }) { status } }',
    );
    expect(r).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'employeeId', problem: '周芳 (E1904) is not a client manager: attendance is kept for the marketing teams' }],
    });
  });
});

describe('hiring branch staff', () => {
  it('hires a clerk into the branch without a team, and refuses a client manager without one', async () => {
    const HIRE = 'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id post teamId } }';
    const base = { name: '新文员', branchId: 'SZ01', employmentType: 'FULL_TIME', hiredOn: '2026-11-02' };
    const clerk = (await ok('mgr.sz', HIRE, { input: { ...base, post: 'ARCHIVE_CLERK' } })).hireEmployee;
    expect(clerk).toMatchObject({ post: 'ARCHIVE_CLERK', teamId: null });
    expect(await refusal('mgr.sz', HIRE, { input: base })).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'teamId', problem: 'a client manager is hired into a marketing team' }],
    });
    expect((await refusal('mgr.sz', HIRE, { input: { ...base, post: 'FINANCE', teamId: 'SZ01-T1' } })).problems).toEqual([
      { field: 'teamId', problem: 'branch staff belong to the branch, not to a team, group or outlet' },
    ]);
  });
});
