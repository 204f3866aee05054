import type { PriceModel } from '#catalog';
import type { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';

/**
 * The flattened offering both engines index: one per active offering of a published platform.
 * Built by the indexer from the catalog, booking slots and ratings; engines never read the catalog tables.
 */
export interface OfferingSearchDocument {
  /** Offering id (uuid). */
  id: string;
  platformId: string;
  organizationId: string;
  titleZh: string;
  titleEn: string | null;
  descriptionZh: string;
  descriptionEn: string | null;
  keywords: string[];
  serviceType: ServiceType;
  platformNameZh: string;
  platformNameEn: string | null;
  platformLevel: PlatformLevel;
  industryDirection: IndustryDirection;
  keyDomains: KeyDomain[];
  constructionMode: ConstructionMode;
  /** GB/T 2260 two-digit province code, e.g. '32'. */
  province: string;
  city: string;
  /** Where the platform is (city, province, regions) and its level, as words people search by: `contextTermsOf`. */
  contextTerms: string[];
  location: { lat: number; lng: number } | null;
  /** zh and en names of the equipment the offering uses. */
  equipmentNames: string[];
  /** Union of offering and platform accreditations. */
  accreditations: Accreditation[];
  priceModel: PriceModel;
  /** Null for QUOTE offerings. */
  priceAmount: number | null;
  leadTimeDays: number;
  ratingAverage: number | null;
  ratingCount: number;
  /** Has at least one OPEN open-access slot. */
  openAccess: boolean;
  /**
   * 'YYYY-MM-DD' (Asia/Shanghai) days on which it has an OPEN slot, sorted. A slot counts on every day it
   * overlaps (see `shanghaiDaysOverlapping`), so availability is decided at day granularity.
   */
  openSlotDays: string[];
  /** ISO timestamp of the earliest OPEN slot start. */
  earliestOpenSlot: string | null;
  /** ISO timestamp. */
  updatedAt: string;
}

export type SearchSort = 'RELEVANCE' | 'PRICE_ASC' | 'PRICE_DESC' | 'EARLIEST_AVAILABLE' | 'DISTANCE' | 'RATING';

/** A validated search request (limits, window order and DISTANCE-needs-near are checked before it gets here). */
export interface SearchQuery {
  query?: string;
  serviceTypes?: ServiceType[];
  industryDirections?: IndustryDirection[];
  keyDomains?: KeyDomain[];
  provinces?: string[];
  levels?: PlatformLevel[];
  accreditations?: Accreditation[];
  openAccessOnly?: boolean;
  availableFrom?: Date;
  availableTo?: Date;
  maxPrice?: number;
  near?: { lat: number; lng: number; radiusKm: number };
  sort: SearchSort;
  limit: number;
  offset: number;
}

/** Facets every search returns, computed on the filtered result. */
export const FACET_FIELDS = ['serviceType', 'industryDirection', 'province', 'level', 'accreditation'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];
