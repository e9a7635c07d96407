/**
 * What every k6 scenario script shares: options with thresholds from the scenario's definition,
 * tokens (Keycloak direct grant, or a tokens file), and one iteration (an operation of the mix).
 */
import http from 'k6/http';
import exec from 'k6/execution';
import { check, sleep } from 'k6';
import { Rate } from 'k6/metrics';
import type { Options, Scenario as K6Scenario } from 'k6/options';
import { operationFor, scenarioData, type Scenario, type ScenarioData } from '../src/scenarios/definitions.ts';

const graphqlErrors = new Rate('graphql_errors');
const GATEWAY = (__ENV.GATEWAY_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
/** The company at scale's ids and users when BG_DATA_FILE names load-tests/scale-data.json (`npm run load:scale`). */
const data = scenarioData(__ENV, __ENV.BG_DATA_FILE ? (JSON.parse(open(__ENV.BG_DATA_FILE)) as ScenarioData) : undefined);
const flowWork = (s: Scenario) => (s.flows ?? []).flatMap((flow) => flow.keys(data).map((key) => ({ flow, key })));

export function k6Options(s: Scenario): Options {
  const thresholds: Record<string, string[]> = {
    http_req_failed: [`rate<=${s.thresholds.httpFailureRate}`],
    graphql_errors: [`rate<=${s.thresholds.graphqlErrorRate}`],
  };
  const names = [...s.operations.map((o) => o.name), ...(s.flows ?? []).flatMap((f) => f.steps.map((step) => `${f.name}: ${step.name}`))];
  for (const name of names) {
    thresholds[`http_req_duration{op:${name}}`] = [`p(95)<${s.thresholds.p95Ms}`, `p(99)<${s.thresholds.p99Ms}`];
  }
  const scenarios: Record<string, K6Scenario> = {
    [s.name]: { executor: 'constant-vus', vus: Number(__ENV.VUS ?? s.vus), duration: `${__ENV.DURATION ?? s.durationS}s` },
  };
  const work = flowWork(s).length;
  if (work) {
    // Each key's flow once (a branch's month end), beside the mix: the script exports `flows = k6Flows(scenario)`.
    scenarios.flows = { executor: 'shared-iterations', exec: 'flows', vus: Math.min(work, 50), iterations: work, maxDuration: '10m' };
  }
  return { scenarios, thresholds };
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

/**
 * One key's flow per iteration (shared-iterations): it starts at a random time within the flow's
 * window (at most three quarters of DURATION, as the local runner), then its steps in order; a "not
 * yet" refusal is retried every 500 ms for up to 60 s.
 */
export function k6Flows(s: Scenario): (tokens: Record<string, string>) => void {
  const work = flowWork(s);
  const duration = Number(__ENV.DURATION ?? s.durationS);
  return (tokens) => {
    const item = work[exec.scenario.iterationInTest];
    if (!item) return;
    sleep(Math.random() * Math.min(item.flow.windowS, duration * 0.75));
    const kept: Record<string, unknown> = {};
    for (const step of item.flow.steps) {
      const op = `${item.flow.name}: ${step.name}`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const res = http.post(`${GATEWAY}/graphql`, JSON.stringify({ query: step.query, variables: step.variables(item.key, data, kept) }), {
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[step.user(item.key, data)]}` },
          tags: { op },
        });
        const body = res.status === 200 ? (res.json() as { data?: Record<string, unknown>; errors?: unknown[] } | null) : null;
        if (body?.errors && step.retryWhile?.test(JSON.stringify(body.errors)) && Date.now() < deadline) {
          sleep(0.5);
          continue;
        }
        const failed = !body || !!body.errors?.length || !body.data;
        graphqlErrors.add(failed, { op });
        check(res, { 'HTTP 200': (r) => r.status === 200, 'no GraphQL errors': () => !failed });
        if (failed) return;
        step.keep?.(body!.data!, kept);
        break;
      }
      const { min, max } = s.thinkTimeMs;
      if (max > 0) sleep((min + Math.random() * (max - min)) / 1000);
    }
  };
}
