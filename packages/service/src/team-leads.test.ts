import { leadOn } from './known-organisation';

describe("a team's lead in force on a day (TeamLeadAppointed)", () => {
  const appointments = [
    { effectiveFrom: '2026-11-16', employeeId: 'E2' },
    { effectiveFrom: '2019-05-06', employeeId: 'E1' },
  ];
  it('is the latest appointment on or before the day, whatever the order they arrived in', () => {
    expect(leadOn(appointments, '2026-11-15')).toBe('E1');
    expect(leadOn(appointments, '2026-11-16')).toBe('E2');
    expect(leadOn(appointments, '2027-01-01')).toBe('E2');
  });
  it('is nobody before the first appointment', () => {
    expect(leadOn(appointments, '2019-05-05')).toBeNull();
    expect(leadOn([], '2026-11-16')).toBeNull();
  });
});
