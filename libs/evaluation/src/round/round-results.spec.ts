import { describe, expect, it } from '@jest/globals';
import { EQUAL_WEIGHTS, rankPlatforms, type DimensionScores } from './round-results.js';

const scores = (p: number, c: number, t: number, s: number, o: number): DimensionScores => ({
  POSITIONING: p,
  CAPABILITY: c,
  TECHNOLOGY: t,
  SERVICE_RESULTS: s,
  OPERATING_MECHANISM: o,
});

describe('round results', () => {
  it('averages the experts per dimension, weights the means and ranks by total', () => {
    const weights = { POSITIONING: 10, CAPABILITY: 30, TECHNOLOGY: 20, SERVICE_RESULTS: 30, OPERATING_MECHANISM: 10 };
    const results = rankPlatforms(
      [
        { platformId: 'a', scores: scores(80, 70, 90, 60, 100) },
        { platformId: 'a', scores: scores(90, 75, 80, 65, 90) },
        { platformId: 'b', scores: scores(100, 90, 90, 95, 90) },
      ],
      weights,
    );
    // a: means 85, 72.5, 85, 62.5, 95 → (850 + 2175 + 1700 + 1875 + 950) / 100 = 75.5
    // b: (1000 + 2700 + 1800 + 2850 + 900) / 100 = 92.5
    expect(results).toEqual([
      { platformId: 'b', dimensionMeans: scores(100, 90, 90, 95, 90), total: 92.5, rank: 1, experts: 1 },
      { platformId: 'a', dimensionMeans: scores(85, 72.5, 85, 62.5, 95), total: 75.5, rank: 2, experts: 2 },
    ]);
  });

  it('gives equal totals the same rank and skips the next', () => {
    const results = rankPlatforms(
      [
        { platformId: 'c', scores: scores(60, 60, 60, 60, 60) },
        { platformId: 'a', scores: scores(80, 80, 80, 80, 80) },
        { platformId: 'b', scores: scores(80, 80, 80, 80, 80) },
        { platformId: 'd', scores: scores(70, 70, 70, 70, 70) },
      ],
      EQUAL_WEIGHTS,
    );
    expect(results.map((r) => [r.platformId, r.total, r.rank])).toEqual([
      ['a', 80, 1],
      ['b', 80, 1],
      ['d', 70, 3],
      ['c', 60, 4],
    ]);
  });

  it('rounds means and totals to 2 decimals once, from exact sums', () => {
    const [result] = rankPlatforms(
      [
        { platformId: 'a', scores: scores(100, 100, 100, 100, 100) },
        { platformId: 'a', scores: scores(0, 0, 0, 0, 0) },
        { platformId: 'a', scores: scores(0, 0, 0, 0, 1) },
      ],
      EQUAL_WEIGHTS,
    );
    // 100/3 = 33.333…; operating mechanism 101/3 = 33.666…; total (4 × 33.333… + 33.666…) × 0.2 = 33.4
    expect(result.dimensionMeans).toEqual(scores(33.33, 33.33, 33.33, 33.33, 33.67));
    expect(result.total).toBe(33.4);
  });
});
