import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '#core';
import { IdentityService, type OrganizationModel } from '#identity';
import type { EquipmentEntity } from './equipment/equipment.entity.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import type { OfferingEntity } from './offering/offering.entity.js';
import { OfferingRepository } from './offering/offering.repository.js';
import type { PlatformEntity } from './platform/platform.entity.js';
import { PlatformRepository } from './platform/platform.repository.js';
import type { Viewer } from './viewer.js';

/** The catalog's per-request batch loaders: nested fields cost one query per field, whatever the page size. */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly platformRepository: PlatformRepository,
    private readonly equipmentRepository: EquipmentRepository,
    private readonly offeringRepository: OfferingRepository,
    private readonly identity: IdentityService,
  ) {}

  platform(context: object): DataLoader<string, PlatformEntity | null> {
    return this.registry.get(context, 'catalog.platformById', async (ids: readonly string[]) =>
      byKeys(ids, await this.platformRepository.findByIds(ids), (p) => p.id, null),
    );
  }

  equipment(context: object): DataLoader<string, EquipmentEntity | null> {
    return this.registry.get(context, 'catalog.equipmentById', async (ids: readonly string[]) =>
      byKeys(ids, await this.equipmentRepository.findByIds(ids), (e) => e.id, null),
    );
  }

  equipmentOfPlatform(context: object): DataLoader<string, EquipmentEntity[]> {
    return this.registry.get(context, 'catalog.equipmentByPlatform', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.equipmentRepository.findByPlatformIds(ids), (e) => e.platformId),
    );
  }

  offeringsOfPlatform(context: object, viewer: Viewer): DataLoader<string, OfferingEntity[]> {
    return this.registry.get(context, 'catalog.offeringsByPlatform', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.offeringRepository.findVisibleByPlatformIds(ids, viewer), (o) => o.platformId),
    );
  }

  organization(context: object): DataLoader<string, OrganizationModel | null> {
    return this.registry.get(context, 'catalog.organizationById', (ids: readonly string[]) =>
      this.identity.organizationsByIds(ids),
    );
  }
}
