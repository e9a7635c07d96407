/** what a work plan must hold. Pure. */
import type { FieldProblem } from '@bg/graphql';
import { monthsOf } from '../goals/periods';

export interface WorkPlanInput {
  kind: 'ANNUAL' | 'NEW_TEAM';
  teamId: string;
  /** ANNUAL: the year. */
  year?: number | null;
  /** NEW_TEAM: its first month. */
  startMonth?: string | null;
  targetNewAccounts: number;
  targetNewAssetsFen?: number | null;
  targetNetRevenueFen?: number | null;
  marketingPlan?: string | null;
  bankAgreementRef?: string | null;
}

const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

/** Every problem of a plan; empty when it can be filed. */
export function planProblems(input: WorkPlanInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.teamId?.trim()) problems.push({ field: 'teamId', problem: 'name the team' });
  if (input.kind === 'ANNUAL') {
    if (!Number.isInteger(input.year) || input.year! < 2000 || input.year! > 2100)
      problems.push({ field: 'year', problem: 'an annual plan is for a year (2000-2100)' });
    if (input.startMonth) problems.push({ field: 'startMonth', problem: 'an annual plan covers January to December; leave startMonth out' });
    if (input.targetNewAssetsFen == null) problems.push({ field: 'targetNewAssetsFen', problem: 'an annual plan sets target new assets' });
    if (input.targetNetRevenueFen == null) problems.push({ field: 'targetNetRevenueFen', problem: 'an annual plan sets target net revenue' });
    if (!input.marketingPlan?.trim()) problems.push({ field: 'marketingPlan', problem: 'an annual plan comes with the marketing plan for the local market' });
    if (!input.bankAgreementRef?.trim())
      problems.push({ field: 'bankAgreementRef', problem: "an annual plan comes with the partner bank's cooperation agreement for the year" });
  } else {
    if (!input.startMonth || monthsOf(input.startMonth)?.length !== 1)
      problems.push({ field: 'startMonth', problem: "a new team's plan starts in a month (YYYY-MM)" });
    if (input.year != null && input.startMonth && Number(input.startMonth.slice(0, 4)) !== input.year)
      problems.push({ field: 'year', problem: 'leave year out: it is the year of the first month' });
    if (isCount(input.targetNewAccounts) && input.targetNewAccounts === 0)
      problems.push({ field: 'targetNewAccounts', problem: "a new team's plan sets its target number of account openings" });
  }
  if (!isCount(input.targetNewAccounts)) problems.push({ field: 'targetNewAccounts', problem: 'a whole number, 0 or more' });
  if (input.targetNewAssetsFen != null && !isCount(input.targetNewAssetsFen))
    problems.push({ field: 'targetNewAssetsFen', problem: 'fen, a whole number, 0 or more' });
  if (input.targetNetRevenueFen != null && !isCount(input.targetNetRevenueFen))
    problems.push({ field: 'targetNetRevenueFen', problem: 'fen, a whole number, 0 or more' });
  if ((input.marketingPlan ?? '').length > 20_000) problems.push({ field: 'marketingPlan', problem: 'at most 20,000 characters' });
  if ((input.bankAgreementRef ?? '').length > 200) problems.push({ field: 'bankAgreementRef', problem: 'at most 200 characters' });
  return problems;
}
