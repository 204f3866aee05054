import type { ServiceType } from '#core';
import type { OrganizationKind } from '#identity';

/** A voucher programme as imported (demo data): amounts in fen, the share in basis points, validTo exclusive. */
export interface VoucherProgrammeImport {
  issuerOrganizationId: string;
  createdByUserId: string;
  province: string;
  name: string;
  nameEn: string | null;
  reference: string;
  eligibleKinds: OrganizationKind[];
  eligibleServiceTypes: ServiceType[];
  shareBasisPoints: number;
  capPerRequesterPerYear: number;
  budget: number;
  validFrom: Date;
  validTo: Date;
}

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
