import type { OrganizationKind } from '#identity';

// The shapes BillingService hands to other contexts (see catalog.types.ts for why they live apart).

/** One charge as authorities' figures read it: amounts in fen, as of now. */
export interface ChargeFact {
  chargeId: string;
  platformId: string;
  requesterOrganizationId: string;
  requesterKind: OrganizationKind | null;
  issuedAt: Date;
  /** Issued, less the credits written since. */
  net: number;
  /** Covered by an innovation voucher, net of returns. */
  voucherCovered: number;
  /** What the requester's tier and open-access prices saved against the base price; null without a list price. */
  tierSavings: number | null;
}
