import { describe, expect, it } from '@jest/globals';
import { dcg, maxPrecisionAtK, ndcgAtK, precisionAtK } from './ranking-metrics.js';

const judgments = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 1],
  ['d', 2],
]);

describe('precisionAtK', () => {
  it('counts results of relevance 2 or more among the first k', () => {
    expect(precisionAtK(['a', 'c', 'x', 'b', 'y', 'd'], judgments, 5)).toBeCloseTo(2 / 5, 10);
  });

  it('counts the missing places of a short list as misses', () => {
    expect(precisionAtK(['a', 'b'], judgments, 5)).toBeCloseTo(2 / 5, 10);
  });

  it('treats unjudged results as irrelevant and takes another threshold when given', () => {
    expect(precisionAtK(['x', 'y', 'c'], judgments, 3)).toBe(0);
    expect(precisionAtK(['x', 'y', 'c'], judgments, 3, 1)).toBeCloseTo(1 / 3, 10);
  });

  it('knows the best precision the judgments allow', () => {
    expect(maxPrecisionAtK(judgments, 5)).toBeCloseTo(3 / 5, 10);
    expect(maxPrecisionAtK(judgments, 2)).toBe(1);
  });

  it('refuses a k below 1', () => {
    expect(() => precisionAtK(['a'], judgments, 0)).toThrow(RangeError);
  });
});

describe('ndcgAtK', () => {
  it('uses exponential gains and a log2 discount', () => {
    // (2^3 − 1)/log2(2) + (2^1 − 1)/log2(3) + 0 + (2^2 − 1)/log2(5)
    expect(dcg([3, 1, 0, 2])).toBeCloseTo(7 + 1 / Math.log2(3) + 3 / Math.log2(5), 10);
  });

  it('is 1 for the ideal order and lower for any other', () => {
    expect(ndcgAtK(['a', 'b', 'd', 'c'], judgments, 10)).toBeCloseTo(1, 10);
    expect(ndcgAtK(['a', 'd', 'b', 'c'], judgments, 10)).toBeCloseTo(1, 10); // ties may come in either order
    const swapped = ndcgAtK(['b', 'a', 'd', 'c'], judgments, 10);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeCloseTo(dcg([2, 3, 2, 1]) / dcg([3, 2, 2, 1]), 10);
  });

  it('takes the ideal from the judgments, so relevant offerings missing from the list cost', () => {
    expect(ndcgAtK(['a'], judgments, 10)).toBeCloseTo(7 / dcg([3, 2, 2, 1]), 10);
    expect(ndcgAtK(['x', 'y', 'z'], judgments, 10)).toBe(0);
  });

  it('looks only at the first k results and the best k judgments', () => {
    expect(ndcgAtK(['c', 'a'], judgments, 1)).toBeCloseTo(1 / 7, 10);
  });

  it('is 0 when nothing is judged relevant', () => {
    expect(ndcgAtK(['a'], new Map([['a', 0]]), 10)).toBe(0);
  });
});
