/**
 * Money, the one formatter of the console: fen (the graph's integer `Fen`) as yuan with two decimals
 * and thousands separators, by integer arithmetic only (no division into a float): 123456 ->
 * ¥1,234.56, -5 -> -¥0.05, null -> —. Every amount on every page goes through it.
 */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  if (!Number.isSafeInteger(fen)) return `${String(fen)} fen`; // the graph sends integers; never round money silently
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}¥${whole}.${digits.slice(-2)}`;
}
