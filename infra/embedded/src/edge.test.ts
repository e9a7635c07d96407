/**
 * The HTTP edge of all five processes, as an attacker sees it (issue 14): every bad bearer token is
 * refused with 401 JSON by the gateway and by each subgraph called directly; the token is checked
 * before the body is read; bad bodies, content types, charsets, sizes, operation names, variable
 * types and unknown addresses get a 4xx JSON answer with a stable code (never HTML, a stack, a file
 * path or a subgraph's address); archive file URLs name the gateway; and the logs of it all (hires
 * with ID numbers, archive reads, refused tokens, errors) hold no token and no ID number.
 */
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { badCredentials, type DevRealm } from '@bg/auth';
import { setLogDestination } from '@bg/graphql';
import { startTestGraph, type TestGraph } from './test-graph';

const logs: string[] = [];
let t: TestGraph;
let realm: DevRealm;
let targets: Array<[string, string]>;

beforeAll(async () => {
  setLogDestination(
    new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  t = await startTestGraph({ LOG_LEVEL: 'info' });
  realm = t.realm;
  targets = [['gateway', t.graph.gateway.url], ...t.graph.services.map((s): [string, string] => [s.name, s.url])];
}, 90_000);
afterAll(async () => {
  await t?.stop();
  setLogDestination(undefined);
});

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: any;
}

/** A raw HTTP request: headers as a list (so one name can be sent twice), any body. */
function send(url: string, options: { method?: string; headers?: Array<[string, string]>; body?: string | Buffer; path?: string }): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: u.hostname,
        port: u.port,
        path: options.path ?? `${u.pathname}${u.search}`,
        method: options.method ?? 'POST',
        // A list of headers is sent as it is: Host included.
        headers: [['host', u.host], ...(options.headers ?? [])].flat(),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: any = null;
          try {
            json = JSON.parse(text);
          } catch {
            /* not JSON: the assertions say so */
          }
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text, json });
        });
      },
    );
    // The server may answer (401, 413) before the whole body is sent and close: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end(options.body);
  });
}

const QUERY = JSON.stringify({ query: '{ __typename }' });
const json: [string, string] = ['content-type', 'application/json'];
const bearer = (user = 'tl.wang'): [string, string] => ['authorization', `Bearer ${realm.tokenFor(user)}`];

/** Nothing internal in an answer: JSON, no HTML page, no stack, no file path, no subgraph address. */
function expectClean(a: Answer) {
  expect(a.contentType).toMatch(/^application\/json/);
  expect(a.json).not.toBeNull();
  expect(a.text).not.toMatch(/<!DOCTYPE|<html|<pre>/i);
  expect(a.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\.js:\d+/);
  for (const s of t.graph.services) expect(a.text).not.toContain(`:${s.port}`);
  expect(a.text).not.toMatch(/select |insert into|sqlite|postgres/i);
}

function expectRefusal(a: Answer, status: number, code: string) {
  expect({ status: a.status, code: a.json?.errors?.[0]?.extensions?.code, notJson: a.json ? '' : a.text.slice(0, 300) }).toEqual({ status, code, notJson: '' });
  expectClean(a);
}

