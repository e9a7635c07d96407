import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRoundRobinProxy } from './round-robin-proxy';

/** A backend answering its own name and the body it received. */
async function backend(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(`${name}:${body}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (s: Server) =>
  new Promise<void>((r) => {
    s.closeAllConnections();
    s.close(() => r());
  });

describe('round-robin proxy', () => {
  it('sends requests to each backend in turn, and past a backend that refuses connections', async () => {
    const a = await backend('a');
    const b = await backend('b');
    const proxy = await startRoundRobinProxy(0, [
      { host: '127.0.0.1', port: a.port },
      { host: '127.0.0.1', port: b.port },
    ]);
    try {
      const post = async (body: string) => (await fetch(`http://127.0.0.1:${proxy.port}/graphql`, { method: 'POST', body })).text();
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await post(`q${i}`));
      expect(answers).toEqual(['a:q0', 'b:q1', 'a:q2', 'b:q3']);
      expect(proxy.served()).toEqual([2, 2]);

      await close(b.server); // a dead replica: its port refuses connections
      const after = [];
      for (let i = 0; i < 4; i++) after.push(await post(`r${i}`));
      expect(after).toEqual(['a:r0', 'a:r1', 'a:r2', 'a:r3']);
      expect(proxy.served()).toEqual([6, 2]);
      expect(proxy.failovers()).toBe(3); // r1, r2, r3 were each sent to b first (a failover advances the turn too)
    } finally {
      await proxy.close();
      await close(a.server);
    }
  });
});
