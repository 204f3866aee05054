import type { ConstructionMode } from '#core';
import type { OfferingStatus, PlatformStatus } from '../catalog.enums.js';
import { CatalogError, CatalogErrorCode } from '../catalog.errors.js';
import type { OfferingOwnership } from '../catalog.types.js';

/**
 * The catalog's published view of who owns an offering and what of it may be booked (migration
 * OfferingOwnershipView): other contexts read it inside their own statements (a booking claim reads it while it locks
 * the slots) and map its row with `toOfferingOwnership`, never the catalog's tables.
 */
export const OFFERING_OWNERSHIP_VIEW = 'offering_ownership';

/** A row of the view, as `to_jsonb(row)` or a plain row returns it. */
export interface OfferingOwnershipRow {
  offering_id: string;
  title: string;
  status: OfferingStatus;
  equipment_ids: string[];
  shared_equipment_ids: string[];
  platform_id: string;
  platform_name: string;
  platform_status: PlatformStatus;
  organization_id: string;
  province: string;
  construction_mode: ConstructionMode;
}

/** The ownership of offering `offeringId` from its view row; OFFERING_NOT_FOUND when there is none. */
export function toOfferingOwnership(
  offeringId: string,
  row: OfferingOwnershipRow | null | undefined,
): OfferingOwnership {
  if (!row) throw new CatalogError(CatalogErrorCode.OFFERING_NOT_FOUND, `No offering ${offeringId}`);
  return {
    offeringId: row.offering_id,
    title: row.title,
    status: row.status,
    equipmentIds: row.equipment_ids,
    sharedEquipmentIds: row.shared_equipment_ids,
    platformId: row.platform_id,
    platformName: row.platform_name,
    platformStatus: row.platform_status,
    organizationId: row.organization_id,
    province: row.province,
    constructionMode: row.construction_mode,
  };
}
