/** What the local runner and the gateway benchmark share: tokens, a keep-alive GraphQL client, percentiles. */
import { Pool } from 'undici';
import { DEFAULT_CLIENT, DEMO_PASSWORD, DevRealm } from '@bg/auth';
import { SCALE_USERS } from '@bg/service';

/**
 * Tokens of demo users: from Keycloak by direct grant when KEYCLOAK_URL is set, else signed by the
 * embedded dev realm's key (the one the gateway serves the JWKS of: DEV_REALM_KEY_FILE).
 */
export function tokenSource(env: Record<string, string | undefined> = process.env): (username: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  const realmName = env.KEYCLOAK_REALM ?? 'branch-graph';
  let realm: DevRealm | undefined;
  const issue = async (username: string): Promise<string> => {
    if (env.KEYCLOAK_URL) {
      const res = await fetch(`${env.KEYCLOAK_URL}/realms/${realmName}/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: DEFAULT_CLIENT, username, password: env.BG_PASSWORD ?? DEMO_PASSWORD }),
      });
      const body = (await res.json()) as { access_token?: string; error_description?: string };
      if (!body.access_token) throw new Error(`Keycloak refused ${username}: ${body.error_description ?? res.status}`);
      return body.access_token;
    }
    realm ??= new DevRealm({
      url: env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
      realm: realmName,
      keyFile: env.DEV_REALM_KEY_FILE ?? '.data/dev-realm/signing-key.pem',
      users: SCALE_USERS, // the company at scale's (DEMO_COMPANY=scale), none otherwise
    });
    return realm.tokenFor(username);
  };
  return (username) => {
    let t = cache.get(username);
    if (!t) cache.set(username, (t = issue(username)));
    return t;
  };
}

export interface Outcome {
  ms: number;
  httpOk: boolean;
  graphqlErrors: boolean;
  body?: unknown;
}

/** A keep-alive client of one GraphQL endpoint. */
export class GraphqlClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(url: string, connections = 64) {
    const u = new URL(url);
    this.pool = new Pool(u.origin, { connections, keepAliveTimeout: 4_000 });
    this.path = u.pathname;
  }

  async post(token: string, query: string, variables?: Record<string, unknown>, keepBody = false): Promise<Outcome> {
    const t0 = performance.now();
    try {
      const res = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.body.text();
      const ms = performance.now() - t0;
      let body: { errors?: unknown[] } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { ms, httpOk: res.statusCode >= 200 && res.statusCode < 300, graphqlErrors: !body || !!body.errors?.length, body: keepBody ? body : undefined };
    } catch {
      return { ms: performance.now() - t0, httpOk: false, graphqlErrors: true };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  httpFailures: number;
  graphqlErrors: number;
}

export function figures(times: number[], seconds: number, httpFailures = 0, graphqlErrors = 0): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: times.length,
    rps: r(times.length / seconds),
    p50: r(percentile(sorted, 0.5)),
    p95: r(percentile(sorted, 0.95)),
    p99: r(percentile(sorted, 0.99)),
    httpFailures,
    graphqlErrors,
  };
}

/** `vus` closed loops for `seconds`, each calling `run(i)` with a global iteration number, pausing `think()` between calls. */
export async function closedLoops(vus: number, seconds: number, run: (i: number) => Promise<void>, think: () => number = () => 0): Promise<number> {
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: vus }, async () => {
      while (performance.now() < deadline) {
        await run(next++);
        const pause = think();
        if (pause > 0) await new Promise((r) => setTimeout(r, pause));
      }
    }),
  );
  return (performance.now() - t0) / 1000;
}
