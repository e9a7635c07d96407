import {
  CandidateChannel,
  CandidateDocumentKind,
  CandidateStage as S,
  REQUIRED_DOCUMENTS,
  certificateProblems,
  channelProblems,
  idNumberProblem,
  hireProblems,
  moveProblems,
  probationProblems,
  skillTags,
  skillsOf,
  type CandidateState,
} from './pipeline.rules';
import { HIRING_DOCUMENT_KINDS } from '@bg/events';

const verified = REQUIRED_DOCUMENTS.map((kind) => ({ kind, genuine: true as boolean | null }));
const state = (stage: S, over: Partial<CandidateState> = {}): CandidateState => ({
  stage,
  documents: verified,
  evaluationPassed: null,
  probationOutcome: null,
  hasProbation: false,
  ...over,
});

describe('stage moves', () => {
  it('go forward one stage at a time', () => {
    expect(moveProblems(state(S.APPLIED), S.SCREENED)).toEqual([]);
    expect(moveProblems(state(S.SCREENED), S.CERTIFICATES_VERIFIED)).toEqual([]);
    expect(moveProblems(state(S.CERTIFICATES_VERIFIED), S.PRE_EMPLOYMENT_TRAINING)).toEqual([]);
  });

  it('refuse skipping certificate verification and going back', () => {
    expect(moveProblems(state(S.SCREENED), S.PRE_EMPLOYMENT_TRAINING)[0].problem).toBe('SCREENED -> PRE_EMPLOYMENT_TRAINING skips CERTIFICATES_VERIFIED');
    expect(moveProblems(state(S.APPLIED), S.HIRED)[0].problem).toContain('skips SCREENED, CERTIFICATES_VERIFIED');
    expect(moveProblems(state(S.PRE_EMPLOYMENT_TRAINING), S.SCREENED)[0].problem).toContain('does not go back');
    expect(moveProblems(state(S.SCREENED), S.SCREENED)[0].problem).toContain('already');
  });

  it('take certificates as verified only when every document is checked and each required kind is genuine', () => {
    const docs = [...verified.slice(1), { kind: CandidateDocumentKind.PHOTO, genuine: null }, { kind: CandidateDocumentKind.DIPLOMA_COPY, genuine: false }];
    expect(moveProblems(state(S.SCREENED, { documents: docs }), S.CERTIFICATES_VERIFIED)).toEqual([
      { field: 'documents', problem: 'not checked yet: PHOTO' },
      { field: 'documents', problem: 'no verified genuine document: PHOTO' },
    ]);
    expect(certificateProblems([])[0].problem).toBe(`no verified genuine document: ${REQUIRED_DOCUMENTS.join(', ')}`);
    // A copy found not genuine does not block once a genuine copy of the kind was checked.
    expect(certificateProblems([...verified, { kind: CandidateDocumentKind.DIPLOMA_COPY, genuine: false }])).toEqual([]);
  });

  it('allow no probation without a passing evaluation', () => {
    expect(moveProblems(state(S.EVALUATED, { evaluationPassed: false }), S.PROBATION)[0].problem).toBe(
      'no probation without a passing comprehensive evaluation',
    );
    expect(moveProblems(state(S.EVALUATED, { evaluationPassed: true }), S.PROBATION)).toEqual([]);
    expect(moveProblems(state(S.PRE_EMPLOYMENT_TRAINING), S.EVALUATED)[0].problem).toContain('evaluateCandidate');
  });

  it('hire only after a passed probation', () => {
    expect(moveProblems(state(S.PROBATION, { hasProbation: true }), S.HIRED)[0].problem).toBe('the probation has no outcome yet');
    expect(moveProblems(state(S.PROBATION, { hasProbation: true, probationOutcome: 'FAILED' }), S.HIRED)[0].problem).toBe(
      'the candidate did not pass probation',
    );
    expect(moveProblems(state(S.PROBATION, { hasProbation: true, probationOutcome: 'PASSED' }), S.HIRED)).toEqual([]);
  });

  it('reject or withdraw from any open stage, never after the end', () => {
    for (const s of [S.APPLIED, S.SCREENED, S.EVALUATED, S.PROBATION]) {
      expect(moveProblems(state(s), S.REJECTED)).toEqual([]);
      expect(moveProblems(state(s), S.WITHDRAWN)).toEqual([]);
    }
    expect(moveProblems(state(S.HIRED), S.REJECTED)[0].problem).toContain('hired');
    expect(moveProblems(state(S.REJECTED), S.SCREENED)[0].problem).toContain('re-activate');
  });
});

