/**
 * GraphQL Armor's limits on the operation's shape (depth, aliases, directives, tokens) and its
 * suggestion blocking, from the gateway's settings; and the gateway's last word on every error's
 * message: refusals by a limit get the code QUERY_TOO_COMPLEX (with `extensions.limit`), and no
 * message is longer than MAX_MESSAGE (a 4 MB id is not echoed back).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@bg/graphql';
import type { GatewayConfig } from '../settings';

export function armorFor(config: GatewayConfig) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.MAX_ALIASES, allowList: [] },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    // Tokens: counted before Apollo (./http.ts requestShape): Armor's parsing hook answers its refusal (and any syntax error) with a 500.
    maxTokens: { enabled: false },
    // Cost: our own, weighted by list sizes and subgraph fetches (./cost.ts).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !config.GRAPHQL_INTROSPECTION },
  });
  return armor.protect();
}

/** Longest error message passed on, in characters. */
export const MAX_MESSAGE = 500;

const LIMITS: Array<[RegExp, string, (m: RegExpMatchArray) => string]> = [
  [/Query depth limit of (\d+) exceeded/, 'depth', (m) => `The operation is nested too deep (more than ${m[1]} levels)`],
  [/Aliases limit of (\d+) exceeded/, 'aliases', (m) => `The operation has too many aliases (more than ${m[1]})`],
  [/Directives limit of (\d+) exceeded/, 'directives', (m) => `The operation has too many directives (more than ${m[1]})`],
  [/Token limit of (\d+) exceeded/, 'tokens', (m) => `The operation is too long (more than ${m[1]} tokens)`],
];

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 20)}... (message cut)` : text;
}

const MAX_PROBLEMS = 1_000;

/** Wraps a formatError: limits' refusals as QUERY_TOO_COMPLEX, and every message clipped. */
export function clipErrors(inner: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    for (const [re, limit, message] of LIMITS) {
      const m = formatted.message.match(re);
      if (m) return { message: message(m), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } };
    }
    const out = inner(formatted, error);
    if (out.message.length <= MAX_MESSAGE && JSON.stringify(out.extensions ?? {}).length <= 4 * MAX_MESSAGE) return out;
    const extensions: Record<string, unknown> = { code: out.extensions?.code };
    const problems = out.extensions?.problems;
    if (Array.isArray(problems)) {
      // Every problem of a refused input (a CRM file's line errors), each clipped; past 1,000 the count says how many there were.
      if (problems.length > MAX_PROBLEMS) extensions.problemCount = problems.length;
      extensions.problems = problems
        .slice(0, MAX_PROBLEMS)
        .map((p: { field?: unknown; problem?: unknown }) => ({ field: clip(String(p.field)), problem: clip(String(p.problem)) }));
    }
    return { ...out, message: clip(out.message), extensions };
  };
}
