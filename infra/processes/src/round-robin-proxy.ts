import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  host: string;
  port: number;
}

export interface RoundRobinProxy {
  port: number;
  /** Responses each backend gave, in backend order (index = replica). */
  served(): number[];
  /** Requests sent on to the next backend because one refused the connection (it was down). */
  failovers(): number;
  close(): Promise<void>;
}

/** Largest request body buffered (and so replayable on another backend). */
const MAX_BODY = 16 << 20;

/**
 * A small HTTP round-robin proxy on loopback, in front of the replicas of one process (as a
 * Kubernetes Service is in front of its pods): each request goes to the next backend in turn. A
 * backend that refuses the connection (ECONNREFUSED: the request never reached it, e.g. a killed
 * replica) is skipped and the request goes to the next one, so a dead replica costs no request.
 * Anything else (a backend dying while it holds a request) is answered 502, since the request may have
 * had effects: that is not retried here, as a Service would not either. Bodies are buffered (at most
 * 16 MiB) so that a refused request can be replayed.
 */
export async function startRoundRobinProxy(port: number, backends: Backend[], host = '127.0.0.1'): Promise<RoundRobinProxy> {
  const agents = backends.map(() => new Agent({ keepAlive: true, maxSockets: 64 }));
  const served = backends.map(() => 0);
  let next = 0;
  let failovers = 0;

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, tried: number): void => {
    const i = next++ % backends.length;
    const b = backends[i];
    const upstream = request(
      { host: b.host, port: b.port, method: req.method, path: req.url, headers: { ...req.headers, host: `${b.host}:${b.port}` }, agent: agents[i] },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => served[i]++);
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Refused, or a kept-alive socket the backend had closed (it died idle): the request reached no process.
      const unsent = error.code === 'ECONNREFUSED' || (upstream.reusedSocket && error.code === 'ECONNRESET');
      if (unsent && tried + 1 < backends.length && !res.headersSent) {
        failovers++;
        forward(req, res, body, tried + 1);
        return;
      }
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('bad gateway\n');
      } else res.destroy();
    });
    upstream.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (size <= MAX_BODY) forward(req, res, Buffer.concat(chunks), 0);
    });
  });
  // Longer than the clients' keep-alive (the gateway's pool idles out at 4 s), as the subgraphs' own is.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    served: () => [...served],
    failovers: () => failovers,
    close: () =>
      new Promise<void>((resolve) => {
        agents.forEach((a) => a.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
