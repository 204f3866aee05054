import { MONEY, type ConstructionMode, type ServiceType } from '#core';
import type { Currency, OfferingStatus, PlatformStatus, PriceModel } from '../catalog.enums.js';
import { CatalogError, CatalogErrorCode } from '../catalog.errors.js';
import type { OfferingOwnership } from '../catalog.types.js';
import type { StoredPriceTier } from './pricing.js';

/**
 * The catalog's published view of who owns an offering and what of it may be booked (migration
 * OfferingOwnershipView): other contexts read it inside their own statements (a booking claim reads it while it locks
 * the slots, and locks its rows FOR SHARE: archiving an offering or suspending a platform then waits for claims in
 * flight) and map its row with `toOfferingOwnership`, never the catalog's tables.
 */
export const OFFERING_OWNERSHIP_VIEW = 'offering_ownership';

/**
 * The offering's shared equipment ids (a jsonb array) read from its equipment rows locked FOR SHARE in id order
 * (primary key), for a claim to decide on instead of the view's `shared_equipment_ids`, which is its statement's
 * snapshot: updateEquipment(shareable: false) then waits for claims in flight, and a claim that waited for it reads
 * the equipment as it left it (PostgreSQL returns a row it locks as the concurrent change committed it).
 */
export const lockedSharedEquipmentSql = (offeringParam: string): string =>
  `(SELECT coalesce(jsonb_agg(e.id ORDER BY e.id) FILTER (WHERE e.shareable), '[]'::jsonb)
      FROM (SELECT e.id, e.shareable FROM equipment e
             WHERE e.id = ANY ((SELECT o.equipment_ids FROM service_offering o WHERE o.id = ${offeringParam})::uuid[])
             ORDER BY e.id FOR SHARE) e)`;

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
  service_type: ServiceType;
  price_model: PriceModel;
  /** As text (numeric, yuan), so that `to_jsonb` keeps it exact. */
  price_amount: string | null;
  currency: Currency;
  price_tiers: StoredPriceTier[];
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
    serviceType: row.service_type,
    pricing: {
      model: row.price_model,
      baseFen: MONEY.from(row.price_amount),
      currency: row.currency,
      tiers: row.price_tiers,
    },
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
