import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphLinks, isIdempotent } from './links';

describe('subgraph links', () => {
  let server: Server;
  let url: string;
  let hits = 0;
  let resetNext = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        hits++;
        if (resetNext > 0) {
          resetNext--;
          req.socket.destroy();
          return;
        }
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { echo: body.length, auth: req.headers.authorization ?? null } }));
        }, 30);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => {
    hits = 0;
    resetNext = 0;
  });

  const post = (links: ReturnType<typeof createSubgraphLinks>, query: string, authorization = 'Bearer a') =>
    links.fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables: { x: 1 } }),
    });

  it('tells queries from mutations', () => {
    expect(isIdempotent(JSON.stringify({ query: '{ a }' }))).toBe(true);
    expect(isIdempotent(JSON.stringify({ query: 'query Q__p__0 { a }' }))).toBe(true);
    expect(isIdempotent(JSON.stringify({ query: 'mutation M { a }' }))).toBe(false);
  });

  it('sends identical in-flight queries once, per Authorization, and never shares mutations', async () => {
    const links = createSubgraphLinks({ connections: 4, idleTimeoutMs: 1000, dedupe: true });
    try {
      const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post(links, '{ a }')));
      expect(hits).toBe(1);
      for (const a of answers) expect(await a.json()).toEqual({ data: { echo: expect.any(Number), auth: 'Bearer a' } });
      hits = 0;
      await Promise.all([post(links, '{ a }', 'Bearer a'), post(links, '{ a }', 'Bearer b')]);
      expect(hits).toBe(2);
      hits = 0;
      await Promise.all([post(links, 'mutation { a }'), post(links, 'mutation { a }')]);
      expect(hits).toBe(2);
    } finally {
      await links.close();
    }
  });

  it('retries a query once on a reset socket, not a mutation', async () => {
    const links = createSubgraphLinks({ connections: 4, idleTimeoutMs: 1000, dedupe: false });
    try {
      resetNext = 1;
      const res = await post(links, '{ a }');
      expect(res.status).toBe(200);
      expect(hits).toBe(2);
      expect(links.stats.retried).toBe(1);
      resetNext = 1;
      await expect(post(links, 'mutation { a }')).rejects.toThrow();
    } finally {
      await links.close();
    }
  });
});
