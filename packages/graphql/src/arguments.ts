/**
 * Every argument of every field, checked before its resolver runs (a global middleware of every
 * subgraph): a NUL character or an over-long string anywhere in the arguments, and a `page` outside
 * what lists allow, are refused whole with BAD_USER_INPUT naming each place (`input.name`,
 * `days[2].entries[3].note`, `page.first`), instead of reaching SQL as an internal error.
 */
import type { MiddlewareFn } from 'type-graphql';
import { BadInputError, type FieldProblem } from './errors';
import { pageProblems } from './pagination';

/** The longest string an argument may hold, in characters: far above any name, reason or note. */
export const MAX_ARGUMENT_LENGTH = 10_000;
/** Arguments that carry a whole file (the CRM import): bounded by the request body limit instead. */
const FILE_ARGUMENTS = new Set(['csv', 'csvBase64']);

/** Problems with one argument's value, walked through lists and input objects. */
export function argumentProblems(value: unknown, field: string, problems: FieldProblem[] = []): FieldProblem[] {
  if (problems.length >= 20) return problems;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ field, problem: 'contains a NUL character' });
    if (value.length > MAX_ARGUMENT_LENGTH && !FILE_ARGUMENTS.has(field.slice(field.lastIndexOf('.') + 1))) {
      problems.push({ field, problem: `at most ${MAX_ARGUMENT_LENGTH} characters (${value.length} given)` });
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && problems.length < 20; i++) argumentProblems(value[i], `${field}[${i}]`, problems);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (field === 'page' || field.endsWith('.page')) problems.push(...pageProblems(value as never, field));
    for (const key in value) argumentProblems((value as Record<string, unknown>)[key], `${field}.${key}`, problems);
  }
  return problems;
}

export const checkArguments: MiddlewareFn = ({ args }, next) => {
  let problems: FieldProblem[] | null = null;
  for (const name in args) {
    const found = argumentProblems(args[name], name);
    if (found.length) (problems ??= []).push(...found);
  }
  if (problems)
    throw new BadInputError(
      problems.length === 1
        ? `Nothing was done: ${problems[0].field} ${problems[0].problem}`
        : `Nothing was done: ${problems.length} problems with the arguments`,
      problems,
    );
  return next();
};
