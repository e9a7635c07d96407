/**
 * Arguments checked before any resolver runs, through the gateway. A NUL character or a string
 * over 10,000 characters anywhere in the arguments is refused naming its place (it used to reach
 * SQL as an INTERNAL_SERVER_ERROR). Strict pagination on every list of the graph: `first` outside 1..200 and a
 * cursor this API did not issue are refused with BAD_USER_INPUT naming the argument (whatever the
 * subgraph, whether `page` is an argument of its own or of an args type), and a page's
 * `hasNextPage` and `endCursor` always agree, so a client following the cursor ends.
 */
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
}, 60_000);
afterAll(() => t?.stop());

// One list of each subgraph, by a user allowed to read it.
const LISTS: Array<[string, string, (page: string) => string]> = [
  ['personnel', 'mgr.sz', (page) => `{ employees(branchId: "SZ01", page: ${page}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`],
  ['attendance', 'tl.wang', (page) => `{ leaveRequests(teamId: "SZ01-T1", page: ${page}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`],
  ['performance', 'fin.sz', (page) => `{ payrollRuns(branchId: "SZ01", page: ${page}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`],
  ['recruitment', 'rec.sz', (page) => `{ requisitions(branchId: "SZ01", page: ${page}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`],
];

describe.each(LISTS)('the %s list', (_service, user, query) => {
  it.each([['-1'], ['0'], ['201'], ['100000']])('refuses first: %s, naming page.first', async (first) => {
    const r = await t.ask(user, query(`{ first: ${first} }`));
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'page.first', problem: expect.stringContaining('1 to 200') }],
    });
    expect(r.body.data ?? null).toBeNull();
  });

  it('refuses a cursor it did not issue, naming page.after', async () => {
    const r = await t.ask(user, query('{ first: 5, after: "not-a-cursor" }'));
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'page.after', problem: expect.any(String) }] });
  });
});

it('pages through a list to its end: hasNextPage and endCursor agree on every page', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const r = await t.ask(
      'mgr.sz',
      'query($after: String) { employees(branchId: "SZ01", page: { first: 7, after: $after }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    const { nodes, totalCount, pageInfo } = r.body.data.employees;
    seen.push(...nodes.map((n: { id: string }) => n.id));
    expect(pageInfo.hasNextPage).toBe(seen.length < totalCount);
    if (pageInfo.hasNextPage) expect(pageInfo.endCursor).toEqual(expect.any(String));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe((await t.ask('mgr.sz', '{ employees(branchId: "SZ01") { totalCount } }')).body.data.employees.totalCount);
});

describe('strings in arguments', () => {
  it('refuses a NUL character anywhere, naming where, with nothing written', async () => {
    const r = await t.ask('cm.zhang', 'mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }', {
      input: { kind: 'PERSONAL', startDate: '2099-03-10', endDate: '2099-03-10', reason: '家事\u0000' },
    });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input.reason', problem: 'contains a NUL character' }],
    });
    expect((await t.ask('cm.zhang', '{ leaveRequests(employeeId: "E1001") { totalCount } }')).body.data.leaveRequests.totalCount).toBe(0);
  });

  it('refuses a 1 MB search filter (not an internal error from the database), in any subgraph', async () => {
    const huge = 'x'.repeat(1_000_000);
    const r = await t.ask('rec.sz', 'query($q: String!) { candidates(filter: { name: $q }) { totalCount } }', { q: huge });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'filter.name', problem: 'at most 10000 characters (1000000 given)' }],
    });
    expect(JSON.stringify(r.body).length).toBeLessThan(2_000); // the value is not echoed back
  });
});

describe("an archive outside one's scope", () => {
  it('is refused the same way whether or not the employee exists (no probing for ids), and audited', async () => {
    const exists = await t.ask('cm.zhang', '{ archive(employeeId: "E1002") { employeeId } }');
    const missing = await t.ask('cm.zhang', '{ archive(employeeId: "E9999") { employeeId } }');
    expect(exists.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(missing.body.errors![0].message).toBe(exists.body.errors![0].message.replace('E1002', 'E9999'));
    // Head office may read any archive: for them an unknown id is simply not found.
    expect((await t.ask('bo.han', '{ archive(employeeId: "E9999") { employeeId } }')).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const audit = await t.ask('bo.han', '{ archiveAuditLog(employeeId: "E9999", page: { first: 200 }) { nodes { reader employeeId allowed } } }');
    expect(audit.body.data.archiveAuditLog.nodes).toContainEqual({ reader: 'cm.zhang', employeeId: 'E9999', allowed: false });
  });
});
