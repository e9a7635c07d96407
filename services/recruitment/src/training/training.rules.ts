import type { FieldProblem } from '@bg/graphql';

export interface EnrolmentState {
  personId: string;
  attended: boolean | null;
  passed: boolean | null;
}

export interface ResultLine {
  personId: string;
  score?: number | null;
  passed: boolean;
}

/**
 * Why results cannot be recorded, line by line: only for people enrolled in the session, who
 * did not miss it, once each (a recorded result is archived and sent out: it is not rewritten).
 */
export function resultProblems(lines: readonly ResultLine[], enrolments: readonly EnrolmentState[]): FieldProblem[] {
  const byPerson = new Map(enrolments.map((e) => [e.personId, e]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  lines.forEach((line, i) => {
    const field = `results[${i}]`;
    const e = byPerson.get(line.personId);
    if (seen.has(line.personId)) problems.push({ field, problem: `${line.personId} appears twice` });
    seen.add(line.personId);
    if (!e) problems.push({ field, problem: `${line.personId} is not enrolled in this session` });
    else if (e.attended === false) problems.push({ field, problem: `${line.personId} was recorded absent from this session` });
    else if (e.passed !== null) problems.push({ field, problem: `${line.personId} already has a result for this session` });
    if (line.score !== null && line.score !== undefined && !(line.score >= 0 && line.score <= 100)) {
      problems.push({ field: `${field}.score`, problem: 'a score is between 0 and 100' });
    }
  });
  if (!lines.length) problems.push({ field: 'results', problem: 'give at least one result' });
  return problems;
}

export function attendanceProblems(lines: readonly { personId: string; attended: boolean }[], enrolments: readonly EnrolmentState[]): FieldProblem[] {
  const byPerson = new Map(enrolments.map((e) => [e.personId, e]));
  const problems: FieldProblem[] = [];
  lines.forEach((line, i) => {
    const e = byPerson.get(line.personId);
    if (!e) problems.push({ field: `attendance[${i}]`, problem: `${line.personId} is not enrolled in this session` });
    else if (e.passed !== null && !line.attended) problems.push({ field: `attendance[${i}]`, problem: `${line.personId} has a result; they attended` });
  });
  return problems;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function sessionTimeProblems(startsAt: string, endsAt: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!TIME.test(startsAt)) problems.push({ field: 'startsAt', problem: 'write the time as HH:MM, e.g. 09:30' });
  if (!TIME.test(endsAt)) problems.push({ field: 'endsAt', problem: 'write the time as HH:MM, e.g. 11:30' });
  if (!problems.length && endsAt <= startsAt) problems.push({ field: 'endsAt', problem: 'the session ends after it starts' });
  return problems;
}

export interface CompletionLine {
  employeeId: string;
  passed: boolean;
}

/** Completion: people with at least one passed result over the people of the branch. */
export function completionRate(headcount: number, results: readonly CompletionLine[]): { trained: number; rate: number } {
  const trained = new Set(results.filter((r) => r.passed).map((r) => r.employeeId)).size;
  return { trained, rate: headcount ? Math.round((trained / headcount) * 1000) / 1000 : 0 };
}
