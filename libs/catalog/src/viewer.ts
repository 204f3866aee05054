import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NATIONAL_REGION, type Actor } from '#identity';
import { OfferingStatus, PlatformStatus } from './catalog.enums.js';
import type { OfferingOwnership, PlatformOwnership } from './catalog.types.js';

/** What a caller may see of the catalog: published platforms, plus their own, their region's or everything. */
export interface Viewer {
  organizationId: string | null;
  siteAdmin: boolean;
  authorityRegion: string | null;
}

export const ANONYMOUS: Viewer = { organizationId: null, siteAdmin: false, authorityRegion: null };

export const viewerOf = (actor: Actor | null): Viewer =>
  actor
    ? { organizationId: actor.organizationId, siteAdmin: actor.siteAdmin, authorityRegion: actor.authorityRegion }
    : ANONYMOUS;

/** `platformAlias` rows the viewer may see, whatever their status: `seesPlatform` in SQL, for lists. */
export function wherePlatformVisible<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  platformAlias: string,
  viewer: Viewer,
): SelectQueryBuilder<E> {
  if (viewer.siteAdmin || viewer.authorityRegion === NATIONAL_REGION) return query;
  return query.andWhere(
    `(${platformAlias}.status = 'PUBLISHED' OR ${platformAlias}.organizationId = :viewerOrganizationId OR ${platformAlias}.province = :viewerRegion)`,
    {
      viewerOrganizationId: viewer.organizationId ?? '00000000-0000-0000-0000-000000000000',
      viewerRegion: viewer.authorityRegion ?? '--',
    },
  );
}

export const canSeeAnyStatus = (viewer: Viewer, platform: { organizationId: string; province: string }): boolean =>
  viewer.siteAdmin ||
  viewer.organizationId === platform.organizationId ||
  viewer.authorityRegion === NATIONAL_REGION ||
  viewer.authorityRegion === platform.province;

/**
 * Who may see a platform, and so know it exists: everyone a PUBLISHED one; a DRAFT or SUSPENDED one only its
 * organization's members, authorities of its region (national ones everywhere) and site admins. Everything of a
 * platform (its equipment, offerings, slots, bookings list, obligation, level history, figures, charges) is hidden
 * from whoever may not see the platform: operations on it answer exactly as for an id that does not exist.
 */
export const seesPlatform = (
  viewer: Viewer,
  platform: { status: PlatformStatus; organizationId: string; province: string },
): boolean => platform.status === PlatformStatus.PUBLISHED || canSeeAnyStatus(viewer, platform);

/** An offering: on a platform the viewer sees, and an ARCHIVED one only for those who see every status of it. */
export const seesOffering = (
  viewer: Viewer,
  offering: { status: OfferingStatus },
  platform: { status: PlatformStatus; organizationId: string; province: string },
): boolean =>
  seesPlatform(viewer, platform) && (offering.status !== OfferingStatus.ARCHIVED || canSeeAnyStatus(viewer, platform));

/** `seesPlatform` for another context's caller, over the facade's ownership facts (no read of its own). */
export const canSeePlatform = (
  actor: Actor | null,
  platform: Pick<PlatformOwnership, 'platformStatus' | 'organizationId' | 'province'>,
): boolean => seesPlatform(viewerOf(actor), { ...platform, status: platform.platformStatus });

/** `seesOffering` for another context's caller, over the facade's ownership facts (no read of its own). */
export const canSeeOffering = (actor: Actor | null, offering: OfferingOwnership): boolean =>
  seesOffering(viewerOf(actor), offering, { ...offering, status: offering.platformStatus });
