import { StateMachine } from '#core';
import { CatalogError, CatalogErrorCode } from '../catalog.errors.js';
import { PlatformStatus } from '../catalog.enums.js';

export type PlatformAction = 'publish' | 'suspend';

/** A platform is drafted, published, suspended (by its operator or a site admin) and published again. */
export const PLATFORM_LIFECYCLE = new StateMachine<PlatformStatus, PlatformAction, CatalogErrorCode>(
  'platform',
  {
    publish: { from: [PlatformStatus.DRAFT, PlatformStatus.SUSPENDED], to: PlatformStatus.PUBLISHED },
    suspend: { from: [PlatformStatus.PUBLISHED], to: PlatformStatus.SUSPENDED },
  },
  CatalogError,
  CatalogErrorCode.ILLEGAL_PLATFORM_TRANSITION,
);
