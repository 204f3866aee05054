import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '#core';
import { MeiliSearchEngine } from './engine/meili-search.engine.js';
import { OFFERING_SEARCH_ENGINE } from './engine/offering-search-engine.js';
import { PostgresSearchEngine } from './engine/postgres-search.engine.js';
import { SearchHealthIndicator } from './search-health.indicator.js';

@Module({
  imports: [TerminusModule],
  providers: [
    PostgresSearchEngine,
    MeiliSearchEngine,
    {
      provide: OFFERING_SEARCH_ENGINE,
      inject: [APP_CONFIG, PostgresSearchEngine, MeiliSearchEngine],
      useFactory: (config: AppConfig, postgres: PostgresSearchEngine, meili: MeiliSearchEngine) => (config.search.meiliUrl ? meili : postgres),
    },
    SearchHealthIndicator,
  ],
  exports: [OFFERING_SEARCH_ENGINE, SearchHealthIndicator],
})
export class SearchModule {}
