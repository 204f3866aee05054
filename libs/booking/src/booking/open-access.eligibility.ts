import { Injectable } from '@nestjs/common';
import { ORGANIZATION_KIND_LABELS, OrganizationKind } from '#identity';
import { BookingError, BookingErrorCode } from '../booking.errors.js';

export type EligibleKindsLookup = (platformId: string) => Promise<readonly OrganizationKind[] | null>;

/** DOMAIN.md: start-ups, SMEs, universities and institutes count as outsiders unless an obligation says otherwise. */
export const DEFAULT_ELIGIBLE_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.STARTUP,
  OrganizationKind.SME,
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
];

/**
 * Who may book open-access slots of a platform. The obligations context, which depends on booking, plugs in the
 * platform's current obligation here at start-up; without one the default kinds apply.
 */
@Injectable()
export class OpenAccessEligibility {
  private lookup: EligibleKindsLookup | undefined;

  use(lookup: EligibleKindsLookup): void {
    this.lookup = lookup;
  }

  async eligibleKinds(platformId: string): Promise<readonly OrganizationKind[]> {
    return (await this.lookup?.(platformId)) ?? DEFAULT_ELIGIBLE_KINDS;
  }

  /** FORBIDDEN, naming the kinds that may, unless a requester of `kind` may book the platform's open-access slots. */
  async assertMayBook(kind: OrganizationKind | null, platformId: string): Promise<void> {
    const kinds = await this.eligibleKinds(platformId);
    if (kind && kinds.includes(kind)) return;
    const allowed = kinds.map((k) => ORGANIZATION_KIND_LABELS[k].en).join(', ');
    throw new BookingError(
      BookingErrorCode.OPEN_ACCESS_NOT_ELIGIBLE,
      `Open-access slots are reserved for outside ${allowed} organizations; yours is ${kind ?? 'none'}`,
      { eligibleKinds: kinds },
    );
  }
}
