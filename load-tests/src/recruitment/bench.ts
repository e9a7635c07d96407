/**
 * `npm run bench:recruitment`: p95 latency of the pipeline search (`candidates`, filtered by
 * stage, channel, date, with totalCount and a 50-row page) and the talent-pool skill search over
 * 100,000 candidates in 50 branches on PostgreSQL; beside them in the same run, the p95 of the
 * lightest recruitment query (`{ trainingProgrammes { id } }` on an empty table) as the baseline
 * cost of the HTTP, token checks and GraphQL execution. Measured through the gateway and directly
 * at the recruitment subgraph. Needs infra/local PostgreSQL.
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
import { createServer, recruitment } from '@bg/recruitment';
import { freshDatabase, insertRows, latency } from '../common';

const BRANCHES = 50;
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
// A pipeline's shape: most candidates early on, a tenth hired, a sixth in the talent pool.
const STAGES: Array<[string, number]> = [
  ['APPLIED', 30],
  ['SCREENED', 18],
  ['CERTIFICATES_VERIFIED', 9],
  ['PRE_EMPLOYMENT_TRAINING', 7],
  ['EVALUATED', 5],
  ['PROBATION', 4],
  ['HIRED', 10],
  ['REJECTED', 14],
  ['WITHDRAWN', 3],
];
const CHANNELS = ['JOB_WEBSITE', 'TALENT_MARKET', 'SCHOOL_ENTERPRISE', 'REFERRAL', 'OTHER'];
const SKILLS = ['基金', '理财', '银行渠道', '客户开发', '证券从业资格', 'excel', '期货', '保险', '营销策划', '英语'];

/** A deterministic pseudo-random sequence, so every run loads the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const branchId = (b: number) => `B${String(b).padStart(2, '0')}`;

/** 50 branches x 4 requisitions, 100,000 candidates spread over two years of applications. */
async function load(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const insert = (table: string, columns: string[], rows: unknown[][]) => insertRows(db, table, columns, rows);
  const now = new Date();
  const requisitions = Array.from({ length: BRANCHES * 4 }, (_, i) => [
    `R${i}`,
    branchId(i % BRANCHES),
    `${branchId(i % BRANCHES)}-T${1 + (i % 4)}`,
    '客户经理',
    20,
    'FULL_TIME',
    'JOB_WEBSITE,REFERRAL',
    'OPEN',
    '2025-01-01',
    'bench',
    now,
  ]);
  await insert(
    'requisition',
    ['id', 'branch_id', 'team_id', 'title', 'posts', 'employment_type', 'channel_plan_list', 'status', 'opened_on', 'opened_by', 'created_at'],
    requisitions,
  );
  const rnd = random(7);
  const total = STAGES.reduce((s, [, w]) => s + w, 0);
  const stageAt = (x: number) => {
    let acc = 0;
    for (const [stage, w] of STAGES) if ((acc += w) > x * total) return stage;
    return 'APPLIED';
  };
  const start = Date.UTC(2025, 0, 1);
  const rows = Array.from({ length: CANDIDATES }, (_, i) => {
    const r = i % (BRANCHES * 4);
    const stage = stageAt(rnd());
    const pool = stage === 'REJECTED' || stage === 'WITHDRAWN';
    const skills = `,${SKILLS[Math.floor(rnd() * SKILLS.length)]},${SKILLS[Math.floor(rnd() * SKILLS.length)]},`;
    const appliedOn = new Date(start + Math.floor(rnd() * 700) * 86_400_000).toISOString().slice(0, 10);
    return [
      randomUUID(),
      `R${r}`,
      branchId(r % BRANCHES),
      `${branchId(r % BRANCHES)}-T${1 + (r % 4)}`,
      `应聘者${i}`,
      null,
      null,
      CHANNELS[Math.floor(rnd() * CHANNELS.length)],
      null,
      skills,
      'FULL_TIME',
      stage,
      pool ? 'SCREENED' : null,
      pool ? '综合素质不符' : null,
      appliedOn,
      now,
      'bench',
      1,
      now,
    ];
  });
  await insert(
    'candidate',
    [
      'id',
      'requisition_id',
      'branch_id',
      'team_id',
      'name',
      'id_number',
      'phone',
      'channel',
      'channel_detail',
      'skill_tags',
      'employment_type',
      'stage',
      'last_stage',
      'reason',
      'applied_on',
      'stage_changed_at',
      'stage_changed_by',
      'version',
      'created_at',
    ],
    rows,
  );
  await db.query('vacuum analyze'); // the steady state autovacuum keeps (visibility map for index-only counts)
  await db.end();
}

