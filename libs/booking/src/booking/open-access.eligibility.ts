import { Injectable } from '@nestjs/common';
import { OrganizationKind } from '#identity';

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
}
