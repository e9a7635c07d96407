import { monthFigures } from './month-close.rules';

const counts = { worked: 18, late: 2, early: 1, absent: 1, onLeave: 0, overtime: 90 };

describe('month close figures (R-2.5, R-2.7)', () => {
  it('counts unrecorded working days as absence unless approved leave covers them', () => {
    const workingDays = ['d1', 'd2', 'd3', 'd4', 'd5'];
    const recorded = new Map([
      ['d1', false],
      ['d2', false],
    ]);
    const leaveOn = (d: string) => (d === 'd3' ? 'FULL' : d === 'd4' ? 'AM' : d === 'd1' ? 'PM' : null) as any;
    expect(monthFigures({ workingDays, recorded, counts, leaveOn, visits: 3 })).toEqual({
      daysWorked: 18,
      late: 2,
      early: 1,
      absent: 1 + 2, // recorded absence, d4 (only half excused), d5
      leaveDays: 1 + 0.5 + 0.5, // d3, d4's half, d1's approved afternoon
      visits: 3,
      overtimeMinutes: 90,
    });
  });
});
