import { COMPLIANCE_STATUS_LABELS } from '../obligations.enums.js';
import { deliveryRecordingEnds, type ComplianceFigures, type Period } from './compliance.js';
import type { ComplianceModel, ObligationModel } from './obligation.model.js';
import type { OpenAccessObligationEntity } from './open-access-obligation.entity.js';

export const toObligationModel = (entity: OpenAccessObligationEntity): ObligationModel => ({
  id: entity.id,
  platformId: entity.platformId,
  version: entity.version,
  kind: entity.kind,
  basis: entity.basis,
  target: entity.target,
  period: entity.period,
  eligibleRequesterKinds: entity.eligibleRequesterKinds,
  effectiveFrom: entity.effectiveFrom,
  effectiveTo: entity.effectiveTo,
  reference: entity.reference,
  setBySide: entity.setBySide,
  reason: entity.reason,
  supersededAt: entity.supersededAt,
  createdAt: entity.createdAt,
});

export const toComplianceModel = (
  obligation: OpenAccessObligationEntity,
  period: Period,
  figures: ComplianceFigures,
): ComplianceModel => ({
  platformId: obligation.platformId,
  obligationId: obligation.id,
  period,
  basis: obligation.basis,
  target: obligation.target,
  ...figures,
  deliveryRecordingEndsAt: deliveryRecordingEnds(period),
  statusLabel: COMPLIANCE_STATUS_LABELS[figures.status],
});
