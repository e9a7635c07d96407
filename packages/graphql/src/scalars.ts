import { GraphQLScalarType, Kind, GraphQLError, type GraphQLSchema, type ValueNode } from 'graphql';

function bad(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringScalar(name: string, description: string, check: (v: string) => string | null) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') throw bad(`${name} must be a string: ${description}`);
    const problem = check(value);
    if (problem) throw bad(problem);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => String(v),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw bad(`${name} must be a string: ${description}`);
      return parse(ast.value);
    },
  });
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A month of work, `YYYY-MM`. */
export function monthProblem(v: string): string | null {
  const m = MONTH.exec(v);
  if (!m || +m[2] < 1 || +m[2] > 12) return `"${v}" is not a month; write it as YYYY-MM, e.g. 2026-10`;
  return null;
}

/** A calendar day (Asia/Shanghai work date), `YYYY-MM-DD`. */
export function dateProblem(v: string): string | null {
  const m = DATE.exec(v);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    return `"${v}" is not a date; write it as YYYY-MM-DD, e.g. 2026-10-08`;
  }
  return null;
}

const QUARTER = /^\d{4}-Q[1-4]$/;
const HALF = /^\d{4}-H[12]$/;
const YEAR = /^\d{4}$/;

/** A quarter, `YYYY-Qn`. */
export function quarterProblem(v: string): string | null {
  return QUARTER.test(v) ? null : `"${v}" is not a quarter; write it as YYYY-Qn, e.g. 2026-Q3`;
}

/** A half year, `YYYY-Hn`. */
export function halfProblem(v: string): string | null {
  return HALF.test(v) ? null : `"${v}" is not a half year; write it as YYYY-H1 or YYYY-H2, e.g. 2026-H2`;
}

/** A year, `YYYY`. */
export function yearProblem(v: string): string | null {
  return YEAR.test(v) ? null : `"${v}" is not a year; write it as YYYY, e.g. 2026`;
}

/** Any of the four periods: a month, a quarter, a half year or a year. */
export function periodProblem(v: string): string | null {
  if (!monthProblem(v) || QUARTER.test(v) || HALF.test(v) || YEAR.test(v)) return null;
  return `"${v}" is not a period; write a month 2026-10, a quarter 2026-Q3, a half year 2026-H2 or a year 2026`;
}

export const YearMonthScalar = stringScalar('YearMonth', 'A month, YYYY-MM (e.g. 2026-10).', monthProblem);
export const YearQuarterScalar = stringScalar('YearQuarter', 'A quarter, YYYY-Qn (e.g. 2026-Q3: July to September 2026).', quarterProblem);
export const YearHalfScalar = stringScalar('YearHalf', 'A half year, YYYY-H1 (January to June) or YYYY-H2 (July to December), e.g. 2026-H2.', halfProblem);
export const PeriodScalar = stringScalar(
  'Period',
  'A month (2026-10), a quarter (2026-Q3), a half year (2026-H2) or a year (2026), written as YearMonth, YearQuarter, YearHalf or Year; each field says which it takes.',
  periodProblem,
);

/** A year as an integer, e.g. 2026 (literal or variable; a string of four digits is taken too). */
export const YearScalar = new GraphQLScalarType<number, number>({
  name: 'Year',
  description: 'A calendar year, an integer such as 2026.',
  serialize: (v) => Number(v),
  parseValue: (v) => parseYear(typeof v === 'string' && YEAR.test(v) ? Number(v) : v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw bad('a year is a whole number such as 2026');
    return parseYear(Number(ast.value));
  },
});

function parseYear(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2999) throw bad(`${String(v)} is not a year; write it as a number such as 2026`);
  return v;
}
export const LocalDateScalar = stringScalar('LocalDate', 'A calendar date in Asia/Shanghai, YYYY-MM-DD.', dateProblem);

/** Money as an integer number of fen (分, 1/100 yuan): never floating point. */
export const FenScalar = new GraphQLScalarType<number, number>({
  name: 'Fen',
  description: 'Money in fen (1/100 yuan), an integer.',
  serialize: (v) => Number(v),
  parseValue: (v) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw bad('an amount must be a whole number of fen');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw bad('an amount must be a whole number of fen');
    const v = Number(ast.value);
    if (!Number.isSafeInteger(v)) throw bad('amount out of range');
    return v;
  },
});

/**
 * The gateway knows the subgraphs' custom scalars only by name (the supergraph has no code): it
 * would pass `hiredOn: "yesterday"` on to a subgraph, whose refusal then comes back as a partial
 * answer with HTTP 200. Giving the gateway's schema the same parsing refuses a bad value in a
 * variable or a literal at the gateway, before any plan runs: 400 BAD_USER_INPUT (variables) or
 * GRAPHQL_VALIDATION_FAILED (literals), as a subgraph called directly answers. Only parsing is
 * taken: results still pass through the gateway as the subgraphs wrote them, and the variables
 * sent on are the caller's own.
 */
export function adoptScalarParsing(schema: GraphQLSchema): void {
  for (const ours of [YearMonthScalar, YearQuarterScalar, YearHalfScalar, YearScalar, PeriodScalar, LocalDateScalar, FenScalar, DateTimeScalar]) {
    const type = schema.getType(ours.name);
    if (type instanceof GraphQLScalarType) Object.assign(type, { parseValue: ours.parseValue, parseLiteral: ours.parseLiteral });
  }
}

/** An instant, written in UTC as ISO 8601 (`2026-10-08T01:30:00.000Z`); every `Date` field is one. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC, e.g. 2026-10-08T01:30:00.000Z (09:30 in Asia/Shanghai). Calendar days are LocalDate.',
  serialize: (v) => {
    const d = v instanceof Date ? v : new Date(v as string);
    if (Number.isNaN(d.getTime())) throw new GraphQLError('not an instant');
    return d.toISOString();
  },
  parseValue: (v) => parseInstant(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw bad('an instant is a string such as 2026-10-08T01:30:00Z');
    return parseInstant(ast.value);
  },
});

function parseInstant(v: unknown): Date {
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) throw bad(`${JSON.stringify(v)} is not an instant; write it as ISO 8601 with a zone, e.g. 2026-10-08T01:30:00Z`);
  return d;
}
