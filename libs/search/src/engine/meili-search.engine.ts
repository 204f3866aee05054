import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '#core';
import type { EngineHealth, OfferingSearchEngine } from './offering-search-engine.js';

/** Search in a Meilisearch server through the official client (MEILI_URL). */
@Injectable()
export class MeiliSearchEngine implements OfferingSearchEngine {
  readonly name = 'meilisearch' as const;
  private clientInstance: Meilisearch | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Created on first use: the provider exists in every process, the client only where MEILI_URL is set.
  private get client(): Meilisearch {
    this.clientInstance ??= new Meilisearch({ host: this.config.search.meiliUrl ?? '', apiKey: this.config.search.meiliMasterKey });
    return this.clientInstance;
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      return { up: status === 'available', detail: status };
    } catch (error) {
      return { up: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
