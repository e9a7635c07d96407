import { formatYuan, formatYuanOrNull } from './yuan';

describe('formatYuan: fen as a yuan display string', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [-1, '-0.01'],
    [10, '0.10'],
    [100, '1.00'],
    [99_999, '999.99'],
    [100_000, '1,000.00'],
    [1_234_567, '12,345.67'],
    [-1_234_567, '-12,345.67'],
    [500_000_000, '5,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
    [-Number.MAX_SAFE_INTEGER, '-90,071,992,547,409.91'],
  ])('%p fen -> %p', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('takes a bigint beyond the safe integers, exactly', () => {
    expect(formatYuan(123_456_789_012_345_678_901n)).toBe('1,234,567,890,123,456,789.01');
    expect(formatYuan(-100n)).toBe('-1.00');
  });

  it('refuses what is not an integer number of fen (never rounds)', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
    expect(() => formatYuan(2 ** 60)).toThrow(RangeError);
  });

  it('keeps a null amount null', () => {
    expect(formatYuanOrNull(null)).toBeNull();
    expect(formatYuanOrNull(undefined)).toBeNull();
    expect(formatYuanOrNull(0)).toBe('0.00');
  });
});
