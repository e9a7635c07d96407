/**
 * The hostile-input classes: each makes requests (to the gateway or straight to a subgraph) and
 * says which answers are acceptable. Nothing here may get a 5xx, an INTERNAL_SERVER_ERROR or a
 * leak; a class with `refused` also fails when an abusive request is answered with data.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';

export interface HostileRequest {
  target: string;
  method: string;
  path?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface HostileClass {
  name: string;
  count: number;
  make(i: number): HostileRequest;
  /** The answer must be a refusal (4xx, or GraphQL errors without data); otherwise any non-5xx answer is acceptable. */
  refused?: boolean;
}

export interface Targets {
  gateway: string;
  subgraphs: Record<string, string>;
  /** A valid token per demo user. */
  token(user: string): string;
  /** The dev realm's signing key and kid, to forge tokens that differ in one way. */
  sign(header: Record<string, unknown>, claims: Record<string, unknown>, key?: 'realm' | 'other'): string;
  claims(user: string): Record<string, unknown>;
}

const json = { 'content-type': 'application/json' };
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ query, variables, ...extra });
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];
const USERS = ['tl.wang', 'mgr.sz', 'cm.zhang', 'fin.sz', 'rec.sz', 'clerk.arc', 'vp.qian'];
const MB = 1024 * 1024;

function nest(levels: number): string {
  let s = 'id';
  for (let i = 0; i < levels; i++) s = `team { members { ${s} } }`;
  return `{ team(id: "SZ01-T1") { members { ${s} } } }`;
}

const LIST_QUERIES: Array<[string, string]> = [
  ['mgr.sz', 'query($p: PageInput) { employees(branchId: "SZ01", page: $p) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }'],
  ['tl.wang', 'query($p: PageInput) { leaveRequests(teamId: "SZ01-T1", page: $p) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }'],
  ['fin.sz', 'query($p: PageInput) { payrollRuns(branchId: "SZ01", page: $p) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }'],
  ['rec.sz', 'query($p: PageInput) { requisitions(branchId: "SZ01", page: $p) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }'],
  ['rec.sz', 'query($p: PageInput) { candidates(page: $p) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }'],
];

