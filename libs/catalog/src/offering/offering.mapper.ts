import { SERVICE_TYPE_LABELS } from '#core';
import { PRICE_MODEL_LABELS, PRICE_TIER_LABELS, PriceTier } from '../catalog.enums.js';
import type { OfferingEntity } from './offering.entity.js';
import type { AppliedPriceModel, OfferingModel } from './offering.model.js';
import { describeTiers, pricingOf, type AppliedPrice, type OfferingPricing } from './pricing.js';

export const toOfferingModel = (entity: OfferingEntity): OfferingModel => {
  const priceList = pricingOf(entity);
  return {
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
      amount: entity.priceFen,
      currency: entity.currency,
      tiers: describeTiers(priceList).map((t) => ({
        tier: t.tier,
        tierLabel: PRICE_TIER_LABELS[t.tier],
        amount: t.unitFen as number,
        discountPercent: t.discountPercent,
      })),
    },
    priceList,
    accreditations: entity.accreditations,
    status: entity.status,
    ratingAverage: entity.ratingAverage,
    ratingCount: entity.ratingCount,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
};

/** A requester's price as the API shows it (the tier's label beside it); the base price's tier for QUOTE. */
export const toAppliedPriceModel = (pricing: OfferingPricing, applied: AppliedPrice | null): AppliedPriceModel => {
  const tier = applied?.tier ?? PriceTier.BASE;
  return {
    tier,
    tierLabel: PRICE_TIER_LABELS[tier],
    amount: applied?.unitFen ?? null,
    model: pricing.model,
    currency: pricing.currency,
  };
};
