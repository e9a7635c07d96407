import { agreementFitsPlan, agreementProblems } from './bank-agreement.rules';

describe('the bank cooperation agreement (R-1.2)', () => {
  const a = { partnerBank: '招商银行深圳分行', startsOn: '2027-01-01', endsOn: '2027-12-31', terms: '网点联合营销', fileRef: 'files/zs-2027.pdf' };
  it('has every part and runs for at most a year', () => {
    expect(agreementProblems(a)).toEqual([]);
    expect(agreementProblems({ ...a, endsOn: '2028-01-01' })).toEqual([{ field: 'endsOn', problem: 'an agreement runs for at most a year' }]);
    expect(agreementProblems({ ...a, partnerBank: ' ', fileRef: '', endsOn: '2026-12-31' }).map((p) => p.field)).toEqual(['partnerBank', 'fileRef', 'endsOn']);
  });
  it("fits an annual plan of its team in force in the plan's year", () => {
    expect(agreementFitsPlan({ teamId: 'T1', ...a }, { teamId: 'T1', year: 2027 })).toBeNull();
    expect(agreementFitsPlan({ teamId: 'T1', ...a }, { teamId: 'T2', year: 2027 })).toContain("team T1's");
    expect(agreementFitsPlan({ teamId: 'T1', ...a }, { teamId: 'T1', year: 2028 })).toContain('not in force in 2028');
  });
});
