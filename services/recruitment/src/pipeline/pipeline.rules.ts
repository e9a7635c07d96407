import { HIRING_DOCUMENT_KINDS, HiringDocumentKind } from '@bg/events';
import type { FieldProblem } from '@bg/graphql';

/** The recruitment pipeline (DOMAIN.md): applied -> ... -> hired, or rejected / withdrawn into the talent pool. */
export enum CandidateStage {
  APPLIED = 'APPLIED', // 报名
  SCREENED = 'SCREENED', // 初选
  CERTIFICATES_VERIFIED = 'CERTIFICATES_VERIFIED', // 证件核验
  PRE_EMPLOYMENT_TRAINING = 'PRE_EMPLOYMENT_TRAINING', // 岗前培训
  EVALUATED = 'EVALUATED', // 综合考评
  PROBATION = 'PROBATION', // 试用
  HIRED = 'HIRED', // 录用
  REJECTED = 'REJECTED', // 未录用 (人才储备)
  WITHDRAWN = 'WITHDRAWN', // 本人放弃 (人才储备)
}

export const PIPELINE: readonly CandidateStage[] = [
  CandidateStage.APPLIED,
  CandidateStage.SCREENED,
  CandidateStage.CERTIFICATES_VERIFIED,
  CandidateStage.PRE_EMPLOYMENT_TRAINING,
  CandidateStage.EVALUATED,
  CandidateStage.PROBATION,
  CandidateStage.HIRED,
];

/** Stages of the talent pool (人才储备, R-6.6): the candidate's file is kept, re-activation possible. */
export const POOL_STAGES: readonly CandidateStage[] = [CandidateStage.REJECTED, CandidateStage.WITHDRAWN];

export const isClosed = (s: CandidateStage): boolean => s === CandidateStage.HIRED || POOL_STAGES.includes(s);

/**
 * Documents a candidate's file must hold: the hiring document kinds of the event
 * contracts (`HIRING_DOCUMENT_KINDS`), which personnel archives under the same names.
 */
export const CandidateDocumentKind = { ...HiringDocumentKind };
export type CandidateDocumentKind = HiringDocumentKind;
export const REQUIRED_DOCUMENTS: readonly CandidateDocumentKind[] = HIRING_DOCUMENT_KINDS;

export interface DocumentState {
  kind: CandidateDocumentKind;
  genuine: boolean | null;
}

/**
 * Why the certificates cannot be taken as verified: every document must have been checked, and
 * every required kind must have a genuine one (a copy found not genuine may be replaced).
 */
