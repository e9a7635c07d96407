/**
 * `npm run bench:payroll`: month-end payroll on PostgreSQL, each figure beside a baseline measured
 * in the same run (the same rows written by plain multi-row INSERTs, no checks):
 *  1. the CRM import of one 100,000-line file (parse, check every line, replace the month) — target under 10 s;
 *  2. payroll for 10,000 managers in 50 branches: computed and written (lines), then signed in
 *     order and filed, with their outbox events — target under 5 s;
 *  3. the head-office comparison over 50 branches x 12 months through the gateway (p95 under 100 ms),
 *     beside the p95 of a light authenticated query; twice: the subgraph in this process (load,
 *     gateway and subgraph on one thread), then the subgraph as a process of its own, as deployed.
 * The import and payroll are timed at the service functions the mutations call (no HTTP: a
 * 100,000-line file is ~4 MB of GraphQL variable). Needs infra/local PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '@bg/db';
import { InboxEntry, OutboxMessage } from '@bg/events';
import { principalFromClaims } from '@bg/auth';
import { loadServiceConfig } from '@bg/service';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '@bg/graphql';
import { createGateway, loadGatewayConfig } from '@bg/gateway';
import {
  CompensationStandard,
  DEMO_RULES,
  PERFORMANCE_ENTITIES,
  StandardStatus,
  computePayroll,
  createServer,
  fileWithBrokerageOffice,
  importMetrics,
  performance,
  reviewMetricsImport,
  signPayroll,
} from '@bg/performance';
import { freshDatabase, insertRows, latency } from '../common';

const IMPORT_LINES = Number(process.env.BENCH_IMPORT_LINES ?? 100_000);
const BRANCHES = 50;
const PER_BRANCH = 200;
const MONTH = '2026-08';
const YEAR = '2025';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5'];
/** Branches working at once (month end: every branch runs payroll in the same days); the pool has 10 connections. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 5);

async function parallel(n: number, count: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

const branchId = (b: number) => `B${String(b).padStart(2, '0')}`;
const managerId = (b: number, i: number) => `${branchId(b)}-E${String(i).padStart(4, '0')}`;
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

const insert = insertRows;

const rnd = (n: number) => Math.floor(Math.random() * n);
const yuan = (max: number) => `${rnd(max)}.${String(rnd(100)).padStart(2, '0')}`;

const measure = (label: string, run: (i: number) => Promise<void>) => latency(label, REQUESTS, CONCURRENCY, run);

(async () => {
  const url = await freshDatabase('bench_performance');
  const orm = await openDatabase({ databaseUrl: url, entities: [...PERFORMANCE_ENTITIES, OutboxMessage, InboxEntry], migrations: performance.migrations });
  const db = new Client({ connectionString: url });
  await db.connect();

  // The people: one huge branch for the import, 50 branches x 200 for payroll; levels, closed attendance, the standard.
  const now = new Date();
  await insert(
    db,
    'known_employee',
    ['id', 'name', 'branch_id', 'team_id', 'group_id', 'status', 'version', 'updated_at'],
    Array.from({ length: IMPORT_LINES }, (_, i) => [`BIG-E${String(i).padStart(6, '0')}`, `经理${i}`, 'BIG', 'BIG-T1', null, 'ACTIVE', 1, now]),
  );
  await insert(
    db,
    'employee_period',
    ['employee_id', 'effective_from', 'effective_to', 'branch_id', 'team_id', 'group_id', 'outlet_id', 'level', 'employment_type', 'status', 'post'],
    Array.from({ length: IMPORT_LINES }, (_, i) => [
      `BIG-E${String(i).padStart(6, '0')}`,
      '2025-01-01',
      null,
      'BIG',
      'BIG-T1',
      null,
      null,
      'L1',
      'FULL_TIME',
      'ACTIVE',
      'CLIENT_MANAGER',
    ]),
  );
  const managers = Array.from({ length: BRANCHES }, (_, b) =>
    Array.from({ length: PER_BRANCH }, (_, i) => ({ b, i, id: managerId(b, i), team: `${branchId(b)}-T${1 + (i % 4)}` })),
  ).flat();
  await insert(
    db,
    'known_employee',
    ['id', 'name', 'branch_id', 'team_id', 'group_id', 'status', 'version', 'updated_at'],
    managers.map((m) => [m.id, `经理${m.i}`, branchId(m.b), m.team, null, 'ACTIVE', 1, now]),
  );
  await insert(
    db,
    'employee_period',
    ['employee_id', 'effective_from', 'effective_to', 'branch_id', 'team_id', 'group_id', 'outlet_id', 'level', 'employment_type', 'status', 'post'],
    managers.map((m) => [m.id, '2025-01-01', null, branchId(m.b), m.team, null, null, LEVELS[m.i % 5], 'FULL_TIME', 'ACTIVE', 'CLIENT_MANAGER']),
  );
  await insert(
    db,
    'attendance_month',
    ['id', 'employee_id', 'branch_id', 'month', 'days_worked', 'late', 'early', 'absent', 'leave_days', 'visits', 'event_id', 'closed_at'],
    managers.map((m) => [randomUUID(), m.id, branchId(m.b), MONTH, 21, rnd(3), rnd(2), rnd(2), 0, rnd(10), randomUUID(), now]),
  );
  const seedEm = orm.em.fork();
  seedEm.create(CompensationStandard, {
    version: 1,
    branchId: null,
    effectiveFrom: '2025-01',
    title: 'bench',
    rulesJson: JSON.stringify(DEMO_RULES),
    status: StandardStatus.APPROVED,
    createdBy: 'bench',
  } as CompensationStandard);
  await seedEm.flush();
  await db.query('analyze');

  // 1. The CRM import of one 100,000-line file.
  const header = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';
  const big = [
    header,
    ...Array.from(
      { length: IMPORT_LINES },
      (_, i) => `BIG-E${String(i).padStart(6, '0')},${rnd(20)},${rnd(12)},${yuan(3_000_000)},${yuan(50_000_000)},${yuan(80_000)}`,
    ),
  ].join('\n');
  const fin = (b: string) =>
    principalFromClaims({ sub: `fin.${b}`, preferred_username: `fin.${b}`, realm_access: { roles: ['branch-finance'] }, branch_id: b });
  let t0 = process.hrtime.bigint();
  await importMetrics(orm.em.fork(), fin('BIG'), 'BIG', MONTH, big);
  const importFirst = seconds(t0);
  t0 = process.hrtime.bigint();
  const again = await importMetrics(orm.em.fork(), fin('BIG'), 'BIG', MONTH, big);
  const importReplace = seconds(t0);
  if (again.revision !== 2 || again.lineCount !== IMPORT_LINES) throw new Error('re-import did not replace the month');
  await db.query('create table bm_baseline (like business_metrics including all)');
  const rows = big
    .split('\n')
    .slice(1)
    .map((l, i) => {
      const f = l.split(',');
      return [
        randomUUID(),
        f[0],
        'BIG',
        'BIG-T1',
        MONTH,
        Number(f[1]),
        Number(f[2]),
        Math.round(Number(f[3]) * 100),
        Math.round(Number(f[4]) * 100),
        Math.round(Number(f[5]) * 100) + i * 0,
      ];
    });
  t0 = process.hrtime.bigint();
  await insert(
    db,
    'bm_baseline',
    ['id', 'employee_id', 'branch_id', 'team_id', 'month', 'customers_developed', 'new_accounts', 'new_assets', 'customer_assets', 'net_revenue'],
    rows,
  );
  const importBaseline = seconds(t0);

  // 2. Payroll for 10,000 managers in 50 branches.
  t0 = process.hrtime.bigint();
  for (let b = 0; b < BRANCHES; b++) {
    const csv = [
      header,
      ...Array.from({ length: PER_BRANCH }, (_, i) => `${managerId(b, i)},${rnd(20)},${rnd(12)},${yuan(3_000_000)},${yuan(50_000_000)},${yuan(80_000)}`),
    ].join('\n');
    await importMetrics(orm.em.fork(), fin(branchId(b)), branchId(b), MONTH, csv);
    await reviewMetricsImport(orm.em.fork(), fin(branchId(b)), branchId(b), MONTH, ''); // finance reviews before payroll
  }
  const branchImports = seconds(t0);
  t0 = process.hrtime.bigint();
  const runs: string[] = [];
  await parallel(CONCURRENCY, BRANCHES, async (b) => {
    runs[b] = (await computePayroll(orm.em.fork(), fin(branchId(b)), branchId(b), MONTH)).id;
  });
  const compute = seconds(t0);
  const role = (r: string, b: number) =>
    principalFromClaims({ sub: `${r}.${b}`, preferred_username: `${r}.${b}`, realm_access: { roles: [r] }, branch_id: branchId(b) });
  t0 = process.hrtime.bigint();
  await parallel(CONCURRENCY, BRANCHES, async (b) => {
    for (const r of ['branch-finance', 'branch-deputy-manager', 'branch-manager']) await signPayroll(orm.em.fork(), role(r, b), runs[b], '');
    await fileWithBrokerageOffice(orm.em.fork(), role('branch-finance', b), runs[b]);
  });
  const signFile = seconds(t0);
  const lines = Number((await db.query(`select count(*) n from payroll_line where month = $1`, [MONTH])).rows[0].n);
  const events = Number((await db.query(`select count(*) n from outbox_message where type in ('PayrollSignedOff.v1', 'PayrollFiled.v1')`)).rows[0].n);
  if (lines !== BRANCHES * PER_BRANCH || events !== BRANCHES * 2)
    throw new Error(`expected ${BRANCHES * PER_BRANCH} lines and ${BRANCHES * 2} events, found ${lines} and ${events}`);
  await db.query('create table pl_baseline (like payroll_line including all)');
  const lineRows = (await db.query('select * from payroll_line')).rows.map((r) => ({ ...r, id: randomUUID() }));
  const cols = Object.keys(lineRows[0]);
  t0 = process.hrtime.bigint();
  await insert(
    db,
    'pl_baseline',
    cols,
    lineRows.map((r) => cols.map((c) => r[c])),
    1_000,
  );
  const payrollBaseline = seconds(t0);

  // 3. Head-office comparison: 12 months of figures and signed payrolls for the 50 branches.
  const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
  await insert(
    db,
    'business_metrics',
    ['id', 'employee_id', 'branch_id', 'team_id', 'month', 'customers_developed', 'new_accounts', 'new_assets', 'customer_assets', 'net_revenue'],
    months.flatMap((month) =>
      managers.map((m) => [randomUUID(), m.id, branchId(m.b), m.team, month, rnd(20), rnd(12), rnd(300_000_000), rnd(5_000_000_000), rnd(8_000_000)]),
    ),
  );
  const runRows: unknown[][] = [];
  const payLines: unknown[][] = [];
  for (const month of months) {
    for (let b = 0; b < BRANCHES; b++) {
      const id = randomUUID();
      const net = Array.from({ length: PER_BRANCH }, () => 300_000 + rnd(1_000_000));
      runRows.push([id, branchId(b), month, 1, null, 'FILED', randomUUID(), 1, PER_BRANCH, 0, 0, net.reduce((s, x) => s + x, 0), 'bench', now]);
      net.forEach((n, i) =>
        payLines.push([
          randomUUID(),
          id,
          managerId(b, i),
          `经理${i}`,
          branchId(b),
          `${branchId(b)}-T${1 + (i % 4)}`,
          month,
          'L1',
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          '[]',
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          n,
        ]),
      );
    }
  }
  await insert(
    db,
    'payroll_run',
    [
      'id',
      'branch_id',
      'month',
      'revision',
      'live_key',
      'status',
      'standard_id',
      'standard_version',
      'line_count',
      'total_gross_fen',
      'total_deductions_fen',
      'total_net_fen',
      'computed_by',
      'computed_at',
    ],
    runRows,
  );
  await insert(
    db,
    'payroll_line',
    [
      'id',
      'run_id',
      'employee_id',
      'employee_name',
      'branch_id',
      'team_id',
      'month',
      'level',
      'new_accounts',
      'new_assets_fen',
      'net_revenue_fen',
      'absent',
      'late',
      'early',
      'asset_loss_fen',
      'base_fen',
      'tiers_json',
      'commission_fen',
      'new_account_bonus_fen',
      'new_assets_bonus_fen',
      'cap_cut_fen',
      'gross_fen',
      'absence_deduction_fen',
      'late_deduction_fen',
      'early_deduction_fen',
      'asset_loss_deduction_fen',
      'deductions_fen',
      'floor_top_up_fen',
      'net_fen',
    ].filter((c) => c !== 'asset_loss_charge_ids'),
    payLines,
    1_000,
  );
  const importRows: unknown[][] = [];
  for (const month of months) {
    for (let b = 0; b < BRANCHES; b++) {
      const r = (
        await db.query(
          'select count(*) n, sum(customers_developed) cd, sum(new_accounts) na, sum(new_assets) nas, sum(customer_assets) ca, sum(net_revenue) nr from business_metrics where branch_id = $1 and month = $2',
          [branchId(b), month],
        )
      ).rows[0];
      importRows.push([randomUUID(), branchId(b), month, 1, Number(r.n), Number(r.cd), Number(r.na), r.nas, r.ca, r.nr, 'bench', now]);
    }
  }
  await insert(
    db,
    'metrics_import',
    [
      'id',
      'branch_id',
      'month',
      'revision',
      'line_count',
      'customers_developed',
      'new_accounts',
      'new_assets_fen',
      'customer_assets_fen',
      'net_revenue_fen',
      'imported_by',
      'imported_at',
    ],
    importRows,
  );
  await db.query('analyze');
  await orm.close();

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-performance-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
    PORT: '4410',
    GATEWAY_URL: 'http://127.0.0.1:4410',
  };
  // A supergraph of this subgraph alone (the committed one may not have this fields yet).
  const composed = composeServices([
    { name: 'performance', url: 'http://127.0.0.1:4413/graphql', typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(performance))) },
  ]);
  if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const supergraphSdl = composed.supergraphSdl!;
  const gateway = await createGateway(loadGatewayConfig({ ...env, PERFORMANCE_URL: 'http://127.0.0.1:4413/graphql' }), { supergraphSdl });
  const service = await createServer(loadServiceConfig(4413, { ...env, PORT: '4413', DATABASE_URL: url }));
  const head = gateway.devRealm!.sign({
    sub: 'bench',
    preferred_username: 'bench',
    realm_access: { roles: ['brokerage-office'] },
    branch_id: 'HQ',
    employee_id: 'HQ-BENCH',
  });
  const ask = async (query: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${head}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: any };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const year = await ask(`{ branchComparison(period: "${YEAR}") { rows { key } } }`);
  if (year.branchComparison.rows.length !== BRANCHES) throw new Error('the comparison does not list every branch');
  const rowFields = 'key rank newAccounts newAssetsFen netRevenueFen payrollCostFen costPerAccountFen netRevenueChangePct previous { netRevenueFen }';
  const comparison = async () => [
    await measure('baseline { compensationStandards }', () => ask('{ compensationStandards { version } }')),
    await measure(`branches, year ${YEAR} (12 months)`, () => ask(`{ branchComparison(period: "${YEAR}") { rows { ${rowFields} } } }`)),
    await measure('branches, a quarter', (i) => ask(`{ branchComparison(period: "${YEAR}-Q${1 + (i % 4)}") { rows { ${rowFields} } } }`)),
    await measure('branches, a month', (i) => ask(`{ branchComparison(period: "${months[i % 12]}") { rows { ${rowFields} } } }`)),
    await measure('drill-down: teams of a branch, year', (i) =>
      ask(`{ branchComparison(period: "${YEAR}", branchId: "${branchId(i % BRANCHES)}") { rows { ${rowFields} } } }`),
    ),
    await measure('drill-down: managers of a team, year', (i) =>
      ask(`{ branchComparison(period: "${YEAR}", branchId: "${branchId(i % BRANCHES)}", teamId: "${branchId(i % BRANCHES)}-T1") { rows { ${rowFields} } } }`),
    ),
  ];
  const inProcess = await comparison();
  await service.stop();
  // The same subgraph as a process of its own (services/performance/dist/main.js), as it is deployed.
  const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'services', 'performance', 'dist', 'main.js')], {
    env: { ...process.env, ...env, PORT: '4413', DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the performance process exited (${child.exitCode})`);
    if (
      await fetch('http://127.0.0.1:4413/readyz').then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (tries > 240) throw new Error('the performance process was not ready in 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const ownProcess = await comparison();
  await new Promise<void>((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
  await gateway.stop();
  await db.end();

  const f = (s: number) => `${s.toFixed(2)} s`.padStart(9);
  console.log(`PostgreSQL, performance service functions (import, payroll) and the gateway (comparison)`);
  console.log(
    `1. CRM import, ${IMPORT_LINES.toLocaleString('en')} lines in one file   first ${f(importFirst)}   re-import (replace) ${f(importReplace)}   baseline: plain INSERT of the same rows ${f(importBaseline)}   target < 10 s`,
  );
  console.log(
    `2. payroll, ${(BRANCHES * PER_BRANCH).toLocaleString('en')} managers in ${BRANCHES} branches, ${CONCURRENCY} branches at a time: computed + written ${f(compute)}   signed x3 + filed (${events} outbox events) ${f(signFile)}   total ${f(compute + signFile)}`,
  );
  console.log(
    `   baseline: plain INSERT of the same ${lines.toLocaleString('en')} lines ${f(payrollBaseline)}   target < 5 s   (the ${BRANCHES} branch imports of ${PER_BRANCH} lines before it: ${f(branchImports)})`,
  );
  console.log(
    `3. head-office comparison, ${BRANCHES} branches x 12 months (${(BRANCHES * PER_BRANCH * 12).toLocaleString('en')} metric and payroll lines), ${REQUESTS} requests each, through the gateway`,
  );
  console.log(`   ${''.padEnd(40)} the subgraph in this process    the subgraph as its own process (as deployed)`);
  inProcess.forEach((r, i) => {
    const o = ownProcess[i];
    console.log(
      `   ${r.label.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms   p50 ${o.p50.toFixed(1).padStart(6)} ms  p95 ${o.p95.toFixed(1).padStart(6)} ms`,
    );
  });
  console.log('   target: p95 under 100 ms');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
