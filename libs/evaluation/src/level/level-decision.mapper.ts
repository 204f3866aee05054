import { LEVEL_ACTION_LABELS } from '../evaluation.enums.js';
import type { LevelDecisionEntity } from './level-decision.entity.js';
import type { LevelDecisionModel } from './level-decision.model.js';

export const toLevelDecisionModel = (e: LevelDecisionEntity): LevelDecisionModel => ({
  id: e.id,
  platformId: e.platformId,
  sequence: e.sequence,
  action: e.action,
  actionLabel: LEVEL_ACTION_LABELS[e.action],
  fromStanding: e.fromStanding,
  toStanding: e.toStanding,
  levelBefore: e.levelBefore,
  levelAfter: e.levelAfter,
  reason: e.reason,
  evidence: e.evidence,
  authorityRegion: e.authorityRegion,
  decidedByUserId: e.decidedByUserId,
  decidedByOrganizationId: e.decidedByOrganizationId,
  evaluationRoundId: e.evaluationRoundId,
  decidedAt: e.decidedAt,
});
