/** Starts the embedded graph on free ports in a temp folder, for the in-process tests through the gateway. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DevRealm } from '@bg/auth';
import { composeSupergraph } from '@bg/gateway';
import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';
import { startEmbedded, type EmbeddedGraph } from './embedded';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface TestGraph {
  graph: EmbeddedGraph;
  realm: DevRealm;
  gql(url: string, token: string | null, query: string, variables?: object): Promise<GqlResult>;
  /** A query through the gateway as a demo user. */
  ask(user: string, query: string, variables?: object): Promise<GqlResult>;
  stop(): Promise<void>;
}

export interface GqlResult {
  status: number;
  body: { data?: any; errors?: any[] };
}

/** `env` adds to (or overrides) the graph's environment, e.g. the gateway's limits. */
export async function startTestGraph(env: Record<string, string> = {}): Promise<TestGraph> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bg-graph-'));
  const [gw, p1, p2, p3, p4] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  // Composed from the sources, so a test sees a schema change before `npm run compose` is run
  // (gateway/src/compose.test.ts keeps the committed supergraph honest).
  const supergraphSdl = await composeSupergraph({ personnel, attendance, performance, recruitment });
  const graph = await startEmbedded(
    {
      PORT: String(gw),
      GATEWAY_URL: `http://127.0.0.1:${gw}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      DEV_REALM_KEY_FILE: join(dataDir, 'key.pem'),
      PERSONNEL_PORT: String(p1),
      ATTENDANCE_PORT: String(p2),
      PERFORMANCE_PORT: String(p3),
      RECRUITMENT_PORT: String(p4),
      ...env,
    },
    { supergraphSdl },
  );
  const realm = graph.gateway.devRealm!;
  await graph.settle();
  const gql = async (url: string, token: string | null, query: string, variables?: object): Promise<GqlResult> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GqlResult['body'] };
  };
  return {
    graph,
    realm,
    gql,
    ask: (user, query, variables) => gql(graph.gateway.url, realm.tokenFor(user), query, variables),
    async stop() {
      await graph.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
