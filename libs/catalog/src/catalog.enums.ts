import { registerEnumType } from '@nestjs/graphql';
import { registerLabelledEnum, type LabelTable } from '#core';

export enum PlatformStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUSPENDED = 'SUSPENDED',
}
export const PLATFORM_STATUS_LABELS: LabelTable<PlatformStatus> = {
  DRAFT: { zh: '草稿', en: 'draft' },
  PUBLISHED: { zh: '已发布', en: 'published' },
  SUSPENDED: { zh: '已暂停', en: 'suspended' },
};

export enum OfferingStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
export const OFFERING_STATUS_LABELS: LabelTable<OfferingStatus> = {
  ACTIVE: { zh: '在售', en: 'active' },
  ARCHIVED: { zh: '已归档', en: 'archived' },
};

export enum PriceModel {
  FIXED = 'FIXED',
  HOURLY = 'HOURLY',
  PER_BATCH = 'PER_BATCH',
  QUOTE = 'QUOTE',
}
export const PRICE_MODEL_LABELS: LabelTable<PriceModel> = {
  FIXED: { zh: '固定价格', en: 'fixed price' },
  HOURLY: { zh: '按机时计费', en: 'per machine hour' },
  PER_BATCH: { zh: '按批次计费', en: 'per batch' },
  QUOTE: { zh: '面议', en: 'on quotation' },
};

export enum Currency {
  CNY = 'CNY',
}

registerLabelledEnum(PlatformStatus, PLATFORM_STATUS_LABELS, { name: 'PlatformStatus' });
registerLabelledEnum(OfferingStatus, OFFERING_STATUS_LABELS, { name: 'OfferingStatus' });
registerLabelledEnum(PriceModel, PRICE_MODEL_LABELS, { name: 'PriceModel' });
registerEnumType(Currency, { name: 'Currency' });
