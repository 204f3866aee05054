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
  /**
   * Models of the equipment the offering uses (AC-45S). PostgreSQL indexes each as one word only (`modelKey`: ac45s),
   * not its parts: a part (ac, 45s, s) would match every model of the same series or letter.
   */
  equipmentModels: string[];
  /** Union of offering and platform accreditations. */
  accreditations: Accreditation[];
  priceModel: PriceModel;
  /** The base price per unit in fen (what anonymous visitors see); null for QUOTE offerings. */
  priceAmount: number | null;
  /** What each requester tier pays per unit in fen (the base price for a kind without a tier); null for QUOTE. */
  tierPrices: Record<SearchPriceTier, number | null>;
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

/** The requester tiers search prices by; callers of no tier (anonymous, authorities) see `priceAmount`. */
export const SEARCH_PRICE_TIERS = ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'LARGE_ENTERPRISE'] as const;
export type SearchPriceTier = (typeof SEARCH_PRICE_TIERS)[number];

export const isSearchPriceTier = (tier: string): tier is SearchPriceTier =>
  (SEARCH_PRICE_TIERS as readonly string[]).includes(tier);

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
  /** In fen, against the caller's tier price. */
  maxPrice?: number;
  /** Whose price `maxPrice` and the price sorts compare: the caller's tier; absent for the base price. */
  priceTier?: SearchPriceTier;
  near?: { lat: number; lng: number; radiusKm: number };
  sort: SearchSort;
  limit: number;
  offset: number;
  /**
   * The facets to count, on the filtered result (default: all of FACET_FIELDS); none when the caller shows none, so
   * that no work is spent on them.
   */
  facets?: readonly FacetField[];
  /** Whether the total is wanted (default true): counting every match is work of its own. */
  total?: boolean;
}

/** Facets a search can count on the filtered result. */
export const FACET_FIELDS = ['serviceType', 'industryDirection', 'province', 'level', 'accreditation'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** The facets a query asks for, in FACET_FIELDS order, each once. */
export function requestedFacets(query: Pick<SearchQuery, 'facets'>): FacetField[] {
  const asked = query.facets ?? FACET_FIELDS;
  return FACET_FIELDS.filter((field) => asked.includes(field));
}
