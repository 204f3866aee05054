/** Which engine answers searches: PostgreSQL in the embedded default, Meilisearch when MEILI_URL is set. */
export type SearchEngineName = 'postgres' | 'meilisearch';

export interface EngineHealth {
  up: boolean;
  detail?: string;
}

/** The port every search engine implements; both obey the semantics pinned by test/contract. */
export interface OfferingSearchEngine {
  readonly name: SearchEngineName;
  health(): Promise<EngineHealth>;
}

export const OFFERING_SEARCH_ENGINE = Symbol('OFFERING_SEARCH_ENGINE');
