import { minutesOf, timeOf } from './dates';

describe('minutesOf', () => {
  it('reads HH:MM from 00:00 to 23:59', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('08:52')).toBe(532);
    expect(minutesOf('23:59')).toBe(1439);
    expect(timeOf(minutesOf('17:05')!)).toBe('17:05');
  });

  it('refuses what is not a time of day', () => {
    for (const bad of ['24:00', '12:60', '8:30', '08:3', '08-30', '0a:30', '08:3x', ' 8:30', '', '08:300', '１2:00']) expect(minutesOf(bad)).toBeNull();
  });
});
