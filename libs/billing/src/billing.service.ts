import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ServiceType } from '#core';
import type { OrganizationKind } from '#identity';
import type { ChargeFact, VoucherProgrammeImport } from './billing.types.js';
import { ChargeService, type ChargeIssue } from './charge/charge.service.js';
import { VoucherService } from './voucher/voucher.service.js';

/** Billing's public API: booking issues charges and checks vouchers through it; reporting reads charge facts. */
@Injectable()
export class BillingService {
  constructor(
    private readonly charges: ChargeService,
    private readonly vouchers: VoucherService,
  ) {}

  /**
   * A completed booking's charge, in the booking's transaction: priced from its quote, what was delivered and the
   * operator's adjustments (a bad value is refused naming its field, and the transaction rolls back); the booking's
   * voucher, if any, redeemed against its programme's budget in the same transaction.
   */
  async issueCharge(manager: EntityManager, issue: ChargeIssue): Promise<void> {
    await this.charges.issue(manager, issue);
  }

  /** Refused naming `programmeId` unless the programme applies to a booking with these facts now. */
  assertVoucherApplicable(
    programmeId: string,
    use: {
      province: string;
      requesterKind: OrganizationKind | null;
      requesterVerified: boolean;
      requesterOrganizationId: string;
      serviceType: ServiceType;
      at: Date;
    },
  ): Promise<void> {
    return this.vouchers.assertApplicable(programmeId, use);
  }

  /** Bulk insert of programmes (demo data), in the caller's transaction. */
  importVoucherProgrammes(manager: EntityManager, rows: readonly VoucherProgrammeImport[]): Promise<void> {
    return this.vouchers.importProgrammes(manager, rows);
  }

  /** Charges of these platforms issued in [from, to), as of now (no access check: the caller decides who reads). */
  chargeFacts(platformIds: readonly string[], from: Date, to: Date): Promise<ChargeFact[]> {
    return this.charges.factsOf(platformIds, from, to);
  }
}
