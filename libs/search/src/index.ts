export { SearchModule } from './search.module.js';
export { SearchHealthIndicator } from './search-health.indicator.js';
export type { OfferingSearchEngine, SearchEngineName } from './engine/offering-search-engine.js';