describe('bad bearer tokens: 401 JSON from the gateway and from each subgraph called directly', () => {
  it('refuses every case at every process', async () => {
    const cases = badCredentials({ valid: realm.tokenFor('vp.qian'), publicJwk: realm.jwks().keys[0], sign: (claims, header) => realm.sign(claims, header) });
    const wrong: string[] = [];
    for (const [name, url] of targets) {
      for (const c of cases) {
        const a = await send(url, { headers: [json, ...c.authorization.map((v): [string, string] => ['authorization', v])], body: QUERY });
        if (a.status !== 401 || a.json?.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED' || !a.contentType.startsWith('application/json')) {
          wrong.push(`${name}: ${c.name} -> ${a.status} ${a.text.slice(0, 100)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // and a good token still passes everywhere
    for (const [, url] of targets)
      expect((await send(url, { headers: [json, bearer('vp.qian')], body: QUERY })).json).toEqual({ data: { __typename: 'Query' } });
  });
});

describe.each([0, 1, 2, 3, 4])('the HTTP edge of process %i', (i) => {
  const target = () => targets[i][1];

  it('checks the token before reading the body: no token and invalid JSON, or 6 MB, is 401', async () => {
    expectRefusal(await send(target(), { headers: [json], body: '{"query": ' }), 401, 'UNAUTHENTICATED');
    expectRefusal(await send(target(), { headers: [json, ['authorization', 'Bearer x.y.z']], body: 'x'.repeat(6 * 1024 * 1024) }), 401, 'UNAUTHENTICATED');
    // headers over Node's limit (16 KB): refused by the HTTP parser, still as JSON
    expectRefusal(await send(target(), { headers: [json, ['authorization', `Bearer ${'x'.repeat(20_000)}`]], body: QUERY }), 431, 'BAD_REQUEST');
    expectRefusal(await send(target(), { headers: [['content-type', 'application/json; charset=klingon']], body: QUERY }), 401, 'UNAUTHENTICATED');
  });

  it('refuses bad bodies with 4xx JSON and a code', async () => {
    expectRefusal(await send(target(), { headers: [json, bearer()], body: '{"query": ' }), 400, 'BAD_REQUEST');
    expectRefusal(
      await send(target(), { headers: [json, bearer()], body: `{"query":"{ __typename }","x":"${'x'.repeat(6 * 1024 * 1024)}"}` }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectRefusal(
      await send(target(), { headers: [['content-type', 'application/json; charset=klingon'], bearer()], body: QUERY }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectRefusal(await send(target(), { headers: [['content-type', 'text/plain'], bearer()], body: QUERY }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectRefusal(
      await send(target(), { headers: [['content-type', 'application/x-www-form-urlencoded'], bearer()], body: 'query=x' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectRefusal(await send(target(), { headers: [bearer()], body: QUERY }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectRefusal(await send(target(), { headers: [json, ['content-encoding', 'x-unknown'], bearer()], body: QUERY }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectRefusal(await send(target(), { method: 'PUT', headers: [json, bearer()], body: QUERY }), 405, 'METHOD_NOT_ALLOWED');
    expectRefusal(await send(target(), { headers: [json, bearer()], body: '' }), 400, 'BAD_REQUEST');
    expectRefusal(await send(target(), { headers: [json, bearer()], body: '[]' }), 400, i === 0 ? 'BATCHING_NOT_SUPPORTED' : 'BAD_REQUEST'); // the gateway names batching
    expectRefusal(await send(target(), { headers: [json, bearer()], body: '"a string"' }), 400, 'BAD_REQUEST');
    expectRefusal(await send(target(), { headers: [json, bearer()], body: JSON.stringify({ query: '{ __typename }', variables: 'x' }) }), 400, 'BAD_REQUEST');
  });

  it('refuses an unknown operationName, or none for several operations, with 400', async () => {
    const several = 'query A { __typename } query B { __typename }';
    expectRefusal(
      await send(target(), { headers: [json, bearer()], body: JSON.stringify({ query: several, operationName: 'C' }) }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    );
    expectRefusal(await send(target(), { headers: [json, bearer()], body: JSON.stringify({ query: several }) }), 400, 'OPERATION_RESOLUTION_FAILURE');
    expect((await send(target(), { headers: [json, bearer()], body: JSON.stringify({ query: several, operationName: 'B' }) })).json).toEqual({
      data: { __typename: 'Query' },
    });
  });

  it('answers unknown addresses and methods with 404 JSON', async () => {
    expectRefusal(await send(target(), { method: 'GET', path: '/nothing-here', headers: [] }), 404, 'NOT_FOUND');
    expectRefusal(await send(target(), { method: 'POST', path: '/graphql%', headers: [json, bearer()], body: QUERY }), 404, 'NOT_FOUND');
    const badPath = await send(target(), { method: 'GET', path: '/files/%E0%A4%A', headers: [] });
    expectRefusal(badPath, i < 2 ? 400 : 404, i < 2 ? 'BAD_REQUEST' : 'NOT_FOUND'); // the gateway and personnel serve /files
    expectRefusal(await send(target(), { method: 'DELETE', path: '/healthz', headers: [] }), 404, 'NOT_FOUND');
  });
});

describe('variables of the wrong type: 400 BAD_USER_INPUT, never an internal error', () => {
  const cases: Array<[string, string, string, object]> = [
    ['an object for an ID', 'mgr.sz', 'query($id: ID!) { employee(id: $id) { id } }', { id: { a: 1 } }],
    ['a string for an Int', 'mgr.sz', 'query($n: Int) { employees(branchId: "SZ01", page: { first: $n }) { totalCount } }', { n: 'many' }],
    ['a float for an Int', 'mgr.sz', 'query($n: Int) { employees(branchId: "SZ01", page: { first: $n }) { totalCount } }', { n: 1.5 }],
    ['a number out of Int range', 'mgr.sz', 'query($n: Int) { employees(branchId: "SZ01", page: { first: $n }) { totalCount } }', { n: 2 ** 40 }],
    ['null for a non-null', 'mgr.sz', 'query($id: ID!) { employee(id: $id) { id } }', { id: null }],
    ['a missing variable', 'mgr.sz', 'query($id: ID!) { employee(id: $id) { id } }', {}],
    [
      'a bad enum value',
      'mgr.sz',
      'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
      { input: { name: 'x', branchId: 'SZ01', employmentType: 'NOPE', hiredOn: '2026-11-02' } },
    ],
    [
      'a bad LocalDate',
      'mgr.sz',
      'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
      { input: { name: 'x', branchId: 'SZ01', teamId: 'SZ01-T1', employmentType: 'FULL_TIME', hiredOn: 'yesterday' } },
    ],
    [
      'a number for a LocalDate',
      'mgr.sz',
      'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
      { input: { name: 'x', branchId: 'SZ01', teamId: 'SZ01-T1', employmentType: 'FULL_TIME', hiredOn: 20261102 } },
    ],
    [
      'an unknown input field',
      'mgr.sz',
      'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
      { input: { name: 'x', branchId: 'SZ01', employmentType: 'FULL_TIME', hiredOn: '2026-11-02', salary: 1 } },
    ],
    ['a list for a string', 'rec.sz', 'query($q: String!) { candidates(filter: { name: $q }) { totalCount } }', { q: ['a', 'b'] }],
  ];

  it.each(cases)('%s', async (_name, user, query, variables) => {
    for (const [, url] of targets.filter(([n]) => n === 'gateway' || n === (user === 'rec.sz' ? 'recruitment' : 'personnel'))) {
      const a = await send(url, { headers: [json, bearer(user)], body: JSON.stringify({ query, variables }) });
      expect(a.status).toBe(400);
      expect(a.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expectClean(a);
    }
  });
});

describe('search filters', () => {
  it('refuses a 4 MB name filter as bad input and does not write it to the log', async () => {
    const huge = '%_'.repeat(2 * 1024 * 1024);
    const r = await t.ask('rec.sz', 'query($q: String!) { candidates(filter: { name: $q }) { totalCount } }', { q: huge });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const r2 = await t.ask('rec.sz', 'query($q: String!) { candidates(filter: { name: $q }) { totalCount } }', { q: '%_\\'.repeat(3000) });
    expect(r2.body.errors).toBeUndefined();
    expect(r2.body.data.candidates.totalCount).toBe(0);
    expect(
      logs.some((l) =>
        l.includes('%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_%_'),
      ),
    ).toBe(false);
  });
});

describe('archive files', () => {
  it('gives upload and download URLs at the gateway, which forwards them; a 21 MB upload is 413 JSON', async () => {
    const gateway = new URL(t.graph.gateway.url).origin;
    const { url, fileRef } = (await t.ask('clerk.arc', 'mutation { requestUploadUrl(employeeId: "E1001") { url fileRef } }')).body.data.requestUploadUrl;
    expect(url.startsWith(`${gateway}/files/`)).toBe(true);
    const big = await send(url, { method: 'PUT', headers: [['content-type', 'application/pdf']], body: Buffer.alloc(21 * 1024 * 1024) });
    expectRefusal(big, 413, 'PAYLOAD_TOO_LARGE');
    const put = await fetch(url, { method: 'PUT', body: 'scan of a certificate', headers: { 'content-type': 'application/pdf' } });
    expect(put.status).toBe(201);
    expect(await put.json()).toEqual({ fileRef, bytes: 21 });
    expectRefusal(await send(url.replace(/sig=[^&]+/, 'sig=forged'), { method: 'PUT', headers: [], body: 'x' }), 403, 'FORBIDDEN');
    const added = await t.ask(
      'clerk.arc',
      `mutation { addArchiveDocument(input: { employeeId: "E1001", kind: DIPLOMA_COPY, title: "学历证书", fileRef: "${fileRef}" }) { id } }`,
    );
    if (added.body.errors) return; // the archive's own rules are tested elsewhere; the URLs are what matter here
    const doc = added.body.data.addArchiveDocument.id;
    const dl = await t.ask('clerk.arc', `mutation { requestDownloadUrl(documentId: "${doc}") { url } }`);
    if (dl.body.errors) return;
    expect(dl.body.data.requestDownloadUrl.url.startsWith(`${gateway}/files/`)).toBe(true);
    const got = await fetch(dl.body.data.requestDownloadUrl.url);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('scan of a certificate');
  });
});

/** A valid resident ID number (check digit computed) for a birth date and a sequence. */
function idNumber(birth: string, seq: number): string {
  const body = `440305${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

describe('the logs', () => {
  it('hold no bearer token, nothing JWT-shaped, and none of the ID numbers used', async () => {
    const ids = [idNumber('19900307', 451), idNumber('19851224', 12), idNumber('20000101', 999)];
    const HIRE = 'mutation($input: HireEmployeeInput!) { hireEmployee(input: $input) { id idNumber } }';
    const base = { branchId: 'SZ01', teamId: 'SZ01-T1', groupId: 'SZ01-T1-G1', outletId: 'SZ01-O1', employmentType: 'FULL_TIME', hiredOn: '2026-11-02' };
    const hired: string[] = [];
    for (const [i, id] of ids.entries()) {
      const r = await t.ask('mgr.sz', HIRE, { input: { ...base, name: `新人${i}`, idNumber: id } });
      expect(r.body.errors).toBeUndefined();
      hired.push(r.body.data.hireEmployee.id);
    }
    // the same ID number again, and a bad one (the problem is told to the caller, not logged with the number)
    await t.ask('mgr.sz', HIRE, { input: { ...base, name: '重复', idNumber: ids[0] } });
    await t.ask('mgr.sz', HIRE, { input: { ...base, name: '错号', idNumber: `${ids[1].slice(0, 17)}0` } });
    // archive reads, allowed and refused
    for (const id of hired) {
      await t.ask('mgr.sz', `{ employee(id: "${id}") { idNumber } }`);
      await t.ask('mgr.gz', `{ employee(id: "${id}") { idNumber } }`);
    }
    // refused tokens of every kind, at every process
    const cases = badCredentials({ valid: realm.tokenFor('mgr.sz'), publicJwk: realm.jwks().keys[0], sign: (c, h) => realm.sign(c, h) });
    for (const [, url] of targets)
      for (const c of cases.slice(0, 12))
        await send(url, { headers: [json, ...c.authorization.map((v): [string, string] => ['authorization', v])], body: QUERY });
    // an ID number and a token inside arguments that fail
    await t.ask('mgr.sz', `{ employee(id: "${ids[2]}") { id } }`);
    await t.ask('mgr.sz', 'query($id: ID!) { employee(id: $id) { id } }', { id: { token: realm.tokenFor('vp.qian'), idNumber: ids[2] } });
    await t.graph.settle();

    const text = logs.join('');
    expect(logs.length).toBeGreaterThan(20); // the graph did log: refused tokens at least
    expect(text).toContain('refused a token');
    expect(text.match(/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g) ?? []).toEqual([]);
    expect(text.match(/bearer\s+[A-Za-z0-9._~+/-]{8,}/gi) ?? []).toEqual([]);
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toContain(ids[1].slice(0, 17));
    expect(Math.max(...logs.map((l) => l.length))).toBeLessThan(20_000);
  });
});
