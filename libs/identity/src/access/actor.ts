import { MemberRole, NATIONAL_REGION, OrganizationKind } from '../identity.enums.js';

/** Who is calling, as every service sees it: resolved once per request by the auth guard. */
export interface Actor {
  userId: string;
  email: string;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  role: MemberRole | null;
  siteAdmin: boolean;
  /** Set only for a verified GOVERNMENT organization: its province code, or NATIONAL. */
  authorityRegion: string | null;
}

export const isAuthorityFor = (actor: Actor, province: string) =>
  actor.authorityRegion === NATIONAL_REGION || actor.authorityRegion === province;
