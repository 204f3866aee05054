import { CONSTRUCTION_MODE_LABELS, INDUSTRY_DIRECTION_LABELS, PLATFORM_LEVEL_LABELS, provinceByCode } from '#core';
import type { PlatformEntity } from './platform.entity.js';
import type { PlatformModel } from './platform.model.js';

export const toPlatformModel = (entity: PlatformEntity): PlatformModel => ({
  id: entity.id,
  organizationId: entity.organizationId,
  name: entity.name,
  nameEn: entity.nameEn,
  summary: entity.summary,
  summaryEn: entity.summaryEn,
  industryDirection: entity.industryDirection,
  industryDirectionLabel: INDUSTRY_DIRECTION_LABELS[entity.industryDirection],
  keyDomains: entity.keyDomains,
  constructionMode: entity.constructionMode,
  constructionModeLabel: CONSTRUCTION_MODE_LABELS[entity.constructionMode],
  level: entity.level,
  levelLabel: PLATFORM_LEVEL_LABELS[entity.level],
  province: entity.province,
  provinceLabel: provinceByCode(entity.province)?.name ?? { zh: entity.province, en: entity.province },
  city: entity.city,
  address: entity.address,
  location: entity.lat === null || entity.lng === null ? null : { lat: entity.lat, lng: entity.lng },
  accreditations: entity.accreditations,
  contact: { name: entity.contactName, phone: entity.contactPhone, email: entity.contactEmail },
  website: entity.website,
  status: entity.status,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
});
