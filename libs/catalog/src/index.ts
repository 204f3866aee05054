export { CatalogModule } from './catalog.module.js';
export { CatalogService } from './catalog.service.js';
export { CatalogLoaders } from './catalog.loaders.js';
export type {
  EquipmentImport,
  EquipmentOwnership,
  OfferingImport,
  OfferingOwnership,
  OfferingSearchSource,
  PlatformCounts,
  PlatformImport,
  PlatformOwnership,
  RegionPlatform,
} from './catalog.types.js';
export {
  CatalogError,
  CatalogErrorCode,
  equipmentNotFound,
  offeringNotFound,
  platformNotFound,
} from './catalog.errors.js';
export { canSeeOffering, canSeePlatform } from './viewer.js';
export {
  offeringChangedUnseenSql,
  OFFERING_OWNERSHIP_VIEW,
  toOfferingOwnership,
  type OfferingOwnershipRow,
} from './offering/offering-ownership.js';
export {
  Currency,
  OfferingStatus,
  PlatformStatus,
  PriceModel,
  PriceTier,
  PRICE_MODEL_LABELS,
  PRICE_TIER_LABELS,
} from './catalog.enums.js';
export { AppliedPriceModel, OfferingModel } from './offering/offering.model.js';
export { toAppliedPriceModel } from './offering/offering.mapper.js';
export {
  appliedPrice,
  tierOfKind,
  tierUnitPrice,
  MAX_UNIT_PRICE_YUAN,
  SETTABLE_TIERS,
  type AppliedPrice,
  type OfferingPricing,
  type StoredPriceTier,
} from './offering/pricing.js';
export { PlatformModel } from './platform/platform.model.js';
export { EquipmentModel } from './equipment/equipment.model.js';
