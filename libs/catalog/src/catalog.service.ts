import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import { OfferingStatus, PlatformStatus, PriceModel } from './catalog.enums.js';
import type { EquipmentEntity } from './equipment/equipment.entity.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import type { OfferingEntity } from './offering/offering.entity.js';
import type { PlatformEntity } from './platform/platform.entity.js';
import { toOfferingModel } from './offering/offering.mapper.js';
import type { OfferingModel } from './offering/offering.model.js';
import { OfferingRepository } from './offering/offering.repository.js';
import { PlatformRepository } from './platform/platform.repository.js';

/** Who runs a piece of equipment and where: what booking and obligations need to apply their rules. */
export interface EquipmentOwnership {
  equipmentId: string;
  equipmentName: string;
  platformId: string;
  platformName: string;
  platformStatus: PlatformStatus;
  organizationId: string;
  province: string;
  constructionMode: ConstructionMode;
  shareable: boolean;
}

export interface OfferingOwnership {
  offeringId: string;
  title: string;
  status: OfferingStatus;
  equipmentIds: string[];
  platformId: string;
  platformName: string;
  platformStatus: PlatformStatus;
  organizationId: string;
  province: string;
  constructionMode: ConstructionMode;
}

/** Everything search needs about one offering and its platform, as stored; the indexer flattens it. */
export interface OfferingSearchSource {
  offeringId: string;
  platformId: string;
  organizationId: string;
  searchable: boolean;
  serviceType: ServiceType;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  keywords: string[];
  platformName: string;
  platformNameEn: string | null;
  platformLevel: PlatformLevel;
  industryDirection: IndustryDirection;
  keyDomains: KeyDomain[];
  constructionMode: ConstructionMode;
  province: string;
  city: string;
  location: { lat: number; lng: number } | null;
  equipmentIds: string[];
  equipmentNames: string[];
  accreditations: Accreditation[];
  priceModel: PriceModel;
  priceAmount: number | null;
  leadTimeDays: number;
  ratingAverage: number | null;
  ratingCount: number;
  updatedAt: Date;
}

export type PlatformImport = Omit<PlatformEntity, 'createdAt' | 'updatedAt'>;
export type EquipmentImport = Omit<EquipmentEntity, 'createdAt' | 'updatedAt'>;
export type OfferingImport = Omit<
  OfferingEntity,
  'createdAt' | 'updatedAt' | 'ratingAverage' | 'ratingCount' | 'currency'
>;

/** The catalog's public API for other contexts. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly platforms: PlatformRepository,
    private readonly equipment: EquipmentRepository,
    private readonly offerings: OfferingRepository,
  ) {}

  async equipmentOwnership(equipmentId: string, manager?: EntityManager): Promise<EquipmentOwnership> {
    const equipment = await this.equipment.findById(equipmentId, manager);
    const platform = equipment && (await this.platforms.findById(equipment.platformId, manager));
    if (!equipment || !platform)
      throw new CatalogError(CatalogErrorCode.EQUIPMENT_NOT_FOUND, `No equipment ${equipmentId}`);
    return {
      equipmentId,
      equipmentName: equipment.name,
      platformId: platform.id,
      platformName: platform.name,
      platformStatus: platform.status,
      organizationId: platform.organizationId,
      province: platform.province,
      constructionMode: platform.constructionMode,
      shareable: equipment.shareable,
    };
  }

  async offeringOwnership(offeringId: string, manager?: EntityManager): Promise<OfferingOwnership> {
    const offering = await this.offerings.findById(offeringId, manager);
    const platform = offering && (await this.platforms.findById(offering.platformId, manager));
    if (!offering || !platform)
      throw new CatalogError(CatalogErrorCode.OFFERING_NOT_FOUND, `No offering ${offeringId}`);
    return {
      offeringId,
      title: offering.title,
      status: offering.status,
      equipmentIds: offering.equipmentIds,
      platformId: platform.id,
      platformName: platform.name,
      platformStatus: platform.status,
      organizationId: platform.organizationId,
      province: platform.province,
      constructionMode: platform.constructionMode,
    };
  }

  async platformOwnership(platformId: string): Promise<{
    platformId: string;
    organizationId: string;
    province: string;
    constructionMode: ConstructionMode;
    name: string;
    status: PlatformStatus;
  }> {
    const platform = await this.platforms.findById(platformId);
    if (!platform) throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${platformId}`);
    return {
      platformId,
      organizationId: platform.organizationId,
      province: platform.province,
      constructionMode: platform.constructionMode,
      name: platform.name,
      status: platform.status,
    };
  }

  /** In `ids` order; null where none exists (DataLoader's contract). No visibility check: callers own that rule. */
  async offeringsByIds(ids: readonly string[]): Promise<Array<OfferingModel | null>> {
    const found = new Map((await this.offerings.findByIds(ids)).map((o) => [o.id, toOfferingModel(o)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * Search sources for these offerings (and, with `platformId`, every offering of that platform). An offering
   * is `searchable` when it is ACTIVE and its platform PUBLISHED; `equipmentIds` selects the offerings using them; others are to be removed from the index.
   * Offerings that no longer exist are simply absent.
   */
  async searchSources(target: {
    offeringIds?: readonly string[];
    platformIds?: readonly string[];
    equipmentIds?: readonly string[];
  }): Promise<OfferingSearchSource[]> {
    return this.offerings.searchSources(target.offeringIds ?? [], target.platformIds ?? [], target.equipmentIds ?? []);
  }

  /** Ids of all offerings, in pages, for a full re-index. */
  offeringIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    return this.offerings.idsAfter(afterId, limit);
  }

  /** A booking review changed an offering's rating: recompute the average in the caller's transaction. */
  applyRating(manager: EntityManager, offeringId: string, rating: number): Promise<void> {
    return this.offerings.addRating(manager, offeringId, rating);
  }

  /** Equipment ids of a platform (obligations count its slots). */
  async equipmentIdsOfPlatform(platformId: string): Promise<string[]> {
    return (await this.equipment.findByPlatformIds([platformId])).map((e) => e.id);
  }

  /** Platforms of a province (all statuses), for authorities' reports. */
  async platformsInProvince(province: string): Promise<
    Array<{
      platformId: string;
      name: string;
      organizationId: string;
      constructionMode: ConstructionMode;
      status: PlatformStatus;
    }>
  > {
    return (await this.platforms.findByProvince(province)).map((p) => ({
      platformId: p.id,
      name: p.name,
      organizationId: p.organizationId,
      constructionMode: p.constructionMode,
      status: p.status,
    }));
  }

  /**
   * Bulk insert with caller-chosen ids (demo data, benchmarks), in chunks, in the caller's transaction. The
   * caller records what search must index (one message per platform is enough).
   */
  async importCatalog(
    manager: EntityManager,
    rows: { platforms: PlatformImport[]; equipment: EquipmentImport[]; offerings: OfferingImport[] },
  ): Promise<void> {
    const chunks = <T>(items: T[]) =>
      Array.from({ length: Math.ceil(items.length / 500) }, (_, i) => items.slice(i * 500, i * 500 + 500));
    for (const chunk of chunks(rows.platforms)) await this.platforms.insertMany(manager, chunk);
    for (const chunk of chunks(rows.equipment)) await this.equipment.insertMany(manager, chunk);
    for (const chunk of chunks(rows.offerings)) await this.offerings.insertMany(manager, chunk);
  }

  /** Ids of the platforms an organization operates. */
  async platformIdsOfOrganization(organizationId: string): Promise<string[]> {
    return this.platforms.idsOfOrganization(organizationId);
  }
}
