import { DayStatus } from './attendance-day.entity';
import { classifyDay, dutyWindow, minutesProblems, summarizeMonth } from './attendance.rules';

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

describe('classifying a day from the outlet hours and the 8-hour rule (R-2.1)', () => {
  const outlet = { opensAt: '08:30', closesAt: '16:30', leave: null, hasSlip: false } as const;
  it('owes the outlet hours, at most 8 hours from opening; a half day of leave takes half off', () => {
    expect(dutyWindow('08:30', '16:30')).toEqual({ start: 510, end: 990 });
    expect(dutyWindow('09:00', '18:30')).toEqual({ start: 540, end: 1020 }); // 8 hours, not 9.5
    expect(dutyWindow('10:00', '16:00')).toEqual({ start: 600, end: 960 }); // the outlet closes first
    expect(dutyWindow('08:30', '16:30', 'AM')).toEqual({ start: 750, end: 990 });
    expect(dutyWindow('08:30', '16:30', 'PM')).toEqual({ start: 510, end: 750 });
  });

  it('derives on time, late, early and both from the times, with overtime apart', () => {
    expect(classifyDay({ checkIn: '08:25', checkOut: '16:30' }, outlet)).toMatchObject({
      status: DayStatus.ON_TIME,
      minutesLate: 0,
      minutesEarly: 0,
      overtimeMinutes: 0,
    });
    expect(classifyDay({ checkIn: '08:47', checkOut: '18:00' }, outlet)).toMatchObject({ status: DayStatus.LATE, minutesLate: 17, overtimeMinutes: 90 });
    expect(classifyDay({ checkIn: '08:30', checkOut: '15:50' }, outlet)).toMatchObject({ status: DayStatus.EARLY_LEAVE, minutesEarly: 40 });
    expect(classifyDay({ checkIn: '09:00', checkOut: '16:00' }, outlet)).toMatchObject({ status: DayStatus.LATE_AND_EARLY, minutesLate: 30, minutesEarly: 30 });
    expect(classifyDay({ checkIn: '12:40', checkOut: '16:30' }, { ...outlet, leave: 'AM' })).toMatchObject({ status: DayStatus.LATE, minutesLate: 10 });
  });

  it('refuses times that contradict the status, half a pair of times, or times out of order', () => {
    expect(classifyDay({ checkIn: '08:47', checkOut: '16:30', status: DayStatus.ON_TIME }, outlet)).toEqual([
      { field: 'status', problem: 'the times make the day LATE, not ON_TIME' },
    ]);
    expect(classifyDay({ checkIn: '08:30' }, outlet)).toEqual([{ field: 'checkOut', problem: expect.stringContaining('needs the check-out') }]);
    expect(classifyDay({ checkIn: '17:00', checkOut: '08:00' }, outlet)).toEqual([{ field: 'checkOut', problem: 'the check-out must be after the check-in' }]);
    expect(classifyDay({ checkIn: '8.30', checkOut: '16:30' }, outlet)).toEqual([{ field: 'checkIn', problem: '"8.30" is not a time; write HH:MM' }]);
    expect(classifyDay({}, outlet)).toEqual([{ field: 'checkIn', problem: 'give the check-in and check-out times, or a status' }]);
  });

  it('takes leave only when approved and a visit only with a slip (R-2.3, R-2.5)', () => {
    expect(classifyDay({ status: DayStatus.ON_LEAVE }, outlet)).toEqual([{ field: 'status', problem: expect.stringContaining('unapproved leave is absence') }]);
    expect(classifyDay({ status: DayStatus.ON_LEAVE }, { ...outlet, leave: 'FULL' })).toMatchObject({ status: DayStatus.ON_LEAVE });
    expect(classifyDay({ status: DayStatus.ABSENT }, { ...outlet, leave: 'FULL' })).toEqual([
      { field: 'status', problem: 'approved leave covers the day: record it ON_LEAVE' },
    ]);
    expect(classifyDay({ status: DayStatus.ON_VISIT }, outlet)).toEqual([{ field: 'status', problem: 'ON_VISIT needs a visit slip filed for the day' }]);
    expect(classifyDay({ status: DayStatus.ON_VISIT, checkIn: '10:00', checkOut: '17:30' }, { ...outlet, hasSlip: true })).toMatchObject({
      status: DayStatus.ON_VISIT,
      minutesLate: 0,
      overtimeMinutes: 60,
    });
    expect(classifyDay({ status: DayStatus.ABSENT }, outlet)).toMatchObject({ status: DayStatus.ABSENT });
  });
});