describe('probation dates', () => {
  it('end after the start, within two months (one-year contract)', () => {
    expect(probationProblems('2026-11-01', '2026-12-31')).toEqual([]);
    expect(probationProblems('2026-11-01', '2027-01-01')).toEqual([]);
    expect(probationProblems('2026-11-01', '2027-01-02')[0].problem).toContain('at most 2 months');
    expect(probationProblems('2026-11-01', '2026-11-01')[0].field).toBe('endsOn');
  });
});

describe('candidate details', () => {
  it('name the school of a school-enterprise cooperation and the referrer of a referral', () => {
    expect(channelProblems(CandidateChannel.SCHOOL_ENTERPRISE, ' ')[0].field).toBe('channelDetail');
    expect(channelProblems(CandidateChannel.REFERRAL, null)[0].problem).toContain('referred');
    expect(channelProblems(CandidateChannel.SCHOOL_ENTERPRISE, '深圳大学')).toEqual([]);
    expect(channelProblems(CandidateChannel.JOB_WEBSITE, null)).toEqual([]);
  });

  it('store skills as searchable tags', () => {
    expect(skillTags([' Excel ', '基金', 'excel', ''])).toBe(',excel,基金,');
    expect(skillsOf(',excel,基金,')).toEqual(['excel', '基金']);
    expect(skillTags([])).toBe('');
  });

  it('check ID numbers with their check digit', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('110105194912310021')).toContain('check digit');
    expect(idNumberProblem('1234')).toContain('18 characters');
  });
});

describe('a hire (录用)', () => {
  const onFile = { teamId: 'SZ01-T1', idNumber: '11010519491231002X' };
  const placed = { groupId: 'SZ01-T1-G2', outletId: 'SZ01-O2' };

  it('needs the group and the outlet, named field by field', () => {
    expect(hireProblems(onFile, {})).toEqual([
      { field: 'groupId', problem: 'say which group (小组) of the team the new manager joins' },
      { field: 'outletId', problem: 'say at which outlet (网点) the new manager is stationed' },
    ]);
    expect(hireProblems(onFile, { groupId: ' ', outletId: 'SZ01-O2' }).map((p) => p.field)).toEqual(['groupId']);
    expect(hireProblems(onFile, placed)).toEqual([]);
  });

  it('needs a team when the requisition names none', () => {
    expect(hireProblems({ ...onFile, teamId: null }, placed).map((p) => p.field)).toEqual(['teamId']);
    expect(hireProblems({ ...onFile, teamId: null }, { ...placed, teamId: 'SZ01-T2' })).toEqual([]);
  });

  it('needs the ID number: from the file, or given (checked) when the file has none', () => {
    const none = { ...onFile, idNumber: null };
    expect(hireProblems(none, placed)).toEqual([
      { field: 'idNumber', problem: "the candidate's file has no ID number: give the one on the verified ID card copy" },
    ]);
    expect(hireProblems(none, { ...placed, idNumber: '110105194912310021' })[0].problem).toContain('check digit');
    expect(hireProblems(none, { ...placed, idNumber: '11010519491231002X' })).toEqual([]);
    expect(hireProblems(onFile, { ...placed, idNumber: '440304199001011234' }).map((p) => p.field)).toEqual(['idNumber']);
  });
});

describe('document kinds', () => {
  it("are the event contracts' hiring document kinds, every one required", () => {
    expect(Object.values(CandidateDocumentKind)).toEqual([...HIRING_DOCUMENT_KINDS]);
    expect(REQUIRED_DOCUMENTS).toEqual(HIRING_DOCUMENT_KINDS);
  });
});
