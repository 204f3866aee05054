import { SERVICE_TYPE_LABELS } from '#core';
import { PRICE_MODEL_LABELS } from '../catalog.enums.js';
import type { OfferingEntity } from './offering.entity.js';
import type { OfferingModel } from './offering.model.js';

export const toOfferingModel = (entity: OfferingEntity): OfferingModel => ({
  id: entity.id,
  platformId: entity.platformId,
  serviceType: entity.serviceType,
  serviceTypeLabel: SERVICE_TYPE_LABELS[entity.serviceType],
  title: entity.title,
  titleEn: entity.titleEn,
  description: entity.description,
  descriptionEn: entity.descriptionEn,
  keywords: entity.keywords,
  equipmentIds: entity.equipmentIds,
  scale:
    entity.scaleMin === null || entity.scaleMax === null || !entity.scaleUnit
      ? null
      : { min: entity.scaleMin, max: entity.scaleMax, unit: entity.scaleUnit },
  leadTimeDays: entity.leadTimeDays,
  pricing: {
    model: entity.priceModel,
    modelLabel: PRICE_MODEL_LABELS[entity.priceModel],
    amount: entity.priceAmount,
    currency: entity.currency,
  },
  accreditations: entity.accreditations,
  status: entity.status,
  ratingAverage: entity.ratingAverage,
  ratingCount: entity.ratingCount,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
});
