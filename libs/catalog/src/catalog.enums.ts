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
  PER_SAMPLE = 'PER_SAMPLE',
  PER_BATCH = 'PER_BATCH',
  QUOTE = 'QUOTE',
}
export const PRICE_MODEL_LABELS: LabelTable<PriceModel> = {
  FIXED: { zh: '固定价格', en: 'fixed price' },
  HOURLY: { zh: '按机时计费', en: 'per machine hour' },
  PER_SAMPLE: { zh: '按样品计费', en: 'per sample' },
  PER_BATCH: { zh: '按批次计费', en: 'per batch' },
  QUOTE: { zh: '面议', en: 'on quotation' },
};

/** Whose price applies: the base price, a requester kind's tier, or the open-access price of obligated capacity. */
export enum PriceTier {
  BASE = 'BASE',
  STARTUP = 'STARTUP',
  SME = 'SME',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  LARGE_ENTERPRISE = 'LARGE_ENTERPRISE',
  OPEN_ACCESS = 'OPEN_ACCESS',
}
export const PRICE_TIER_LABELS: LabelTable<PriceTier> = {
  BASE: { zh: '标准价', en: 'base price' },
  STARTUP: { zh: '初创企业价', en: 'start-up price' },
  SME: { zh: '中小企业价', en: 'SME price' },
  UNIVERSITY: { zh: '高校价', en: 'university price' },
  RESEARCH_INSTITUTE: { zh: '科研院所价', en: 'research institute price' },
  LARGE_ENTERPRISE: { zh: '大型企业价', en: 'large enterprise price' },
  OPEN_ACCESS: { zh: '开放共享价', en: 'open-access price' },
};

export enum Currency {
  CNY = 'CNY',
}

registerLabelledEnum(PlatformStatus, PLATFORM_STATUS_LABELS, { name: 'PlatformStatus' });
registerLabelledEnum(OfferingStatus, OFFERING_STATUS_LABELS, { name: 'OfferingStatus' });
registerLabelledEnum(PriceModel, PRICE_MODEL_LABELS, { name: 'PriceModel' });
registerLabelledEnum(PriceTier, PRICE_TIER_LABELS, {
  name: 'PriceTier',
  description:
    'Whose price applies: BASE, a requester kind’s tier, or OPEN_ACCESS (slots under an open-access obligation).',
});
registerEnumType(Currency, { name: 'Currency' });
