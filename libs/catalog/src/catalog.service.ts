import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enqueueSearchIndex, OutboxWriter, type PlatformLevel } from '#core';
import type { Actor } from '#identity';
import { equipmentNotFound, offeringNotFound, platformNotFound } from './catalog.errors.js';
import type {
  EquipmentImport,
  EquipmentOwnership,
  OfferingImport,
  OfferingOwnership,
  OfferingSearchSource,
  PlatformCounts,
  PlatformImport,
  PlatformOwnership,
  RegionPlatform,
} from './catalog.types.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import { toOfferingOwnership } from './offering/offering-ownership.js';
import { OfferingRepository } from './offering/offering.repository.js';
import type { PlatformEntity } from './platform/platform.entity.js';
import { toPlatformModel } from './platform/platform.mapper.js';
import type { PlatformModel } from './platform/platform.model.js';
import { PlatformRepository } from './platform/platform.repository.js';
import { canSeeOffering, canSeePlatform } from './viewer.js';

/** The catalog's public API for other contexts. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly platforms: PlatformRepository,
    private readonly equipment: EquipmentRepository,
    private readonly offerings: OfferingRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async equipmentOwnership(equipmentId: string, manager?: EntityManager): Promise<EquipmentOwnership> {
    const equipment = await this.equipment.findById(equipmentId, manager);
    const platform = equipment && (await this.platforms.findById(equipment.platformId, manager));
    if (!equipment || !platform) throw equipmentNotFound(equipmentId);
    return {
      ...ownershipOf(platform),
      equipmentId,
      equipmentName: equipment.name,
      shareable: equipment.shareable,
    };
  }

  async offeringOwnership(offeringId: string, manager?: EntityManager): Promise<OfferingOwnership> {
    return toOfferingOwnership(offeringId, await this.offerings.ownership(offeringId, manager));
  }

  async platformOwnership(platformId: string): Promise<PlatformOwnership> {
    const platform = await this.platforms.findById(platformId);
    if (!platform) throw platformNotFound(platformId);
    return ownershipOf(platform);
  }

  /**
   * The platform as it stands, its row locked until the caller's transaction ends: a suspension (or a publication) of
   * it waits for that transaction, and one that committed first is what this reads.
   */
  async lockedPlatform(manager: EntityManager, platformId: string): Promise<PlatformOwnership> {
    const platform = await this.platforms.lockById(manager, platformId);
    if (!platform) throw platformNotFound(platformId);
    return ownershipOf(platform);
  }

  /*
   * The lookups below are for ids a caller names: what the caller may not see (`canSeePlatform`, `canSeeOffering`)
   * is answered exactly as an id that does not exist, so no operation tells an outsider that a hidden thing exists
   * or what state it is in. Who may then change what they see is the caller's own check, after this one. The plain
   * `…Ownership` reads above are for jobs and for records the caller already holds (a booking's offering).
   */

  /** The platform, if `actor` may see it; PLATFORM_NOT_FOUND otherwise, as for an id that does not exist. */
  async visiblePlatform(actor: Actor | null, platformId: string): Promise<PlatformOwnership> {
    const platform = await this.platformOwnership(platformId);
    if (!canSeePlatform(actor, platform)) throw platformNotFound(platformId);
    return platform;
  }

  /** The equipment, if `actor` may see its platform; EQUIPMENT_NOT_FOUND otherwise. */
  async visibleEquipment(
    actor: Actor | null,
    equipmentId: string,
    manager?: EntityManager,
  ): Promise<EquipmentOwnership> {
    const equipment = await this.equipmentOwnership(equipmentId, manager);
    if (!canSeePlatform(actor, equipment)) throw equipmentNotFound(equipmentId);
    return equipment;
  }

  /** The offering, if `actor` may see it (its platform, and an ARCHIVED one only from inside); OFFERING_NOT_FOUND otherwise. */
  async visibleOffering(actor: Actor | null, offeringId: string): Promise<OfferingOwnership> {
    const offering = await this.offeringOwnership(offeringId);
    if (!canSeeOffering(actor, offering)) throw offeringNotFound(offeringId);
    return offering;
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
  async platformsInProvince(province: string): Promise<RegionPlatform[]> {
    return (await this.platforms.findByProvince(province)).map((p) => ({
      ...ownershipOf(p),
      platformNameEn: p.nameEn,
    }));
  }

  /** Platforms by id (any status), in `ids` order; null where none exists. For authorities' reports. */
  async platformsByIds(ids: readonly string[]): Promise<Array<PlatformModel | null>> {
    const found = new Map((await this.platforms.findByIds(ids)).map((p) => [p.id, toPlatformModel(p)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Every platform of a province (of the country with `province` null), any status, by name. */
  async platformsInScope(province: string | null): Promise<PlatformModel[]> {
    return (await this.platforms.findInScope(province)).map(toPlatformModel);
  }

  /** Dashboard counts of a province's platforms (the country's with `province` null). */
  platformCounts(province: string | null): Promise<PlatformCounts> {
    return this.platforms.counts(province);
  }

  /** Equipment ids per platform (every platform asked for has an entry). */
  async equipmentIdsByPlatform(platformIds: readonly string[]): Promise<Map<string, string[]>> {
    const byPlatform = new Map(platformIds.map((id) => [id, [] as string[]]));
    if (platformIds.length === 0) return byPlatform;
    for (const e of await this.equipment.findByPlatformIds(platformIds)) byPlatform.get(e.platformId)?.push(e.id);
    return byPlatform;
  }

  /**
   * Writes the level an authority's decision granted, in the caller's transaction, and has search re-index the
   * platform's offerings after commit (facets, filters and matching read the granted level). Only the evaluation
   * context calls this: operators cannot set a level.
   */
  async applyGrantedLevel(manager: EntityManager, platformId: string, level: PlatformLevel): Promise<void> {
    await this.platforms.setLevels(manager, [{ platformId, level }]);
    await enqueueSearchIndex(this.outbox, manager, { platformId });
  }

  /** Bulk form of applyGrantedLevel for imported decisions (demo data); the caller records what search must index. */
  importGrantedLevels(manager: EntityManager, rows: ReadonlyArray<{ platformId: string; level: PlatformLevel }>) {
    return this.platforms.setLevels(manager, rows);
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

function ownershipOf(platform: PlatformEntity): PlatformOwnership {
  return {
    platformId: platform.id,
    platformName: platform.name,
    platformStatus: platform.status,
    organizationId: platform.organizationId,
    province: platform.province,
    constructionMode: platform.constructionMode,
  };
}
