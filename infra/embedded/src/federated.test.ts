/**
 * The federated graph in one process, queried through the gateway with dev-realm tokens: what a
 * branch frontend sees. Services and gateway listen on free ports; SQLite files in a temp folder.
 */
import { DevRealm } from '@bg/auth';
import type { EmbeddedGraph } from './embedded';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
let graph: EmbeddedGraph;
let realm: DevRealm;
const gql = (url: string, token: string | null, query: string, variables?: object) => t.gql(url, token, query, variables);
const ask = (user: string, query: string, variables?: object) => t.ask(user, query, variables);

beforeAll(async () => {
  t = await startTestGraph();
  ({ graph, realm } = t);
}, 60_000);

afterAll(() => t?.stop());

const TEAM_QUERY = `{ team(id: "SZ01-T1") { name members { id name
  attendance(month: "2026-10") { daysRecorded lateArrivals absentDays }
  businessMetrics(month: "2026-10") { newAccounts netRevenueFen }
  trainingRecords { title } } } }`;

describe('the federated graph through the gateway', () => {
  it('answers one query with data from all four subgraphs', async () => {
    const { status, body } = await ask('tl.wang', TEAM_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const members = body.data.team.members;
    expect(members.length).toBe(14);
    const zhang = members.find((m: any) => m.id === 'E1001');
    expect(zhang.name).toBe('张伟');
    expect(zhang.attendance.daysRecorded).toBe(17); // October 2026 weekdays after the National Day holiday
    expect(Number.isInteger(zhang.businessMetrics.netRevenueFen)).toBe(true);
    expect(members.every((m: any) => Array.isArray(m.trainingRecords))).toBe(true);
    expect(members.some((m: any) => m.trainingRecords.length > 0)).toBe(true);
  });

  it('refuses requests without a token or with a forged one, at the gateway and at a subgraph', async () => {
    const forged = new DevRealm({ url: realm.issuer.replace(/\/realms\/.*$/, '') }).tokenFor('vp.qian');
    const expired = realm.tokenFor('vp.qian', { exp: Math.floor(Date.now() / 1000) - 5 });
    for (const url of [graph.gateway.url, graph.services[0].url, graph.services[2].url]) {
      expect((await gql(url, null, '{ branches { id } }')).status).toBe(401);
      expect((await gql(url, forged, '{ branches { id } }')).status).toBe(401);
      expect((await gql(url, expired, '{ branches { id } }')).status).toBe(401);
    }
    const unauth = await gql(graph.gateway.url, null, '{ branches { id } }');
    expect(unauth.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a client manager only themself and a branch manager only their branch', async () => {
    const self = await ask('cm.zhang', TEAM_QUERY);
    expect(self.body.data.team.members.map((m: any) => m.id)).toEqual(['E1001']);
    const other = await ask('cm.zhang', '{ employee(id: "E1003") { name } }');
    expect(other.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const gz = await ask('mgr.gz', TEAM_QUERY);
    expect(gz.body.data.team.members).toEqual([]);
    const ho = await ask('bo.han', '{ employees(page: { first: 5 }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(ho.body.data.employees.totalCount).toBe(45 + 16); // 45 client managers and 16 branch and head-office staff (the campaign staff mk.zhang, mk.south among them)
    expect(ho.body.data.employees.pageInfo.hasNextPage).toBe(true);
  });

  it('answers bad input with a stable code and no stack trace', async () => {
    const month = await ask('tl.wang', '{ employee(id: "E1001") { attendance(month: "2026-13") { lateArrivals } } }');
    expect(month.body.errors![0].extensions.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
    expect(month.body.errors![0].message).toContain('YYYY-MM');
    const monthVar = await ask('tl.wang', 'query($m: YearMonth!) { employee(id: "E1001") { attendance(month: $m) { lateArrivals } } }', { m: 'Oct 2026' });
    expect(monthVar.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await ask('tl.wang', '{ employee(id: "E404") { name } }');
    expect(missing.body.errors![0].extensions.code).toBe('NOT_FOUND');
    for (const e of [...month.body.errors!, ...monthVar.body.errors!, ...missing.body.errors!]) {
      expect(JSON.stringify(e)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
    }
  });

  it('carries EmployeeHired from personnel to the other subgraphs (outbox -> transport -> inbox)', async () => {
    const hire = await ask(
      'mgr.sz',
      `mutation { hireEmployee(input: { name: "新人甲", branchId: "SZ01", teamId: "SZ01-T2", groupId: "SZ01-T2-G1",
      employmentType: FULL_TIME, hiredOn: "2026-11-02" }) { id status } }`,
    );
    expect(hire.body.errors).toBeUndefined();
    const id = hire.body.data.hireEmployee.id;
    await graph.settle();
    const record = await ask(
      'clerk.att',
      `mutation { recordAttendance(input: { employeeId: "${id}", date: "2026-11-03", status: LATE, minutesLate: 12 }) { status } }`,
    );
    expect(record.body.errors).toBeUndefined();
    const seen = await ask(
      'mgr.sz',
      `{ employee(id: "${id}") { name attendance(month: "2026-11") { daysRecorded lateArrivals } businessMetrics(month: "2026-11") { newAccounts } trainingRecords { title } } }`,
    );
    expect(seen.body).toEqual({
      data: { employee: { name: '新人甲', attendance: { daysRecorded: 1, lateArrivals: 1 }, businessMetrics: null, trainingRecords: [] } },
    });
  });

  it('refuses a hire with a bad placement whole and writes nothing', async () => {
    const before = await ask('mgr.sz', '{ employees(branchId: "SZ01") { totalCount } }');
    const bad = await ask(
      'mgr.sz',
      `mutation { hireEmployee(input: { name: "新人乙", branchId: "SZ01", teamId: "GZ01-T1", outletId: "SZ01-O9",
      employmentType: PART_TIME, hiredOn: "2026-11-02" }) { id } }`,
    );
    expect(bad.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'teamId', problem: 'no team GZ01-T1 in branch SZ01' },
        { field: 'outletId', problem: 'no outlet SZ01-O9 in branch SZ01' },
      ],
    });
    const other = await ask(
      'mgr.gz',
      `mutation { hireEmployee(input: { name: "x", branchId: "SZ01", teamId: "SZ01-T1", employmentType: PART_TIME, hiredOn: "2026-11-02" }) { id } }`,
    );
    expect(other.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const clerk = await ask(
      'clerk.att',
      `mutation { hireEmployee(input: { name: "x", branchId: "SZ01", teamId: "SZ01-T1", employmentType: PART_TIME, hiredOn: "2026-11-02" }) { id } }`,
    );
    expect(clerk.body.errors![0].extensions.code).toBe('FORBIDDEN');
    const after = await ask('mgr.sz', '{ employees(branchId: "SZ01") { totalCount } }');
    expect(after.body.data.employees.totalCount).toBe(before.body.data.employees.totalCount);
  });

  it('serves health, readiness and metrics on every subgraph', async () => {
    for (const s of graph.services) {
      const base = s.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain(`outbox_backlog{service="${s.name}"} 0`);
    }
    // The gateway too (k8s probes and its ServiceMonitor).
    const gateway = graph.gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${gateway}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${gateway}/metrics`)).text()).toContain('process_cpu_user_seconds_total{service="gateway"}');
  });
});
