import { registerEnumType } from '@nestjs/graphql';
import type { LabelTable } from '#core';

export enum PilotRequestKind {
  SCALE_UP = 'SCALE_UP',
  TESTING = 'TESTING',
  TRIAL_PRODUCTION = 'TRIAL_PRODUCTION',
  EQUIPMENT_ACCESS = 'EQUIPMENT_ACCESS',
  TECH_TRANSFER = 'TECH_TRANSFER',
}
export const PILOT_REQUEST_KIND_LABELS: LabelTable<PilotRequestKind> = {
  SCALE_UP: { zh: '工艺放大', en: 'scale-up' },
  TESTING: { zh: '检验检测', en: 'testing' },
  TRIAL_PRODUCTION: { zh: '小批量试生产', en: 'trial production' },
  EQUIPMENT_ACCESS: { zh: '设备使用', en: 'equipment access' },
  TECH_TRANSFER: { zh: '成果转化中试', en: 'technology-transfer pilot run' },
};

export enum PilotRequestStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
}

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  /** The requester accepted another proposal for the same request. */
  SUPERSEDED = 'SUPERSEDED',
}

export enum MatchFactor {
  TEXT_RELEVANCE = 'TEXT_RELEVANCE',
  SERVICE_TYPE = 'SERVICE_TYPE',
  DOMAIN_AND_DIRECTION = 'DOMAIN_AND_DIRECTION',
  CAPACITY_IN_WINDOW = 'CAPACITY_IN_WINDOW',
  LOCATION = 'LOCATION',
  PRICE_AGAINST_BUDGET = 'PRICE_AGAINST_BUDGET',
  REQUIRED_ACCREDITATIONS = 'REQUIRED_ACCREDITATIONS',
  PLATFORM_LEVEL = 'PLATFORM_LEVEL',
  RATING_AND_RESPONSE = 'RATING_AND_RESPONSE',
}

registerEnumType(PilotRequestKind, { name: 'PilotRequestKind' });
registerEnumType(PilotRequestStatus, { name: 'PilotRequestStatus' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(MatchFactor, { name: 'MatchFactor' });
