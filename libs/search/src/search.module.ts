import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '#core';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { MeiliSearchEngine } from './engine/meili-search.engine.js';
import { OFFERING_SEARCH_ENGINE } from './engine/offering-search-engine.js';
import { PostgresSearchEngine } from './engine/postgres-search.engine.js';
import { IndexGateRepository } from './indexing/index-gate.repository.js';
import { SearchIndexer } from './indexing/search-indexer.js';
import { OfferingSearchService } from './offering-search.service.js';
import { SearchDocumentRepository } from './postgres/search-document.repository.js';
import { SearchRebuildRepository } from './postgres/search-rebuild.repository.js';
import { SearchHealthIndicator } from './search-health.indicator.js';
import { SearchResolver } from './search/search.resolver.js';
import { SearchService } from './search/search.service.js';

/**
 * Offering search: the engine chosen by configuration (Meilisearch when MEILI_URL is set, PostgreSQL otherwise),
 * the outbox indexer that keeps it current, the GraphQL queries and the health entry.
 */
@Module({
  imports: [TerminusModule, CatalogModule, BookingModule],
  providers: [
    SearchDocumentRepository,
    SearchRebuildRepository,
    PostgresSearchEngine,
    MeiliSearchEngine,
    {
      provide: OFFERING_SEARCH_ENGINE,
      inject: [APP_CONFIG, PostgresSearchEngine, MeiliSearchEngine],
      useFactory: (config: AppConfig, postgres: PostgresSearchEngine, meili: MeiliSearchEngine) =>
        config.search.meiliUrl ? meili : postgres,
    },
    IndexGateRepository,
    SearchIndexer,
    SearchService,
    SearchResolver,
    SearchHealthIndicator,
    OfferingSearchService,
  ],
  exports: [OfferingSearchService],
})
export class SearchModule {}
