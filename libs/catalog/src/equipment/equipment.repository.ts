import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { PlatformEntity } from '../platform/platform.entity.js';
import { wherePlatformVisible, type Viewer } from '../viewer.js';
import { EquipmentEntity } from './equipment.entity.js';

export type NewEquipment = Omit<EquipmentEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class EquipmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewEquipment): Promise<EquipmentEntity> {
    return manager.save(manager.create(EquipmentEntity, data));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewEquipment>): Promise<EquipmentEntity> {
    if (Object.keys(changes).length) await manager.update(EquipmentEntity, { id }, changes);
    return manager.findOneByOrFail(EquipmentEntity, { id });
  }

  async insertMany(manager: EntityManager, rows: Array<Partial<EquipmentEntity>>): Promise<void> {
    if (rows.length) await manager.insert(EquipmentEntity, rows);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EquipmentEntity | null> {
    return manager.findOneBy(EquipmentEntity, { id });
  }

  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<EquipmentEntity[]> {
    return manager.findBy(EquipmentEntity, { id: In([...ids]) });
  }

  /**
   * The equipment by id, locked FOR SHARE in id order until the transaction ends (primary key): an offering written
   * with it then commits before a change of the equipment's sharing begins or after that change has committed, never
   * beside it (EquipmentService.update writes the rows of the offerings using the equipment it stops sharing).
   */
  lockByIdsForShare(manager: EntityManager, ids: readonly string[]): Promise<EquipmentEntity[]> {
    return manager.find(EquipmentEntity, {
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_read' },
    });
  }

  /** Served by ix_equipment_platform_created. */
  findByPlatformIds(platformIds: readonly string[]): Promise<EquipmentEntity[]> {
    return this.dataSource.manager.find(EquipmentEntity, {
      where: { platformId: In([...platformIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The equipment of those of these platforms the viewer may see (ix_equipment_platform_created, platform's key). */
  findVisibleByPlatformIds(platformIds: readonly string[], viewer: Viewer): Promise<EquipmentEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(EquipmentEntity, 'e')
      .innerJoin(PlatformEntity, 'p', 'p.id = e.platformId')
      .where('e.platformId IN (:...platformIds)', { platformIds });
    return wherePlatformVisible(query, 'p', viewer).orderBy('e.createdAt', 'ASC').addOrderBy('e.id', 'ASC').getMany();
  }
}
