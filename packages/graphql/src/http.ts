/**
 * The HTTP edge every process shares (the gateway and the four subgraphs): the bearer token is
 * checked before a byte of the body is read, the body is parsed only as JSON of a known charset
 * and size, and every refusal or failure of any route (the body parser, uploads, an unknown route,
 * a thrown error) is answered as JSON with a stable code and nothing internal: no stack, file
 * path, SQL or internal URL, whatever NODE_ENV says.
 */
import { STATUS_CODES, type Server } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { VerifierUnavailableError, bearerToken, type Principal, type TokenVerifier } from '@bg/auth';
import { ErrorCode, HttpErrorCode } from './errors';

/** The largest JSON body of a GraphQL request (the CRM import travels as an argument). */
export const MAX_JSON_BODY = '5mb';

/** The body of every HTTP error answer: the GraphQL error shape, so a client reads one shape. */
export function errorBody(code: string, message: string): { errors: Array<{ message: string; extensions: { code: string } }> } {
  return { errors: [{ message, extensions: { code } }] };
}

/** Answers an error as JSON (never cached). */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).set('cache-control', 'no-store').json(errorBody(code, message));
}

/**
 * The caller of a request from its bearer token, verified once per request however many steps ask
 * (the gateway's rate limit keys on the subject before `authenticate` admits the caller): the
 * first call verifies and keeps the result in `res.locals`, later calls for the same token share it.
 */
export function verifyRequestToken(res: Response, verifier: TokenVerifier, token: string): Promise<Principal> {
  const known = res.locals.verification as { token: string; principal: Promise<Principal> } | undefined;
  if (known && known.token === token) return known.principal;
  const principal = verifier.verify(token);
  principal.catch(() => undefined); // a refusal is read by whoever awaits it
  res.locals.verification = { token, principal };
  return principal;
}

export interface AuthenticateOptions {
  logger: Logger;
  /** Called with each refusal (e.g. a metric). */
  onRefused?: () => void;
}

/**
 * Verifies the request's bearer token and puts the caller in `res.locals.principal`; 401 JSON
 * otherwise. Exactly one Authorization header is taken: a second one (which Node would drop
 * silently, while a proxy in front might have read it) is refused. Why a token was refused is
 * logged, never the token. When the realm's keys cannot be fetched the answer is 503, not 401.
 */
export function authenticate(verifier: TokenVerifier, options: AuthenticateOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const refuse = (message: string, reason: string) => {
      options.onRefused?.();
      options.logger.warn({ reason, path: req.path }, 'refused a token');
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, message);
    };
    let headers = 0;
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() === 'authorization') headers++;
    if (headers > 1) return refuse('Send one Authorization header', 'more than one Authorization header');
    const token = bearerToken(req.headers.authorization);
    if (!token) return refuse('A bearer token is required', headers ? 'not a bearer token' : 'no Authorization header');
    let principal: Principal;
    try {
      principal = await verifyRequestToken(res, verifier, token);
    } catch (e) {
      if (e instanceof VerifierUnavailableError) {
        options.logger.error({ reason: e.message }, 'could not verify a token');
        return sendError(res, 503, HttpErrorCode.SERVICE_UNAVAILABLE, 'Sign-in cannot be checked right now; try again');
      }
      return refuse('The bearer token is not valid', (e as Error).message);
    }
    res.locals.principal = principal;
    next();
  };
}

/**
 * The body of a GraphQL request, read after `authenticate`: a POST must be `application/json`
 * (415 otherwise) in UTF-8 (415 for another charset), at most 5 MB (413), valid JSON (400). A GET
 * carries its operation in the query string and gets an empty body.
 */
/**
 * The longest operation text a subgraph parses: operations come from the gateway's query plans,
 * whose text the gateway bounds (MAX_QUERY_CHARS); a longer one, sent directly, is refused before it
 * is parsed (and before Apollo's document cache would keep a multi-megabyte document).
 */
export const MAX_SUBGRAPH_QUERY_CHARS = 200_000;

/** Refuses, 413, an operation text over `max` characters (values belong in variables). */
export function queryTextLimit(max: number = MAX_SUBGRAPH_QUERY_CHARS): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query === 'string' && query.length > max) {
      return sendError(res, 413, HttpErrorCode.PAYLOAD_TOO_LARGE, `The operation text is over ${max} characters; send values as variables`);
    }
    next();
  };
}

export function graphqlBody(limit: string = MAX_JSON_BODY): RequestHandler[] {
  const json = express.json({ limit, type: () => true });
  return [
    (req, res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') {
        req.body = {};
        return next();
      }
      if (req.method !== 'POST') {
        res.set('allow', 'GET, POST');
        return sendError(res, 405, HttpErrorCode.METHOD_NOT_ALLOWED, 'Send GraphQL requests with POST (or GET for queries)');
      }
      if (!req.is('application/json')) {
        return sendError(res, 415, HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the request as application/json');
      }
      next();
    },
    json,
    (req, _res, next) => {
      // An empty POST body leaves nothing parsed: Apollo then answers 400 for the missing query.
      if (req.body === undefined) req.body = {};
      next();
    },
  ];
}

/** Unknown routes: 404 JSON. */
export const notFound: RequestHandler = (_req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, 'There is nothing at this address');

/** What the body parser (and other http-errors raisers) say, mapped to a status, a code and a message a client can act on. */
function clientError(err: { status?: number; statusCode?: number; type?: string; expose?: boolean }): { status: number; code: string; message: string } | null {
  const status = err.status ?? err.statusCode;
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: 'The body is too large' };
    case 'charset.unsupported':
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Send the body in UTF-8' };
    case 'encoding.unsupported':
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'This content encoding is not accepted' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The body could not be read' };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 413) return { status, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: 'The body is too large' };
    if (status === 415) return { status, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'This content type is not accepted' };
    return { status, code: HttpErrorCode.BAD_REQUEST, message: 'The request could not be read' };
  }
  return null;
}

/**
 * The last handler of every app: an error of any route is answered as JSON with a stable code.
 * Client errors (the body parser's: bad JSON, charset, size) are 4xx; anything else is 500
 * INTERNAL_SERVER_ERROR, logged (message truncated, see the logger's serializers) but never sent.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const known = clientError((err ?? {}) as object);
    if (known) return sendError(res, known.status, known.code, known.message);
    logger.error({ err, method: req.method, path: req.path }, 'unexpected error in an HTTP route');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}

/** Ends an app: unknown routes answer 404 JSON, every error JSON (call after the last route). */
export function finishApp(app: Express, logger: Logger): void {
  app.use(notFound);
  app.use(errorHandler(logger));
}

/**
 * Requests Node's HTTP parser refuses before any route sees them (headers over 16 KB, a malformed
 * request line): answered as JSON too, instead of Node's bare 400.
 */
export function answerParserErrorsAsJson(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify(errorBody(HttpErrorCode.BAD_REQUEST, status === 431 ? 'The request headers are too large' : 'The request could not be read'));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
