import { drawSample, sampleSize } from './spotcheck.rules';

describe('spot-check draws (R-2.3, R-2.8)', () => {
  const population = Array.from({ length: 20 }, (_, i) => `slip-${i}`);

  it('draws the rate, at least one, all at 100%', () => {
    expect(sampleSize(20, 25)).toBe(5);
    expect(sampleSize(3, 10)).toBe(1);
    expect(sampleSize(0, 50)).toBe(0);
    expect(drawSample('seed', population, 100)).toEqual(population);
  });

  it('is reproducible from the seed whatever the order of the population, and differs by seed', () => {
    const a = drawSample('a1b2', population, 30);
    expect(a).toHaveLength(6);
    expect(drawSample('a1b2', [...population].reverse(), 30).sort()).toEqual([...a].sort());
    expect(drawSample('a1b2', population, 30)).toEqual(a);
    expect(drawSample('ffff', population, 30)).not.toEqual(a);
  });
});
