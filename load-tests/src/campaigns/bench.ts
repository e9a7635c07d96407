/**
 * `npm run bench:campaigns`: p95 latency of the head-office daily sales report of a product issue
 * campaign (R-7.3: per region, branch, agency and channel against the target, with the day's change)
 * over 50 branches, 4 regions, 100 agencies and 200,000 subscriptions on PostgreSQL, beside the p95
 * of a light campaign query of the same run (`campaign(id) { id phase }`: the cost of HTTP, token
 * checks and GraphQL execution), through the gateway and directly at the performance subgraph; also
 * a region member's and a branch manager's report, and the recording of a subscription (which keeps
 * the daily aggregate up to date in its transaction).
 *
 * The report reads the maintained aggregate `campaign_daily_sales` (one row per day, region, branch,
 * agency and channel: about 30 days x 150 rows here), never the 200,000 subscriptions. The loader
 * writes the subscriptions and derives the aggregate with the same grouping the per-subscription
 * upsert maintains.
 *
 * Needs PostgreSQL on 127.0.0.1:5432 (POSTGRES_URL, default postgres://bg:bg@127.0.0.1:5432; the
 * database campaigns_bench is dropped and created).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadServiceConfig } from '@bg/service';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '@bg/graphql';
import { createGateway, loadGatewayConfig } from '@bg/gateway';
import { createServer, performance } from '@bg/performance';
import { freshDatabase, insertRows, latency } from '../common';

const BRANCHES = 50;
const AGENCIES = 100;
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 200_000);
const CUSTOMERS = 20_000;
const DAYS = 30;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const REGIONS = ['NORTH', 'EAST', 'SOUTH', 'WEST'] as const;
const START = '2027-03-01';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const branchId = (b: number) => `B${String(b).padStart(2, '0')}`;
const day = (d: number) => new Date(Date.parse(`${START}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
const regionId = (r: number) => `REGION-${REGIONS[r]}`;
const regionOfBranch = (b: number) => b % 4;

async function load(url: string): Promise<{ campaignId: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const insert = (table: string, columns: string[], rows: unknown[][]) => insertRows(db, table, columns, rows);
  const now = new Date();
  const campaignId = 'BENCH-CAMPAIGN';
  await insert(
    'known_unit',
    ['id', 'kind', 'branch_id', 'team_id', 'name'],
    Array.from({ length: BRANCHES }, (_, b) => [branchId(b), 'BRANCH', branchId(b), null, `营业部${b}`]),
  );
  await insert(
    'campaign',
    ['id', 'code', 'name', 'target_fen', 'phase', 'announcement_on', 'issue_starts_on', 'issue_ends_on', 'created_by', 'created_at', 'version'],
    [[campaignId, 'JH-BENCH', '压测集合资产管理计划', 5_000_000_000 * 100, 'ISSUING', '2027-02-26', START, day(DAYS + 10), 'bench', now, 1]],
  );
  await insert(
    'campaign_region',
    ['id', 'campaign_id', 'region', 'name', 'areas', 'branch_ids', 'target_fen'],
    REGIONS.map((r, i) => [
      regionId(i),
      campaignId,
      r,
      `${r} 工作组`,
      '-',
      JSON.stringify(
        Array.from({ length: BRANCHES }, (_, b) => b)
          .filter((b) => regionOfBranch(b) === i)
          .map(branchId),
      ),
      1_250_000_000 * 100,
    ]),
  );
  await insert(
    'campaign_member',
    ['id', 'campaign_id', 'employee_id', 'name', 'unit', 'region_id', 'head', 'department'],
    [
      [randomUUID(), campaignId, 'HQ-1', '张跃', 'ROADSHOW_LEADERSHIP', null, true, null],
      [randomUUID(), campaignId, 'SOUTH-1', '林晓', 'REGION', regionId(2), false, null],
    ],
  );
  await insert(
    'campaign_agency',
    ['id', 'campaign_id', 'name', 'region_id', 'agreement_file_ref', 'agreement_signed_on', 'agreement_starts_on', 'agreement_ends_on', 'created_by'],
    Array.from({ length: AGENCIES }, (_, a) => [`AG${a}`, campaignId, `代销机构${a}`, regionId(a % 4), 'f', '2027-02-01', '2027-02-01', '2027-12-31', 'bench']),
  );
  await insert(
    'campaign_qualification_review',
    ['id', 'agency_id', 'outcome', 'rule', 'comment', 'reviewed_by', 'reviewed_on', 'reviewed_at'],
    Array.from({ length: AGENCIES }, (_, a) => [randomUUID(), `AG${a}`, 'PASSED', 'rule', '', 'bench', '2027-01-20', now]),
  );
  await insert(
    'known_customer',
    ['id', 'name', 'branch_id', 'manager_id', 'tier', 'updated_at'],
    Array.from({ length: CUSTOMERS }, (_, c) => [`C${c}`, `客户${c}`, branchId(c % BRANCHES), `M${c % 2000}`, null, now]),
  );
  const rnd = random(17);
  const rows = Array.from({ length: SUBSCRIPTIONS }, (_, i) => {
    const direct = rnd() < 0.4;
    const d = day(Math.floor(rnd() * DAYS));
    const amount = Math.round(10_000 + rnd() * 2_000_000) * 100;
    if (direct) {
      const c = Math.floor(rnd() * CUSTOMERS);
      const b = c % BRANCHES;
      return [
        randomUUID(),
        campaignId,
        'DIRECT',
        `C${c}`,
        `客户${c}`,
        null,
        regionId(regionOfBranch(b)),
        branchId(b),
        `M${c % 2000}`,
        amount,
        d,
        i < CUSTOMERS,
        'bench',
        now,
      ];
    }
    const a = Math.floor(rnd() * AGENCIES);
    return [randomUUID(), campaignId, 'AGENCY', null, `代销客户${i}`, `AG${a}`, regionId(a % 4), null, null, amount, d, true, 'bench', now];
  });
  await insert(
    'campaign_subscription',
    [
      'id',
      'campaign_id',
      'channel',
      'customer_id',
      'customer_name',
      'agency_id',
      'region_id',
      'branch_id',
      'manager_id',
      'amount_fen',
      'subscribed_on',
      'first',
      'recorded_by',
      'recorded_at',
    ],
    rows,
  );
  // The aggregate as the per-subscription upsert maintains it.
  await db.query(
    `insert into campaign_daily_sales (id, campaign_id, sales_date, region_id, branch_key, agency_key, channel, amount_fen, subscriptions)
     select gen_random_uuid()::text, campaign_id, subscribed_on, region_id, coalesce(branch_id, ''), coalesce(agency_id, ''), channel, sum(amount_fen), count(*)
     from campaign_subscription group by campaign_id, subscribed_on, region_id, coalesce(branch_id, ''), coalesce(agency_id, ''), channel`,
  );
  await db.query('vacuum analyze');
  const { rows: agg } = await db.query('select count(*) n from campaign_daily_sales');
  console.log(`aggregate: ${agg[0].n} rows for ${SUBSCRIPTIONS} subscriptions`);
  await db.end();
  return { campaignId };
}

const measure = (label: string, run: (i: number) => Promise<void>) => latency(label, REQUESTS, CONCURRENCY, run);

(async () => {
  const url = await freshDatabase('campaigns_bench');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-campaigns-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
    PORT: '4430',
    GATEWAY_URL: 'http://127.0.0.1:4430',
  };
  const composed = composeServices([
    { name: 'performance', url: 'http://127.0.0.1:4433/graphql', typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(performance))) },
  ]);
  if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = await createGateway(loadGatewayConfig({ ...env, PERFORMANCE_URL: 'http://127.0.0.1:4433/graphql' }), {
    supergraphSdl: composed.supergraphSdl!,
  });
  const service = await createServer(loadServiceConfig(4433, { ...env, PORT: '4433', DATABASE_URL: url }));
  const t0 = Date.now();
  const { campaignId } = await load(url);
  console.log(`loaded ${SUBSCRIPTIONS} subscriptions, ${AGENCIES} agencies, ${BRANCHES} branches in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const realm = gateway.devRealm!;
  const token = (sub: string, roles: string[], branch: string, employee: string) =>
    realm.sign({ sub, preferred_username: sub, realm_access: { roles }, branch_id: branch, employee_id: employee });
  const hq = token('bench-hq', ['campaign-staff'], 'HQ', 'HQ-1');
  const south = token('bench-south', ['campaign-staff'], 'HQ', 'SOUTH-1');
  const branchManagers = Array.from({ length: BRANCHES }, (_, b) => token(`bench-mgr-${b}`, ['branch-manager'], branchId(b), `MGR-${b}`));
  const ask = async (endpoint: string, auth: string, query: string, variables?: object) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const LINE = 'key name dayFen previousDayFen changeFen cumulativeFen daySubscriptions subscriptions targetFen attainmentBp';
  const report = (i: number) =>
    `{ campaignDailyReport(campaignId: "${campaignId}", date: "${day(5 + (i % (DAYS - 5)))}") { date total { ${LINE} } byRegion { ${LINE} } byBranch { ${LINE} } byAgency { ${LINE} } byChannel { ${LINE} } } }`;
  const queries: Array<[string, (i: number) => [string, string]]> = [
    ['light { campaign { id phase } }', () => [hq, `{ campaign(id: "${campaignId}") { id phase } }`]],
    ['HQ daily report (50 br, 100 ag)', (i) => [hq, report(i)]],
    ['region member daily report', (i) => [south, report(i)]],
    ['branch manager daily report', (i) => [branchManagers[i % BRANCHES], report(i)]],
  ];
  const endpoints: Array<[string, string]> = [
    ['gateway', gateway.url],
    ['subgraph', service.url],
  ];
  const results: Array<{ label: string; p50: number; p95: number }> = [];
  for (const [where, endpoint] of endpoints) for (const [label, q] of queries) results.push(await measure(`${where}  ${label}`, (i) => ask(endpoint, ...q(i))));
  // Recording a subscription: the row, the aggregate upsert and the outbox event in one transaction.
  const SUB = `mutation($c: ID!, $i: SubscriptionInput!) { recordSubscription(campaignId: $c, input: $i) { id } }`;
  results.push(
    await measure('gateway  recordSubscription (direct)', (i) =>
      ask(gateway.url, hq, SUB, {
        c: campaignId,
        i: { channel: 'DIRECT', customerId: `C${(i * 7919) % CUSTOMERS}`, amountFen: 100_000 * 100, subscribedOn: day(DAYS - 1) },
      }),
    ),
  );
  console.log(
    `${SUBSCRIPTIONS} subscriptions, ${AGENCIES} agencies, ${BRANCHES} branches in 4 regions over ${DAYS} days on PostgreSQL; ${REQUESTS} requests each, ${CONCURRENCY} concurrent`,
  );
  for (const r of results) console.log(`${r.label.padEnd(48)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`);
  const light = results[0].p95;
  const hqReport = results[1].p95;
  console.log(`HQ report p95 / light query p95 through the gateway: ${(hqReport / light).toFixed(2)}x`);
  console.log('target: p95 of the head-office daily report through the gateway under 100 ms');
  await service.stop();
  await gateway.stop();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
