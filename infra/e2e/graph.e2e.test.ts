/** Through the gateway, on real PostgreSQL, Kafka and Keycloak, services as separate processes. */
import { DevRealm } from '@bg/auth';
import { CONSUMERS, ask, gql, hire, parts, projectionEffects, startGraph, tokenFor, waitFor, type Graph } from './support';

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
  // The demo company's hires travel personnel -> Kafka -> the other subgraphs.
  await waitFor('demo employees known to attendance', async () => (await projectionEffects('attendance', ['E1001', 'E1002', 'E1003', 'E1004'])).rows === 4);
});
afterAll(() => graph?.stop());

const TEAM_QUERY = `{ team(id: "SZ01-T1") { name members { id name
  attendance(month: "2026-10") { daysRecorded lateArrivals absentDays }
  businessMetrics(month: "2026-10") { newAccounts netRevenueFen }
  trainingRecords { title } } } }`;

describe('the federated graph on the real parts', () => {
  it('answers the team query from all four subgraphs with a Keycloak token', async () => {
    await waitFor('all team members known to every subgraph', async () => {
      const r = await ask('tl.wang', TEAM_QUERY);
      return !r.body.errors && r.body.data.team.members.length === 14 && r;
    });
    const r = await ask('tl.wang', TEAM_QUERY);
    const zhang = r.body.data.team.members.find((m: any) => m.id === 'E1001');
    expect(zhang).toMatchObject({ name: '张伟', attendance: { daysRecorded: 17 } });
    expect(Number.isInteger(zhang.businessMetrics.netRevenueFen)).toBe(true);
  });

  it('refuses a missing, forged or foreign token with 401 at the gateway and at a subgraph', async () => {
    const forged = new DevRealm({ url: parts.keycloakUrl, realm: parts.keycloakRealm }).tokenFor('vp.qian');
    for (const url of ['http://127.0.0.1:4000/graphql', 'http://127.0.0.1:4001/graphql']) {
      expect((await gql(null, '{ branches { id } }', undefined, url)).status).toBe(401);
      expect((await gql(forged, '{ branches { id } }', undefined, url)).status).toBe(401);
    }
    expect((await gql(await tokenFor('vp.qian'), '{ branches { id } }', undefined, 'http://127.0.0.1:4001/graphql')).status).toBe(200);
  });

  it('lets each role see only what DOMAIN.md allows', async () => {
    expect((await ask('cm.zhang', TEAM_QUERY)).body.data.team.members.map((m: any) => m.id)).toEqual(['E1001']);
    expect((await ask('cm.zhang', '{ employee(id: "E1003") { name } }')).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await ask('mgr.gz', TEAM_QUERY)).body.data.team.members).toEqual([]);
    const hire = await ask(
      'clerk.att',
      `mutation { hireEmployee(input: { name: "x", branchId: "SZ01", teamId: "SZ01-T1", employmentType: PART_TIME, hiredOn: "2026-11-02" }) { id } }`,
    );
    expect(hire.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('carries an EmployeeHired event from personnel to the other subgraphs over Kafka', async () => {
    const id = await hire('E2E 新人');
    for (const service of CONSUMERS) {
      await waitFor(`${service} to learn ${id}`, async () => (await projectionEffects(service, [id])).rows === 1, 30_000);
    }
    const rec = await ask('clerk.att', `mutation { recordAttendance(input: { employeeId: "${id}", date: "2026-11-03", status: ON_TIME }) { status } }`);
    expect(rec.body.errors).toBeUndefined();
    const seen = await ask('mgr.sz', `{ employee(id: "${id}") { name attendance(month: "2026-11") { daysRecorded } trainingRecords { title } } }`);
    expect(seen.body).toEqual({ data: { employee: { name: 'E2E 新人', attendance: { daysRecorded: 1 }, trainingRecords: [] } } });
  });
});
