/**
 * What every k6 scenario script shares: options with thresholds from the scenario's definition,
 * tokens (Keycloak direct grant, or a tokens file), and one iteration (an operation of the mix).
 */
import http from 'k6/http';
import { check, sleep } from 'k6';
import { Rate } from 'k6/metrics';
import type { Options } from 'k6/options';
import { operationFor, scenarioData, type Scenario } from '../src/scenarios/definitions.ts';

const graphqlErrors = new Rate('graphql_errors');
const GATEWAY = (__ENV.GATEWAY_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const data = scenarioData(__ENV);

export function k6Options(s: Scenario): Options {
  const thresholds: Record<string, string[]> = {
    http_req_failed: [`rate<=${s.thresholds.httpFailureRate}`],
    graphql_errors: [`rate<=${s.thresholds.graphqlErrorRate}`],
  };
  for (const op of s.operations) {
    thresholds[`http_req_duration{op:${op.name}}`] = [`p(95)<${s.thresholds.p95Ms}`, `p(99)<${s.thresholds.p99Ms}`];
  }
  return {
    scenarios: {
      [s.name]: { executor: 'constant-vus', vus: Number(__ENV.VUS ?? s.vus), duration: `${__ENV.DURATION ?? s.durationS}s` },
    },
    thresholds,
  };
}

/** The users the mix sends as (the first 1000 iterations name them all). */
function usersOf(s: Scenario): string[] {
  const users = new Set<string>();
  for (let i = 0; i < 1000; i++) users.add(operationFor(s, i).user(i, data));
  return [...users];
}

/** Tokens by direct grant when KEYCLOAK_URL is set (password BG_PASSWORD, default demo), else from TOKENS_FILE (`node load-tests/dist/local/tokens.js <scenario>`). */
export function k6Setup(s: Scenario): () => Record<string, string> {
  return () => {
    if (!__ENV.KEYCLOAK_URL) {
      if (!__ENV.TOKENS_FILE) throw new Error('set KEYCLOAK_URL (direct grant) or TOKENS_FILE');
      return JSON.parse(open(__ENV.TOKENS_FILE)) as Record<string, string>;
    }
    const tokens: Record<string, string> = {};
    for (const username of usersOf(s)) {
      const res = http.post(`${__ENV.KEYCLOAK_URL}/realms/${__ENV.KEYCLOAK_REALM ?? 'branch-graph'}/protocol/openid-connect/token`, {
        grant_type: 'password',
        client_id: 'branch-web',
        username,
        password: __ENV.BG_PASSWORD ?? 'demo',
      });
      tokens[username] = (res.json() as { access_token: string }).access_token;
    }
    return tokens;
  };
}

export function k6Iteration(s: Scenario): (tokens: Record<string, string>) => void {
  return (tokens) => {
    const i = __ITER * 1000 + __VU;
    const op = operationFor(s, i);
    const res = http.post(`${GATEWAY}/graphql`, JSON.stringify({ query: op.query, variables: op.variables?.(i, data) }), {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[op.user(i, data)]}` },
      tags: { op: op.name },
    });
    const body = res.status === 200 ? (res.json() as { errors?: unknown[] } | null) : null;
    const failed = !body || !!body.errors?.length;
    graphqlErrors.add(failed, { op: op.name });
    check(res, { 'HTTP 200': (r) => r.status === 200, 'no GraphQL errors': () => !failed });
    const { min, max } = s.thinkTimeMs;
    if (max > 0) sleep((min + Math.random() * (max - min)) / 1000);
  };
}
