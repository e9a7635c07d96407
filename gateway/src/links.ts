/**
 * The gateway's links to its subgraphs: one keep-alive undici Agent with a sized connection pool
 * per origin, a retry of an idempotent (query) fetch on a socket the subgraph closed or reset, and
 * deduplication of identical in-flight query fetches (same URL, operation, variables and
 * Authorization). Plugged into Apollo's RemoteGraphQLDataSource as its `fetcher`.
 */
import { Agent, request, errors } from 'undici';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphLinkOptions {
  /** Connections per subgraph origin (the pool's size). */
  connections: number;
  /** Idle time after which the gateway closes a pooled connection; the subgraphs keep theirs open longer. */
  idleTimeoutMs: number;
  /** Share one in-flight fetch among identical query fetches. */
  dedupe: boolean;
  /** Fetch timeout (headers and body). */
  timeoutMs?: number;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Errors of a pooled socket closed under us: safe to retry a query once on a fresh one. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

export function isSocketReset(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return e instanceof errors.SocketError || RESET_CODES.has(err?.code ?? '') || RESET_CODES.has(err?.cause?.code ?? '');
}

/** A query (or an anonymous `{ ... }`), not a mutation or subscription: the gateway may send it twice. */
export function isIdempotent(body: string): boolean {
  const m = /"query":"\s*(\w+)?/.exec(body);
  return !m || !m[1] || m[1] === 'query';
}

function header(headers: Answer['headers'], name: string): string | null {
  const v = headers[name.toLowerCase()];
  return v == null ? null : Array.isArray(v) ? v.join(', ') : v;
}

/** What RemoteGraphQLDataSource reads of a response (ok, status, headers.get, json, text). */
function toResponse(url: string, a: Answer): FetcherResponse {
  return {
    ok: a.status >= 200 && a.status < 300,
    status: a.status,
    statusText: a.status >= 200 && a.status < 300 ? 'OK' : `HTTP ${a.status}`,
    url,
    redirected: false,
    bodyUsed: false,
    headers: { get: (name: string) => header(a.headers, name), has: (name: string) => header(a.headers, name) != null },
    text: async () => a.text,
    json: async () => JSON.parse(a.text),
    clone() {
      return toResponse(url, a);
    },
  } as unknown as FetcherResponse;
}

export interface SubgraphLinks {
  fetcher: Fetcher;
  /** In-flight fetches shared so far (for tests and metrics). */
  readonly stats: { fetches: number; deduplicated: number; retried: number };
  close(): Promise<void>;
}

export function createSubgraphLinks(options: SubgraphLinkOptions): SubgraphLinks {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: options.idleTimeoutMs,
    keepAliveMaxTimeout: options.idleTimeoutMs,
    headersTimeout: options.timeoutMs ?? 30_000,
    bodyTimeout: options.timeoutMs ?? 30_000,
  });
  const inFlight = new Map<string, Promise<Answer>>();
  const stats = { fetches: 0, deduplicated: 0, retried: 0 };

  const send = async (url: string, headers: Record<string, string>, body: string, idempotent: boolean): Promise<Answer> => {
    for (let attempt = 0; ; attempt++) {
      try {
        stats.fetches++;
        const res = await request(url, { method: 'POST', headers, body, dispatcher: agent });
        return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
      } catch (e) {
        if (!idempotent || attempt > 0 || !isSocketReset(e)) throw e;
        stats.retried++;
      }
    }
  };

  const fetcher: Fetcher = async (url: string, init?: FetcherRequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const body = String(init?.body ?? '');
    const idempotent = isIdempotent(body);
    if (!options.dedupe || !idempotent) return toResponse(url, await send(url, headers, body, idempotent));
    const key = `${url}\n${headers.authorization ?? headers.Authorization ?? ''}\n${body}`;
    let pending = inFlight.get(key);
    if (pending) {
      stats.deduplicated++;
    } else {
      pending = send(url, headers, body, true).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return toResponse(url, await pending);
  };

  return { fetcher, stats, close: () => agent.close() };
}
