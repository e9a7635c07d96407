import { yuan } from './money';

it('shows fen as yuan with two decimals and thousands separators', () => {
  expect(yuan(0)).toBe('¥0.00');
  expect(yuan(5)).toBe('¥0.05');
  expect(yuan(100)).toBe('¥1.00');
  expect(yuan(123456)).toBe('¥1,234.56');
  expect(yuan(-5)).toBe('-¥0.05');
  expect(yuan(-123456789)).toBe('-¥1,234,567.89');
  expect(yuan(100000000)).toBe('¥1,000,000.00');
  // beyond a double's exact fractions: still exact, digit by digit
  expect(yuan(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  expect(yuan(null)).toBe('—');
  expect(yuan(undefined)).toBe('—');
  expect(yuan(12.5)).toBe('12.5 fen');
});
