import { Client } from 'pg';
import { ServiceProcess, localRealParts, startAll, stopAll, type ProcessName } from '@bg/processes';

export const parts = localRealParts();
export const GATEWAY = 'http://127.0.0.1:4000/graphql';

export interface Graph {
  processes: Record<ProcessName, ServiceProcess>;
  stop(): Promise<void>;
}

/** The gateway and the four subgraphs as separate processes against the real parts. */
export async function startGraph(): Promise<Graph> {
  const processes = await startAll(parts);
  return { processes, stop: () => stopAll(processes) };
}

const tokens = new Map<string, { token: string; until: number }>();

/** An access token from the real Keycloak by direct grant (the frontend client `branch-web`). */
export async function tokenFor(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached && cached.until > Date.now()) return cached.token;
  const res = await fetch(`${parts.keycloakUrl}/realms/${parts.keycloakRealm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'branch-web', username, password: 'demo' }),
  });
  const body = (await res.json()) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!body.access_token) throw new Error(`Keycloak refused ${username}: ${body.error_description ?? res.status}`);
  tokens.set(username, { token: body.access_token, until: Date.now() + ((body.expires_in ?? 60) - 30) * 1000 });
  return body.access_token;
}

export interface GqlResult {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> };
}

export async function gql(token: string | null, query: string, variables?: object, url = GATEWAY): Promise<GqlResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResult['body'] };
}

export async function ask(username: string, query: string, variables?: object): Promise<GqlResult> {
  return gql(await tokenFor(username), query, variables);
}

/** Hires a manager into team SZ01-T2 through the gateway (as the SZ01 branch manager); returns the id. */
export async function hire(name: string): Promise<string> {
  const r = await ask(
    'mgr.sz',
    `mutation($name: String!) { hireEmployee(input: { name: $name, branchId: "SZ01", teamId: "SZ01-T2",
    employmentType: FULL_TIME, hiredOn: "2026-11-02" }) { id } }`,
    { name },
  );
  if (r.body.errors) throw new Error(`hire refused: ${JSON.stringify(r.body.errors)}`);
  return r.body.data.hireEmployee.id;
}

/** Runs a query on a service's own database. */
export async function sql<T = Record<string, unknown>>(service: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: `${parts.postgresUrl}/${service}` });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Effects of personnel.employee events on the consumers' projections, for the given employees. */
export async function projectionEffects(service: string, ids: string[]): Promise<{ rows: number; applied: number }> {
  const [r] = await sql<{ rows: string; applied: string | null }>(
    service,
    'select count(*) as rows, sum(version) as applied from known_employee where id = any($1)',
    [ids],
  );
  return { rows: Number(r.rows), applied: Number(r.applied ?? 0) };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A metric sampled from the /metrics of processes on these ports, summed over them and over the lines matching `labels`. */
export async function metricAt(ports: readonly number[], name: string, labels: Record<string, string> = {}): Promise<number> {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  let total = 0;
  for (const port of ports) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const line of text.split('\n')) {
      if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
      if (want.every((w) => line.includes(w))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

/**
 * A sample of a service's /metrics summed over its processes (its graph process and, apart, its
 * events process), e.g. metric('attendance', 'events_consumed_total'). `graphOnly` for a gauge of
 * the service's shared state, which every process reports alike (e.g. 'outbox_backlog').
 */
export async function metric(service: ProcessName, name: string, labels: Record<string, string> = {}, graphOnly = false): Promise<number> {
  const process = new ServiceProcess(service, parts);
  return metricAt(graphOnly ? [process.port] : process.metricsPorts, name, labels);
}

export const CONSUMERS = ['attendance', 'performance', 'recruitment'];
