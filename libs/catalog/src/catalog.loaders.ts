import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '#core';
import type { Actor } from '#identity';
import { toEquipmentModel } from './equipment/equipment.mapper.js';
import type { EquipmentModel } from './equipment/equipment.model.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import { toOfferingModel } from './offering/offering.mapper.js';
import type { OfferingModel } from './offering/offering.model.js';
import type { OfferingEntity } from './offering/offering.entity.js';
import { OfferingRepository } from './offering/offering.repository.js';
import { toPlatformModel } from './platform/platform.mapper.js';
import type { PlatformModel } from './platform/platform.model.js';
import { PlatformRepository } from './platform/platform.repository.js';
import { viewerOf } from './viewer.js';
import { OfferingStatus, PlatformStatus } from './catalog.enums.js';

/**
 * OfferingModel fields (and field resolvers) the short read fills: all but the long texts and the equipment it omits
 * (SHORT_READ_OMITS) and the platform, which the full read reads in the same statement. A field not listed here, a
 * new one included, takes the full read.
 */
const SHORT_READ_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'platformId',
  'serviceType',
  'serviceTypeLabel',
  'title',
  'titleEn',
  'keywords',
  'scale',
  'leadTimeDays',
  'pricing',
  'yourPrice',
  'accreditations',
  'status',
  'ratingAverage',
  'ratingCount',
  'createdAt',
  'updatedAt',
]);

const shortReadServes = (fields: ReadonlySet<string> | undefined): boolean =>
  !!fields && [...fields].every((field) => SHORT_READ_FIELDS.has(field));

/** The public's listing rule (as offering(id) applies it): an active offering of a published platform. */
const isListed = (offering: OfferingStatus, platform: PlatformStatus | undefined): boolean =>
  offering === OfferingStatus.ACTIVE && platform === PlatformStatus.PUBLISHED;

/**
 * The catalog's per-request batch loaders, for its own resolvers and other contexts' nested fields alike: one
 * loader per entity (and per relation), so a request loads an offering once however many fields point at it, and
 * a nested field costs one query whatever the page size. By-id loaders apply no visibility rule: the field that
 * points at a record owns that rule.
 */
@Injectable()
export class CatalogLoaders {
  /** The offering ids each request has read in full (the `offering` loader): the short read answers them from it. */
  private readonly readInFull = new WeakMap<object, Set<string>>();

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
      const inFull = this.readInFull.get(context) ?? new Set<string>();
      this.readInFull.set(context, inFull);
      for (const id of ids) inFull.add(id);
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
   * refuses it to the public. `fields`, the OfferingModel fields the caller will answer: when all are ones the short
   * read fills (SHORT_READ_FIELDS, e.g. a page of search hits showing titles and prices), the offerings are read
   * without their long texts and equipment (their models lack those); otherwise, or without `fields`, in full with
   * their platforms, which come primed for the `platform` field: no further statement.
   */
  async listedOfferings(
    context: object,
    ids: readonly string[],
    fields?: ReadonlySet<string>,
  ): Promise<Array<OfferingModel | null>> {
    if (!shortReadServes(fields)) return this.listedInFull(context, ids);
    // An offering this request has read in full (a booking's, a match's) is answered from that read, not read again.
    const { full, short } = this.splitByFullRead(context, ids);
    const [fullListed, shortRows] = await Promise.all([
      full.length ? this.listedInFull(context, full) : [],
      this.shortOffering(context).loadMany(short),
    ]);
    const listed = new Map<string, OfferingModel | null>(full.map((id, index) => [id, fullListed[index]]));
    short.forEach((id, index) => {
      const row = shortRows[index];
      listed.set(
        id,
        row && !(row instanceof Error) && isListed(row.offering.status, row.platformStatus) ? row.offering : null,
      );
    });
    return ids.map((id) => listed.get(id) ?? null);
  }

  /** Starts the read listedOfferings(context, ids, fields) will answer from, e.g. while a search still counts facets. */
  prefetchListedOfferings(context: object, ids: readonly string[], fields?: ReadonlySet<string>): void {
    if (!shortReadServes(fields)) void this.offering(context).loadMany(ids);
    else void this.shortOffering(context).loadMany(this.splitByFullRead(context, ids).short);
  }

  private async listedInFull(context: object, ids: readonly string[]): Promise<Array<OfferingModel | null>> {
    const offerings = await this.offering(context).loadMany(ids);
    const read = offerings.filter((o): o is OfferingModel => !!o && !(o instanceof Error));
    const platforms = await this.platform(context).loadMany([...new Set(read.map((o) => o.platformId))]);
    const statuses = new Map(platforms.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.status] as const] : [])));
    return offerings.map((o) =>
      o && !(o instanceof Error) && isListed(o.status, statuses.get(o.platformId)) ? o : null,
    );
  }

  private splitByFullRead(context: object, ids: readonly string[]): { full: string[]; short: string[] } {
    const inFull = this.readInFull.get(context);
    if (!inFull) return { full: [], short: [...ids] };
    return { full: ids.filter((id) => inFull.has(id)), short: ids.filter((id) => !inFull.has(id)) };
  }

  /** The short read's loader: offerings without SHORT_READ_OMITS, with their platform's status. */
  private shortOffering(
    context: object,
  ): DataLoader<string, { offering: OfferingModel; platformStatus: PlatformStatus } | null> {
    return this.registry.get(context, 'catalog.shortOffering', async (ids: readonly string[]) =>
      byKeys(
        ids,
        (await this.offeringRepository.findShortByIds(ids)).map(({ offering, platformStatus }) => ({
          // The omitted properties stay undefined in the model: it answers only selections of SHORT_READ_FIELDS.
          offering: toOfferingModel(offering as OfferingEntity),
          platformStatus,
        })),
        (row) => row.offering.id,
        null,
      ),
    );
  }

  /** Equipment of each platform, none of one the request's caller may not see (one caller per request). */
  equipmentOfPlatform(context: object, actor: Actor | null): DataLoader<string, EquipmentModel[]> {
    return this.registry.get(context, 'catalog.equipmentOfPlatform', async (ids: readonly string[]) =>
      groupByKeys(
        ids,
        (await this.equipmentRepository.findVisibleByPlatformIds(ids, viewerOf(actor))).map(toEquipmentModel),
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
