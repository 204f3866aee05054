import { registerLabelledEnum, ServiceType, type LabelTable } from '#core';

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
/** The services a request of each kind asks for when it names none (DOMAIN.md's service types). */
export const PILOT_REQUEST_KIND_SERVICES: Record<PilotRequestKind, readonly ServiceType[]> = {
  SCALE_UP: [ServiceType.SCALE_UP, ServiceType.PROCESS_IMPROVEMENT],
  TESTING: [ServiceType.PERFORMANCE_TESTING, ServiceType.TYPE_TESTING, ServiceType.EQUIPMENT_VALIDATION],
  TRIAL_PRODUCTION: [ServiceType.SMALL_BATCH_PRODUCTION],
  EQUIPMENT_ACCESS: [ServiceType.EQUIPMENT_SHARING],
  TECH_TRANSFER: [ServiceType.TECH_DEVELOPMENT, ServiceType.SCALE_UP],
};

export enum PilotRequestStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
}
export const PILOT_REQUEST_STATUS_LABELS: LabelTable<PilotRequestStatus> = {
  OPEN: { zh: '征集中', en: 'open' },
  MATCHED: { zh: '已对接', en: 'matched' },
  CLOSED: { zh: '已关闭', en: 'closed' },
};

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  /** The requester accepted another proposal for the same request. */
  SUPERSEDED = 'SUPERSEDED',
}
export const PROPOSAL_STATUS_LABELS: LabelTable<ProposalStatus> = {
  SUBMITTED: { zh: '待答复', en: 'awaiting your answer' },
  ACCEPTED: { zh: '已接受', en: 'accepted' },
  DECLINED: { zh: '已婉拒', en: 'declined' },
  WITHDRAWN: { zh: '已撤回', en: 'withdrawn' },
  EXPIRED: { zh: '已过期', en: 'expired' },
  SUPERSEDED: { zh: '已接受其他方案', en: 'another proposal was accepted' },
};

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
  /** Not a weight: how much of the request the best candidate covers, which bounds every match's score. */
  NEED_FIT = 'NEED_FIT',
}
export const MATCH_FACTOR_LABELS: LabelTable<MatchFactor> = {
  TEXT_RELEVANCE: { zh: '需求描述相关度', en: 'fit with your description' },
  SERVICE_TYPE: { zh: '服务类型', en: 'service type' },
  DOMAIN_AND_DIRECTION: { zh: '产业方向与领域', en: 'industry direction and domain' },
  CAPACITY_IN_WINDOW: { zh: '时间窗口内的可用产能', en: 'free capacity in your window' },
  LOCATION: { zh: '地域距离', en: 'location' },
  PRICE_AGAINST_BUDGET: { zh: '价格与预算', en: 'price against budget' },
  REQUIRED_ACCREDITATIONS: { zh: '所需资质', en: 'required accreditations' },
  PLATFORM_LEVEL: { zh: '平台级别', en: 'platform level' },
  RATING_AND_RESPONSE: { zh: '评价与响应', en: 'ratings and responsiveness' },
  NEED_FIT: { zh: '需求吻合度', en: 'fit of the services found with your need' },
};

registerLabelledEnum(PilotRequestKind, PILOT_REQUEST_KIND_LABELS, { name: 'PilotRequestKind' });
registerLabelledEnum(PilotRequestStatus, PILOT_REQUEST_STATUS_LABELS, { name: 'PilotRequestStatus' });
registerLabelledEnum(ProposalStatus, PROPOSAL_STATUS_LABELS, { name: 'ProposalStatus' });
registerLabelledEnum(MatchFactor, MATCH_FACTOR_LABELS, { name: 'MatchFactor' });
