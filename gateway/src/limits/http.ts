/**
 * The gateway's HTTP-level refusals, before any GraphQL work: a body that is not one JSON GraphQL
 * request (too large, not JSON, an unknown charset, an array of operations), a query text over its
 * limit, too many requests from one user or address, and (PERSISTED_OPERATIONS=required) anything
 * but a registered operation. Each is a JSON body `{ errors: [{ message, extensions: { code } }] }`
 * with a 4xx status; no message repeats what was sent.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { bearerToken, type TokenVerifier } from '@bg/auth';
import { ErrorCode, verifyRequestToken } from '@bg/graphql';
import type { GatewayConfig } from '../settings';
import { sha256, type PersistedOperations } from './persisted';
import { RateLimiter } from './rate-limit';

export function refuse(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** Counts a query's lexical tokens, stopping past `max`; a text that does not lex is left to the parser's error (400). */
export function tooManyTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let n = 0; n <= max; n++) {
      if (lexer.advance().kind === TokenKind.EOF) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * One operation per request, its fields of the right types: a JSON array (Apollo's batching), a
 * body that is not an object, an operationName that is not a short string, variables or extensions
 * that are not objects are refused with BAD_REQUEST; a query text over its length or its token
 * limit with PAYLOAD_TOO_LARGE or QUERY_TOO_COMPLEX. (A token limit in Apollo's parsing hooks
 * answers 500; here it is a 400 before any GraphQL work.)
 */
export function requestShape(maxQueryChars: number, maxTokens: number): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      return refuse(res, 400, ErrorCode.BATCHING_NOT_SUPPORTED, 'Send one operation per request (batched arrays are not accepted)');
    }
    if (body === null || typeof body !== 'object') {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'The request body must be a JSON object with a query (content-type: application/json)');
    }
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    if (query !== undefined && query !== null && typeof query !== 'string') {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'query must be a string');
    }
    if (operationName !== undefined && operationName !== null && (typeof operationName !== 'string' || operationName.length > 200)) {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'operationName must be the name of an operation in the query');
    }
    for (const [name, value] of [
      ['variables', variables],
      ['extensions', extensions],
    ] as const) {
      if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
        return refuse(res, 400, ErrorCode.BAD_REQUEST, `${name} must be a JSON object`);
      }
    }
    if (typeof query === 'string') {
      if (query.length > maxQueryChars) {
        return refuse(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The query text is over ${maxQueryChars} characters: send values as variables`);
      }
      if (tooManyTokens(query, maxTokens)) {
        return refuse(res, 400, ErrorCode.QUERY_TOO_COMPLEX, `The operation is too long (more than ${maxTokens} tokens)`, { limit: 'tokens' });
      }
    }
    next();
  };
}

/** The caller's address: the rate-limit key of a request without a valid token. */
function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Per-user rate limits: a verified token's subject takes from its own bucket; a request without a
 * valid token from its address's (smaller) bucket. Past either: 429 RATE_LIMITED with Retry-After.
 * Runs before the token check and verifies the token itself (once per request: `authenticate` then
 * reuses the result), so that a valid user behind a shared address is never refused for others'
 * bad tokens.
 */
export function rateLimit(config: GatewayConfig, verifier: TokenVerifier): RequestHandler & { users: RateLimiter; anonymous: RateLimiter } {
  const users = new RateLimiter({ perSecond: config.RATE_LIMIT_PER_SECOND, burst: config.RATE_LIMIT_BURST });
  const anonymous = new RateLimiter({ perSecond: config.RATE_LIMIT_ANONYMOUS_PER_SECOND, burst: config.RATE_LIMIT_ANONYMOUS_BURST });
  const handler = (async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    let key: string | null = null;
    if (token) {
      try {
        const principal = await verifyRequestToken(res, verifier, token);
        key = principal.subject;
      } catch {
        key = null;
      }
    }
    const wait = key ? users.take(`sub:${key}`) : anonymous.take(`ip:${clientAddress(req)}`);
    if (wait > 0) {
      res.setHeader('retry-after', String(wait));
      return refuse(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: try again in ${wait} s`, { retryAfterSeconds: wait });
    }
    next();
  }) as RequestHandler & { users: RateLimiter; anonymous: RateLimiter };
  handler.users = users;
  handler.anonymous = anonymous;
  return handler;
}

/**
 * Apollo's persisted-query protocol (`extensions.persistedQuery.sha256Hash`) against the manifest
 * of registered operations: a known hash runs its registered text; an unknown one is
 * PERSISTED_QUERY_NOT_FOUND. With PERSISTED_OPERATIONS=required a free-text query is refused
 * (PERSISTED_QUERY_REQUIRED), and so is a text sent beside a hash that is not its own.
 */
export function persistedOperations(mode: 'off' | 'required', manifest: PersistedOperations): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') {
      if (mode === 'required' && req.method === 'GET') {
        return refuse(res, 400, ErrorCode.PERSISTED_QUERY_REQUIRED, 'Only registered operations are run here: POST the operation by its hash');
      }
      return next();
    }
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } };
    const pq = body.extensions && typeof body.extensions === 'object' ? body.extensions.persistedQuery : undefined;
    if (pq === undefined || pq === null) {
      if (mode === 'required') {
        return refuse(res, 400, ErrorCode.PERSISTED_QUERY_REQUIRED, 'Only registered operations are run here: send extensions.persistedQuery.sha256Hash');
      }
      return next();
    }
    const hash = typeof pq === 'object' ? pq.sha256Hash : undefined;
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash) || (pq.version !== undefined && pq.version !== 1)) {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }');
    }
    const registered = manifest.get(hash.toLowerCase());
    if (!registered) {
      if (mode !== 'required' && typeof body.query === 'string' && sha256(body.query) === hash.toLowerCase()) {
        // Not registered, but the text is there and matches its hash (an APQ client): run it as free text.
        delete body.extensions!.persistedQuery;
        return next();
      }
      // 200 like Apollo's own APQ: clients then retry with the text (refused again when required).
      res.status(200).json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } }] });
      return;
    }
    if (typeof body.query === 'string' && body.query !== registered) {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'The query text is not the one registered under this hash');
    }
    body.query = registered;
    delete body.extensions!.persistedQuery;
    next();
  };
}
