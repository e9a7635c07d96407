import { hiredBy } from './employment';

it('counts a manager in a month from the month they were hired in, and unknown hire dates always', () => {
  expect(hiredBy('2026-08-31', '2026-08')).toBe(true);
  expect(hiredBy('2026-01-05', '2026-08')).toBe(true);
  expect(hiredBy('2026-09-01', '2026-08')).toBe(false);
  expect(hiredBy('2026-11-02', '2026-09')).toBe(false);
  expect(hiredBy(null, '2026-08')).toBe(true);
  expect(hiredBy(undefined, '2026-08')).toBe(true);
});