export function certificateProblems(documents: readonly DocumentState[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const unchecked = documents.filter((d) => d.genuine === null).map((d) => d.kind);
  if (unchecked.length) problems.push({ field: 'documents', problem: `not checked yet: ${[...new Set(unchecked)].join(', ')}` });
  const genuine = new Set(documents.filter((d) => d.genuine === true).map((d) => d.kind));
  const missing = REQUIRED_DOCUMENTS.filter((k) => !genuine.has(k));
  if (missing.length) problems.push({ field: 'documents', problem: `no verified genuine document: ${missing.join(', ')}` });
  return problems;
}

export interface CandidateState {
  stage: CandidateStage;
  documents: readonly DocumentState[];
  /** The latest comprehensive evaluation in the current requisition, if any. */
  evaluationPassed: boolean | null;
  /** The current probation's outcome: null while it runs or when there is none. */
  probationOutcome: 'PASSED' | 'FAILED' | null;
  hasProbation: boolean;
}

/**
 * Whether a candidate may move to `to`, and if not why. Forward moves go one stage at a time
 * (nothing is skipped, nothing goes back); rejection and withdrawal from any open stage.
 */
export function moveProblems(c: CandidateState, to: CandidateStage): FieldProblem[] {
  const field = 'to';
  if (c.stage === to) return [{ field, problem: `the candidate is already ${to}` }];
  if (c.stage === CandidateStage.HIRED) return [{ field, problem: 'the candidate is hired; the pipeline is over' }];
  if (POOL_STAGES.includes(c.stage)) return [{ field, problem: `the candidate is ${c.stage} (talent pool); re-activate them into a requisition first` }];
  if (POOL_STAGES.includes(to)) return [];
  const from = PIPELINE.indexOf(c.stage);
  const target = PIPELINE.indexOf(to);
  if (target < from) return [{ field, problem: `a candidate does not go back from ${c.stage} to ${to}` }];
  if (target > from + 1) return [{ field, problem: `${c.stage} -> ${to} skips ${PIPELINE.slice(from + 1, target).join(', ')}` }];
  switch (to) {
    case CandidateStage.CERTIFICATES_VERIFIED:
      return certificateProblems(c.documents);
    case CandidateStage.EVALUATED:
      return c.evaluationPassed === null ? [{ field, problem: 'record the comprehensive evaluation (evaluateCandidate)' }] : [];
    case CandidateStage.PROBATION:
      return c.evaluationPassed === true ? [] : [{ field, problem: 'no probation without a passing comprehensive evaluation' }];
    case CandidateStage.HIRED:
      if (!c.hasProbation) return [{ field, problem: 'the candidate has no probation' }];
      if (c.probationOutcome === null) return [{ field, problem: 'the probation has no outcome yet' }];
      return c.probationOutcome === 'PASSED' ? [] : [{ field, problem: 'the candidate did not pass probation' }];
    default:
      return [];
  }
}

/** What a hire (录用) says beyond the candidate's file: where the new manager works, and the ID number if the file has none. */
export interface HirePlacement {
  teamId?: string | null;
  groupId?: string | null;
  outletId?: string | null;
  idNumber?: string | null;
}

/**
 * Why a hire cannot go to personnel as given (every reason at once): personnel needs the team,
 * group and outlet the new manager is placed in (recruitment has no copy of the organisation, so
 * personnel checks the ids themselves), and the ID number of the verified ID card copy.
 */
export function hireProblems(candidate: { teamId: string | null; idNumber: string | null }, given: HirePlacement): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const blank = (v: string | null | undefined) => !v?.trim();
  if (blank(given.teamId) && blank(candidate.teamId))
    problems.push({ field: 'teamId', problem: 'the requisition names no team: say which team (营销团队) the new manager joins' });
  if (blank(given.groupId)) problems.push({ field: 'groupId', problem: 'say which group (小组) of the team the new manager joins' });
  if (blank(given.outletId)) problems.push({ field: 'outletId', problem: 'say at which outlet (网点) the new manager is stationed' });
  if (!blank(given.idNumber)) {
    const p = idNumberProblem(given.idNumber!.trim());
    if (p) problems.push({ field: 'idNumber', problem: p });
    else if (candidate.idNumber && candidate.idNumber !== given.idNumber!.trim()) {
      problems.push({ field: 'idNumber', problem: `the candidate's file has another ID number (ending ${candidate.idNumber.slice(-4)}); leave idNumber out` });
    }
  } else if (!candidate.idNumber) {
    problems.push({ field: 'idNumber', problem: "the candidate's file has no ID number: give the one on the verified ID card copy" });
  }
  return problems;
}

/** Labour Contract Law art. 19: a one-year contract allows at most two months' probation. */
export const MAX_PROBATION_MONTHS = 2;

export function probationProblems(startsOn: string, endsOn: string): FieldProblem[] {
  if (endsOn <= startsOn) return [{ field: 'endsOn', problem: 'the probation ends after it starts' }];
  const [y, m, d] = startsOn.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 + MAX_PROBATION_MONTHS, d)).toISOString().slice(0, 10);
  if (endsOn > limit) return [{ field: 'endsOn', problem: `a one-year contract allows at most ${MAX_PROBATION_MONTHS} months' probation (until ${limit})` }];
  return [];
}

export enum CandidateChannel {
  JOB_WEBSITE = 'JOB_WEBSITE', // 招聘网站
  TALENT_MARKET = 'TALENT_MARKET', // 人才市场
  SCHOOL_ENTERPRISE = 'SCHOOL_ENTERPRISE', // 校企合作
  REFERRAL = 'REFERRAL', // 推荐
  OTHER = 'OTHER',
}

/** School-enterprise cooperation names the school; a referral names the referrer. */
export function channelProblems(channel: CandidateChannel, detail: string | null | undefined): FieldProblem[] {
  const given = !!detail?.trim();
  if (channel === CandidateChannel.SCHOOL_ENTERPRISE && !given)
    return [{ field: 'channelDetail', problem: 'name the school of the school-enterprise cooperation' }];
  if (channel === CandidateChannel.REFERRAL && !given) return [{ field: 'channelDetail', problem: 'name who referred the candidate' }];
  return [];
}

/** Skills as stored for search: trimmed, lower-cased, de-duplicated, `,a,b,` so `%,x%` finds a tag start. */
export function skillTags(skills: readonly string[]): string {
  const tags = [...new Set(skills.map((s) => s.trim().toLowerCase().replace(/,/g, ' ')).filter(Boolean))];
  return tags.length ? `,${tags.join(',')},` : '';
}

export function skillsOf(tags: string): string[] {
  return tags.split(',').filter(Boolean);
}

/** A mainland resident ID number: 17 digits and a digit or X, with its check digit. */
export function idNumberProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'an ID number is 18 characters: 17 digits and a digit or X';
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17] ? null : "the ID number's check digit does not match";
}
