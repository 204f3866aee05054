import type { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import type { OfferingStatus, PlatformStatus } from './catalog.enums.js';
import type { EquipmentEntity } from './equipment/equipment.entity.js';
import type { OfferingEntity } from './offering/offering.entity.js';
import type { OfferingPricing } from './offering/pricing.js';
import type { PlatformEntity } from './platform/platform.entity.js';

// The shapes CatalogService hands to other contexts. They live apart from the service so that repositories can
// produce them without importing the service that injects those repositories (no import cycles).

/** Who runs a platform and where: what booking, matching and obligations need to apply their rules. */
export interface PlatformOwnership {
  platformId: string;
  platformName: string;
  platformStatus: PlatformStatus;
  organizationId: string;
  province: string;
  constructionMode: ConstructionMode;
}

/** A platform of a region as authorities' reports list it: its ownership and its names in both languages. */
export interface RegionPlatform extends PlatformOwnership {
  platformNameEn: string | null;
}

/** A piece of equipment and the platform that runs it. */
export interface EquipmentOwnership extends PlatformOwnership {
  equipmentId: string;
  equipmentName: string;
  shareable: boolean;
}

/** An offering, the equipment it uses and the platform that runs it. */
export interface OfferingOwnership extends PlatformOwnership {
  offeringId: string;
  title: string;
  status: OfferingStatus;
  serviceType: ServiceType;
  /** The price list, read with the rest so that a booking's quote costs no statement of its own. */
  pricing: OfferingPricing;
  equipmentIds: string[];
  /** Those of `equipmentIds` whose equipment the platform shares with outsiders (`shareable`): what may be booked. */
  sharedEquipmentIds: string[];
}

/** Everything search needs about one offering and its platform, as stored; the indexer flattens it. */
export interface OfferingSearchSource {
  offeringId: string;
  platformId: string;
  organizationId: string;
  searchable: boolean;
  serviceType: ServiceType;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  keywords: string[];
  platformName: string;
  platformNameEn: string | null;
  platformLevel: PlatformLevel;
  industryDirection: IndustryDirection;
  keyDomains: KeyDomain[];
  constructionMode: ConstructionMode;
  province: string;
  city: string;
  location: { lat: number; lng: number } | null;
  equipmentIds: string[];
  equipmentNames: string[];
  /** The models of its equipment (AC-45S): users type them to find what runs on that equipment. */
  equipmentModels: string[];
  accreditations: Accreditation[];
  pricing: OfferingPricing;
  leadTimeDays: number;
  ratingAverage: number | null;
  ratingCount: number;
  updatedAt: Date;
}

/** A platform as imported: its level is not among its fields, since levels are granted by authorities' decisions. */
export type PlatformImport = Omit<PlatformEntity, 'createdAt' | 'updatedAt' | 'level' | 'suspendedBySiteAdmin'>;

/** Platforms of a scope counted by status, and the published ones by level, construction mode and direction. */
export interface PlatformCounts {
  byStatus: Array<{ status: PlatformStatus; count: number }>;
  byLevel: Array<{ level: PlatformLevel; count: number }>;
  byConstructionMode: Array<{ constructionMode: ConstructionMode; count: number }>;
  byIndustryDirection: Array<{ industryDirection: IndustryDirection; count: number }>;
}
export type EquipmentImport = Omit<EquipmentEntity, 'createdAt' | 'updatedAt'>;
export type OfferingImport = Omit<
  OfferingEntity,
  'createdAt' | 'updatedAt' | 'ratingAverage' | 'ratingCount' | 'ratingSum' | 'currency'
>;
