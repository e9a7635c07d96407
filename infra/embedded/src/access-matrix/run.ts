/** Runs one request of the matrix through the gateway and classifies its outcome. */
import type { TestGraph } from '../test-graph';
import { callerIdentity, targetOf, type Caller, type Row, type Scope } from './model';
import type { RootOperation } from './operations';

export type Outcome = 'allowed' | 'forbidden' | 'broken';
export interface Observation {
  outcome: Outcome;
  /** The first error's code (or `ok`), for the record and the failure messages. */
  code: string;
  message?: string;
}

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Codes that mean the matrix's own request is wrong (not an answer of the operation). */
const BROKEN = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

const tokens = new Map<Caller, string>();
export function tokenOf(t: TestGraph, caller: Caller): string {
  let token = tokens.get(caller);
  if (!token) {
    const id = callerIdentity(caller);
    token = t.realm.tokenFor(id.base, { realm_access: { roles: [id.role] }, preferred_username: `matrix.${caller}` });
    tokens.set(caller, token);
  }
  return token;
}

export async function observe(t: TestGraph, op: RootOperation, row: Row | undefined, caller: Caller, scope: Scope): Promise<Observation> {
  const target = targetOf(scope, caller);
  const { query, variables } = op.document(target, row?.args?.(target));
  const res = await t.gql(t.graph.gateway.url, tokenOf(t, caller), query, variables);
  const error = res.body.errors?.[0];
  const code: string = error ? (error.extensions?.code ?? 'NO_CODE') : res.status === 200 ? 'ok' : `HTTP_${res.status}`;
  const message: string | undefined = error?.message;
  if (res.status !== 200 && !error) return { outcome: 'broken', code, message };
  if (res.body.errors?.some((e: { extensions?: { code?: string } }) => REFUSED.has(e.extensions?.code ?? '')))
    return { outcome: 'forbidden', code: 'FORBIDDEN', message };
  if (BROKEN.has(code)) return { outcome: 'broken', code, message };
  return { outcome: 'allowed', code, message };
}
