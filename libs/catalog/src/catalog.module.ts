import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#identity';
import { CatalogLoaders } from './catalog.loaders.js';
import { CatalogService } from './catalog.service.js';
import { EquipmentEntity } from './equipment/equipment.entity.js';
import { EquipmentRepository } from './equipment/equipment.repository.js';
import { EquipmentResolver } from './equipment/equipment.resolver.js';
import { EquipmentService } from './equipment/equipment.service.js';
import { OfferingEntity } from './offering/offering.entity.js';
import { OfferingRepository } from './offering/offering.repository.js';
import { OfferingResolver } from './offering/offering.resolver.js';
import { OfferingService } from './offering/offering.service.js';
import { PlatformEntity } from './platform/platform.entity.js';
import { PlatformRepository } from './platform/platform.repository.js';
import { PlatformResolver } from './platform/platform.resolver.js';
import { PlatformService } from './platform/platform.service.js';

/** Pilot platforms, their equipment and service offerings: what people search and book. */
@Module({
  imports: [TypeOrmModule.forFeature([PlatformEntity, EquipmentEntity, OfferingEntity]), IdentityModule],
  providers: [
    CatalogLoaders,
    CatalogService,
    EquipmentRepository,
    EquipmentResolver,
    EquipmentService,
    OfferingRepository,
    OfferingResolver,
    OfferingService,
    PlatformRepository,
    PlatformResolver,
    PlatformService,
  ],
  exports: [CatalogLoaders, CatalogService],
})
export class CatalogModule {}
