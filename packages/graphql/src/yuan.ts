/**
 * Yuan display strings (docs/schema-conventions.md, "Money"): an amount of fen written as yuan with
 * thousands separators and two decimals, e.g. 1234567 -> "12,345.67", -5 -> "-0.05". Integer
 * arithmetic only (BigInt), so any safe integer is exact; the API carries these strings for people
 * to read, never yuan numbers to compute with (computations use the `Fen` figure beside them).
 */
export function formatYuan(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`An amount in fen must be a safe integer, not ${fen}`);
  const n = BigInt(fen);
  const abs = n < 0n ? -n : n;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${n < 0n ? '-' : ''}${yuan}.${cents}`;
}

/** `formatYuan`, keeping a null (a nullable `Fen` figure: "no amount") as null. */
export const formatYuanOrNull = (fen: number | bigint | null | undefined): string | null => (fen === null || fen === undefined ? null : formatYuan(fen));
