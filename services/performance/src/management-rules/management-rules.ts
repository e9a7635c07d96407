/**
 * management rules (管理实施细则, issue 16 item 1), as small pure functions: what a version must
 * hold, and which approved version is in force in a month.
 */
export interface ManagementRulesInput {
  teamId: string;
  title: string;
  /** The rules' text (the document itself; a scanned original may be referenced by fileRef). */
  content: string;
  /** The first month the rules apply, YYYY-MM. */
  effectiveFrom: string;
  fileRef?: string | null;
}

export interface Problem {
  field: string;
  problem: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function managementRulesProblems(input: ManagementRulesInput): Problem[] {
  const problems: Problem[] = [];
  if (!input.teamId.trim()) problems.push({ field: 'teamId', problem: 'name the team the rules are for' });
  if (!input.title.trim()) problems.push({ field: 'title', problem: 'give the rules a title (e.g. 营销一部管理实施细则 2027 版)' });
  else if (input.title.trim().length > 200) problems.push({ field: 'title', problem: 'at most 200 characters' });
  if (input.content.trim().length < 20) problems.push({ field: 'content', problem: 'write out the rules (at least 20 characters)' });
  else if (input.content.length > 100_000) problems.push({ field: 'content', problem: 'at most 100,000 characters; attach the rest as a file (fileRef)' });
  if (!MONTH.test(input.effectiveFrom)) problems.push({ field: 'effectiveFrom', problem: `"${input.effectiveFrom}" is not a month (YYYY-MM)` });
  if (input.fileRef != null && (!input.fileRef.trim() || input.fileRef.length > 500))
    problems.push({ field: 'fileRef', problem: 'a file reference of 1 to 500 characters, or none' });
  return problems;
}

export type RulesStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** The version in force in a month: the approved one with the latest start not after it (the higher version on a tie). */
export function rulesInForce<T extends { status: RulesStatus; effectiveFrom: string; version: number }>(versions: T[], month: string): T | null {
  return (
    versions
      .filter((v) => v.status === 'APPROVED' && v.effectiveFrom <= month)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0] ?? null
  );
}

/** Why a new version may not be proposed now (one version on the route at a time), or null. */
export function proposalConflict(versions: Array<{ status: RulesStatus; version: number }>): string | null {
  const waiting = versions.find((v) => v.status === 'SUBMITTED');
  return waiting ? `Version ${waiting.version} of the team's management rules is still on the approval route; wait for its outcome` : null;
}
