import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '#core';
import type { Actor } from '#identity';
import { toEquipmentModel } from './equipment/equipment.mapper.js';
import type { EquipmentModel } from './equipment/equipment.model.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import { toOfferingModel } from './offering/offering.mapper.js';
import type { OfferingModel } from './offering/offering.model.js';
import { OfferingRepository } from './offering/offering.repository.js';
import { toPlatformModel } from './platform/platform.mapper.js';
import type { PlatformModel } from './platform/platform.model.js';
import { PlatformRepository } from './platform/platform.repository.js';
import { viewerOf } from './viewer.js';
import { OfferingStatus, PlatformStatus } from './catalog.enums.js';

/**
 * The catalog's per-request batch loaders, for its own resolvers and other contexts' nested fields alike: one
 * loader per entity (and per relation), so a request loads an offering once however many fields point at it, and
 * a nested field costs one query whatever the page size. By-id loaders apply no visibility rule: the field that
 * points at a record owns that rule.
 */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly platformRepository: PlatformRepository,
    private readonly equipmentRepository: EquipmentRepository,
    private readonly offeringRepository: OfferingRepository,
  ) {}

  platform(context: object): DataLoader<string, PlatformModel | null> {
    return this.registry.get(context, 'catalog.platform', async (ids: readonly string[]) =>
      byKeys(ids, (await this.platformRepository.findByIds(ids)).map(toPlatformModel), (p) => p.id, null),
    );
  }

  equipment(context: object): DataLoader<string, EquipmentModel | null> {
    return this.registry.get(context, 'catalog.equipment', async (ids: readonly string[]) =>
      byKeys(ids, (await this.equipmentRepository.findByIds(ids)).map(toEquipmentModel), (e) => e.id, null),
    );
  }

  /** Reads the offerings' platforms in the same statement, for the `platform` loader: a list of offerings shows both. */
  offering(context: object): DataLoader<string, OfferingModel | null> {
    return this.registry.get(context, 'catalog.offering', async (ids: readonly string[]) => {
      const rows = await this.offeringRepository.findByIdsWithPlatforms(ids);
      const platforms = this.platform(context);
      for (const { platform } of rows) if (platform) platforms.prime(platform.id, toPlatformModel(platform));
      return byKeys(
        ids,
        rows.map((row) => toOfferingModel(row.offering)),
        (o) => o.id,
        null,
      );
    });
  }

  /**
   * The offerings as the public lists them, in the order asked: an offering archived or of a platform no longer
   * published (the search index hears of it through the outbox, a moment later) or gone reads null, as offering(id)
   * refuses it to the public. The platforms come primed with the offerings: no further statement.
   */
  async listedOfferings(context: object, ids: readonly string[]): Promise<Array<OfferingModel | null>> {
    const offerings = await this.offering(context).loadMany(ids);
    const read = offerings.filter((o): o is OfferingModel => !!o && !(o instanceof Error));
    const platforms = await this.platform(context).loadMany([...new Set(read.map((o) => o.platformId))]);
    const published = new Set(
      platforms.flatMap((p) => (p && !(p instanceof Error) && p.status === PlatformStatus.PUBLISHED ? [p.id] : [])),
    );
    return offerings.map((o) =>
      o && !(o instanceof Error) && o.status === OfferingStatus.ACTIVE && published.has(o.platformId) ? o : null,
    );
  }

  /** Equipment of each platform. */
  equipmentOfPlatform(context: object): DataLoader<string, EquipmentModel[]> {
    return this.registry.get(context, 'catalog.equipmentOfPlatform', async (ids: readonly string[]) =>
      groupByKeys(
        ids,
        (await this.equipmentRepository.findByPlatformIds(ids)).map(toEquipmentModel),
        (e) => e.platformId,
      ),
    );
  }

  /** Offerings of each platform that the request's caller may see (one caller per request). */
  offeringsOfPlatform(context: object, actor: Actor | null): DataLoader<string, OfferingModel[]> {
    return this.registry.get(context, 'catalog.offeringsOfPlatform', async (ids: readonly string[]) =>
      groupByKeys(
        ids,
        (await this.offeringRepository.findVisibleByPlatformIds(ids, viewerOf(actor))).map(toOfferingModel),
        (o) => o.platformId,
      ),
    );
  }
}
