import { EVALUATION_DIMENSION_LABELS, EvaluationDimension } from '#core';
import { scopeLabel } from '#reporting';
import { EVALUATION_ROUND_STATUS_LABELS } from '../evaluation.enums.js';
import type { EvaluationRoundEntity } from './evaluation-round.entity.js';
import type { EvaluationResultEntity } from './evaluation-sheet.entity.js';
import type { SheetWithScores } from './round.repository.js';
import type {
  EvaluationResultModel,
  EvaluationRoundModel,
  EvaluationRoundPlatformModel,
  EvaluationSheetModel,
} from './round.model.js';

const DIMENSIONS = Object.values(EvaluationDimension);

export const toSheetModel = (sheet: SheetWithScores): EvaluationSheetModel => ({
  roundId: sheet.roundId,
  platformId: sheet.platformId,
  expertUserId: sheet.expertUserId,
  scores: DIMENSIONS.flatMap((dimension) =>
    sheet.scores
      .filter((s) => s.dimension === dimension)
      .map((s) => ({ dimension, label: EVALUATION_DIMENSION_LABELS[dimension], score: s.score, comment: s.comment })),
  ),
  siteNotes: sheet.siteNotes,
  equipmentNotes: sheet.equipmentNotes,
  facilitiesNotes: sheet.facilitiesNotes,
  teamsNotes: sheet.teamsNotes,
  submittedAt: sheet.submittedAt,
});

export const toResultModel = (result: EvaluationResultEntity): EvaluationResultModel => ({
  total: result.total,
  rank: result.rank,
  experts: result.experts,
  dimensionMeans: DIMENSIONS.map((dimension) => ({
    dimension,
    label: EVALUATION_DIMENSION_LABELS[dimension],
    mean: result.dimensionMeans[dimension],
  })),
});

export const toRoundModel = (
  round: EvaluationRoundEntity,
  platforms: EvaluationRoundPlatformModel[],
): EvaluationRoundModel => ({
  id: round.id,
  name: round.name,
  scope: round.scope,
  scopeLabel: scopeLabel(round.scope),
  periodStart: round.periodStart,
  periodEnd: round.periodEnd,
  status: round.status,
  statusLabel: EVALUATION_ROUND_STATUS_LABELS[round.status],
  weights: DIMENSIONS.map((dimension) => ({
    dimension,
    label: EVALUATION_DIMENSION_LABELS[dimension],
    weight: round.weights[dimension],
  })),
  authorityOrganizationId: round.authorityOrganizationId,
  openedAt: round.createdAt,
  closedAt: round.closedAt,
  platforms,
});
