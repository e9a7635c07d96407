/**
 * `npm run bench:attendance`: on PostgreSQL, the time to record a month of attendance for 10,000
 * managers (one branch, 50 teams of 200) with `recordTeamDays` — by default one request per
 * working day carrying every team's day (BENCH_TEAM_DAYS=50 team-days of 200 entries; 1 = one
 * request per team and day as `recordTeamDay`), each validated whole and classified from the
 * outlet hours — and the time of `closeAttendanceMonth`, which computes every manager's figures and
 * writes 10,000 AttendanceMonthClosed events into the outbox in one transaction.
 * Beside them, in the same run, their floors (no GraphQL, no validation, no ORM):
 * - the same rows as the service wrote them, by the same statements (per request: BEGIN, the days
 *   as one INSERT ... unnest, the branch's work day, COMMIT) over as many connections as requests
 *   in flight: what the service costs on top of PostgreSQL;
 * - the former floor: one raw INSERT (jsonb_to_recordset) per team-day over one connection.
 * Request bodies are built before the clock starts (the clerk's sheets exist before the upload).
 * `npm run bench:attendance` runs it with NODE_ENV=production, as the Docker image runs the services.
 * Requests go straight to the attendance subgraph with a dev-realm token (the gateway serves the
 * realm's keys; its routing cost is the personnel bench's baseline).
 * Needs infra/local PostgreSQL. Targets: recording under 10 s, the close under 5 s.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadServiceConfig } from '@bg/service';
import { createGateway, loadGatewayConfig } from '@bg/gateway';
import { createEnvelope } from '@bg/events';
import { createServer, useClock } from '@bg/attendance';
import { freshDatabase, insertRows } from '../common';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 50);
const PER_TEAM = 200;
const MONTH = '2026-10';
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const TEAM_DAYS = Number(process.env.BENCH_TEAM_DAYS ?? 50);
const BRANCH = 'B00';

const workingDays = Array.from({ length: 31 }, (_, i) => `${MONTH}-${String(i + 1).padStart(2, '0')}`).filter(
  (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
);
const teams = Array.from({ length: TEAMS }, (_, t) => `${BRANCH}-T${String(t).padStart(2, '0')}`);
const membersOf = (team: string) => Array.from({ length: PER_TEAM }, (_, i) => `${team}-E${String(i).padStart(3, '0')}`);

const insert = insertRows;

/** What personnel's events would have built: 10,000 known employees with their periods (outlets), the outlets' hours. */
async function loadPeople(db: Client): Promise<void> {
  const outlets = ['O1', 'O2', 'O3'].map((o, i) => [`${BRANCH}-${o}`, '2025-01-01', BRANCH, i === 2 ? '09:00' : '08:30', i === 2 ? '17:00' : '16:30']);
  await insert(db, 'known_outlet_hours', ['outlet_id', 'effective_from', 'branch_id', 'opens_at', 'closes_at'], outlets);
  await insert(
    db,
    'known_unit',
    ['id', 'kind', 'branch_id', 'team_id', 'name'],
    [
      [BRANCH, 'BRANCH', BRANCH, null, BRANCH],
      ...teams.map((team) => [team, 'TEAM', BRANCH, null, team]),
      ...outlets.map((o) => [o[0], 'OUTLET', BRANCH, null, o[0]]),
    ],
  );
  const people = teams.flatMap((team) => membersOf(team).map((id, i) => ({ id, team, outlet: `${BRANCH}-O${1 + (i % 3)}` })));
  await insert(
    db,
    'known_employee',
    ['id', 'name', 'branch_id', 'team_id', 'group_id', 'status', 'version', 'updated_at'],
    people.map((p) => [p.id, `经理${p.id}`, BRANCH, p.team, null, 'ACTIVE', 1, new Date()]),
  );
  await insert(
    db,
    'employee_period',
    ['employee_id', 'effective_from', 'effective_to', 'branch_id', 'team_id', 'group_id', 'outlet_id', 'level', 'employment_type', 'status', 'post'],
    people.map((p) => [p.id, '2025-01-01', null, BRANCH, p.team, null, p.outlet, 'L1', 'FULL_TIME', 'ACTIVE', 'CLIENT_MANAGER']),
  );
  await db.query('analyze');
}

