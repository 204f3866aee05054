import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EngineHealth, OfferingSearchEngine } from './offering-search-engine.js';

/** Search in the application's own PostgreSQL (the embedded default). */
@Injectable()
export class PostgresSearchEngine implements OfferingSearchEngine {
  readonly name = 'postgres' as const;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async health(): Promise<EngineHealth> {
    try {
      await this.dataSource.query('SELECT 1');
      return { up: true };
    } catch (error) {
      return { up: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
