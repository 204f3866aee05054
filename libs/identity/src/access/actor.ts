import { AuthorityTier, MemberRole, NATIONAL_REGION, OrganizationKind } from '../identity.enums.js';

/** Who is calling, as every service sees it: resolved once per request by the auth guard. */
export interface Actor {
  userId: string;
  email: string;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  role: MemberRole | null;
  siteAdmin: boolean;
  /** Set only for members (not experts) of a verified GOVERNMENT organization: its province code, or NATIONAL. */
  authorityRegion: string | null;
  /** The session version the caller's token (or download link) was issued under, found current when read. */
  sessionVersion: number;
}

/** An authority's jurisdiction: the whole country, or one province (its GB/T 2260 code). */
export interface Jurisdiction {
  tier: AuthorityTier;
  /** NATIONAL, or the province code. */
  region: string;
}

export const isAuthorityFor = (actor: Actor, province: string) =>
  actor.authorityRegion === NATIONAL_REGION || actor.authorityRegion === province;

export const isAuthorityActor = (actor: Actor): boolean => actor.authorityRegion !== null;

export const jurisdictionOf = (actor: Actor): Jurisdiction | null =>
  actor.authorityRegion === null
    ? null
    : {
        tier: actor.authorityRegion === NATIONAL_REGION ? AuthorityTier.NATIONAL : AuthorityTier.PROVINCIAL,
        region: actor.authorityRegion,
      };

/** A jurisdiction covers a scope (NATIONAL or a province code): national covers everything, a province itself. */
export const covers = (jurisdiction: Jurisdiction | null, scope: string): boolean =>
  jurisdiction !== null && (jurisdiction.tier === AuthorityTier.NATIONAL || jurisdiction.region === scope);
