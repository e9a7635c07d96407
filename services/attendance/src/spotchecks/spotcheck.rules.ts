import { createHash } from 'node:crypto';

/** How many of `n` items a rate draws: at least one when there is any, all at 100%. */
export function sampleSize(n: number, ratePercent: number): number {
  if (n === 0) return 0;
  return Math.min(n, Math.max(1, Math.ceil((n * ratePercent) / 100)));
}

/**
 * The items a seed draws from a population: each item ranked by SHA-256(seed:id), the first
 * `sampleSize` taken, returned in population order. Independent of the order the population is
 * listed in, so recomputing it from the recorded seed and population gives the same items.
 */
export function drawSample(seed: string, population: readonly string[], ratePercent: number): string[] {
  const rank = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  const ranked = [...new Set(population)].map((id) => ({ id, r: rank(id) })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
  const picked = new Set(ranked.slice(0, sampleSize(ranked.length, ratePercent)).map((x) => x.id));
  return population.filter((id) => picked.has(id));
}
