import type { FieldProblem } from '@bg/graphql';

export interface AgreementInput {
  partnerBank: string;
  startsOn: string;
  endsOn: string;
  terms: string;
  fileRef: string;
}

/** A bank cooperation agreement: every part given, a period of at most a year (a one-year agreement). */
export function agreementProblems(a: AgreementInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value, max] of [
    ['partnerBank', a.partnerBank, 200],
    ['terms', a.terms, 8000],
    ['fileRef', a.fileRef, 300],
  ] as const) {
    if (!value.trim()) problems.push({ field, problem: `give the ${field === 'fileRef' ? 'signed file' : field === 'terms' ? 'terms' : 'partner bank'}` });
    else if (value.length > max) problems.push({ field, problem: `at most ${max} characters` });
  }
  if (a.endsOn < a.startsOn) problems.push({ field: 'endsOn', problem: 'after startsOn' });
  else {
    const [y, m, d] = a.startsOn.split('-').map(Number);
    const yearLater = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
    if (a.endsOn >= yearLater) problems.push({ field: 'endsOn', problem: 'an agreement runs for at most a year' });
  }
  return problems;
}

/** An annual plan names an agreement of its team in force during its year. */
export function agreementFitsPlan(a: { teamId: string; startsOn: string; endsOn: string }, plan: { teamId: string; year: number }): string | null {
  if (a.teamId !== plan.teamId) return `the agreement is team ${a.teamId}'s, not ${plan.teamId}'s`;
  if (a.endsOn < `${plan.year}-01-01` || a.startsOn > `${plan.year}-12-31`)
    return `the agreement (${a.startsOn} to ${a.endsOn}) is not in force in ${plan.year}`;
  return null;
}
