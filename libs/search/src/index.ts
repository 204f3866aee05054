export { SearchModule } from './search.module.js';
export { OfferingSearchService } from './offering-search.service.js';
export { SearchError, SearchErrorCode } from './search.errors.js';
// The engine token and port are public for the benchmarks and evaluations, which measure the engine itself.
export {
  OFFERING_SEARCH_ENGINE,
  type OfferingSearchEngine,
  type SearchEngineName,
  type SearchResult,
  type MatchedWord,
  type SearchHit,
  type FacetResult,
  type Suggestion,
} from './engine/offering-search-engine.js';
export type { OfferingSearchDocument, SearchQuery, SearchSort } from './search-document.js';
// The PostgreSQL engine's reference ranking (rankWholeResult), for the test that holds its paged walk to it.
export type { PostgresSearchEngine } from './engine/postgres-search.engine.js';
