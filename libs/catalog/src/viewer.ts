import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NATIONAL_REGION, type Actor } from '#identity';

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

/** `platformAlias` rows the viewer may see, whatever their status. */
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
