import { GraphQLScalarType, Kind, GraphQLError, type GraphQLSchema, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

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

export const YearMonthScalar = stringScalar('YearMonth', 'A month, YYYY-MM (e.g. 2026-10).', monthProblem);
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
  for (const ours of [YearMonthScalar, LocalDateScalar, FenScalar, GraphQLDateTimeISO]) {
    const type = schema.getType(ours.name);
    if (type instanceof GraphQLScalarType) Object.assign(type, { parseValue: ours.parseValue, parseLiteral: ours.parseLiteral });
  }
}
