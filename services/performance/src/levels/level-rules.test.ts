import { DEMO_LEVEL_RULES, levelRulesProblems, proposeLevel, targetsFor, type LevelRules } from './level-rules';

const R = DEMO_LEVEL_RULES;
const YUAN = 100;
const figures = (customersDeveloped: number, netRevenueYuan: number, customerAssetsYuan: number) => ({
  customersDeveloped,
  netRevenueFen: netRevenueYuan * YUAN,
  customerAssetsFen: customerAssetsYuan * YUAN,
});

describe('level proposal (R-4.4)', () => {
  it('moves up when every figure reaches what moving up needs and duty is high enough', () => {
    expect(proposeLevel(R, 'L2', figures(24, 120_000, 10_000_000), 80, 'QUARTER')).toMatchObject({ direction: 'UP', from: 'L2', to: 'L3' });
  });

  it('keeps the level when one figure or the duty score falls short of moving up, saying which', () => {
    expect(proposeLevel(R, 'L2', figures(23, 120_000, 10_000_000), 90, 'QUARTER')).toEqual({
      direction: 'KEEP',
      from: 'L2',
      to: 'L2',
      reasons: ['holds L2', 'customers developed 23 below the 24 needed to move up to L3'],
    });
    expect(proposeLevel(R, 'L2', figures(24, 120_000, 10_000_000), 79.99, 'QUARTER')).toEqual({
      direction: 'KEEP',
      from: 'L2',
      to: 'L2',
      reasons: ['holds L2', 'duty score 79.99 below the 80 needed to move up to L3'],
    });
  });

  it('moves down when a figure misses what holding the level needs, or duty is below its minimum', () => {
    expect(proposeLevel(R, 'L3', figures(24, 119_999.99, 10_000_000), 100, 'QUARTER')).toEqual({
      direction: 'DOWN',
      from: 'L3',
      to: 'L2',
      reasons: ['net revenue 119,999.99 yuan below the 120,000.00 needed to hold L3'],
    });
    expect(proposeLevel(R, 'L3', figures(100, 1_000_000, 90_000_000), 59, 'QUARTER')).toMatchObject({
      direction: 'DOWN',
      to: 'L2',
      reasons: ['duty score 59 below the 60 needed to hold L3'],
    });
  });

  it('never goes below the lowest or above the top level', () => {
    expect(proposeLevel(R, 'L1', figures(0, 0, 0), 10, 'QUARTER')).toMatchObject({ direction: 'KEEP', to: 'L1' });
    expect(proposeLevel(R, 'L5', figures(1_000, 10_000_000, 900_000_000), 100, 'QUARTER')).toEqual({
      direction: 'KEEP',
      from: 'L5',
      to: 'L5',
      reasons: ['holds L5, the top level'],
    });
  });

  it('asks four quarters of flows over a year, customer assets as they are', () => {
    expect(targetsFor(R.levels[1].promote!, 'YEAR')).toEqual({ customersDeveloped: 96, netRevenueFen: 48_000_000, customerAssetsFen: 1_000_000_000 });
    expect(proposeLevel(R, 'L2', figures(24, 120_000, 10_000_000), 100, 'YEAR')).toMatchObject({ direction: 'DOWN', to: 'L1' });
    expect(proposeLevel(R, 'L2', figures(96, 480_000, 10_000_000), 100, 'YEAR')).toMatchObject({ direction: 'UP', to: 'L3' });
  });
});

describe('level rules validation', () => {
  it('accepts the demo rules', () => {
    expect(levelRulesProblems(R)).toEqual([]);
  });

  it('lists every problem', () => {
    const bad: LevelRules = {
      ...R,
      levels: [
        { ...R.levels[0], promote: null },
        { ...R.levels[1], level: 'X2', hold: { ...R.levels[1].hold, customersDeveloped: -1 }, promote: { ...R.levels[1].promote!, netRevenueFen: 1 } },
        R.levels[0],
      ],
      performanceWeights: { customersDeveloped: 30, netRevenue: 30, customerAssets: 30 },
      combinedWeights: { duty: 40, performance: 40 },
      achievementCapPct: 90,
    };
    expect(levelRulesProblems(bad).map((p) => p.field)).toEqual([
      'levels[0].promote',
      'levels[1].level',
      'levels[1].hold.customersDeveloped',
      'levels[1].promote.netRevenueFen',
      'levels[1].hold.customersDeveloped',
      'levels[2].level',
      'levels[2].hold.netRevenueFen',
      'levels[2].hold.customerAssetsFen',
      'performanceWeights',
      'combinedWeights',
      'achievementCapPct',
    ]);
  });
});