/** A team's day: mostly on time, some late, some early, a few absent (deterministic). */
function entriesFor(team: string, date: string) {
  const day = Number(date.slice(8));
  return membersOf(team).map((employeeId, i) => {
    const k = (i * 31 + day * 7) % 100;
    if (k < 2) return { employeeId, status: 'ABSENT' };
    if (k < 7) return { employeeId, checkIn: '08:52', checkOut: '17:00' };
    if (k < 10) return { employeeId, checkIn: '08:20', checkOut: '15:45' };
    return { employeeId, checkIn: '08:20', checkOut: '17:00' };
  });
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = process.hrtime.bigint();
  const result = await run();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

(async () => {
  useClock(() => new Date('2026-11-15T02:00:00Z')); // after the benchmark month, whatever the date
  const url = await freshDatabase('bench_attendance');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-attendance-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
    PORT: '4500',
    GATEWAY_URL: 'http://127.0.0.1:4500',
  };
  const gateway = await createGateway(loadGatewayConfig({ ...env, ATTENDANCE_URL: 'http://127.0.0.1:4502/graphql' }));
  const attendance = await createServer(loadServiceConfig(4502, { ...env, PORT: '4502', DATABASE_URL: url }));
  const db = new Client({ connectionString: url });
  await db.connect();
  await loadPeople(db);

  const token = gateway.devRealm!.sign({
    sub: 'bench-clerk',
    preferred_username: 'bench.clerk',
    realm_access: { roles: ['attendance-clerk'] },
    branch_id: BRANCH,
    employee_id: `${BRANCH}-CLERK`,
  });
  const ask = async (query: string, variables: object) => {
    const res = await fetch(attendance.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const RECORD = 'mutation($days: [RecordTeamDayInput!]!) { recordTeamDays(days: $days) { recorded } }';
  const send = async (body: string) => {
    const res = await fetch(attendance.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const answer = (await res.json()) as { data?: any; errors?: unknown };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return (answer.data.recordTeamDays as Array<{ recorded: number }>).reduce((n, d) => n + d.recorded, 0);
  };
  const bodyOf = (days: Array<{ team: string; date: string }>) =>
    JSON.stringify({ query: RECORD, variables: { days: days.map(({ team, date }) => ({ teamId: team, date, entries: entriesFor(team, date) })) } });

  // Warm up (JIT, connection pool) on a day outside the month, then clear it.
  await send(bodyOf(teams.slice(0, 3).map((team) => ({ team, date: '2026-09-30' }))));
  await db.query("delete from attendance_day where date = '2026-09-30'");
  await db.query("delete from branch_work_day where date = '2026-09-30'");

  // Requests: per working day, its team-days in groups of TEAM_DAYS.
  const jobs = workingDays.flatMap((date) => teams.map((team) => ({ team, date })));
  const requests: Array<Array<{ team: string; date: string }>> = [];
  for (const date of workingDays) {
    const ofDay = jobs.filter((j) => j.date === date);
    for (let i = 0; i < ofDay.length; i += TEAM_DAYS) requests.push(ofDay.slice(i, i + TEAM_DAYS));
  }
  const bodies = requests.map(bodyOf);
  /** Runs `run(i)` for every request, CONCURRENCY at a time. */
  const inFlight = async (run: (i: number) => Promise<void>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) await run(next++);
      }),
    );
  };
  const record = await timed(async () => {
    let rows = 0;
    await inFlight(async (i) => {
      const recorded = await send(bodies[i]);
      rows += recorded;
    });
    return rows;
  });

  // A month recorded in seconds leaves the planner's statistics of attendance_day at a few rows;
  // recorded over a real month, autovacuum analyzes it many times before the close.
  await db.query('analyze attendance_day');
  const close = await timed(() => ask(`mutation { closeAttendanceMonth(branchId: "${BRANCH}", month: "${MONTH}") { employees dutyEvents } }`, {}));
  const outbox = Number((await db.query("select count(*) as n from outbox_message where type like 'AttendanceMonthClosed%'")).rows[0].n);

  // Floors in the same run, into empty copies of the tables.
  await db.query('create table baseline_day (like attendance_day including all)');
  await db.query('create table baseline_work_day (like branch_work_day including all)');
  await db.query('create table baseline_team_day (like attendance_day including all)');
  await db.query('create table baseline_outbox (like outbox_message including all)');
  const cols =
    'employee_id, branch_id, team_id, date, status, check_in, check_out, minutes_late, minutes_early, overtime_minutes, note, recorded_by, recorded_at';
  const types =
    'employee_id text, branch_id text, team_id text, date text, status text, check_in text, check_out text, minutes_late int, minutes_early int, overtime_minutes int, note text, recorded_by text, recorded_at timestamptz';
  // 1. The rows the service wrote, by the statements it runs, per request and as many at a time.
  const written = (await db.query(`select ${cols} from attendance_day where date like '${MONTH}-%'`)).rows as Array<Record<string, unknown>>;
  const byTeamDay = new Map<string, Array<Record<string, unknown>>>();
  for (const r of written) {
    const key = `${r.team_id}|${r.date}`;
    if (!byTeamDay.has(key)) byTeamDay.set(key, []);
    byTeamDay.get(key)!.push(r);
  }
  const names = cols.split(', ');
  const unnest = `insert into baseline_day (${cols}) select * from unnest(${types
    .split(', ')
    .map((t, k) => `$${k + 1}::${t.split(' ')[1]}[]`)
    .join(', ')}) as x(${cols})`;
  const pool = new Pool({ connectionString: url, max: CONCURRENCY });
  const sameStatements = await timed(() =>
    inFlight(async (i) => {
      const rows = requests[i].flatMap(({ team, date }) => byTeamDay.get(`${team}|${date}`) ?? []);
      const c = await pool.connect();
      try {
        await c.query('begin');
        await c.query(
          unnest,
          names.map((n) => rows.map((r) => r[n])),
        );
        await c.query('insert into baseline_work_day (branch_id, date) select * from unnest($1::text[], $2::text[]) on conflict do nothing', [
          [BRANCH],
          [requests[i][0].date],
        ]);
        await c.query('commit');
      } finally {
        c.release();
      }
    }),
  );
  await pool.end();
  // 2. The former floor: one INSERT per team-day over one connection.
  const rawDays = await timed(async () => {
    for (const { team, date } of jobs) {
      const rows = entriesFor(team, date).map((e: any) => ({
        employee_id: e.employeeId,
        branch_id: BRANCH,
        team_id: team,
        date,
        status: e.status ?? 'ON_TIME',
        check_in: e.checkIn ?? null,
        check_out: e.checkOut ?? null,
        minutes_late: 0,
        minutes_early: 0,
        overtime_minutes: 0,
        note: null,
        recorded_by: 'bench',
        recorded_at: new Date(),
      }));
      await db.query(`insert into baseline_team_day (${cols}) select ${cols} from jsonb_to_recordset($1::jsonb) as x(${types})`, [JSON.stringify(rows)]);
    }
  });
  const outboxRows = teams.flatMap(membersOf).map((id) => {
    const e = createEnvelope('attendance', 'AttendanceMonthClosed', id, {
      employeeId: id,
      branchId: BRANCH,
      month: MONTH,
      daysWorked: 20,
      late: 1,
      early: 1,
      absent: 0,
      leaveDays: 0,
      visits: 0,
    });
    return [e.id, 'attendance.month', id, e.type, JSON.stringify(e), new Date(), null, 0, null];
  });
  const rawOutbox = await timed(() =>
    insert(db, 'baseline_outbox', ['event_id', 'topic', 'key', 'type', 'payload', 'created_at', 'sent_at', 'attempts', 'last_error'], outboxRows),
  );

  const managers = TEAMS * PER_TEAM;
  console.log(
    `${managers} managers in ${TEAMS} teams of one branch, ${workingDays.length} working days of ${MONTH}, PostgreSQL; ${jobs.length} team-days of ${PER_TEAM} entries in ${requests.length} recordTeamDays requests of ${TEAM_DAYS} team-days, ${CONCURRENCY} concurrent, straight to the subgraph, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
  );
  console.log(
    `record the month (bulk, validated)   ${(record.ms / 1000).toFixed(2)} s   ${record.result} days, ${Math.round(record.result / (record.ms / 1000))} days/s   target under 10 s`,
  );
  console.log(
    `  floor: the same rows, the same ${requests.length} transactions (days + work day), raw, ${CONCURRENCY} connections ${(sameStatements.ms / 1000).toFixed(2)} s`,
  );
  console.log(`  former floor: ${jobs.length} INSERTs (jsonb_to_recordset), one per team-day, raw, one connection ${(rawDays.ms / 1000).toFixed(2)} s`);
  console.log(
    `close the month                      ${(close.ms / 1000).toFixed(2)} s   ${close.result.closeAttendanceMonth.employees} figures, ${outbox} AttendanceMonthClosed in the outbox (+${close.result.closeAttendanceMonth.dutyEvents} MeetingMissed)   target under 5 s`,
  );
  console.log(`  floor: raw INSERT of ${outboxRows.length} outbox rows ${(rawOutbox.ms / 1000).toFixed(2)} s`);
  await db.end();
  await attendance.stop();
  await gateway.stop();
  useClock(null);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
