import type { EquipmentEntity } from './equipment.entity.js';
import type { EquipmentModel } from './equipment.model.js';

export const toEquipmentModel = (entity: EquipmentEntity): EquipmentModel => ({
  id: entity.id,
  platformId: entity.platformId,
  name: entity.name,
  nameEn: entity.nameEn,
  model: entity.model,
  manufacturer: entity.manufacturer,
  category: entity.category,
  specifications: entity.specifications,
  capacity:
    entity.capacityValue === null || !entity.capacityUnit
      ? null
      : { value: entity.capacityValue, unit: entity.capacityUnit },
  shareable: entity.shareable,
  createdAt: entity.createdAt,
});
