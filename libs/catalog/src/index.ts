export { CatalogModule } from './catalog.module.js';
export {
  CatalogService,
  type EquipmentOwnership,
  type OfferingOwnership,
  type OfferingSearchSource,
  type PlatformImport,
  type EquipmentImport,
  type OfferingImport,
} from './catalog.service.js';
export { CatalogError, CatalogErrorCode } from './catalog.errors.js';
export { OfferingStatus, PlatformStatus, PriceModel, PRICE_MODEL_LABELS } from './catalog.enums.js';
export { OfferingModel } from './offering/offering.model.js';
export { PlatformModel } from './platform/platform.model.js';
export { EquipmentModel } from './equipment/equipment.model.js';
