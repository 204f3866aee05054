import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { CoreError } from '#core';
import { PriceTier } from '#catalog';
import {
  OFFERING_SEARCH_ENGINE,
  type OfferingSearchEngine,
  type SearchProgress,
  type SearchResult,
  type Suggestion,
} from '../engine/offering-search-engine.js';
import { FACET_FIELDS, isSearchPriceTier, type SearchQuery } from '../search-document.js';
import { SearchError, SearchErrorCode } from '../search.errors.js';
import { SearchSort, type SearchOfferingsInput } from './dto/search-offerings.input.js';

export interface TimedSearchResult extends SearchResult {
  engine: string;
  tookMs: number;
}

/** Checks what the input classes cannot (rules across fields) and asks the configured engine. */
@Injectable()
export class SearchService {
  constructor(@Inject(OFFERING_SEARCH_ENGINE) private readonly engine: OfferingSearchEngine) {}

  /**
   * `wanted`: what the caller shows of the result (the GraphQL selection): facets are counted only when shown, and
   * then only `input.facetFields`; the total only when shown; the page is read only when hits are shown (a search for
   * a count or facets asks the engine for none: `limit` 0). `priceTier`: the caller's tier (tierOfKind), whose prices
   * `maxPrice` and the price sorts compare (part of the query, so of the engine's result cache key too). `progress`:
   * passed to the engine (the page's ids before the facets are counted).
   */
  async search(
    input: SearchOfferingsInput,
    wanted: { facets: boolean; total: boolean; hits?: boolean } = { facets: true, total: true },
    priceTier: PriceTier = PriceTier.BASE,
    progress?: SearchProgress,
  ): Promise<TimedSearchResult> {
    if (input.sort === SearchSort.DISTANCE && !input.near)
      throw CoreError.invalidField('near', 'near is required to sort by DISTANCE');
    const started = performance.now();
    try {
      const result = await this.engine.search(
        {
          ...toSearchQuery(input, priceTier),
          facets: wanted.facets ? (input.facetFields ?? FACET_FIELDS) : [],
          total: wanted.total,
          ...(wanted.hits === false ? { limit: 0 } : {}),
        },
        progress,
      );
      return { ...result, engine: this.engine.name, tookMs: Math.round(performance.now() - started) };
    } catch (error) {
      // The engines' pure query builders throw RangeError only for requests validation should have refused.
      if (error instanceof RangeError)
        throw new SearchError(SearchErrorCode.INVALID_SEARCH, `This search cannot be run: ${error.message}`);
      throw error;
    }
  }

  suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    return this.engine.suggest(prefix, limit);
  }
}

export function toSearchQuery(input: SearchOfferingsInput, priceTier: PriceTier = PriceTier.BASE): SearchQuery {
  return {
    query: input.query,
    serviceTypes: input.serviceTypes,
    industryDirections: input.industryDirections,
    keyDomains: input.keyDomains,
    provinces: input.provinces,
    levels: input.levels,
    accreditations: input.accreditations,
    openAccessOnly: input.openAccessOnly,
    availableFrom: input.availableFrom,
    availableTo: input.availableTo,
    maxPrice: input.maxPrice,
    priceTier: isSearchPriceTier(priceTier) ? priceTier : undefined,
    near: input.near ? { lat: input.near.lat, lng: input.near.lng, radiusKm: input.near.radiusKm } : undefined,
    sort: input.sort,
    limit: input.limit,
    offset: input.offset,
  };
}
