/**
 * `npm run bench:personnel`: p95 latency, through the gateway, of a branch's paginated employee
 * list and of an archive read, with 10,000 employees in 50 branches on PostgreSQL; beside them in
 * the same run, the p95 of the lightest authenticated query (`{ me { id } }`) as the baseline
 * cost of gateway + token checks + HTTP. Needs infra/local PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadServiceConfig } from '@bg/service';
import { createGateway, loadGatewayConfig } from '@bg/gateway';
import { createServer } from '@bg/personnel';
import { freshDatabase, insertRows, latency } from '../common';

const BRANCHES = 50;
const PER_BRANCH = 200;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const KINDS = ['PHOTO', 'RESUME', 'ID_CARD_COPY', 'DIPLOMA_COPY', 'GUARANTEE_LETTER', 'GUARANTOR_ID_COPY', 'LABOUR_CONTRACT'];

/** 50 branches x 200 employees, 7 archive documents each, loaded with multi-row inserts. */
async function load(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const insert = (table: string, columns: string[], rows: unknown[][]) => insertRows(db, table, columns, rows);
  const branches = Array.from({ length: BRANCHES }, (_, b) => `B${String(b).padStart(2, '0')}`);
  await insert(
    'branch',
    ['id', 'name', 'city'],
    branches.map((id) => [id, `营业部 ${id}`, '城市']),
  );
  await insert(
    'team',
    ['id', 'branch_id', 'name'],
    branches.flatMap((b) => [1, 2, 3, 4].map((t) => [`${b}-T${t}`, b, `团队 ${t}`])),
  );
  const employees = branches.flatMap((b) =>
    Array.from({ length: PER_BRANCH }, (_, i) => [
      `${b}-E${String(i).padStart(4, '0')}`,
      `员工${i}`,
      'L2',
      'FULL_TIME',
      'ACTIVE',
      b,
      `${b}-T${1 + (i % 4)}`,
      null,
      null,
      '2024-01-01',
      new Date(),
      null,
      null,
    ]),
  );
  await insert(
    'employee',
    [
      'id',
      'name',
      'level',
      'employment_type',
      'status',
      'branch_id',
      'team_id',
      'group_id',
      'outlet_id',
      'hired_on',
      'created_at',
      'id_number',
      'candidate_id',
    ],
    employees,
  );
  await insert(
    'archive_document',
    ['id', 'employee_id', 'kind', 'title', 'source', 'added_by', 'added_at'],
    employees.flatMap((e) => KINDS.map((k) => [randomUUID(), e[0], k, k, 'MANUAL', 'bench', new Date()])),
  );
  await db.query('analyze');
  await db.end();
}

const measure = (label: string, run: (i: number) => Promise<void>) => latency(label, REQUESTS, CONCURRENCY, run);

(async () => {
  const url = await freshDatabase('bench_personnel');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-personnel-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
    PORT: '4400',
    GATEWAY_URL: 'http://127.0.0.1:4400',
  };
  const gateway = await createGateway(loadGatewayConfig({ ...env, PERSONNEL_URL: 'http://127.0.0.1:4401/graphql' }));
  const personnel = await createServer(loadServiceConfig(4401, { ...env, PORT: '4401', DATABASE_URL: url }));
  await load(url);

  const realm = gateway.devRealm!;
  const head = realm.sign({
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
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const branch = (i: number) => `B${String(i % BRANCHES).padStart(2, '0')}`;
  const results = [
    await measure('baseline { me { id } }', () => ask('{ me { id } }')),
    await measure('employees(branchId, page 50)', async (i) => {
      const after = Buffer.from(String((i % 4) * 50)).toString('base64url');
      await ask(
        `{ employees(branchId: "${branch(i)}", page: { first: 50, after: "${after}" }) { totalCount nodes { id name level status } pageInfo { hasNextPage } } }`,
      );
    }),
    await measure('archive(employeeId)', (i) =>
      ask(`{ archive(employeeId: "${branch(i)}-E${String((i * 37) % PER_BRANCH).padStart(4, '0')}") { documents { kind title genuine } missingDocuments } }`),
    ),
  ];
  console.log(
    `${BRANCHES * PER_BRANCH} employees in ${BRANCHES} branches, ${BRANCHES * PER_BRANCH * KINDS.length} archive documents, PostgreSQL; ${REQUESTS} requests each, ${CONCURRENCY} concurrent, through the gateway`,
  );
  for (const r of results) console.log(`${r.label.padEnd(32)} p50 ${r.p50.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms`);
  console.log('target: p95 under 50 ms for the list and the archive read');
  await personnel.stop();
  await gateway.stop();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
