/**
 * The access matrix (issue 14): every role of DOMAIN.md's table against every root query and
 * mutation of the supergraph, in and out of its scope, through the gateway. The expectations are
 * the rows in ./rows/<service>.ts; docs/access-matrix.md is generated from them (doc.test.ts).
 *
 * Allowed = no FORBIDDEN/UNAUTHENTICATED error (a NOT_FOUND, BAD_USER_INPUT or CONFLICT on the
 * generated arguments is an answer past the checks). One graph for the suite; queries run
 * concurrently (8 at a time), mutations after them, 4 at a time (on this suite's own throwaway databases).
 *
 * `ACCESS_MATRIX_RECORD=<file>` writes what was observed, as rows, to <file> (to draft the row of
 * a new operation; check it against DOMAIN.md before pasting it in).
 */
import { writeFileSync } from 'node:fs';
import { startTestGraph, type TestGraph } from '../test-graph';
import { CALLERS, SCOPES_OF, expectedAllowed, grantFor, type Caller, type Grant, type Scope } from './model';
import { rootOperations, type RootOperation } from './operations';
import { ROWS } from './rows';
import { missingRowMessage, renderRow } from './doc';
import { observe, type Observation } from './run';

const operations = rootOperations();
const RECORD = process.env.ACCESS_MATRIX_RECORD;
const only = process.env.ACCESS_MATRIX_ONLY ? new RegExp(process.env.ACCESS_MATRIX_ONLY) : null;
let t: TestGraph;
const recorded: Record<string, { op: RootOperation; observed: Map<string, Observation> }> = {};

beforeAll(async () => {
  t = await startTestGraph();
}, 90_000);
afterAll(async () => {
  if (RECORD) {
    const out = Object.values(recorded).map(({ op, observed }) => {
      const scopes = SCOPES_OF[ROWS[op.name]?.kind ?? op.targetKind];
      const allow: Partial<Record<Caller, Grant>> = {};
      const codes: string[] = [];
      for (const c of CALLERS) {
        const allowed = scopes.filter((s) => observed.get(`${c}|${s}`)?.outcome === 'allowed');
        const g = grantFor(allowed, scopes);
        if (g) allow[c] = g;
        for (const s of scopes) {
          const o = observed.get(`${c}|${s}`);
          if (o && o.outcome !== 'forbidden') codes.push(`${c}@${s}:${o.code}${o.outcome === 'broken' ? ` BROKEN ${o.message}` : ''}`);
        }
      }
      return `// ${op.service} ${op.targetKind}\n// ${[...new Set(codes.map((x) => x.split(':').slice(1).join(':')))].join(' | ').slice(0, 400)}\n${renderRow(op.name, { ...ROWS[op.name], allow })}`;
    });
    writeFileSync(RECORD, out.join('\n'));
  }
  await t?.stop();
});

async function pool<T>(items: T[], width: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

describe('the access matrix', () => {
  it('has a row for every root operation of the supergraph, and none for an operation that is gone', () => {
    const missing = operations.filter((op) => !ROWS[op.name]);
    expect(missing.length ? missingRowMessage(missing) : 'every operation has a row').toBe('every operation has a row');
    const names = new Set(operations.map((op) => op.name));
    expect(Object.keys(ROWS).filter((n) => !names.has(n))).toEqual([]);
  });

  const selected = operations.filter((op) => (RECORD || ROWS[op.name]) && (!only || only.test(op.name)));
  const ordered = [...selected.filter((op) => op.kind === 'query'), ...selected.filter((op) => op.kind === 'mutation')];
  it.each(ordered.map((op) => [op.name, op] as const))(
    '%s',
    async (_name, op) => {
      const row = ROWS[op.name];
      const scopes = SCOPES_OF[row?.kind ?? op.targetKind];
      const cells = CALLERS.flatMap((c) => scopes.map((s) => [c, s] as [Caller, Scope]));
      const observed = new Map<string, Observation>();
      await pool(cells, op.kind === 'query' ? 8 : 4, async ([c, s]) => {
        observed.set(`${c}|${s}`, await observe(t, op, row, c, s));
      });
      if (RECORD) {
        recorded[op.name] = { op, observed };
        return;
      }
      const wrong: string[] = [];
      for (const [c, s] of cells) {
        const o = observed.get(`${c}|${s}`)!;
        const expected = expectedAllowed(row.allow[c], s) ? 'allowed' : 'forbidden';
        if (o.outcome !== expected) wrong.push(`${c} @ ${s}: expected ${expected}, got ${o.outcome} (${o.code}${o.message ? `: ${o.message}` : ''})`);
      }
      expect(wrong).toEqual([]);
    },
    120_000,
  );
});
