import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConstructionMode } from '#core';
import { CatalogError, CatalogErrorCode } from './catalog.errors.js';
import { OfferingStatus, PlatformStatus } from './catalog.enums.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
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
    if (!equipment || !platform) throw new CatalogError(CatalogErrorCode.EQUIPMENT_NOT_FOUND, `No equipment ${equipmentId}`);
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
    if (!offering || !platform) throw new CatalogError(CatalogErrorCode.OFFERING_NOT_FOUND, `No offering ${offeringId}`);
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

  async platformOwnership(platformId: string): Promise<{ platformId: string; organizationId: string; province: string; constructionMode: ConstructionMode; name: string; status: PlatformStatus }> {
    const platform = await this.platforms.findById(platformId);
    if (!platform) throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${platformId}`);
    return { platformId, organizationId: platform.organizationId, province: platform.province, constructionMode: platform.constructionMode, name: platform.name, status: platform.status };
  }

  /** In `ids` order; null where none exists (DataLoader's contract). No visibility check: callers own that rule. */
  async offeringsByIds(ids: readonly string[]): Promise<Array<OfferingModel | null>> {
    const found = new Map((await this.offerings.findByIds(ids)).map((o) => [o.id, toOfferingModel(o)]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