const measure = (label: string, run: (i: number) => Promise<void>) => latency(label, REQUESTS, CONCURRENCY, run);

(async () => {
  const url = await freshDatabase('bench_recruitment');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-recruitment-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
    PORT: '4410',
    GATEWAY_URL: 'http://127.0.0.1:4410',
  };
  // The gateway plans over a supergraph of recruitment alone: the queries measured touch no other
  // subgraph, and the bench does not depend on the other services' builds.
  const composed = composeServices([
    { name: 'recruitment', url: 'http://127.0.0.1:4414/graphql', typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(recruitment))) },
  ]);
  if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const supergraphSdl = composed.supergraphSdl!;
  const gateway = await createGateway(loadGatewayConfig({ ...env, RECRUITMENT_URL: 'http://127.0.0.1:4414/graphql' }), { supergraphSdl });
  const service = await createServer(loadServiceConfig(4414, { ...env, PORT: '4414', DATABASE_URL: url }));
  const t0 = Date.now();
  await load(url);
  console.log(`loaded ${CANDIDATES} candidates in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const realm = gateway.devRealm!;
  const token = (roles: string[], branch: string) =>
    realm.sign({ sub: `bench-${branch}`, preferred_username: `bench-${branch}`, realm_access: { roles }, branch_id: branch, employee_id: `BENCH-${branch}` });
  const branchRecruiter = (i: number) => token(['recruiter'], branchId(i % BRANCHES));
  const branchTokens = Array.from({ length: BRANCHES }, (_, b) => branchRecruiter(b));
  const hq = token(['recruiter'], 'HQ');
  const ask = async (endpoint: string, auth: string, query: string) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const month = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, '0')}`;
  const stage = (i: number) => STAGES[i % 6][0];
  const queries: Array<[string, (i: number) => [string, string]]> = [
    ['baseline { trainingProgrammes }', (i) => [branchTokens[i % BRANCHES], '{ trainingProgrammes { id } }']],
    [
      'branch: stage, page 50',
      (i) => [
        branchTokens[i % BRANCHES],
        `{ candidates(filter: { stages: [${stage(i)}] }, page: { first: 50 }) { totalCount nodes { id name stage appliedOn channel } pageInfo { hasNextPage } } }`,
      ],
    ],
    [
      'branch: stage+channel+month',
      (i) => [
        branchTokens[i % BRANCHES],
        `{ candidates(filter: { stages: [${stage(i)}], channel: ${CHANNELS[i % 5]}, appliedFrom: "${month(i)}-01", appliedTo: "${month(i)}-28" }, page: { first: 50 }) { totalCount nodes { id name stage } } }`,
      ],
    ],
    [
      'HQ: stage+month, all branches',
      (i) => [
        hq,
        `{ candidates(filter: { stages: [${stage(i)}], appliedFrom: "${month(i)}-01", appliedTo: "${month(i)}-28" }, page: { first: 50 }) { totalCount nodes { id name branchId } } }`,
      ],
    ],
    [
      'HQ: stage, all, page 3',
      (i) => [
        hq,
        `{ candidates(filter: { stages: [${stage(i)}] }, page: { first: 50, after: "${Buffer.from('100').toString('base64url')}" }) { totalCount nodes { id } } }`,
      ],
    ],
    [
      'HQ: talent pool by skill',
      (i) => [hq, `{ talentPool(filter: { skill: "${SKILLS[i % SKILLS.length]}" }, page: { first: 50 }) { totalCount nodes { id skills reason } } }`],
    ],
  ];
  const endpoints: Array<[string, string]> = [
    ['gateway', gateway.url],
    ['subgraph', service.url],
  ];
  const results: Array<{ label: string; p50: number; p95: number }> = [];
  for (const [where, endpoint] of endpoints) {
    for (const [label, q] of queries) results.push(await measure(`${where}  ${label}`, (i) => ask(endpoint, ...q(i))));
  }
  console.log(`${CANDIDATES} candidates in ${BRANCHES} branches on PostgreSQL; ${REQUESTS} requests each, ${CONCURRENCY} concurrent`);
  for (const r of results) console.log(`${r.label.padEnd(44)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`);
  console.log('target: p95 of the pipeline search under 50 ms');
  await service.stop();
  await gateway.stop();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
