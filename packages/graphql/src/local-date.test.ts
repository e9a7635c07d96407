import { addDays, addMonths, daysBetween, instantOf, localDate, localDateTime, localMonth, localParts, WORK_TIME_ZONE } from './local-date';

/** The time-zone database's answer, to check the fixed offset against. */
const tzFormat = new Intl.DateTimeFormat('en-CA', { timeZone: WORK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const tzDate = (at: Date) => tzFormat.format(at);

describe('local dates of work (Asia/Shanghai)', () => {
  it('puts an instant on the Shanghai calendar, not the UTC one', () => {
    const lateUtc = new Date('2026-10-31T17:05:09Z'); // 01:05 on 1 November in Shanghai
    expect(localDate(lateUtc)).toBe('2026-11-01');
    expect(localMonth(lateUtc)).toBe('2026-11');
    expect(localParts(lateUtc)).toEqual({ date: '2026-11-01', time: '01:05' });
    expect(localDateTime(lateUtc)).toBe('2026-11-01 01:05:09');
    expect(localDate(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10-31');
    expect(localDate(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11-01');
  });

  it('agrees with the time-zone database every few hours over years', () => {
    for (let t = Date.UTC(1995, 0, 1); t < Date.UTC(2035, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const at = new Date(t);
      if (localDate(at) !== tzDate(at)) throw new Error(`${at.toISOString()}: ${localDate(at)} vs ${tzDate(at)}`);
    }
  });

  it("today is today's date in Shanghai", () => {
    const before = tzDate(new Date());
    const today = localDate();
    expect([before, tzDate(new Date())]).toContain(today);
    expect(localMonth()).toBe(today.slice(0, 7));
  });

  it('gives the instant a local date and time begin at', () => {
    expect(instantOf('2026-11-01').toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(instantOf('2026-11-01', '09:30').toISOString()).toBe('2026-11-01T01:30:00.000Z');
    expect(localParts(instantOf('2026-02-28', '23:59'))).toEqual({ date: '2026-02-28', time: '23:59' });
  });

  it('counts days and months across month, year and leap-day ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-10-08', 0)).toBe('2026-10-08');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(daysBetween('2026-10-01', '2026-10-08')).toBe(7);
    expect(daysBetween('2026-10-08', '2026-10-01')).toBe(-7);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -12)).toBe('2025-10');
    expect(addMonths('2026-10', 0)).toBe('2026-10');
  });

  it('does not depend on the process time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(localDate(new Date('2026-03-08T10:30:00Z'))).toBe('2026-03-08');
      expect(addDays('2026-03-07', 1)).toBe('2026-03-08'); // a DST change in Los Angeles
    } finally {
      process.env.TZ = tz;
    }
  });
});
