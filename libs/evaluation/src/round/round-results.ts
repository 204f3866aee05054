import { EvaluationDimension } from '#core';

export type DimensionScores = Record<EvaluationDimension, number>;

/** Weights when a round names none: the five dimensions count alike. */
export const EQUAL_WEIGHTS: DimensionScores = {
  POSITIONING: 20,
  CAPABILITY: 20,
  TECHNOLOGY: 20,
  SERVICE_RESULTS: 20,
  OPERATING_MECHANISM: 20,
};

export interface PlatformResult {
  platformId: string;
  /** Mean of the experts' scores per dimension, to 2 decimals. */
  dimensionMeans: DimensionScores;
  /** Σ weight × mean / 100 over the dimensions (0–100), to 2 decimals. */
  total: number;
  /** 1 for the highest total; equal totals share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  experts: number;
}

/**
 * Weighted totals and the ranking of a closed round, from every expert's sheet of every platform. Means are taken
 * from the exact sums and rounded once; ties are broken by nothing but share the rank (listed by platform id).
 */
export function rankPlatforms(
  sheets: ReadonlyArray<{ platformId: string; scores: DimensionScores }>,
  weights: DimensionScores,
): PlatformResult[] {
  const byPlatform = new Map<string, DimensionScores[]>();
  for (const sheet of sheets)
    byPlatform.set(sheet.platformId, [...(byPlatform.get(sheet.platformId) ?? []), sheet.scores]);
  const results = [...byPlatform].map(([platformId, scores]) => {
    const dimensions = Object.values(EvaluationDimension);
    const mean = (d: EvaluationDimension) => scores.reduce((sum, s) => sum + s[d], 0) / scores.length;
    const total = dimensions.reduce((sum, d) => sum + weights[d] * mean(d), 0) / 100;
    return {
      platformId,
      dimensionMeans: Object.fromEntries(dimensions.map((d) => [d, round2(mean(d))])) as DimensionScores,
      total: round2(total),
      rank: 0,
      experts: scores.length,
    };
  });
  results.sort((a, b) => b.total - a.total || a.platformId.localeCompare(b.platformId));
  results.forEach((r, i) => (r.rank = i > 0 && results[i - 1].total === r.total ? results[i - 1].rank : i + 1));
  return results;
}

const round2 = (value: number) => Math.round(value * 100 + Number.EPSILON * 100) / 100;
