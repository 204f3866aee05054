import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ORGANIZATION_KIND_LABELS, OrganizationKind } from '#identity';
import { BookingError, BookingErrorCode } from '../booking.errors.js';

/**
 * The requester kinds the obligation governing each instant lets book a platform's open-access slots (null where no
 * obligation governs), read on the caller's manager: a claim holds one pool connection only.
 */
export type EligibleKindsLookup = (
  manager: EntityManager,
  platformId: string,
  instants: readonly Date[],
) => Promise<Array<readonly OrganizationKind[] | null>>;

/** DOMAIN.md: start-ups, SMEs, universities and institutes count as outsiders unless an obligation says otherwise. */
export const DEFAULT_ELIGIBLE_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.STARTUP,
  OrganizationKind.SME,
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
];

/**
 * Who may book open-access slots of a platform. The obligations context, which depends on booking, plugs in the
 * obligation version governing each slot's period here at start-up; where none governs the default kinds apply.
 */
@Injectable()
export class OpenAccessEligibility {
  private lookup: EligibleKindsLookup | undefined;

  use(lookup: EligibleKindsLookup): void {
    this.lookup = lookup;
  }

  /**
   * FORBIDDEN, naming the kinds that may, unless a requester of `kind` may book open-access slots of the platform
   * starting at each of `startsAt` (the version governing the slot's period decides).
   */
  async assertMayBook(
    manager: EntityManager,
    kind: OrganizationKind | null,
    platformId: string,
    startsAt: readonly Date[],
  ): Promise<void> {
    if (startsAt.length === 0) return;
    const governing = this.lookup ? await this.lookup(manager, platformId, startsAt) : [];
    for (const index of startsAt.keys()) {
      const kinds = governing[index] ?? DEFAULT_ELIGIBLE_KINDS;
      if (kind && kinds.includes(kind)) continue;
      const allowed = kinds.map((k) => ORGANIZATION_KIND_LABELS[k].en).join(', ');
      throw new BookingError(
        BookingErrorCode.OPEN_ACCESS_NOT_ELIGIBLE,
        `Open-access slots are reserved for outside ${allowed} organizations; yours is ${kind ?? 'none'}`,
        { eligibleKinds: kinds },
      );
    }
  }
}
