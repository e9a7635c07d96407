import { slipProblems } from './slip.rules';

const slip = {
  date: '2027-03-04',
  destination: '福田区某大厦',
  personVisited: '陈先生',
  contact: '138 0000 1234',
  purpose: '开户咨询',
  timeOut: '10:00',
  timeBack: '15:00',
};

describe('visit slip rules (R-2.3)', () => {
  it('takes a complete slip filed before going out', () => {
    expect(slipProblems(slip, { date: '2027-03-04', time: '08:00' })).toEqual([]);
  });

  it('names every missing field, a contact without a phone, and a slip filed afterwards', () => {
    const bad = slipProblems({ ...slip, contact: ' ', purpose: '', timeBack: '09:00' }, { date: '2027-03-04', time: '11:00' });
    expect(bad).toEqual([
      { field: 'contact', problem: "give the visited person's contact details" },
      { field: 'purpose', problem: 'give the purpose of the visit' },
      { field: 'timeBack', problem: 'the time back must be after the time out' },
      { field: 'timeOut', problem: 'a slip is filed before going out, not afterwards' },
    ]);
    expect(slipProblems({ ...slip, contact: '微信' }, { date: '2027-03-01', time: '08:00' })).toEqual([
      { field: 'contact', problem: 'give a phone number to reach the person visited' },
    ]);
  });
});
