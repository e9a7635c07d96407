/**
 * The month-end walk of SZ01 (described in month-end.e2e.test.ts), as a prepare step and a list of
 * steps, so that the same walk runs on single processes (month-end.e2e.test.ts) and on two replicas
 * of every process behind round-robin proxies (replicas.e2e.test.ts).
 */
import { DEMO_EMPLOYEES } from '@bg/service';
import { ask, hire, projectionEffects, sql, waitFor } from './support';

const RAISED = 'E1004'; // L1 to the 15th of August, L2 from the 16th
const LEFT = 'E1219'; // L4, leaves on 14 August (the last day employed)
const BRANCH = 'SZ01';
const JULY = '2026-07';
const AUGUST = '2026-08';
const SEPTEMBER = '2026-09'; // demo attendance and CRM figures
const QUARTER = '2026-Q3';
const SZ = DEMO_EMPLOYEES.filter((e) => e.branchId === BRANCH);

async function ok(user: string, query: string, variables?: object): Promise<any> {
  const r = await ask(user, query, variables);
  const e = r.body.errors?.[0];
  if (e) throw new Error(`${user} was refused: ${e.message} ${JSON.stringify((e.extensions?.problems ?? []).slice(0, 5))}`);
  return r.body.data;
}

const weekdays = (month: string): string[] => {
  const [y, m] = month.split('-').map(Number);
  const days: string[] = [];
  for (let d = new Date(Date.UTC(y, m - 1, 1)); d.getUTCMonth() === m - 1; d = new Date(d.getTime() + 86_400_000)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
};

// August 2026 (21 working days; outlets SZ01-O1/O2 open 08:30-16:30): E1001 late once; E1002 absent
// one day (left out) and leaves early twice; E1004 late four times and absent three days.
type Entry = { employeeId: string; checkIn?: string; checkOut?: string };
function augustEntry(employeeId: string, date: string): Entry | null {
  const day = Number(date.slice(8));
  if (employeeId === 'E1001' && day === 5) return { employeeId, checkIn: '08:47', checkOut: '17:00' };
  if (employeeId === 'E1002' && day === 12) return null;
  if (employeeId === 'E1002' && (day === 13 || day === 14)) return { employeeId, checkIn: '08:20', checkOut: '16:00' };
  if (employeeId === 'E1004' && day >= 17 && day <= 20) return { employeeId, checkIn: '08:47', checkOut: '17:00' };
  if (employeeId === 'E1004' && day >= 24 && day <= 26) return null;
  if (employeeId === LEFT && day > 14) return null; // gone: not expected, and refused if entered
  return { employeeId, checkIn: '08:20', checkOut: '17:00' };
}
const onTime = (employeeId: string): Entry => ({ employeeId, checkIn: '08:20', checkOut: '17:00' });

function teamDays(month: string, entry: (employeeId: string, date: string) => Entry | null) {
  return ['SZ01-T1', 'SZ01-T2'].flatMap((teamId) =>
    weekdays(month).map((date) => ({
      teamId,
      date,
      entries: SZ.filter((e) => e.teamId === teamId)
        .map((e) => entry(e.id, date))
        .filter((x): x is Entry => x !== null),
    })),
  );
}

const RECORD_DAYS = 'mutation($days: [RecordTeamDayInput!]!) { recordTeamDays(days: $days) { teamId date recorded } }';
const CLOSE = 'mutation($b: ID!, $m: YearMonth!) { closeAttendanceMonth(branchId: $b, month: $m) { state employees } }';

// CRM figures (yuan). August as hand-checked in infra/embedded/src/performance.test.ts; July: E1002
// 5 customers. E1002 (L4) then has 9 + 5 + at most 16 (September, demo) < 36 customers in the
// quarter, the L4 hold figure: proposed DOWN to L3 whatever the demo figures.
const HEADER = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';
const LINES: Record<string, Record<string, string>> = {
  [JULY]: { E1002: 'E1002,5,2,0,25000000,30000' },
  [AUGUST]: { E1001: 'E1001,6,4,250000.00,1200000,15000', E1002: 'E1002,9,8,1234567.89,5000000.50,35000.00', E1003: 'E1003,25,20,0,90000000,400000' },
};
// Hand-checked nets (fen) under the demo standard (services/performance/README.md):
// E1001 L2: 4000 + 10% of 15,000 + 4 x 50 + 25 x 20 - 50 late = 6,150.00 yuan
// E1002 L4: 6000 + 2000 + 15% of 15,000 + 8 x 50 + 123 x 20 - 200 absence - 2 x 50 early = 12,810.00
// E1003 L5: 8000 + (77,500 of variable pay capped at 50,000) = 58,000.00
// E1004 L1 to the 15th, L2 from the 16th: base (3000 x 15 + 4000 x 16) / 31 = 3,516.13 - 3 x 200 absence - 4 x 50 late = 2,716.13
// E1219 L4, left on the 14th: base 6000 x 14 / 31 = 2,709.68 (the floor, 2500 x 14 / 31 = 1,129.03, is under it)
const EXPECTED_NET: Record<string, number> = { E1001: 615_000, E1002: 1_281_000, E1003: 5_800_000, E1004: 271_613, [LEFT]: 270_968 };

/** Every ACTIVE or PROBATION manager of the branch now, with the hire date. */
async function activeManagers(): Promise<Array<{ id: string; hiredOn: string }>> {
  const ids: Array<{ id: string; hiredOn: string }> = [];
  let after: string | null = null;
  for (;;) {
    const data = await ok(
      'mgr.sz',
      'query($after: String) { employees(branchId: "SZ01", page: { first: 200, after: $after }) { nodes { id status hiredOn post } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    ids.push(
      ...data.employees.nodes
        .filter((e: any) => e.post === 'CLIENT_MANAGER' && (e.status === 'ACTIVE' || e.status === 'PROBATION'))
        .map((e: any) => ({ id: e.id, hiredOn: e.hiredOn })),
    );
    if (!data.employees.pageInfo.hasNextPage) return ids;
    after = data.employees.pageInfo.endCursor;
  }
}

const tag = `SZ01-E2E-${Date.now().toString(36).toUpperCase()}`;
const registerAsset = async (suffix: string, employeeId: string) => {
  const asset = (
    await ok('keeper.sz', 'mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id } }', {
      i: { branchId: 'SZ01', teamId: 'SZ01-T1', name: `月结资产 ${suffix}`, kind: 'COMPUTER', tag: `${tag}-${suffix}`, valueFen: 450_000 },
    })
  ).registerAsset;
  await ok('keeper.sz', `mutation { issueAsset(assetId: "${asset.id}", employeeId: "${employeeId}") { id } }`);
  return asset.id as string;
};

const IMPORT = 'mutation($csv: String!, $b: ID!, $m: YearMonth!) { importMetrics(branchId: $b, month: $m, csv: $csv) { month revision lineCount } }';
const RUN_FIELDS = 'id status revision lineCount totalNetFen signatures { step signedBy signerName }';
const COMPUTE = `mutation($b: ID!, $m: YearMonth!) { computePayroll(branchId: $b, month: $m) { ${RUN_FIELDS} lines(page: { first: 200 }) { totalCount nodes {
  employeeId level lateArrivals earlyLeaves absentDays baseFen netFen levelSegments { level from to days } } } } }`;
const SIGN = `mutation($id: ID!) { signPayroll(payrollId: $id, comment: "") { ${RUN_FIELDS} } }`;

/**
 * Everything goes through the gateway at support's GATEWAY; `database` names each service's database
 * for the checks made there (default: the service's name).
 */
export interface WalkStep {
  name: string;
  run(): Promise<void>;
}

export interface MonthEndWalk {
  /** Hires the newcomer, decides E1004's raise and E1219's departure, and waits until attendance and performance know them. */
  prepare(): Promise<void>;
  steps: WalkStep[];
  /** The newcomer's id (after prepare). */
  newcomer(): string;
}

export function monthEndWalk(options: { database?: (service: string) => string } = {}): MonthEndWalk {
  const db = options.database ?? ((service: string) => service);
  let newcomer: string; // hired 2026-11-02: not part of August's payroll nor of Q3's assessment
  let managers: Array<{ id: string; hiredOn: string }> = [];
  const hiredBy = (day: string) => managers.filter((m) => m.hiredOn <= day).length;
  const prepare = async () => {
    newcomer = await hire('月结新人');
    const known = ['E1001', 'E1002', 'E1003', 'E1004', newcomer];
    await waitFor(
      'demo employees and the newcomer known to attendance and performance',
      async () =>
        (await projectionEffects(db('attendance'), known)).rows === known.length && (await projectionEffects(db('performance'), known)).rows === known.length,
    );
    // Decided now, about August: both reach attendance and performance over Kafka, each from its own day.
    await ok('mgr.sz', `mutation { changeEmployeeLevel(employeeId: "${RAISED}", level: "L2", effectiveOn: "2026-08-16", reason: "季度考核晋级") { level } }`);
    await ok('mgr.sz', `mutation { departEmployee(employeeId: "${LEFT}", departedOn: "2026-08-14", reason: "个人原因") { status } }`);
    const applied = async (service: string) =>
      Number(
        (
          await sql<{ n: string }>(
            db(service),
            `select count(*) as n from employee_period where (employee_id = $1 and effective_from = '2026-08-16' and level = 'L2') or (employee_id = $2 and effective_from = '2026-08-15' and status = 'DEPARTED')`,
            [RAISED, LEFT],
          )
        )[0].n,
      );
    await waitFor(
      'the level change and the departure in attendance and performance',
      async () => (await applied('attendance')) === 2 && (await applied('performance')) === 2,
    );
  };
  const steps: WalkStep[] = [
    {
      name: 'records July and August in bulk and closes July to September (attendance)',
      run: async () => {
        const july = await ok('clerk.att', RECORD_DAYS, { days: teamDays(JULY, onTime) });
        expect(july.recordTeamDays).toHaveLength(2 * 23);
        const august = await ok('clerk.att', RECORD_DAYS, { days: teamDays(AUGUST, augustEntry) });
        expect(august.recordTeamDays).toHaveLength(2 * 21);

        const month = async (id: string) =>
          (
            await ok(
              'mgr.sz',
              `{ employee(id: "${id}") { attendance(month: "${AUGUST}") { daysRecorded daysWorked lateArrivals earlyLeaves absentDays closed } } }`,
            )
          ).employee.attendance;
        expect(await month('E1001')).toEqual({ daysRecorded: 21, daysWorked: 21, lateArrivals: 1, earlyLeaves: 0, absentDays: 0, closed: false });
        expect(await month('E1004')).toMatchObject({ daysRecorded: 18, lateArrivals: 4, absentDays: 0 }); // days left out count as absent at the close

        for (const m of [JULY, AUGUST, SEPTEMBER]) {
          expect((await ok('clerk.att', CLOSE, { b: BRANCH, m })).closeAttendanceMonth.state).toBe('CLOSED');
        }
        expect(await month('E1004')).toMatchObject({ lateArrivals: 4, closed: true });
        // The closed figures (what goes out in AttendanceMonthClosed) count the days left out as absences.
        const closed = async (id: string) =>
          (
            await ok(
              'mgr.sz',
              `{ attendanceMonth(branchId: "SZ01", month: "${AUGUST}") { state figures(employeeId: "${id}") {
          nodes { daysWorked lateArrivals earlyLeaves absentDays leaveDays closing } } } }`,
            )
          ).attendanceMonth;
        expect(await closed('E1002')).toEqual({
          state: 'CLOSED',
          figures: { nodes: [{ daysWorked: 20, lateArrivals: 0, earlyLeaves: 2, absentDays: 1, leaveDays: 0, closing: 1 }] },
        });
        expect((await closed('E1004')).figures.nodes).toEqual([{ daysWorked: 18, lateArrivals: 4, earlyLeaves: 0, absentDays: 3, leaveDays: 0, closing: 1 }]);
      },
    },
    {
      name: 'imports the CRM figures; performance learns the closed months over Kafka; the payroll has the hand-checked nets',
      run: async () => {
        managers = await activeManagers();
        expect(managers.map((m) => m.id)).toEqual(expect.arrayContaining([...SZ.filter((e) => e.id !== LEFT).map((e) => e.id), newcomer]));
        // The managers of a month: those employed on some day of it (E1219 in both; nobody hired after it).
        const employedIn = (month: string) => [LEFT, ...managers.filter((m) => m.hiredOn <= `${month}-31`).map((m) => m.id)];
        for (const m of [JULY, AUGUST]) {
          const csv = [HEADER, ...employedIn(m).map((id) => LINES[m][id] ?? `${id},0,0,0,0,0`)].join('\r\n');
          expect((await ok('fin.sz', IMPORT, { csv, b: BRANCH, m })).importMetrics).toMatchObject({ month: m, revision: 1, lineCount: employedIn(m).length });
          // R-4.1 (issue 16 item 11): branch finance reviews (复核) the month's figures before payroll is computed from them
          expect(
            (
              await ok(
                'fin.sz',
                'mutation($b: ID!, $m: YearMonth!) { reviewMetricsImport(branchId: $b, month: $m, comment: "已复核") { reviewedRevision reviewState } }',
                { b: BRANCH, m },
              )
            ).reviewMetricsImport,
          ).toEqual({ reviewedRevision: 1, reviewState: 'REVIEWED' });
        }

        // Refused (nothing written) until every manager's AttendanceMonthClosed of August has come over Kafka.
        let waiting: string[] = [];
        const r = await waitFor(
          'performance to receive AttendanceMonthClosed of August for every manager',
          async () => {
            const res = await ask('fin.sz', COMPUTE, { b: BRANCH, m: AUGUST });
            const problems: Array<{ problem: string }> = res.body.errors?.[0]?.extensions?.problems ?? [];
            waiting = problems.map((p) => p.problem);
            if (res.body.errors && !problems.every((p) => /attendance of 2026-08 is not closed/.test(p.problem)))
              throw new Error(JSON.stringify(res.body.errors));
            return !res.body.errors && res.body.data.computePayroll;
          },
          60_000,
          500,
        ).catch((e) => {
          throw new Error(`${e.message}; still missing: ${waiting.slice(0, 5).join('; ')}`);
        });

        // The managers employed in August; the newcomer (no August attendance closed for him) is not among them.
        expect(r).toMatchObject({ status: 'AWAITING_FINANCE', revision: 1, lineCount: hiredBy('2026-08-31') + 1 });
        const line = (id: string) => r.lines.nodes.find((l: any) => l.employeeId === id);
        expect(line(newcomer)).toBeUndefined();
        expect(line('E1001')).toMatchObject({ level: 'L2', lateArrivals: 1, absentDays: 0, netFen: EXPECTED_NET.E1001 });
        expect(line('E1002')).toMatchObject({ level: 'L4', earlyLeaves: 2, absentDays: 1, netFen: EXPECTED_NET.E1002 });
        expect(line('E1003')).toMatchObject({ level: 'L5', netFen: EXPECTED_NET.E1003 });
        expect(line('E1004')).toMatchObject({
          level: 'L2',
          lateArrivals: 4,
          absentDays: 3,
          baseFen: 351_613,
          netFen: EXPECTED_NET.E1004,
          levelSegments: [
            { level: 'L1', from: '2026-08-01', to: '2026-08-15', days: 15 },
            { level: 'L2', from: '2026-08-16', to: '2026-08-31', days: 16 },
          ],
        });
        // Recorded for the 10 working days to the 14th, expected on those only: no absences.
        expect(line(LEFT)).toMatchObject({
          level: 'L4',
          absentDays: 0,
          baseFen: 270_968,
          netFen: EXPECTED_NET[LEFT],
          levelSegments: [{ level: 'L4', from: '2026-08-01', to: '2026-08-14', days: 14 }],
        });

        // Signed in order, filed; personnel archives the pay report from PayrollFiled over Kafka.
        expect((await ok('fin.sz', SIGN, { id: r.id })).signPayroll.status).toBe('AWAITING_DEPUTY');
        expect((await ok('dep.sz', SIGN, { id: r.id })).signPayroll.status).toBe('AWAITING_MANAGER');
        const signed = (await ok('mgr.sz', SIGN, { id: r.id })).signPayroll;
        // Branch staff are employees: the signatures have names.
        expect(signed).toMatchObject({
          status: 'SIGNED_OFF',
          signatures: [
            { signedBy: 'fin.sz', signerName: '周芳' },
            { signedBy: 'dep.sz', signerName: '吴刚' },
            { signedBy: 'mgr.sz', signerName: '孙丽' },
          ],
        });
        expect((await ok('fin.sz', `mutation { fileWithBrokerageOffice(payrollId: "${r.id}") { status } }`)).fileWithBrokerageOffice.status).toBe('FILED');
        const filing = await waitFor(
          'personnel to archive the pay report (PayrollFiled)',
          async () => {
            const f = await ok('bo.han', '{ filings(branchId: "SZ01", type: PAY_REPORT, page: { first: 200 }) { nodes { title period fileRef filedBy } } }');
            return f.filings.nodes.find((n: any) => n.fileRef === `performance:payroll/${r.id}`);
          },
          60_000,
          500,
        );
        expect(filing).toEqual({
          title: `客户经理薪酬月报表 ${AUGUST}`,
          period: AUGUST,
          fileRef: `performance:payroll/${r.id}`,
          filedBy: 'system:performance',
        });
        expect((await ok('cm.zhang', `{ payslip(employeeId: "E1001", month: "${AUGUST}") { netFen } }`)).payslip.netFen).toBe(EXPECTED_NET.E1001);
      },
    },
    {
      name: 'records LEFT_POST for a manager a patrol finds missing from their outlet (issue 16 item 5, R-2.1, R-2.4)',
      run: async () => {
        const PATROL = `mutation { recordPatrol(input: { teamId: "SZ01-T1", outletId: "SZ01-O1", date: "2026-08-20", time: "15:00", presentIds: ["E1001"], staffRemarks: "李娜不在网点" }) { id missingIds leftPostIds } }`;
        expect((await ask('cm.zhang', PATROL)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const patrol = (await ok('tl.wang', PATROL)).recordPatrol;
        expect(patrol.missingIds).toContain('E1002');
        expect(patrol.leftPostIds).toContain('E1002'); // no leave or visit slip at that time
        const days = (await ok('mgr.sz', '{ leftPostDays(month: "2026-08", teamId: "SZ01-T1") { employeeId date patrolId recordedBy } }')).leftPostDays;
        expect(days).toContainEqual({ employeeId: 'E1002', date: '2026-08-20', patrolId: patrol.id, recordedBy: 'tl.wang' });
        expect((await ok('gl.li', '{ leftPostDays(month: "2026-08", employeeId: "E1002") { date } }')).leftPostDays).toEqual([{ date: '2026-08-20' }]);
        expect((await ask('cm.zhang', '{ leftPostDays(month: "2026-08", employeeId: "E1002") { date } }')).body.errors?.[0]?.extensions?.code).toBe(
          'FORBIDDEN',
        );
      },
    },
    {
      name: 'hands assets over signed by both: pending until the one handing over and the one receiving acknowledge (issue 16 item 9, R-3.2)',
      run: async () => {
        await registerAsset('PC', 'E1001');
        const HANDOVER = 'mutation { handOverAssets(fromEmployeeId: "E1001", toEmployeeId: "E1004", note: "月结调岗交接") { actId } }';
        expect((await ask('tl.wang', HANDOVER)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const { actId } = (await ok('keeper.sz', HANDOVER)).handOverAssets;
        const ACK = `mutation { acknowledgeHandover(actId: "${actId}") { status fromAcknowledgedAt toAcknowledgedAt } }`;
        expect((await ask('keeper.sz', ACK)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // the keeper records; the parties sign
        expect((await ok('cm.zhang', ACK)).acknowledgeHandover).toMatchObject({ status: 'PENDING', toAcknowledgedAt: null });
        expect((await ok('cm.liu', ACK)).acknowledgeHandover).toMatchObject({ status: 'ACKNOWLEDGED', fromAcknowledgedAt: expect.any(String) });
        expect((await ok('tl.wang', `{ assetHandover(actId: "${actId}") { status } }`)).assetHandover.status).toBe('ACKNOWLEDGED');
      },
    },
    {
      name: "shows a loss charge PENDING to the person and finance over Kafka; August's payroll does not deduct November's charge (issue 16 item 10, R-3.3)",
      run: async () => {
        const assetId = await registerAsset('PM', 'E1002');
        const CHARGE = `mutation { chargeAssetLoss(assetId: "${assetId}", employeeId: "E1002", kind: LOSS, amountFen: 25000, note: "活动后遗失") { id } }`;
        expect((await ask('tl.wang', CHARGE)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const line = (await ok('keeper.sz', CHARGE)).chargeAssetLoss;
        const FIELDS = 'chargeId employeeId amountFen status payrollId';
        const mine = await waitFor(
          'performance to learn the charge (AssetLossCharged)',
          async () => (await ok('gl.li', `{ assetCharges { ${FIELDS} } }`)).assetCharges.find((c: any) => c.chargeId === line.id),
          60_000,
          500,
        );
        // August is signed off above: a charge is deducted by a payroll of its month or later, so it is still pending
        expect(mine).toEqual({ chargeId: line.id, employeeId: 'E1002', amountFen: 25000, status: 'PENDING', payrollId: null });
        expect((await ok('fin.sz', `{ assetCharges(employeeId: "E1002") { ${FIELDS} } }`)).assetCharges).toContainEqual(mine);
        expect((await ask('cm.zhang', '{ assetCharges(employeeId: "E1002") { chargeId } }')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      },
    },
    {
      name: "runs the quarter's assessment; the branch manager confirms E1002 down a level and personnel changes it over Kafka",
      run: async () => {
        const run = await ok('dep.sz', 'mutation { runAssessmentCycle(branchId: "SZ01", cycle: QUARTERLY, period: "2026-Q3") { assessed proposedDown } }');
        expect(run.runAssessmentCycle.assessed).toBe(hiredBy('2026-09-30') + 1); // E1219 worked in July and August
        const list = await ok(
          'mgr.sz',
          `{ assessments(filter: { employeeId: "E1002", cycle: QUARTERLY, period: "${QUARTER}" }) { nodes { id level status proposal proposedLevel } } }`,
        );
        const [assessment] = list.assessments.nodes;
        expect(assessment).toMatchObject({ level: 'L4', status: 'PROPOSED', proposal: 'DOWN', proposedLevel: 'L3' });

        const confirmed = await ok('mgr.sz', 'mutation($id: ID!) { confirmLevelProposal(assessmentId: $id, comment: "同意") { status decidedBy } }', {
          id: assessment.id,
        });
        expect(confirmed.confirmLevelProposal).toEqual({ status: 'CONFIRMED', decidedBy: 'mgr.sz' });
        await waitFor(
          'personnel to change E1002 to L3 (LevelChangeApproved)',
          async () => (await ok('mgr.sz', '{ employee(id: "E1002") { level } }')).employee.level === 'L3',
          60_000,
          500,
        );
      },
    },
    {
      name: 'brings a new outlet and its hours to attendance over personnel.organisation',
      run: async () => {
        const outlet = (
          await ok('ch.cao', 'mutation { createOutlet(input: { branchId: "SZ01", name: "月结测试银行支行", opensAt: "10:00", closesAt: "18:00" }) { id } }')
        ).createOutlet.id;
        const hours = await waitFor(
          'attendance to learn the outlet (OutletRegistered)',
          async () =>
            (await ok('clerk.att', '{ attendanceOutletHours(branchId: "SZ01") { outletId opensAt closesAt } }')).attendanceOutletHours.find(
              (h: any) => h.outletId === outlet,
            ),
          60_000,
          500,
        );
        expect(hours).toEqual({ outletId: outlet, opensAt: '10:00', closesAt: '18:00' });
        expect((await ok('mgr.sz', '{ me { id name post } }')).me).toEqual({ id: 'E1906', name: '孙丽', post: 'BRANCH_MANAGER' });
      },
    },
  ];
  return { prepare, steps, newcomer: () => newcomer };
}
