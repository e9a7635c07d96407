/**
 * What every process's log may hold. Logs are read by more people than the archive is, so a line
 * never carries a bearer token (or anything JWT-shaped) nor a PRC resident ID number (a hire's, a
 * candidate's: they reach logs inside database errors that quote the statement), and no string in
 * it is longer than LOG_STRING_LIMIT characters (a 4 MB filter quoted by a failed statement is cut).
 * Applied to the serialized line, so it holds whatever was logged and by whom.
 */
import pino, { type Logger, type LoggerOptions } from 'pino';

/** The longest string a log line keeps (statements, arguments, messages); the rest is cut. */
export const LOG_STRING_LIMIT = 500;
/** Lines up to this length are only scrubbed; longer ones are parsed and their strings cut. */
const SHORT_LINE = 2_000;

/** A compact JWS/JWT (header `{"...` base64url-encoded starts with `eyJ`), or a bearer credential. */
const JWT = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)*/g;
const BEARER = /(bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi;
/** An 18-character PRC resident ID number (17 digits and a digit or X), not inside a longer number. */
const ID_NUMBER = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;

/** A text with tokens and ID numbers replaced by placeholders. */
export function scrubSecrets(text: string): string {
  return text.replace(JWT, '[token]').replace(BEARER, '$1[token]').replace(ID_NUMBER, '[id-number]');
}

/** A string cut to `limit` characters, saying how much was cut. */
export function truncate(text: string, limit = LOG_STRING_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…[${text.length - limit} more characters]`;
}

function truncateDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return truncate(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => truncateDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = truncateDeep(v, depth + 1);
  return out;
}

/** One serialized log line, made safe: long strings cut, tokens and ID numbers masked. */
export function safeLogLine(line: string): string {
  let out = line;
  if (out.length > SHORT_LINE) {
    try {
      out = `${JSON.stringify(truncateDeep(JSON.parse(out)))}\n`;
    } catch {
      out = `${JSON.stringify({ msg: truncate(out), truncated: true })}\n`;
    }
  }
  return scrubSecrets(out);
}

/** pino options every process's logger uses: the Authorization header redacted, every line made safe. */
export function safeLoggerOptions(name: string): LoggerOptions {
  return {
    name,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'token', '*.token'], censor: '[redacted]' },
    hooks: { streamWrite: safeLogLine },
  };
}

let sharedDestination: pino.DestinationStream | undefined;

/** Where loggers created from now on write (tests capture the logs of an embedded graph); undefined: stdout. */
export function setLogDestination(destination: pino.DestinationStream | undefined): void {
  sharedDestination = destination;
}

/** A process's logger: JSON lines on stdout (or the destination set), made safe line by line. */
export function createLogger(name: string): Logger {
  return sharedDestination ? pino(safeLoggerOptions(name), sharedDestination) : pino(safeLoggerOptions(name));
}
