/**
 * Persisted operations and rate limits at the gateway, as a frontend and an abuser meet them, on a
 * graph started with PERSISTED_OPERATIONS=required and a small per-user rate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from './test-graph';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph({ PERSISTED_OPERATIONS: 'required', RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '5' });
}, 240_000);
afterAll(() => t?.stop());

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../gateway/operations/manifest.json'), 'utf8')) as {
  operations: Record<string, { name: string; body: string }>;
};
const [payslipHash] = Object.entries(manifest.operations).find(([, op]) => op.name === 'Payslip')!;

async function post(user: string, body: object) {
  const res = await fetch(t.graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.realm.tokenFor(user)}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: any; errors?: any[] } };
}

it('runs a registered operation by its hash alone', async () => {
  const r = await post('cm.zhang', {
    extensions: { persistedQuery: { version: 1, sha256Hash: payslipHash } },
    variables: { month: '2026-10', employee: 'E1001' },
  });
  expect(r.status).toBe(200);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data).toHaveProperty('payslip');
});

it('refuses free text and unknown hashes when persisted operations are required', async () => {
  const free = await post('cm.liu', { query: '{ me { id } }' });
  expect(free.status).toBe(400);
  expect(free.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
  const unknown = await post('cm.liu', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
  expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const unknownWithText = await post('cm.liu', { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } });
  expect(unknownWithText.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(unknownWithText.body.data).toBeUndefined();
});

it('limits a user to the rate (429 RATE_LIMITED with Retry-After) without limiting another user', async () => {
  const body = { extensions: { persistedQuery: { version: 1, sha256Hash: payslipHash } }, variables: { month: '2026-10', employee: 'E1004' } };
  // At once: a burst of 5 and 1 a second refill cannot answer 30 requests in the seconds they take.
  const answers = await Promise.all(Array.from({ length: 30 }, () => post('gl.li', body)));
  const limited = answers.filter((a) => a.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(limited[0].body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  expect(Number(limited[0].retryAfter)).toBeGreaterThanOrEqual(1);
  const other = await post('tl.wang', body);
  expect(other.status).not.toBe(429);
});
