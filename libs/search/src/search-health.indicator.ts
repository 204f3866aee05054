import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { OutboxProcessor } from '#core';
import { OFFERING_SEARCH_ENGINE, type OfferingSearchEngine } from './engine/offering-search-engine.js';

/** `GET /health` entry for search: the engine's own health and how far indexing lags behind the database. */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(OFFERING_SEARCH_ENGINE) private readonly engine: OfferingSearchEngine,
    private readonly outbox: OutboxProcessor,
  ) {}

  async check(key: 'search') {
    const session = this.indicators.check(key);
    // The backlog lives in the database: with the database down, search is reported down, not /health failing.
    const [health, backlog] = await Promise.all([
      this.engine.health(),
      this.outbox.backlog().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ]);
    if (backlog instanceof Error)
      return session.down({ engine: this.engine.name, message: `outbox backlog unreadable: ${backlog.message}` });
    const data = {
      engine: this.engine.name,
      outboxPending: backlog.pending,
      outboxFailing: backlog.failing,
      outboxOldestSeconds: backlog.oldestPendingSeconds,
    };
    return health.up
      ? session.up(data)
      : session.down({ ...data, message: health.detail ?? 'search engine unavailable' });
  }
}
