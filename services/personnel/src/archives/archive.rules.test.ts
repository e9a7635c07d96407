import { DocumentKind } from './archive-document.entity';
import { assessmentRecordKey, idNumberProblem, missingDocuments, placeVersion } from './archive.rules';
import { archiveAccess, maskIdNumber } from './archive.policy';
import { principalFromClaims } from '@bg/auth';

describe('missingDocuments (R-6.3)', () => {
  it('lists what a full-time archive lacks, a forged certificate counting as missing', () => {
    expect(
      missingDocuments('FULL_TIME', [
        { kind: DocumentKind.PHOTO, genuine: null },
        { kind: DocumentKind.RESUME, genuine: null },
        { kind: DocumentKind.ID_CARD_COPY, genuine: true },
        { kind: DocumentKind.DIPLOMA_COPY, genuine: false },
      ]),
    ).toEqual([DocumentKind.DIPLOMA_COPY, DocumentKind.GUARANTEE_LETTER, DocumentKind.GUARANTOR_ID_COPY, DocumentKind.LABOUR_CONTRACT]);
  });

  it('wants a cooperation agreement, not a labour contract, from a part-timer', () => {
    expect(missingDocuments('PART_TIME', [])).toContain(DocumentKind.COOPERATION_AGREEMENT);
    expect(missingDocuments('PART_TIME', [])).not.toContain(DocumentKind.LABOUR_CONTRACT);
  });
});

describe('contracts in the archive (R-6.2, R-6.3)', () => {
  const papers = [
    DocumentKind.PHOTO,
    DocumentKind.RESUME,
    DocumentKind.ID_CARD_COPY,
    DocumentKind.DIPLOMA_COPY,
    DocumentKind.GUARANTEE_LETTER,
    DocumentKind.GUARANTOR_ID_COPY,
  ].map((kind) => ({ kind, genuine: true }));

  it("a signed labour contract fills a full-timer's contract item, a cooperation agreement a part-timer's", () => {
    expect(missingDocuments('FULL_TIME', papers)).toEqual([DocumentKind.LABOUR_CONTRACT]);
    expect(missingDocuments('FULL_TIME', papers, [{ kind: 'LABOUR_CONTRACT' }])).toEqual([]);
    expect(missingDocuments('PART_TIME', papers, [{ kind: 'COOPERATION_AGREEMENT' }])).toEqual([]);
  });

  it('the other kind of contract, or a loose document of a contract kind, does not fill it', () => {
    expect(missingDocuments('FULL_TIME', papers, [{ kind: 'COOPERATION_AGREEMENT' }])).toEqual([DocumentKind.LABOUR_CONTRACT]);
    expect(missingDocuments('FULL_TIME', [...papers, { kind: DocumentKind.LABOUR_CONTRACT, genuine: null }])).toEqual([DocumentKind.LABOUR_CONTRACT]);
  });
});

describe('versions of an archive record (assessments)', () => {
  it('keys one record per cycle and period', () => {
    expect(assessmentRecordKey('QUARTERLY', '2026-Q3')).toBe('ASSESSMENT:QUARTERLY:2026-Q3');
    expect(assessmentRecordKey('QUARTERLY', '2026-Q3')).not.toBe(assessmentRecordKey('MONTHLY', '2026-Q3'));
  });

  it('a later run replaces the current version; an earlier one arriving late goes under it as history', () => {
    const at = (iso: string) => ({ recordedAt: new Date(iso) });
    expect(placeVersion(null, at('2026-11-01T02:00:00Z'))).toBe('CURRENT');
    expect(placeVersion(at('2026-11-01T02:00:00Z'), at('2026-11-02T02:00:00Z'))).toBe('CURRENT');
    expect(placeVersion(at('2026-11-02T02:00:00Z'), at('2026-11-01T02:00:00Z'))).toBe('SUPERSEDED');
  });
});

describe('ID numbers', () => {
  it('checks the check digit', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('110105194912310021')).toMatch(/check digit/);
    expect(idNumberProblem('1234')).toMatch(/18 characters/);
  });
  it('masks all but the last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('**************002X');
  });
});

describe('archive lookup rule (DOMAIN.md, R-6.8)', () => {
  const zhang = { id: 'E1001', branchId: 'SZ01', teamId: 'SZ01-T1', groupId: 'SZ01-T1-G1' };
  const p = (roles: string[], claims: Record<string, string> = {}) => principalFromClaims({ sub: 's', realm_access: { roles }, ...claims });
  const cases: Array<[string, ReturnType<typeof p>, boolean]> = [
    ['the manager themself', p(['client-manager'], { employee_id: 'E1001', branch_id: 'SZ01', team_id: 'SZ01-T1' }), true],
    [
      'another manager of the same group',
      p(['client-manager'], { employee_id: 'E1004', branch_id: 'SZ01', team_id: 'SZ01-T1', group_id: 'SZ01-T1-G1' }),
      false,
    ],
    ['the group leader', p(['group-leader'], { employee_id: 'E1002', branch_id: 'SZ01', team_id: 'SZ01-T1', group_id: 'SZ01-T1-G1' }), false],
    ['the team lead of the team', p(['team-lead'], { branch_id: 'SZ01', team_id: 'SZ01-T1' }), true],
    ['the lead of another team', p(['team-lead'], { branch_id: 'SZ01', team_id: 'SZ01-T2' }), false],
    ['the branch manager', p(['branch-manager'], { branch_id: 'SZ01' }), true],
    ['the deputy manager', p(['branch-deputy-manager'], { branch_id: 'SZ01' }), true],
    ['the archive clerk of the branch', p(['archive-clerk'], { branch_id: 'SZ01' }), true],
    ['another branch manager', p(['branch-manager'], { branch_id: 'GZ01' }), false],
    ['the attendance clerk', p(['attendance-clerk'], { branch_id: 'SZ01' }), false],
    ['branch finance', p(['branch-finance'], { branch_id: 'SZ01' }), false],
    ['the asset keeper', p(['asset-keeper'], { branch_id: 'SZ01' }), false],
    ['a recruiter', p(['recruiter'], { branch_id: 'SZ01' }), false],
    ['a head-office trainer', p(['trainer'], { branch_id: 'HQ' }), false],
    ['the brokerage office', p(['brokerage-office'], { branch_id: 'HQ' }), true],
    ['channel management', p(['channel-management'], { branch_id: 'HQ' }), true],
    ['the executive', p(['executive'], { branch_id: 'HQ' }), true],
  ];
  it.each(cases)('%s: allowed=%s', (_who, principal, allowed) => {
    expect(archiveAccess(principal, zhang).allowed).toBe(allowed);
  });
});
