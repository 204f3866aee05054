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
} from './catalog.types.js';
export { CatalogError, CatalogErrorCode } from './catalog.errors.js';
export {
  OFFERING_OWNERSHIP_VIEW,
  toOfferingOwnership,
  type OfferingOwnershipRow,
} from './offering/offering-ownership.js';
export { OfferingStatus, PlatformStatus, PriceModel, PRICE_MODEL_LABELS } from './catalog.enums.js';
export { OfferingModel } from './offering/offering.model.js';
export { PlatformModel } from './platform/platform.model.js';
export { EquipmentModel } from './equipment/equipment.model.js';
