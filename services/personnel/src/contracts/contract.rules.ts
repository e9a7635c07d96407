import { addDays, dateProblem, daysBetween } from '@bg/graphql';
import { EmploymentType } from '../employees/employee.entity';
import { ContractKind, ContractStatus } from './contract.entity';

/** Pure rules of contracts: dates are YYYY-MM-DD calendar days. */

const toUtc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Calendar arithmetic on dates: @bg/graphql's local-date module. */
export { addDays, daysBetween };

/** One year after the start, less a day: 2026-11-02 -> 2027-11-01; 2028-02-29 -> 2029-02-28. */
export function defaultEndsOn(startsOn: string): string {
  const next = new Date(toUtc(startsOn));
  next.setUTCFullYear(next.getUTCFullYear() + 1); // 29 Feb rolls to 1 Mar of a common year
  return addDays(fromUtc(next.getTime()), -1);
}

/** The kind an employment type signs. */
export function kindFor(type: EmploymentType): ContractKind {
  return type === EmploymentType.FULL_TIME ? ContractKind.LABOUR_CONTRACT : ContractKind.COOPERATION_AGREEMENT;
}

export interface Term {
  startsOn: string;
  endsOn: string;
}

export function overlaps(a: Term, b: Term): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

export interface ContractTerms extends Term {
  signedOn: string;
  kind: ContractKind;
  originalLocation: string;
}

/** What is wrong with a contract's terms, field by field (empty when it is fine). */
export function contractProblems(t: ContractTerms, employmentType: EmploymentType): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  for (const field of ['signedOn', 'startsOn', 'endsOn'] as const) {
    const p = dateProblem(t[field]);
    if (p) problems.push({ field, problem: p });
  }
  if (!problems.length && t.endsOn < t.startsOn)
    problems.push({ field: 'endsOn', problem: `the contract ends (${t.endsOn}) before it starts (${t.startsOn})` });
  const expected = kindFor(employmentType);
  if (t.kind !== expected) {
    problems.push({
      field: 'kind',
      problem: `a ${employmentType === EmploymentType.FULL_TIME ? 'full-time' : 'part-time'} employee signs a ${expected}, not a ${t.kind}`,
    });
  }
  if (!t.originalLocation.trim()) problems.push({ field: 'originalLocation', problem: 'say where the signed original is filed' });
  else if (t.originalLocation.length > 200) problems.push({ field: 'originalLocation', problem: 'at most 200 characters' });
  return problems;
}

/**
 * One-year terms back to back from a first start until the one in force on `today` (inclusive):
 * a contract renewed every year since the hire (one upcoming term when the start is still ahead). 2024-03-01 on 2026-11-29 -> 2024-03-01..2025-02-28,
 * 2025-03-01..2026-02-28, 2026-03-01..2027-02-28.
 */
export function termsSince(firstStart: string, today: string): Term[] {
  const terms: Term[] = [];
  for (let startsOn = firstStart; startsOn <= today || !terms.length; startsOn = addDays(terms[terms.length - 1].endsOn, 1)) {
    terms.push({ startsOn, endsOn: defaultEndsOn(startsOn) });
  }
  return terms;
}

export function contractStatus(c: Term & { nextContractId: string | null }, today: string): ContractStatus {
  if (today < c.startsOn) return ContractStatus.UPCOMING;
  if (today <= c.endsOn) return ContractStatus.IN_FORCE;
  return c.nextContractId ? ContractStatus.RENEWED : ContractStatus.EXPIRED;
}
