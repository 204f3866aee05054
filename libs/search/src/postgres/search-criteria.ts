import type { DayRange } from '../bookable-days.js';
import type { BoundingBox } from '../geo.js';
import type { FacetField, OfferingSearchDocument, SearchPriceTier } from '../search-document.js';
import type { SuggestionSource } from '../text/suggestions.js';
import type { ExpandedUnit, MatchMode, MatchPlace } from './pg-query-plan.js';

/** Conditions on the filter side of a search: ANDed together. */
export interface DocumentFilter {
  /** Each group: the document holds one of these tokens (OR within a group, AND across groups). */
  anyOf: string[][];
  /** An availability window too long to list as day tokens: some open Shanghai day in it (the `open_days` column). */
  openDays?: DayRange;
  /** In fen, compared with the price of `priceTier`. */
  maxPrice?: number;
  /** Whose price the cap and the price orders read (the caller's tier); absent: the base price. */
  priceTier?: SearchPriceTier;
  near?: { lat: number; lng: number; radiusKm: number; box: BoundingBox };
}

/** Query units that must all match, in a mode, in a place. */
export interface TextCondition {
  units: readonly ExpandedUnit[];
  mode: MatchMode;
  place: MatchPlace;
}

export interface DocumentCriteria {
  filter: DocumentFilter;
  /** All of these hold. */
  text: TextCondition[];
  /** At least one of these holds (when given). */
  oneOf?: TextCondition[];
  /** Offerings already placed on an earlier, better bucket. */
  excludeIds?: readonly string[];
}

export type DocumentOrder = 'RELEVANCE' | 'PRICE_ASC' | 'PRICE_DESC' | 'EARLIEST_AVAILABLE' | 'RATING' | 'DISTANCE';

export type HighlightedTexts = Pick<OfferingSearchDocument, 'titleZh' | 'titleEn' | 'descriptionZh' | 'descriptionEn'>;

export interface DocumentDetails {
  id: string;
  lat: number | null;
  lng: number | null;
  tokens: string[];
  /** The fields highlights are made of. */
  texts: HighlightedTexts;
}

export interface FacetRows {
  total: number;
  facets: Array<{ field: FacetField; value: string; count: number }>;
}

export interface SuggestionRow {
  text: string;
  norm: string;
  source: SuggestionSource;
  docCount: number;
}
