import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ComplianceStatus } from './obligations.enums.js';
import { ObligationService, type ObligationImport } from './obligation/obligation.service.js';

/** The obligations context's public API for other contexts and tools. */
@Injectable()
export class ObligationsService {
  constructor(private readonly obligations: ObligationService) {}

  /**
   * The open-access status (MET, ON_TRACK, AT_RISK, BREACHED) of a platform's obligation in force at `instant`, in
   * the obligation's period containing it; null when none is in force. No access check: callers decide who reads.
   */
  complianceStatusAt(platformId: string, instant: Date): Promise<ComplianceStatus | null> {
    return this.obligations.statusAt(platformId, instant);
  }

  /** Bulk insert of first obligation versions (demo data), in the caller's transaction. */
  importObligations(manager: EntityManager, rows: readonly ObligationImport[]): Promise<void> {
    return this.obligations.importObligations(manager, rows);
  }
}
