import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ObligationService, type ObligationImport } from './obligation/obligation.service.js';

/** The obligations context's public API for other contexts and tools. */
@Injectable()
export class ObligationsService {
  constructor(private readonly obligations: ObligationService) {}

  /** Bulk insert of first obligation versions (demo data), in the caller's transaction. */
  importObligations(manager: EntityManager, rows: readonly ObligationImport[]): Promise<void> {
    return this.obligations.importObligations(manager, rows);
  }
}
