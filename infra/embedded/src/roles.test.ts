/**
 * A service split in two processes (SERVICE_ROLE): the graph half serves the subgraph and leaves
 * its outbox to the events half, which relays it and consumes, and serves only its probes. Here on
 * one SQLite file and one in-process transport: personnel's graph half hires; nothing is published
 * until its events half runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessTransport } from '@bg/events';
import { loadServiceConfig, type RunningService } from '@bg/service';
import { createServer } from '@bg/personnel';

const dir = mkdtempSync(join(tmpdir(), 'bg-roles-'));
const transport = new InProcessTransport();
const running: RunningService[] = [];

function start(role: 'graph' | 'events', port: number) {
  const config = loadServiceConfig(0, { DATA_DIR: dir, PORT: String(port), SERVICE_ROLE: role, LOG_LEVEL: 'silent', DEMO_DATA: 'true' });
  return createServer(config, { transport }).then((s) => (running.push(s), s));
}

afterAll(async () => {
  for (const s of running.reverse()) await s.stop();
  await transport.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a service split into its graph and its events halves', () => {
  let graph: RunningService;
  let events: RunningService;

  it('graph: serves the subgraph and leaves the outbox (its demo data) unpublished', async () => {
    graph = await start('graph', 0);
    expect(graph.url).toMatch(/\/graphql$/);
    const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(401); // the subgraph is there, behind its token check
    await new Promise((r) => setTimeout(r, 600)); // over two relay intervals
    expect(await graph.relay.backlog()).toBeGreaterThan(0);
    expect(transport.messages('personnel.employee')).toHaveLength(0);
  });

  it('events: publishes what the graph half wrote, and serves its probes but no graph', async () => {
    events = await start('events', 0);
    expect(events.url).toBe('');
    const base = `http://127.0.0.1:${events.port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/outbox_backlog/);
    const graphql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(graphql.status).toBe(404);
    expect(await graphql.json()).toMatchObject({ errors: [{ extensions: { code: expect.any(String) } }] });
    await events.relay.drain();
    expect(await events.relay.backlog()).toBe(0);
    expect(transport.messages('personnel.employee').length).toBeGreaterThan(0);
  });
});
