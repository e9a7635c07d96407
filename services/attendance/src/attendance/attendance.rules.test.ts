import { DayStatus } from './attendance-day.entity';
import { minutesProblems, summarizeMonth } from './attendance.rules';

describe('attendance rules', () => {
  it('summarizes only the days of the month', () => {
    const days = [
      { date: '2026-10-08', status: DayStatus.LATE },
      { date: '2026-10-09', status: DayStatus.LATE_AND_EARLY },
      { date: '2026-10-10', status: DayStatus.ABSENT },
      { date: '2026-10-12', status: DayStatus.ON_LEAVE },
      { date: '2026-11-02', status: DayStatus.ABSENT },
    ];
    expect(summarizeMonth('2026-10', days)).toEqual({ month: '2026-10', daysRecorded: 4, late: 2, early: 1, absent: 1, leave: 1 });
  });

  it('refuses minutes that contradict the status', () => {
    expect(minutesProblems(DayStatus.LATE, 0, 0)).toEqual(['a late day needs the minutes late']);
    expect(minutesProblems(DayStatus.ON_TIME, 5, 0)).toEqual(['minutes late only go with a late day, not ON_TIME']);
    expect(minutesProblems(DayStatus.LATE_AND_EARLY, 10, 20)).toEqual([]);
  });
});
