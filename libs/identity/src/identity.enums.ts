import { registerLabelledEnum, type LabelTable } from '#core';

export enum OrganizationKind {
  STARTUP = 'STARTUP',
  SME = 'SME',
  LARGE_ENTERPRISE = 'LARGE_ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  GOVERNMENT = 'GOVERNMENT',
}

export const ORGANIZATION_KIND_LABELS: LabelTable<OrganizationKind> = {
  STARTUP: { zh: '初创企业', en: 'start-up' },
  SME: { zh: '中小企业', en: 'SME' },
  LARGE_ENTERPRISE: { zh: '大型企业', en: 'large enterprise' },
  UNIVERSITY: { zh: '高校', en: 'university' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'research institute' },
  GOVERNMENT: { zh: '主管部门', en: 'government authority' },
};

export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  /** An industry expert or association invited by an authority: scores the evaluations assigned to it, nothing else. */
  EXPERT = 'EXPERT',
}

export const MEMBER_ROLE_LABELS: LabelTable<MemberRole> = {
  OWNER: { zh: '所有者', en: 'owner' },
  ADMIN: { zh: '管理员', en: 'administrator' },
  MEMBER: { zh: '成员', en: 'member' },
  EXPERT: { zh: '评审专家', en: 'evaluation expert' },
};

/** An authority's region: a GB/T 2260 province code, or the whole country. */
export const NATIONAL_REGION = 'NATIONAL';

/** Whether an authority (or something it acts on, such as an evaluation round) covers the country or one province. */
export enum AuthorityTier {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
}
export const AUTHORITY_TIER_LABELS: LabelTable<AuthorityTier> = {
  NATIONAL: { zh: '国家级', en: 'national' },
  PROVINCIAL: { zh: '省级', en: 'provincial' },
};

registerLabelledEnum(OrganizationKind, ORGANIZATION_KIND_LABELS, { name: 'OrganizationKind' });
registerLabelledEnum(MemberRole, MEMBER_ROLE_LABELS, { name: 'MemberRole' });
registerLabelledEnum(AuthorityTier, AUTHORITY_TIER_LABELS, { name: 'AuthorityTier' });
