import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

/**
 * Stable `extensions.code`s a client can switch on. Messages are written for the branch clerk
 * who reads them; nothing internal (stack, SQL, URL) leaves a service.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The gateway's limits: too deep, too many aliases, directives or tokens, or too costly (`extensions.limit` says which). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests from one user (or, without a valid token, one address): HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A JSON array of operations: the gateway takes one operation per request. */
  BATCHING_NOT_SUPPORTED: 'BATCHING_NOT_SUPPORTED',
  /** The body, or the query text in it, is over the gateway's limit: HTTP 413. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The body is not a GraphQL request (not JSON, an unknown charset, a wrong content type, no query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A persisted operation's hash that the manifest does not hold (Apollo's code: clients then send the text, where allowed). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** PERSISTED_OPERATIONS=required: only operations registered in the manifest are run, by hash. */
  PERSISTED_QUERY_REQUIRED: 'PERSISTED_QUERY_REQUIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes of refusals at the HTTP layer, before GraphQL runs (packages/graphql/src/http.ts): the
 * body is not JSON (BAD_REQUEST, 400), not application/json or not UTF-8 (UNSUPPORTED_MEDIA_TYPE,
 * 415), too large (PAYLOAD_TOO_LARGE, 413), a method /graphql does not take (METHOD_NOT_ALLOWED, 405),
 * a service behind the gateway down (SERVICE_UNAVAILABLE, 503).
 */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  /** The gateway could not reach a service behind it (archive files). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

export interface FieldProblem {
  /** Where: an argument path, or a line of an import. */
  field: string;
  problem: string;
}

export class BadInputError extends GraphQLError {
  constructor(message: string, problems: FieldProblem[] = []) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, problems } });
  }
}
export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
  }
}
export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}

/** Codes of errors raised on purpose (ours and Apollo's request errors): passed on as they are. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: maps type-graphql's errors to our codes, keeps intended errors and
 * masks everything else as INTERNAL_SERVER_ERROR (logged with its stack through `log`).
 */
export function formatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof ArgumentValidationError) {
      const problems: FieldProblem[] = original.extensions.validationErrors.flatMap((v) =>
        Object.values(v.constraints ?? {}).map((problem) => ({ field: v.property, problem: String(problem) })),
      );
      return { ...base, message: `Invalid input: ${problems.map((p) => p.problem).join('; ')}`, extensions: { code: ErrorCode.BAD_USER_INPUT, problems } };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'Your roles do not allow this', extensions: { code: ErrorCode.FORBIDDEN } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log(original);
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * An `operationName` the document does not hold (or none for a document of several operations) is
 * the caller's mistake: 400 OPERATION_RESOLUTION_FAILURE before execution, in the gateway as in the
 * subgraphs (the gateway's executor would throw it as an internal error, HTTP 500). The name is
 * not echoed back.
 */
export const refuseUnresolvedOperation: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        throw new GraphQLError(
          request.operationName ? 'The document has no operation of the operationName given' : 'The document has several operations: give operationName',
          { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
        );
      },
    };
  },
};
