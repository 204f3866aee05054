export { SearchModule } from './search.module.js';
export { SearchHealthIndicator } from './search-health.indicator.js';
export { SearchIndexer } from './indexing/search-indexer.js';
export { SearchError, SearchErrorCode } from './search.errors.js';
export {
  OFFERING_SEARCH_ENGINE,
  type OfferingSearchEngine,
  type SearchEngineName,
  type SearchResult,
  type SearchHit,
  type FacetResult,
  type Suggestion,
} from './engine/offering-search-engine.js';
export type { OfferingSearchDocument, SearchQuery, SearchSort } from './search-document.js';
