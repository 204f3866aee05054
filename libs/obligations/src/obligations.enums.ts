import { registerLabelledEnum, type LabelTable } from '#core';

export enum ObligationBasis {
  SHARE_OF_PUBLISHED_HOURS = 'SHARE_OF_PUBLISHED_HOURS',
  HOURS = 'HOURS',
}
export const OBLIGATION_BASIS_LABELS: LabelTable<ObligationBasis> = {
  SHARE_OF_PUBLISHED_HOURS: { zh: '按发布机时比例', en: 'share of published hours' },
  HOURS: { zh: '按机时数', en: 'hours' },
};

export enum ObligationPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
export const OBLIGATION_PERIOD_LABELS: LabelTable<ObligationPeriod> = {
  MONTH: { zh: '月度', en: 'monthly' },
  QUARTER: { zh: '季度', en: 'quarterly' },
  YEAR: { zh: '年度', en: 'yearly' },
};

/** A promise judges the periods from its start on; a correction replaces, for periods that have begun, what judges them. */
export enum ObligationVersionKind {
  PROMISE = 'PROMISE',
  CORRECTION = 'CORRECTION',
}
export const OBLIGATION_VERSION_KIND_LABELS: LabelTable<ObligationVersionKind> = {
  PROMISE: { zh: '承诺', en: 'promise' },
  CORRECTION: { zh: '主管部门更正', en: 'authority correction' },
};

export enum ComplianceStatus {
  MET = 'MET',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
}
export const COMPLIANCE_STATUS_LABELS: LabelTable<ComplianceStatus> = {
  MET: { zh: '已达标', en: 'met' },
  ON_TRACK: { zh: '进展正常', en: 'on track' },
  AT_RISK: { zh: '存在风险', en: 'at risk' },
  BREACHED: { zh: '未达标', en: 'breached' },
};

registerLabelledEnum(ObligationBasis, OBLIGATION_BASIS_LABELS, { name: 'ObligationBasis' });
registerLabelledEnum(ObligationPeriod, OBLIGATION_PERIOD_LABELS, { name: 'ObligationPeriod' });
registerLabelledEnum(ComplianceStatus, COMPLIANCE_STATUS_LABELS, { name: 'ComplianceStatus' });
registerLabelledEnum(ObligationVersionKind, OBLIGATION_VERSION_KIND_LABELS, {
  name: 'ObligationVersionKind',
  description:
    'PROMISE: recorded before the periods it judges, from its effectiveFrom on. CORRECTION: an authority’s decision, with a reason, on periods that have begun.',
});