export function hostileClasses(t: Targets, scale = 1): HostileClass[] {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const subgraphNames = Object.keys(t.subgraphs);
  const anyTarget = (i: number) => (i % 2 === 0 ? t.gateway : t.subgraphs[pick(subgraphNames, i >> 1)]);
  const gw = (body: string | Buffer, user: string | null = 'tl.wang', headers: Record<string, string> = json): HostileRequest => ({
    target: t.gateway,
    method: 'POST',
    headers: { ...headers, ...(user ? bearer(t.token(user)) : {}) },
    body,
  });
  const exp = () => Math.floor(Date.now() / 1000) + 300;
  const now = () => Math.floor(Date.now() / 1000);
  const ME = '{ me { id name } }';

  return [
    {
      name: 'invalid JSON',
      count: n(800),
      make: (i) => ({
        target: anyTarget(i),
        method: 'POST',
        headers: { ...json, ...bearer(t.token(pick(USERS, i))) },
        body: pick(
          [
            '{',
            '{"query": ',
            '{"query": "{ me { id } }"',
            'nul\u0000l',
            '{"query": "x", }',
            '[1,2',
            '"just a string"',
            'true',
            '{"query": 123}',
            '{"query": null}',
            '\u00ff\u00fe{}',
          ],
          i,
        ),
      }),
      refused: true,
    },
    {
      name: 'wrong or missing content type',
      count: n(600),
      make: (i) => ({
        target: anyTarget(i),
        method: 'POST',
        headers: {
          ...bearer(t.token('tl.wang')),
          ...pick<Record<string, string>>(
            [
              {},
              { 'content-type': 'text/plain' },
              { 'content-type': 'application/x-www-form-urlencoded' },
              { 'content-type': 'multipart/form-data; boundary=x' },
              { 'content-type': 'application/xml' },
            ],
            i,
          ),
        },
        body: gql(ME),
      }),
    },
    {
      name: 'unknown charsets and encodings',
      count: n(500),
      make: (i) => ({
        target: anyTarget(i),
        method: 'POST',
        headers: {
          ...bearer(t.token('tl.wang')),
          ...pick<Record<string, string>>(
            [
              { 'content-type': 'application/json; charset=ebcdic-xx' },
              { 'content-type': 'application/json; charset=utf-7' },
              { 'content-type': 'application/json; charset=""' },
              { 'content-type': 'application/json', 'content-encoding': 'br-x' },
              { 'content-type': 'application/json', 'content-encoding': 'gzip' },
            ],
            i,
          ),
        },
        body: gql(ME),
      }),
    },
    {
      name: 'NUL bytes in queries, variables and names',
      count: n(800),
      make: (i) =>
        ({
          ...gw(
            pick(
              [
                gql('query($id: ID!) { employee(id: $id) { id } }', { id: 'E10\u000001' }),
                gql('{ employee(id: "E1\\u0000001") { id } }'),
                gql('{ me\u0000 { id } }'),
                gql('query($n: String!) { candidates(filter: { name: $n }) { totalCount } }', { n: 'a\u0000b' }),
              ],
              i,
            ),
            pick(USERS, i),
          ),
          target: anyTarget(i),
        }) as HostileRequest,
      refused: true,
    },
    {
      name: 'oversize strings (1-4 MB) in variables, literals and ids',
      count: n(60),
      make: (i) => {
        const big = 'x'.repeat((1 + (i % 4)) * MB);
        const body = pick(
          [
            gql('query($id: ID!) { employee(id: $id) { id name } }', { id: big }),
            gql(`{ employee(id: "${big}") { id } }`),
            gql('query($n: String) { candidates(filter: { name: $n }) { totalCount } }', { n: big }),
            gql(ME, { unused: big }),
          ],
          i,
        );
        return { ...gw(body, pick(USERS, i)), target: anyTarget(i) };
      },
      refused: true,
    },
    {
      name: 'bodies over the limit (6-8 MB)',
      count: n(12),
      make: (i) => ({ ...gw(gql(ME, { pad: 'y'.repeat((6 + (i % 3)) * MB) })), target: anyTarget(i) }),
      refused: true,
    },
    {
      name: 'wrong variable types',
      count: n(1000),
      make: (i) => {
        const cases: Array<[string, unknown]> = [
          ['query($id: ID!) { employee(id: $id) { id } }', { id: { a: [1, 2] } }],
          ['query($id: ID!) { employee(id: $id) { id } }', { id: [1, 2, 3] }],
          ['query($id: ID!) { employee(id: $id) { id } }', { id: null }],
          ['query($id: ID!) { employee(id: $id) { id } }', {}],
          ['query($id: ID!) { employee(id: $id) { id } }', 'not an object'],
          ['query($m: YearMonth!) { me { attendance(month: $m) { lateArrivals } } }', { m: 2026 }],
          ['query($m: YearMonth!) { me { attendance(month: $m) { lateArrivals } } }', { m: '2026-13' }],
          ['query($m: YearMonth!) { me { attendance(month: $m) { lateArrivals } } }', { m: { $gt: '' } }],
          ['query($p: PageInput) { employees(page: $p) { totalCount } }', { p: { first: '10' } }],
          ['query($p: PageInput) { employees(page: $p) { totalCount } }', { p: { first: 1.5 } }],
          ['query($p: PageInput) { employees(page: $p) { totalCount } }', { p: { first: 1e30 } }],
          ['query($p: PageInput) { employees(page: $p) { totalCount } }', { p: { after: 12 } }],
          ['query($s: [CandidateStage!]) { candidates(filter: { stages: $s }) { totalCount } }', { s: ['NOT_A_STAGE'] }],
          ['query($s: [CandidateStage!]) { candidates(filter: { stages: $s }) { totalCount } }', { s: 'APPLIED'.repeat(100) }],
        ];
        const [query, variables] = pick(cases, i);
        return { ...gw(gql(query, variables), pick(USERS, i)), target: anyTarget(i) };
      },
      refused: true,
    },
    {
      name: 'unknown or mismatched operationName',
      count: n(500),
      make: (i) =>
        gw(
          JSON.stringify({
            query: 'query A { me { id } } query B { me { name } }',
            operationName: pick(['C', '', null, 12, { x: 1 }, 'a'.repeat(20_000)], i),
          }),
        ),
      refused: true,
    },
    {
      name: 'alias floods (attendance and performance crossings, me, mutations)',
      count: n(200),
      make: (i) => {
        const k = pick([100, 1000, 3000, 5000], i);
        const sel = pick(
          [
            (j: number) => `a${j}: employee(id: "E1001") { attendance(month: "2026-10") { lateArrivals } businessMetrics(month: "2026-10") { newAccounts } }`,
            (j: number) => `a${j}: me { id }`,
            (j: number) => `a${j}: __typename`,
          ],
          i,
        );
        const body = Array.from({ length: k }, (_, j) => sel(j)).join(' ');
        return gw(gql(i % 5 === 4 ? `mutation { ${body} }` : `{ ${body} }`), pick(USERS, i));
      },
      refused: true,
    },
    {
      name: 'depth and fan-out (team.members nesting)',
      count: n(400),
      make: (i) => gw(gql(nest(2 + (i % 12))), pick(['tl.wang', 'mgr.sz', 'vp.qian'], i)),
      refused: true,
    },
    {
      name: 'fragment cycles and fragment bombs',
      count: n(300),
      make: (i) =>
        gw(
          gql(
            pick(
              [
                '{ me { ...A } } fragment A on Employee { team { members { ...B } } } fragment B on Employee { team { members { ...A } } }',
                '{ me { ...A } } fragment A on Employee { ...A }',
                `{ me { ...F0 } } ${Array.from({ length: 30 }, (_, j) => `fragment F${j} on Employee { id team { members { ...F${j + 1} } } }`).join(' ')} fragment F30 on Employee { id }`,
                `{ me { ...F0 } } ${Array.from({ length: 12 }, (_, j) => `fragment F${j} on Employee { a: team { members { ...F${j + 1} } } b: team { members { ...F${j + 1} } } }`).join(' ')} fragment F12 on Employee { id }`,
              ],
              i,
            ),
          ),
        ),
      refused: true,
    },
    {
      name: 'directive floods',
      count: n(300),
      make: (i) => gw(gql(`{ me { id ${Array.from({ length: pick([30, 300, 3000], i) }, () => '@include(if: true)').join(' ')} } }`)),
      refused: true,
    },
    {
      name: 'token floods',
      count: n(100),
      make: (i) => gw(gql(`{ me { ${Array.from({ length: pick([5000, 12000], i) }, () => 'id').join(' ')} } }`)),
      refused: true,
    },
    {
      name: 'batched arrays',
      count: n(400),
      make: (i) => ({ ...gw(JSON.stringify(Array.from({ length: pick([2, 50, 1000], i) }, () => ({ query: ME })))), target: anyTarget(i) }),
      refused: true,
    },
    {
      name: 'GET and CSRF (mutations over GET, no content type, simple forms)',
      count: n(600),
      make: (i) => {
        const target = anyTarget(i);
        const q = encodeURIComponent(pick(['mutation { __typename }', '{ me { id } }', 'mutation { archive(id: "E1001") { id } }'], i));
        const kinds: HostileRequest[] = [
          { target: `${target}?query=${q}`, method: 'GET', headers: bearer(t.token('mgr.sz')) },
          { target: `${target}?query=${q}`, method: 'GET', headers: { ...bearer(t.token('mgr.sz')), 'apollo-require-preflight': 'true' } },
          { target, method: 'POST', headers: { ...bearer(t.token('mgr.sz')), 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${q}` },
          { target, method: 'POST', headers: bearer(t.token('mgr.sz')), body: gql('mutation { __typename }') },
          { target, method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'], i >> 2), headers: { ...json, ...bearer(t.token('mgr.sz')) }, body: gql(ME) },
        ];
        return pick(kinds, i);
      },
    },
    {
      name: 'page sizes -1, 0, 201, 100000 and forged cursors on every subgraph',
      count: n(1000),
      make: (i) => {
        const [user, query] = pick(LIST_QUERIES, i);
        const page = pick<unknown>(
          [
            { first: -1 },
            { first: 0 },
            { first: 201 },
            { first: 100000 },
            { first: 5, after: 'Zm9yZ2Vk' },
            { first: 5, after: '-1' },
            { first: 5, after: 'x'.repeat(5000) },
          ],
          i >> 2,
        );
        const target = i % 3 === 0 ? t.gateway : t.subgraphs[pick(subgraphNames, i)];
        return { target, method: 'POST', headers: { ...json, ...bearer(t.token(user)) }, body: gql(query, { p: page }) };
      },
      refused: true,
    },
    {
      name: 'bad tokens (nbf ahead, no exp, iat ahead, expired, fourth segment, alg none, another key, garbage)',
      count: n(1600),
      make: (i) => {
        const user = pick(USERS, i);
        const c = t.claims(user);
        const kinds: Array<() => string> = [
          () => t.sign({ alg: 'RS256', typ: 'JWT' }, { ...c, nbf: now() + 3600, exp: exp() }),
          () => t.sign({ alg: 'RS256', typ: 'JWT' }, { ...c, exp: undefined }),
          () => t.sign({ alg: 'RS256', typ: 'JWT' }, { ...c, iat: now() + 3600, exp: exp() + 3600 }),
          () => t.sign({ alg: 'RS256', typ: 'JWT' }, { ...c, exp: now() - 60 }),
          () => `${t.token(user)}.extra`,
          () =>
            t
              .sign({ alg: 'none', typ: 'JWT' }, { ...c, exp: exp() })
              .split('.')
              .slice(0, 2)
              .join('.') + '.',
          () => t.sign({ alg: 'RS256', typ: 'JWT' }, { ...c, exp: exp() }, 'other'),
          () => t.sign({ alg: 'HS256', typ: 'JWT' }, { ...c, exp: exp() }),
          () => 'x'.repeat(pick([1, 100, 20_000], i)),
          () => 'a.b.c',
          () => `${Buffer.from('{"alg":').toString('base64url')}.e30.`,
          () => t.sign({ alg: 'RS256', typ: 'JWT', kid: '../../etc/passwd' }, { ...c, exp: exp() }),
        ];
        const token = kinds[i % kinds.length]();
        return { target: anyTarget(i), method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body: gql(ME) };
      },
      refused: true,
    },
    {
      name: 'huge and odd ids',
      count: n(600),
      make: (i) => {
        const id = pick(
          [
            'x'.repeat(9_999),
            'x'.repeat(10_001),
            "E1001' OR '1'='1",
            'E1001; DROP TABLE employee',
            '%00',
            '../../etc/passwd',
            '\ud800',
            '🙂'.repeat(3000),
            '\\'.repeat(5000),
            '',
          ],
          i,
        );
        return {
          ...gw(gql('query($id: ID!) { employee(id: $id) { id name } archive(employeeId: $id) { employeeId } }', { id }), pick(USERS, i)),
          target: anyTarget(i),
        };
      },
    },
    {
      name: 'introspection and suggestions',
      count: n(300),
      make: (i) =>
        gw(
          gql(
            pick(
              [
                '{ __schema { types { name fields { name } } } }',
                '{ __type(name: "Employee") { fields { name } } }',
                '{ me { nam } }',
                '{ employes { totalCount } }',
              ],
              i,
            ),
          ),
          pick(USERS, i),
        ),
      refused: true,
    },
  ];
}

/** A throwaway RSA key: "signed by another key". */
export const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

export function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: Parameters<ReturnType<typeof createSign>['sign']>[0]): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const signed = `${b64(header)}.${b64(claims)}`;
  if (header.alg === 'none') return `${signed}.`;
  if (header.alg === 'HS256') return `${signed}.${Buffer.from('not-a-real-hmac').toString('base64url')}`;
  return `${signed}.${createSign('RSA-SHA256').update(signed).sign(key).toString('base64url')}`;
}
