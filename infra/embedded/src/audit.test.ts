/**
 * Issue 14, audit beyond archives, personnel's side through the gateway: asset ledger exports,
 * level changes and archive file downloads each write one audit row, allowed or refused, with
 * the request id the gateway gave the request (a client's own `x-request-id` when well-formed).
 * Payroll sign-offs, pay report exports and level decisions: performance.test.ts, assessments.test.ts.
 */
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ GRAPHQL_INTROSPECTION: 'true' }); // the no-mutation check reads the schema
}, 90_000);
afterAll(() => t?.stop());

const code = (body: { errors?: any[] }) => body.errors?.[0]?.extensions?.code;

/** A request with our own request id; returns the body and the id the gateway answered with. */
async function askWithId(user: string, requestId: string, query: string) {
  const res = await fetch(t.graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.realm.tokenFor(user)}`, 'x-request-id': requestId },
    body: JSON.stringify({ query }),
  });
  return { body: (await res.json()) as { data?: any; errors?: any[] }, requestId: res.headers.get('x-request-id') };
}

const LOG = (args = '') =>
  `{ personnelAuditLog(page: { first: 200 }${args}) { totalCount nodes { actor actorRoles action subject branchId employeeId allowed refusal requestId } } }`;
const logAs = async (user: string, args = '') => {
  const r = await t.ask(user, LOG(args));
  return { code: code(r.body), nodes: (r.body.data?.personnelAuditLog?.nodes ?? []) as any[] };
};

describe('the audit log of personnel', () => {
  it('records every asset ledger export, allowed or refused, with its request id', async () => {
    const csv = (user: string, id: string, team = '') => askWithId(user, id, `{ assetLedgerCsv(branchId: "SZ01"${team ? `, teamId: "${team}"` : ''}) }`);
    const keeper = await csv('keeper.sz', 'ledger-keeper-1');
    expect(keeper.body.errors).toBeUndefined();
    expect(keeper.requestId).toBe('ledger-keeper-1');
    expect((await csv('tl.wang', 'ledger-lead-1', 'SZ01-T1')).body.errors).toBeUndefined();
    expect(code((await csv('cm.zhang', 'ledger-cm-1')).body)).toBe('FORBIDDEN');
    expect(code((await csv('mgr.gz', 'ledger-gz-1')).body)).toBe('FORBIDDEN');
    const { nodes } = await logAs('mgr.sz', ', action: "asset-ledger.export"');
    expect(nodes.map((n) => [n.actor, n.allowed, n.requestId]).reverse()).toEqual([
      ['keeper.sz', true, 'ledger-keeper-1'],
      ['tl.wang', true, 'ledger-lead-1'],
      ['cm.zhang', false, 'ledger-cm-1'],
      ['mgr.gz', false, 'ledger-gz-1'],
    ]);
    expect(nodes.find((n) => n.actor === 'tl.wang')).toMatchObject({ subject: 'asset ledger of branch SZ01, team SZ01-T1', branchId: 'SZ01', refusal: null });
    expect(nodes.find((n) => n.actor === 'mgr.gz')).toMatchObject({ actorRoles: 'branch-manager', refusal: expect.stringContaining('branch SZ01') });
  });

  it('records every level change, allowed or refused; a refused one changes nothing', async () => {
    const level = async (id: string) => (await t.ask('mgr.sz', `{ employee(id: "${id}") { level } }`)).body.data.employee.level as string;
    const before = await level('E1211');
    const to = before === 'L2' ? 'L3' : 'L2';
    const change = (user: string, requestId: string, lvl = to) =>
      askWithId(
        user,
        requestId,
        `mutation { changeEmployeeLevel(employeeId: "E1211", level: "${lvl}", effectiveOn: "2026-11-01", reason: "季度考核") { level } }`,
      );
    expect(code((await change('cm.zhang', 'level-cm')).body)).toBe('FORBIDDEN');
    expect(code((await change('mgr.gz', 'level-gz')).body)).toBe('FORBIDDEN');
    expect(code((await change('mgr.sz', 'level-bad', 'Lx')).body)).toBe('BAD_USER_INPUT'); // no access decision: no row
    expect(await level('E1211')).toBe(before);
    const done = await change('mgr.sz', 'level-ok');
    expect(done.body.data.changeEmployeeLevel.level).toBe(to);
    expect(code((await change('ch.cao', 'level-again')).body)).toBe('CONFLICT'); // already at that level: rolled back, no row

    const sz = (await logAs('mgr.sz', ', action: "level.change"')).nodes;
    expect(sz.map((n) => [n.actor, n.allowed, n.requestId]).reverse()).toEqual([
      ['mgr.gz', false, 'level-gz'],
      ['mgr.sz', true, 'level-ok'],
    ]);
    expect(sz[0]).toMatchObject({ employeeId: 'E1211', branchId: 'SZ01', subject: expect.stringContaining(`to ${to} from 2026-11-01`) });
    // Refused for want of the role: the employee is not looked up, so the row has no branch; head office sees it.
    const all = (await logAs('vp.qian', ', action: "level.change"')).nodes;
    expect(all.find((n) => n.actor === 'cm.zhang')).toMatchObject({ allowed: false, branchId: null, employeeId: 'E1211', requestId: 'level-cm' });
  });

  it('records archive file downloads, allowed or refused, with the request id, in the archive audit log', async () => {
    const archive = await t.ask('clerk.arc', '{ archive(employeeId: "E1001") { documents { id } } }');
    const doc = archive.body.data.archive.documents[0];
    expect(doc).toBeDefined();
    const download = (user: string, id: string) => askWithId(user, id, `mutation { requestDownloadUrl(documentId: "${doc.id}") { url } }`);
    expect(code((await download('mgr.gz', 'download-gz')).body)).toBe('FORBIDDEN');
    const mine = await download('cm.zhang', 'download-own');
    expect(code(mine.body)).not.toBe('FORBIDDEN'); // their own archive (BAD_USER_INPUT when the entry has no electronic copy)
    const r = await t.ask('mgr.sz', `{ archiveAuditLog(employeeId: "E1001", page: { first: 200 }) { nodes { reader what allowed requestId } } }`);
    const rows = (r.body.data.archiveAuditLog.nodes as any[]).filter((n) => n.what === `file ${doc.id}`);
    expect(rows.map((n) => [n.reader, n.allowed, n.requestId])).toEqual(
      expect.arrayContaining([
        ['mgr.gz', false, 'download-gz'],
        ['cm.zhang', true, 'download-own'],
      ]),
    );
  });

  it('is read by the branch manager (own branch) and head office only', async () => {
    expect((await logAs('mgr.sz')).nodes.every((n) => n.branchId === 'SZ01')).toBe(true);
    expect((await logAs('mgr.sz', ', branchId: "GZ01"')).code).toBe('FORBIDDEN');
    expect((await logAs('mgr.gz')).nodes.every((n) => n.branchId === 'GZ01')).toBe(true);
    expect((await logAs('bo.han', ', branchId: "SZ01"')).nodes.length).toBeGreaterThan(0);
    for (const user of ['keeper.sz', 'clerk.arc', 'dep.sz', 'tl.wang', 'cm.zhang', 'rec.ho']) expect((await logAs(user)).code).toBe('FORBIDDEN');
  });

  it('cannot be changed or deleted through the graph: there is no such mutation', async () => {
    for (const m of ['deleteAuditEntry(id: "x")', 'updateAuditEntry(id: "x", allowed: true)', 'clearPersonnelAuditLog', 'deleteArchiveAudit(id: "x")']) {
      expect(code((await t.ask('vp.qian', `mutation { ${m} }`)).body)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const names = (await t.ask('vp.qian', '{ __schema { mutationType { fields { name } } } }')).body.data.__schema.mutationType.fields.map((f: any) => f.name);
    expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});
