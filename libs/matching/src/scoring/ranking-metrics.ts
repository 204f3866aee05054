/**
 * Ranking-quality metrics for the matching evaluation (`npm run eval:matching`). Pure: a ranked list of ids and
 * graded judgments (id → relevance 0–3; ids without a judgment count as 0).
 */
export type Judgments = ReadonlyMap<string, number>;

/** Relevance at or above which a result counts as relevant for precision (2 = right theme and service). */
export const RELEVANT_FROM = 2;

/** Share of the first `k` results that are relevant; a list shorter than `k` counts its missing places as misses. */
export function precisionAtK(
  ranked: readonly string[],
  judgments: Judgments,
  k: number,
  relevantFrom = RELEVANT_FROM,
): number {
  assertK(k);
  return ranked.slice(0, k).filter((id) => (judgments.get(id) ?? 0) >= relevantFrom).length / k;
}

/** The best precision@k any ranking could reach with these judgments (below 1 when fewer than k are relevant). */
export function maxPrecisionAtK(judgments: Judgments, k: number, relevantFrom = RELEVANT_FROM): number {
  assertK(k);
  return Math.min(k, [...judgments.values()].filter((g) => g >= relevantFrom).length) / k;
}

/** Discounted cumulative gain of graded relevances in rank order: Σ (2^rel − 1) / log2(rank + 1), ranks from 1. */
export function dcg(relevances: readonly number[]): number {
  return relevances.reduce((sum, rel, index) => sum + (2 ** rel - 1) / Math.log2(index + 2), 0);
}

/**
 * DCG of the first `k` results over the DCG of the ideal ranking of all judgments (their best `k`), 0–1.
 * 0 when the judgments hold nothing relevant (no ranking can gain anything).
 */
export function ndcgAtK(ranked: readonly string[], judgments: Judgments, k: number): number {
  assertK(k);
  const ideal = dcg(
    [...judgments.values()]
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((id) => judgments.get(id) ?? 0)) / ideal;
}

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
}
