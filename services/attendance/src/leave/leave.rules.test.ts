import { HalfDay } from './leave.entity';
import { leaveCover, leaveDatesProblems, leaveDays, leavesOverlap } from './leave.rules';

const span = (startDate: string, endDate = startDate, halfDay: HalfDay | null = null) => ({ startDate, endDate, halfDay });

describe('leave rules (R-2.5)', () => {
  it('is requested before it starts, in order, half days on one day', () => {
    expect(leaveDatesProblems(span('2027-03-10'), '2027-03-01')).toEqual([]);
    expect(leaveDatesProblems(span('2027-03-01'), '2027-03-01')).toEqual([
      { field: 'startDate', problem: 'leave must be requested before it starts: 2027-03-01 is not after today (2027-03-01)' },
    ]);
    expect(leaveDatesProblems(span('2027-03-10', '2027-03-09'), '2027-03-01').map((p) => p.field)).toEqual(['endDate']);
    expect(leaveDatesProblems(span('2027-03-10', '2027-03-11', HalfDay.AM), '2027-03-01').map((p) => p.field)).toEqual(['halfDay']);
  });

  it('counts working days asked for and half days', () => {
    expect(leaveDays(span('2027-03-05', '2027-03-08'))).toBe(2); // Friday and Monday
    expect(leaveDays(span('2027-03-05', '2027-03-05', HalfDay.PM))).toBe(0.5);
  });

  it('sees overlaps, except the two halves of one day', () => {
    expect(leavesOverlap(span('2027-03-05', '2027-03-08'), span('2027-03-08'))).toBe(true);
    expect(leavesOverlap(span('2027-03-05', '2027-03-08'), span('2027-03-09'))).toBe(false);
    expect(leavesOverlap(span('2027-03-05', '2027-03-05', HalfDay.AM), span('2027-03-05', '2027-03-05', HalfDay.PM))).toBe(false);
    expect(leavesOverlap(span('2027-03-05', '2027-03-05', HalfDay.AM), span('2027-03-05', '2027-03-05', HalfDay.AM))).toBe(true);
  });

  it('tells what approved leave covers on a date', () => {
    const approved = [
      span('2027-03-05', '2027-03-08'),
      span('2027-03-10', '2027-03-10', HalfDay.AM),
      span('2027-03-10', '2027-03-10', HalfDay.PM),
      span('2027-03-12', '2027-03-12', HalfDay.PM),
    ];
    expect(leaveCover(approved, '2027-03-06')).toBe('FULL');
    expect(leaveCover(approved, '2027-03-09')).toBeNull();
    expect(leaveCover(approved, '2027-03-10')).toBe('FULL');
    expect(leaveCover(approved, '2027-03-12')).toBe('PM');
  });
});
