import { Inject, Injectable } from '@nestjs/common';
import {
  OFFERING_SEARCH_ENGINE,
  type OfferingSearchEngine,
  type SearchEngineName,
  type SearchResult,
} from './engine/offering-search-engine.js';
import { SearchIndexer } from './indexing/search-indexer.js';
import type { SearchQuery } from './search-document.js';
import { SearchHealthIndicator } from './search-health.indicator.js';

/**
 * Search's public API for other contexts and the apps: searching offerings with the configured engine, a full
 * re-index and the health entry. (Its GraphQL queries are served by SearchService, the feature service.)
 */
@Injectable()
export class OfferingSearchService {
  constructor(
    @Inject(OFFERING_SEARCH_ENGINE) private readonly engine: OfferingSearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly healthIndicator: SearchHealthIndicator,
  ) {}

  get engineName(): SearchEngineName {
    return this.engine.name;
  }

  /** Offerings matching `query`, ranked, with facets; no visibility rule beyond what the index holds (searchable ones). */
  search(query: SearchQuery): Promise<SearchResult> {
    return this.engine.search(query);
  }

  /** Rebuilds the whole index from the database beside the live one and swaps it in. */
  reindexAll(): Promise<{ documents: number; seconds: number }> {
    return this.indexer.reindexAll();
  }

  /** The `search` entry of `GET /health`: the engine's health and the indexing backlog. */
  health(): ReturnType<SearchHealthIndicator['check']> {
    return this.healthIndicator.check('search');
  }
}
