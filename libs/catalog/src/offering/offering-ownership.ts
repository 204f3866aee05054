import { MONEY, type ConstructionMode, type ServiceType } from '#core';
import type { Currency, OfferingStatus, PlatformStatus, PriceModel } from '../catalog.enums.js';
import { CatalogError, CatalogErrorCode } from '../catalog.errors.js';
import type { OfferingOwnership } from '../catalog.types.js';
import type { StoredPriceTier } from './pricing.js';

/**
 * The catalog's published view of who owns an offering and what of it may be booked (migration
 * OfferingOwnershipView): other contexts read it inside their own statements (a booking claim reads it while it locks
 * the slots, and locks its rows FOR SHARE: archiving an offering, suspending a platform or stopping the sharing of
 * equipment it uses then waits for claims in flight) and map its row with `toOfferingOwnership`, never the catalog's
 * tables.
 */
export const OFFERING_OWNERSHIP_VIEW = 'offering_ownership';

/**
 * Whether the offering's row `row` (the view's, read FOR SHARE) is newer than its statement's snapshot: a change of
 * it committed while the statement waited for its lock. PostgreSQL then locks and returns the row as changed, but the
 * rest of the statement — `shared_equipment_ids`, read from the equipment — as the snapshot saw it. Stopping an
 * equipment's sharing writes the rows of the offerings that use it (`OfferingRepository.touchUsingEquipment`) for this:
 * a claim that waited for it reads again (the row locked, nothing can change it before the claim ends), rather than
 * every claim share-locking the equipment. Served by service_offering's primary key.
 */
export const offeringChangedUnseenSql = (row: string): string =>
  `${row}.offering_version IS DISTINCT FROM (SELECT v.xmin FROM service_offering v WHERE v.id = ${row}.offering_id)`;

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
  /** The offering row's version (its xmin, as text): see `offeringChangedUnseenSql`. */
  offering_version: string;
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
