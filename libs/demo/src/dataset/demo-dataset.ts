import {
  Accreditation,
  ConstructionMode,
  OBLIGATED_CONSTRUCTION_MODES,
  PlatformLevel,
  provinceByCode,
  ServiceType,
  type Bilingual,
  type IndustryDirection,
  type KeyDomain,
} from '#core';
import { addressPrefix, cityByKey, DEMO_CITIES, provinceStyle, type DemoCity } from './demo-cities.js';
import { generateCreditCode } from './demo-credit-code.js';
import { DEMO_THEMES, themeByKey, type DemoTheme, type EquipmentKind, type OfferingTemplate } from './demo-themes.js';
import {
  BRANDS,
  CONTACT_MAILBOXES,
  GIVEN_NAMES,
  LEAD_TIME_DAYS,
  listEn,
  LEVEL_SENTENCES,
  MAKERS,
  MODE_SENTENCES,
  MODEL_SUFFIXES,
  OPEN_ACCESS_SENTENCE,
  RELEVANT_ACCREDITATIONS,
  ROADS,
  spaceMixedScript,
  SURNAMES,
  UNIVERSITY_TYPES,
} from './demo-texts.js';
import { SeededRandom, weightedPicker } from './random.js';

export type DemoOrganizationKind =
  'STARTUP' | 'SME' | 'LARGE_ENTERPRISE' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'GOVERNMENT';

export interface DemoOrganization {
  key: string;
  name: Bilingual;
  kind: DemoOrganizationKind;
  province: string;
  city: string;
  isLeadingEnterprise: boolean;
  creditCode: string | null;
  verified: boolean;
  /** GOVERNMENT only: region = province code, or 'NATIONAL' */
  region: string | null;
}

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'EXPERT';
  siteAdmin: boolean;
  organizationKey: string | null;
}

export interface DemoPlatform {
  key: string;
  organizationKey: string;
  name: Bilingual;
  summary: Bilingual;
  industryDirection: IndustryDirection;
  keyDomains: KeyDomain[];
  constructionMode: ConstructionMode;
  level: PlatformLevel;
  province: string;
  city: string;
  address: string;
  lat: number;
  lng: number;
  accreditations: Accreditation[];
  contact: { name: string; phone: string; email: string };
  website: string | null;
  status: 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';
}

export interface DemoEquipment {
  key: string;
  platformKey: string;
  name: Bilingual;
  model: string;
  manufacturer: string;
  category: string;
  specifications: Array<{ key: string; value: string; unit: string | null }>;
  capacity: { value: number; unit: string } | null;
  shareable: boolean;
}

export interface DemoOffering {
  key: string;
  platformKey: string;
  serviceType: ServiceType;
  title: Bilingual;
  description: Bilingual;
  keywords: string[];
  equipmentKeys: string[];
  scale: { min: number; max: number; unit: string } | null;
  leadTimeDays: number;
  pricing: { model: 'FIXED' | 'HOURLY' | 'PER_BATCH' | 'QUOTE'; amount: number | null; currency: 'CNY' };
  accreditations: Accreditation[];
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface DemoDataset {
  organizations: DemoOrganization[];
  accounts: DemoAccount[];
  platforms: DemoPlatform[];
  equipment: DemoEquipment[];
  offerings: DemoOffering[];
}

export interface DemoDatasetOptions {
  /** default 20240901 */
  seed?: number;
  /** total offerings, default 480 */
  offerings?: number;
}

const DEFAULT_SEED = 20240901;
const DEFAULT_OFFERINGS = 480;
const DEFAULT_PLATFORMS = 96;
const OFFERINGS_PER_PLATFORM = 5;

/**
 * A deterministic, self-consistent demo dataset of invented Chinese pilot platforms, their operators, equipment and
 * service offerings, plus requester organisations and fixed demo accounts. Pure: no database, no clock, no
 * Math.random; the same options always give a deep-equal result. Platforms number ⌈offerings / 5⌉, at least 96.
 */
export function generateDemoDataset(options: DemoDatasetOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const offerings = options.offerings ?? DEFAULT_OFFERINGS;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(offerings) || offerings < 0)
    throw new RangeError(`offerings must be a non-negative integer, got ${offerings}`);
  return new DemoDatasetBuilder(seed, offerings).build();
}

type PricingModel = DemoOffering['pricing']['model'];
type PlatformStatus = DemoPlatform['status'];

interface OrgRecord {
  organization: DemoOrganization;
  /** Trade name that platform names are built from; null for universities and public bodies. */
  brand: Bilingual | null;
  slug: string;
}

interface PlatformPlan {
  theme: DemoTheme;
  city: DemoCity;
  mode: ConstructionMode;
  level: PlatformLevel;
  owner?: OrgRecord;
  name?: Bilingual;
  /** Carry every key domain of the theme, so the first platforms of each theme cover them all. */
  allDomains: boolean;
}

interface EquipmentRecord {
  item: DemoEquipment;
  kindIndex: number;
}

const MODES_IN_ORDER: readonly ConstructionMode[] = [
  ConstructionMode.GOVERNMENT_PUBLIC_SERVICE,
  ConstructionMode.UNIVERSITY_TRANSFER,
  ConstructionMode.MULTI_PARTY_JOINT,
  ConstructionMode.ENTERPRISE_MARKET_SERVICE,
  ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
  ConstructionMode.LEADING_ENTERPRISE_OWN,
];
const MODE_WEIGHTS: readonly (readonly [ConstructionMode, number])[] = [
  [ConstructionMode.GOVERNMENT_PUBLIC_SERVICE, 14],
  [ConstructionMode.UNIVERSITY_TRANSFER, 16],
  [ConstructionMode.MULTI_PARTY_JOINT, 16],
  [ConstructionMode.ENTERPRISE_MARKET_SERVICE, 24],
  [ConstructionMode.ENTERPRISE_PARTIAL_OPEN, 15],
  [ConstructionMode.LEADING_ENTERPRISE_OWN, 15],
];
const LEVELS_IN_ORDER: readonly PlatformLevel[] = [
  PlatformLevel.NATIONAL,
  PlatformLevel.PROVINCIAL,
  PlatformLevel.CULTIVATION,
  PlatformLevel.NONE,
];
const levelWeights = (national: number, provincial: number, cultivation: number, none: number) =>
  [
    [PlatformLevel.NATIONAL, national],
    [PlatformLevel.PROVINCIAL, provincial],
    [PlatformLevel.CULTIVATION, cultivation],
    [PlatformLevel.NONE, none],
  ] as const;
/** Public and leading-enterprise platforms are the ones most often recognised by MIIT or the province. */
const LEVEL_WEIGHTS: Readonly<Record<ConstructionMode, readonly (readonly [PlatformLevel, number])[]>> = {
  [ConstructionMode.GOVERNMENT_PUBLIC_SERVICE]: levelWeights(20, 50, 20, 10),
  [ConstructionMode.LEADING_ENTERPRISE_OWN]: levelWeights(20, 40, 25, 15),
  [ConstructionMode.UNIVERSITY_TRANSFER]: levelWeights(8, 35, 25, 32),
  [ConstructionMode.MULTI_PARTY_JOINT]: levelWeights(10, 40, 25, 25),
  [ConstructionMode.ENTERPRISE_MARKET_SERVICE]: levelWeights(5, 30, 25, 40),
  [ConstructionMode.ENTERPRISE_PARTIAL_OPEN]: levelWeights(8, 35, 27, 30),
};
/** Own-use lines keep their busiest tools to themselves; public platforms share nearly everything. */
const SHAREABLE_PROBABILITY: Readonly<Record<ConstructionMode, number>> = {
  [ConstructionMode.GOVERNMENT_PUBLIC_SERVICE]: 0.95,
  [ConstructionMode.UNIVERSITY_TRANSFER]: 0.95,
  [ConstructionMode.MULTI_PARTY_JOINT]: 0.9,
  [ConstructionMode.ENTERPRISE_MARKET_SERVICE]: 0.85,
  [ConstructionMode.ENTERPRISE_PARTIAL_OPEN]: 0.7,
  [ConstructionMode.LEADING_ENTERPRISE_OWN]: 0.6,
};
const ACCREDITATION_PROBABILITY: Readonly<Record<Accreditation, number>> = {
  [Accreditation.CMA]: 0.6,
  [Accreditation.CNAS]: 0.65,
  [Accreditation.GLP]: 0.5,
  [Accreditation.GMP]: 0.85,
  [Accreditation.ISO_9001]: 0.7,
  [Accreditation.IATF_16949]: 0.7,
  [Accreditation.OTHER]: 0.35,
};
const ACCREDITATION_ORDER: readonly Accreditation[] = Object.values(Accreditation);

interface PricingRule {
  model: Exclude<PricingModel, 'QUOTE'>;
  quoteShare: number;
  range: readonly [number, number];
  step: number;
}
/** CNY price bands by service type: hourly 200–3 000, fixed 5 000–300 000, per batch 20 000–500 000. */
const PRICING_RULES: Readonly<Record<ServiceType, PricingRule>> = {
  [ServiceType.EQUIPMENT_SHARING]: { model: 'HOURLY', quoteShare: 0, range: [200, 3000], step: 10 },
  [ServiceType.PERFORMANCE_TESTING]: { model: 'FIXED', quoteShare: 0.2, range: [5000, 80000], step: 500 },
  [ServiceType.TYPE_TESTING]: { model: 'FIXED', quoteShare: 0.25, range: [20000, 300000], step: 1000 },
  [ServiceType.EQUIPMENT_VALIDATION]: { model: 'FIXED', quoteShare: 0.45, range: [20000, 300000], step: 1000 },
  [ServiceType.SCALE_UP]: { model: 'PER_BATCH', quoteShare: 0.35, range: [50000, 500000], step: 1000 },
  [ServiceType.SMALL_BATCH_PRODUCTION]: { model: 'PER_BATCH', quoteShare: 0.3, range: [20000, 400000], step: 1000 },
  [ServiceType.TECH_DEVELOPMENT]: { model: 'FIXED', quoteShare: 0.6, range: [50000, 300000], step: 1000 },
  [ServiceType.PROCESS_IMPROVEMENT]: { model: 'FIXED', quoteShare: 0.5, range: [30000, 300000], step: 1000 },
};

/** Most operators publish their credit code; young start-ups and some institutes have not filled it in. */
const CREDIT_CODE_SHARE: Readonly<Record<DemoOrganizationKind, number>> = {
  STARTUP: 0.8,
  SME: 0.95,
  LARGE_ENTERPRISE: 1,
  UNIVERSITY: 0.85,
  RESEARCH_INSTITUTE: 0.75,
  GOVERNMENT: 1,
};
const CREDIT_CODE_ISSUER = {
  STARTUP: '91',
  SME: '91',
  LARGE_ENTERPRISE: '91',
  UNIVERSITY: '12',
  RESEARCH_INSTITUTE: '12',
  GOVERNMENT: '11',
} as const satisfies Record<DemoOrganizationKind, string>;

const DEMO_ORGANIZATIONS = {
  startup: {
    key: 'org-demo-startup',
    zh: '苏州氢途能源科技有限公司',
    en: 'Suzhou Qingtu Energy Technology Co., Ltd.',
    kind: 'STARTUP',
    city: 'suzhou',
    brand: ['氢途', 'Qingtu'],
  },
  sme: {
    key: 'org-demo-sme',
    zh: '常州衡拓精密部件有限公司',
    en: 'Changzhou Hengtuo Precision Components Co., Ltd.',
    kind: 'SME',
    city: 'changzhou',
    brand: ['衡拓', 'Hengtuo'],
  },
  operator: {
    key: 'org-demo-operator',
    zh: '锂科新材料集团股份有限公司',
    en: 'Likeco New Materials Group Co., Ltd.',
    kind: 'LARGE_ENTERPRISE',
    city: 'suzhou',
    brand: ['锂科', 'Likeco'],
  },
  university: {
    key: 'org-demo-university',
    zh: '钱塘理工大学',
    en: 'Qiantang University of Technology',
    kind: 'UNIVERSITY',
    city: 'hangzhou',
    brand: null,
  },
  institute: {
    key: 'org-demo-institute',
    zh: '江苏省先进高分子材料中试公共服务中心',
    en: 'Jiangsu Advanced Polymer Materials Pilot Public Service Centre',
    kind: 'RESEARCH_INSTITUTE',
    city: 'nanjing',
    brand: null,
  },
  jiangsu: {
    key: 'org-demo-authority-32',
    zh: '江苏省制造业创新发展办公室',
    en: 'Jiangsu Provincial Office for Manufacturing Innovation',
    kind: 'GOVERNMENT',
    city: 'nanjing',
    brand: null,
  },
  national: {
    key: 'org-demo-authority-national',
    zh: '国家制造业中试平台建设推进办公室',
    en: 'National Office for Manufacturing Pilot Platform Development',
    kind: 'GOVERNMENT',
    city: 'beijing',
    brand: null,
  },
} as const;
type DemoOrgRole = keyof typeof DEMO_ORGANIZATIONS;

const DEMO_ACCOUNTS: readonly (Omit<DemoAccount, 'organizationKey'> & { organization: DemoOrgRole | null })[] = [
  {
    email: 'admin@pilotmatch.demo',
    password: 'Pilot-Admin-2024',
    displayName: 'PilotMatch 平台管理员',
    role: 'ADMIN',
    siteAdmin: true,
    organization: null,
  },
  {
    email: 'startup@pilotmatch.demo',
    password: 'Pilot-Startup-2024',
    displayName: '陈思远',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'startup',
  },
  {
    email: 'sme@pilotmatch.demo',
    password: 'Pilot-SME-2024',
    displayName: '周海燕',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'sme',
  },
  {
    email: 'operator@pilotmatch.demo',
    password: 'Pilot-Operator-2024',
    displayName: '王建华',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'operator',
  },
  {
    email: 'operator-admin@pilotmatch.demo',
    password: 'Pilot-OperatorAdmin-2024',
    displayName: '李晓东',
    role: 'ADMIN',
    siteAdmin: false,
    organization: 'operator',
  },
  {
    email: 'operator-staff@pilotmatch.demo',
    password: 'Pilot-OperatorStaff-2024',
    displayName: '赵文博',
    role: 'MEMBER',
    siteAdmin: false,
    organization: 'operator',
  },
  {
    email: 'university@pilotmatch.demo',
    password: 'Pilot-University-2024',
    displayName: '林佳怡',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'university',
  },
  {
    email: 'institute@pilotmatch.demo',
    password: 'Pilot-Institute-2024',
    displayName: '郭志强',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'institute',
  },
  {
    email: 'authority-jiangsu@pilotmatch.demo',
    password: 'Pilot-Jiangsu-2024',
    displayName: '孙明',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'jiangsu',
  },
  {
    // An industry expert the Jiangsu authority invited: it scores the platforms an evaluation round assigns it.
    email: 'expert-jiangsu@pilotmatch.demo',
    password: 'Pilot-Expert-2024',
    displayName: '钱卫东',
    role: 'EXPERT',
    siteAdmin: false,
    organization: 'jiangsu',
  },
  {
    email: 'authority-national@pilotmatch.demo',
    password: 'Pilot-National-2024',
    displayName: '高磊',
    role: 'OWNER',
    siteAdmin: false,
    organization: 'national',
  },
];

/** Provincial authorities without demo accounts, so regional reports have more than one authority to show. */
const OTHER_AUTHORITY_CITIES = ['guangzhou', 'hangzhou', 'hefei', 'jinan', 'chengdu'] as const;

const REQUESTER_KINDS: readonly (readonly [DemoOrganizationKind, number])[] = [
  ['STARTUP', 40],
  ['SME', 30],
  ['UNIVERSITY', 15],
  ['RESEARCH_INSTITUTE', 15],
];
const REQUESTER_COLLEGE_TYPES: readonly Bilingual[] = [
  { zh: '工学院', en: 'Institute of Technology' },
  { zh: '科技学院', en: 'College of Science and Technology' },
];
const CHINESE_ORDINALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const fill = (text: string, product: Bilingual | null, lang: keyof Bilingual) =>
  product ? text.replaceAll('{p}', product[lang]) : text;
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const SLUG_STOP_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'co', 'ltd']);
/** A short host name from an English name: 'Hehuang University of Science and Technology' → 'hehuang-ust'. */
const slugify = (text: string) => {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !SLUG_STOP_WORDS.has(w));
  return words.length <= 2
    ? words.join('-')
    : `${words[0]}-${words
        .slice(1, 7)
        .map((w) => w[0])
        .join('')}`;
};

class DemoDatasetBuilder {
  private readonly random: SeededRandom;
  private readonly organizations: DemoOrganization[] = [];
  private readonly platforms: DemoPlatform[] = [];
  private readonly equipment: DemoEquipment[] = [];
  private readonly offerings: DemoOffering[] = [];
  private readonly usedOrganizationNames = new Set<string>();
  private readonly usedPlatformNames = new Set<string>();
  private readonly usedBrands = new Set<string>(
    Object.values(DEMO_ORGANIZATIONS).flatMap((o) => (o.brand ? [o.brand[0]] : [])),
  );
  private readonly leadersByTheme = new Map<string, OrgRecord[]>();
  private readonly enterprisesByPool = new Map<string, OrgRecord[]>();
  private readonly universitiesByProvince = new Map<string, OrgRecord[]>();
  private readonly organizationsByName = new Map<string, OrgRecord>();
  private readonly themesByHub = new Map<string, DemoTheme[]>();
  private readonly pickCity = weightedPicker(DEMO_CITIES, (c) => c.weight);
  private organizationSeq = 0;
  private equipmentSeq = 0;
  private offeringSeq = 0;

  constructor(
    seed: number,
    private readonly offeringTotal: number,
  ) {
    this.random = new SeededRandom(seed);
    for (const theme of DEMO_THEMES) {
      for (const hub of theme.hubs) this.themesByHub.set(hub, [...(this.themesByHub.get(hub) ?? []), theme]);
    }
  }

  build(): DemoDataset {
    const demo = this.createDemoOrganizations();
    const platformCount = Math.max(DEFAULT_PLATFORMS, Math.ceil(this.offeringTotal / OFFERINGS_PER_PLATFORM));
    const demoPlans = this.demoPlans(demo);
    const offeringCounts = this.allocateOfferings(platformCount, demoPlans.length);
    const statuses = this.pickStatuses(platformCount, demoPlans.length);

    const coveredProvinces = new Set<string>();
    let provincesToCover: string[] | null = null;
    for (let index = 0; index < platformCount; index += 1) {
      let plan: PlatformPlan;
      if (index < demoPlans.length) {
        plan = demoPlans[index];
      } else {
        const n = index - demoPlans.length;
        if (n >= DEMO_THEMES.length) provincesToCover ??= this.uncoveredProvinces(coveredProvinces);
        const provinceToCover = provincesToCover?.[n - DEMO_THEMES.length];
        plan = this.plan(n, provinceToCover);
      }
      coveredProvinces.add(plan.city.province);
      this.createPlatform(index, plan, offeringCounts[index], statuses.get(index) ?? 'PUBLISHED');
    }

    this.createRequesters(Math.max(20, Math.round(platformCount / 5)));
    this.createOtherAuthorities();

    return {
      organizations: this.organizations,
      accounts: DEMO_ACCOUNTS.map(({ organization, ...account }) => ({
        ...account,
        organizationKey: organization ? demo[organization].organization.key : null,
      })),
      platforms: this.platforms,
      equipment: this.equipment,
      offerings: this.offerings,
    };
  }

  // ---- organisations -------------------------------------------------------------------------------------------

  private createDemoOrganizations(): Record<DemoOrgRole, OrgRecord> {
    const created = {} as Record<DemoOrgRole, OrgRecord>;
    for (const role of Object.keys(DEMO_ORGANIZATIONS) as DemoOrgRole[]) {
      const spec = DEMO_ORGANIZATIONS[role];
      const brand = spec.brand ? { zh: spec.brand[0], en: spec.brand[1] } : null;
      created[role] = this.addOrganization(
        {
          name: { zh: spec.zh, en: spec.en },
          kind: spec.kind,
          city: cityByKey(spec.city),
          isLeadingEnterprise: role === 'operator',
          verified: true,
          region: role === 'jiangsu' ? '32' : role === 'national' ? 'NATIONAL' : null,
          withCreditCode: true,
        },
        brand,
        spec.key,
      );
    }
    this.leadersByTheme.set('cathode', [created.operator]);
    this.organizationsByName.set(created.institute.organization.name.zh, created.institute);
    return created;
  }

  private addOrganization(
    input: {
      name: Bilingual;
      kind: DemoOrganizationKind;
      city: DemoCity;
      isLeadingEnterprise?: boolean;
      verified: boolean;
      region?: string | null;
      withCreditCode?: boolean;
    },
    brand: Bilingual | null,
    key?: string,
  ): OrgRecord {
    const { name, kind, city } = input;
    const withCreditCode = input.withCreditCode ?? this.random.chance(CREDIT_CODE_SHARE[kind]);
    const organization: DemoOrganization = {
      key: key ?? `org-${pad((this.organizationSeq += 1), 5)}`,
      name,
      kind,
      province: city.province,
      city: city.name.zh,
      isLeadingEnterprise: input.isLeadingEnterprise ?? false,
      creditCode: withCreditCode ? generateCreditCode(this.random, CREDIT_CODE_ISSUER[kind], city.division) : null,
      verified: input.verified,
      region: input.region ?? null,
    };
    this.usedOrganizationNames.add(name.zh);
    this.organizations.push(organization);
    return { organization, brand, slug: brand ? brand.en.toLowerCase() : slugify(name.en) };
  }

  /** Operator of a platform: the kind of owner each construction mode implies (DOMAIN.md). */
  private ownerFor(mode: ConstructionMode, theme: DemoTheme, city: DemoCity): OrgRecord {
    const field = theme.field;
    const here = city.name;
    switch (mode) {
      case ConstructionMode.GOVERNMENT_PUBLIC_SERVICE: {
        const place = this.random.chance(0.6)
          ? here
          : { zh: provinceStyle(city.province).fullName, en: provinceEnglish(city.province) };
        const name = {
          zh: `${place.zh}${field.zh}中试公共服务中心`,
          en: `${place.en} ${field.en} Pilot Public Service Centre`,
        };
        return this.namedOrganization(name, 'RESEARCH_INSTITUTE', city);
      }
      case ConstructionMode.UNIVERSITY_TRANSFER: {
        const university = this.random.chance(0.8) ? this.university(city) : null;
        const name = {
          zh: `${here.zh}${field.zh}成果转化研究院`,
          en: `${here.en} Institute for ${field.en} Technology Transfer`,
        };
        return university ?? this.namedOrganization(name, 'RESEARCH_INSTITUTE', city);
      }
      case ConstructionMode.MULTI_PARTY_JOINT: {
        if (this.random.chance(0.4)) {
          const name = {
            zh: `${here.zh}${field.zh}中试产业发展有限公司`,
            en: `${here.en} ${field.en} Pilot Industry Development Co., Ltd.`,
          };
          return this.namedOrganization(name, 'SME', city);
        }
        const place = this.random.chance(0.5) ? here : provinceStyle(city.province).region;
        const name = {
          zh: `${place.zh}${field.zh}产业创新中心`,
          en: `${place.en} ${field.en} Industry Innovation Centre`,
        };
        return this.namedOrganization(name, 'RESEARCH_INSTITUTE', city);
      }
      case ConstructionMode.ENTERPRISE_MARKET_SERVICE:
        return this.marketEnterprise(this.random.chance(0.7) ? 'SME' : 'LARGE_ENTERPRISE', theme, city);
      case ConstructionMode.ENTERPRISE_PARTIAL_OPEN:
      case ConstructionMode.LEADING_ENTERPRISE_OWN:
        return this.leadingEnterprise(theme, city);
    }
  }

  /** Public centres and institutes are named after place and field, so the same name means the same body. */
  private namedOrganization(name: Bilingual, kind: DemoOrganizationKind, city: DemoCity): OrgRecord {
    const existing = this.organizationsByName.get(name.zh);
    if (existing) return existing;
    const record = this.addOrganization({ name, kind, city, verified: this.random.chance(0.95) }, null);
    this.organizationsByName.set(name.zh, record);
    return record;
  }

  private university(city: DemoCity): OrgRecord | null {
    const pool = this.universitiesByProvince.get(city.province) ?? [];
    const alias = provinceStyle(city.province).alias;
    const free = UNIVERSITY_TYPES.map((type) => ({ zh: `${alias.zh}${type.zh}`, en: `${alias.en} ${type.en}` })).filter(
      (name) => !this.usedOrganizationNames.has(name.zh),
    );
    if (free.length > 0 && (pool.length === 0 || this.random.chance(0.4))) {
      const record = this.addOrganization(
        { name: this.random.pick(free), kind: 'UNIVERSITY', city, verified: this.random.chance(0.95) },
        null,
      );
      this.universitiesByProvince.set(city.province, [...pool, record]);
      return record;
    }
    return pool.length > 0 ? this.random.pick(pool) : null;
  }

  private leadingEnterprise(theme: DemoTheme, city: DemoCity): OrgRecord {
    const pool = this.leadersByTheme.get(theme.key) ?? [];
    const createNew = pool.length === 0 || this.random.chance(pool.length < 2 ? 0.5 : 0.3);
    if (!createNew) return this.random.pick(pool);
    const { name, brand } = this.uniqueOrganizationName(() => {
      const brand = this.pickBrand();
      const group = this.random.chance(0.5);
      return {
        brand,
        name: {
          zh: `${brand.zh}${theme.trade.zh}${group ? '集团' : ''}股份有限公司`,
          en: `${brand.en} ${theme.trade.en} ${group ? 'Group ' : ''}Co., Ltd.`,
        },
      };
    });
    const record = this.addOrganization(
      { name, kind: 'LARGE_ENTERPRISE', city, isLeadingEnterprise: true, verified: this.random.chance(0.95) },
      brand,
    );
    this.leadersByTheme.set(theme.key, [...pool, record]);
    return record;
  }

  private marketEnterprise(kind: 'SME' | 'LARGE_ENTERPRISE', theme: DemoTheme, city: DemoCity): OrgRecord {
    const poolKey = `${kind}:${theme.key}`;
    const pool = this.enterprisesByPool.get(poolKey) ?? [];
    if (pool.length > 0 && this.random.chance(0.15)) return this.random.pick(pool);
    const { name, brand } = this.uniqueOrganizationName(() => this.enterpriseName(kind, theme, city));
    const record = this.addOrganization({ name, kind, city, verified: this.random.chance(0.9) }, brand);
    this.enterprisesByPool.set(poolKey, [...pool, record]);
    return record;
  }

  private enterpriseName(
    kind: DemoOrganizationKind,
    theme: DemoTheme,
    city: DemoCity,
  ): { name: Bilingual; brand: Bilingual } {
    const brand = this.pickBrand();
    const suffix =
      kind === 'LARGE_ENTERPRISE'
        ? { zh: '股份有限公司', en: 'Co., Ltd.' }
        : kind === 'STARTUP' || this.random.chance(0.5)
          ? { zh: '科技有限公司', en: 'Technology Co., Ltd.' }
          : { zh: '有限公司', en: 'Co., Ltd.' };
    // Both forms are common: 苏州锂科新材料有限公司 and 锂科新材料（苏州）有限公司.
    const name =
      kind === 'STARTUP' || this.random.chance(0.6)
        ? {
            zh: `${city.name.zh}${brand.zh}${theme.trade.zh}${suffix.zh}`,
            en: `${city.name.en} ${brand.en} ${theme.trade.en} ${suffix.en}`,
          }
        : {
            zh: `${brand.zh}${theme.trade.zh}（${city.name.zh}）${suffix.zh}`,
            en: `${brand.en} ${theme.trade.en} (${city.name.en}) ${suffix.en}`,
          };
    return { name, brand };
  }

  /** Brands are reused only once each has been taken, so the default dataset reads like distinct companies. */
  private pickBrand(): Bilingual {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const brand = this.random.pick(BRANDS);
      if (!this.usedBrands.has(brand.zh)) {
        this.usedBrands.add(brand.zh);
        return brand;
      }
    }
    return this.random.pick(BRANDS);
  }

  private uniqueOrganizationName<T extends { name: Bilingual }>(make: () => T): T {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const candidate = make();
      if (!this.usedOrganizationNames.has(candidate.name.zh)) return candidate;
    }
    // Only reached at very large sizes, when the invented brands run out for a city and trade.
    const candidate = make();
    for (let n = 2; ; n += 1) {
      const name = { zh: `${candidate.name.zh}（${n}）`, en: `${candidate.name.en} (${n})` };
      if (!this.usedOrganizationNames.has(name.zh)) return { ...candidate, name };
    }
  }

  private createRequesters(count: number): void {
    for (let i = 0; i < count; i += 1) {
      const kind = i < REQUESTER_KINDS.length ? REQUESTER_KINDS[i][0] : this.random.weighted(REQUESTER_KINDS);
      const city = this.pickCity(this.random);
      const theme = this.random.pick(DEMO_THEMES);
      switch (kind) {
        case 'UNIVERSITY': {
          const alias = provinceStyle(city.province).alias;
          const { name } = this.uniqueOrganizationName(() => {
            const type = this.random.pick(REQUESTER_COLLEGE_TYPES);
            return { name: { zh: `${alias.zh}${type.zh}`, en: `${alias.en} ${type.en}` } };
          });
          this.addOrganization({ name, kind, city, verified: this.random.chance(0.7) }, null);
          break;
        }
        case 'RESEARCH_INSTITUTE': {
          const { name } = this.uniqueOrganizationName(() => ({
            name: {
              zh: `${city.name.zh}${theme.field.zh}研究所`,
              en: `${city.name.en} Institute of ${theme.field.en}`,
            },
          }));
          this.addOrganization({ name, kind, city, verified: this.random.chance(0.7) }, null);
          break;
        }
        default: {
          const { name, brand } = this.uniqueOrganizationName(() => this.enterpriseName(kind, theme, city));
          this.addOrganization({ name, kind, city, verified: this.random.chance(0.6) }, brand);
        }
      }
    }
  }

  private createOtherAuthorities(): void {
    for (const key of OTHER_AUTHORITY_CITIES) {
      const city = cityByKey(key);
      this.addOrganization(
        {
          name: {
            zh: `${provinceStyle(city.province).fullName}制造业创新发展办公室`,
            en: `${provinceEnglish(city.province)} Provincial Office for Manufacturing Innovation`,
          },
          kind: 'GOVERNMENT',
          city,
          verified: true,
          region: city.province,
          withCreditCode: true,
        },
        null,
      );
    }
  }

  // ---- platforms -----------------------------------------------------------------------------------------------

  /** The demo accounts' own platforms come first, so operator@ and institute@ always have something to manage. */
  private demoPlans(demo: Record<DemoOrgRole, OrgRecord>): PlatformPlan[] {
    const cathode = themeByKey('cathode');
    return [
      {
        theme: cathode,
        city: cityByKey('suzhou'),
        mode: ConstructionMode.LEADING_ENTERPRISE_OWN,
        level: PlatformLevel.PROVINCIAL,
        owner: demo.operator,
        name: { zh: '苏州锂科新材料中试基地', en: 'Suzhou Likeco New Materials Pilot Base' },
        allDomains: true,
      },
      {
        theme: cathode,
        city: cityByKey('changzhou'),
        mode: ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
        level: PlatformLevel.CULTIVATION,
        owner: demo.operator,
        name: { zh: '锂科锂电池正极材料中试线（常州）', en: 'Likeco Li-ion Cathode Materials Pilot Line (Changzhou)' },
        allDomains: true,
      },
      {
        theme: themeByKey('polyimide'),
        city: cityByKey('nanjing'),
        mode: ConstructionMode.GOVERNMENT_PUBLIC_SERVICE,
        level: PlatformLevel.PROVINCIAL,
        owner: demo.institute,
        name: { zh: '江苏聚酰亚胺薄膜中试公共服务平台', en: 'Jiangsu Polyimide Film Pilot Public Service Platform' },
        allDomains: true,
      },
    ];
  }

  /**
   * The n-th generated platform: the first ones take every theme once (in one of its hub cities), the next ones
   * every province not reached yet, with modes and levels cycled first so each value appears; the rest is drawn.
   */
  private plan(n: number, provinceToCover: string | undefined): PlatformPlan {
    let theme: DemoTheme;
    let city: DemoCity;
    if (n < DEMO_THEMES.length) {
      theme = DEMO_THEMES[n];
      city = cityByKey(this.random.pick(theme.hubs));
    } else {
      city = provinceToCover ? mainCityOf(provinceToCover) : this.pickCity(this.random);
      const local = this.themesByHub.get(city.key);
      theme = local && this.random.chance(0.65) ? this.random.pick(local) : this.random.pick(DEMO_THEMES);
    }
    const mode =
      n < MODES_IN_ORDER.length * 2 ? MODES_IN_ORDER[n % MODES_IN_ORDER.length] : this.random.weighted(MODE_WEIGHTS);
    const level = n < LEVELS_IN_ORDER.length ? LEVELS_IN_ORDER[n] : this.random.weighted(LEVEL_WEIGHTS[mode]);
    return { theme, city, mode, level, allDomains: n < DEMO_THEMES.length };
  }

  private uncoveredProvinces(covered: ReadonlySet<string>): string[] {
    return [...new Set(DEMO_CITIES.map((c) => c.province))].filter((code) => !covered.has(code));
  }

  /** Spreads offerings over platforms unevenly (roughly 2–8 each at the default size), summing exactly to the total. */
  private allocateOfferings(platformCount: number, demoCount: number): number[] {
    const weights = Array.from({ length: platformCount }, (_, i) => (i < demoCount ? 1.5 : 0.5 + this.random.next()));
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    const counts = weights.map((w) => Math.floor((this.offeringTotal * w) / totalWeight));
    let rest = this.offeringTotal - counts.reduce((sum, c) => sum + c, 0);
    while (rest > 0) {
      counts[this.random.int(0, platformCount - 1)] += 1;
      rest -= 1;
    }
    return counts;
  }

  /** A few drafts and one or two suspended platforms at the default size; never the demo accounts' own. */
  private pickStatuses(platformCount: number, demoCount: number): Map<number, PlatformStatus> {
    const statuses = new Map<number, PlatformStatus>();
    const assign = (count: number, status: PlatformStatus) => {
      while (count > 0) {
        const index = this.random.int(demoCount, platformCount - 1);
        if (statuses.has(index)) continue;
        statuses.set(index, status);
        count -= 1;
      }
    };
    assign(Math.max(2, Math.round(platformCount * 0.01)), 'SUSPENDED');
    assign(Math.max(5, Math.round(platformCount * 0.05)), 'DRAFT');
    return statuses;
  }

  private createPlatform(index: number, plan: PlatformPlan, offeringCount: number, status: PlatformStatus): void {
    const { theme, city, mode, level } = plan;
    const random = this.random;
    const owner = plan.owner ?? this.ownerFor(mode, theme, city);
    const key = `platform-${pad(index + 1, 5)}`;
    const name = plan.name ?? this.platformName(plan, owner);
    this.usedPlatformNames.add(name.zh);

    const keyDomains = plan.allDomains
      ? [...theme.domains]
      : [theme.domains[0], ...theme.domains.slice(1).filter(() => random.chance(0.6))];
    const accreditations = ACCREDITATION_ORDER.filter(
      (a) => theme.accreditations.includes(a) && random.chance(ACCREDITATION_PROBABILITY[a]),
    );
    const equipment = this.createEquipment(key, theme, mode);

    const area = random.int(8, 300) * 100;
    const staff = random.int(12, 260);
    const levelSentence = LEVEL_SENTENCES[level];
    const summary = {
      zh: spaceMixedScript(
        theme.summary.zh +
          MODE_SENTENCES[mode].zh +
          (levelSentence?.zh ?? '') +
          `平台建有场地约 ${area} 平方米，技术与服务团队 ${staff} 人，主要设备包括${equipment.map((e) => e.item.name.zh).join('、')}。`,
      ),
      en: [
        theme.summary.en,
        MODE_SENTENCES[mode].en,
        levelSentence?.en,
        `It has about ${thousands(area)} m² of floor space, a technical and service team of ${staff}, ` +
          `and equipment including ${listEn(equipment.map((e) => e.item.name.en))}.`,
      ]
        .filter(Boolean)
        .join(' '),
    };

    const building = random.chance(0.5) ? `${random.int(1, 12)}号楼` : '';
    const address = `${addressPrefix(city)}${random.pick(city.zones)}${random.pick(ROADS)}${random.int(1, 999)}号${building}`;
    // Within about 15 km of the city centre: inside the city's industrial districts, not somewhere else.
    const lat = round6(city.lat + random.float(-0.12, 0.12));
    const lng = round6(city.lng + random.float(-0.14, 0.14));

    const platform: DemoPlatform = {
      key,
      organizationKey: owner.organization.key,
      name,
      summary,
      industryDirection: theme.direction,
      keyDomains,
      constructionMode: mode,
      level,
      province: city.province,
      city: city.name.zh,
      address,
      lat,
      lng,
      accreditations,
      contact: {
        name: random.pick(SURNAMES) + random.pick(GIVEN_NAMES),
        phone: this.phoneNumber(city),
        email: `${random.pick(CONTACT_MAILBOXES)}@${owner.slug}.example.com`,
      },
      website: random.chance(0.78) ? `https://${owner.slug}.example.com/${theme.key}` : null,
      status,
    };
    this.platforms.push(platform);
    this.createOfferings(platform, theme, equipment, offeringCount);
  }

  private platformName(plan: PlatformPlan, owner: OrgRecord): Bilingual {
    const { theme, city, mode } = plan;
    const subject = theme.subject;
    const brand = owner.brand ?? owner.organization.name;
    const style = provinceStyle(city.province);
    const ownerName = owner.organization.name.zh;
    // Public and joint platforms are named after the place their operator is named after: city, province or region.
    const place = ownerName.startsWith(style.fullName)
      ? {
          zh: style.fullName.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''),
          en: provinceEnglish(city.province),
        }
      : ownerName.startsWith(style.region.zh)
        ? style.region
        : city.name;
    const make = (): Bilingual => {
      switch (mode) {
        case ConstructionMode.GOVERNMENT_PUBLIC_SERVICE:
          return {
            zh: `${place.zh}${subject.zh}中试公共服务平台`,
            en: `${place.en} ${subject.en} Pilot Public Service Platform`,
          };
        case ConstructionMode.UNIVERSITY_TRANSFER:
          return owner.organization.kind === 'UNIVERSITY'
            ? {
                zh: `${ownerName}${subject.zh}成果转化中试基地`,
                en: `${owner.organization.name.en} ${subject.en} Technology Transfer Pilot Base`,
              }
            : { zh: `${ownerName}中试基地`, en: `Pilot Base of the ${owner.organization.name.en}` };
        case ConstructionMode.MULTI_PARTY_JOINT:
          return {
            zh: `${place.zh}${subject.zh}中试创新中心`,
            en: `${place.en} ${subject.en} Pilot Innovation Centre`,
          };
        case ConstructionMode.ENTERPRISE_MARKET_SERVICE:
          return {
            zh: `${city.name.zh}${brand.zh}${subject.zh}中试服务平台`,
            en: `${city.name.en} ${brand.en} ${subject.en} Pilot Service Platform`,
          };
        case ConstructionMode.ENTERPRISE_PARTIAL_OPEN:
          return {
            zh: `${brand.zh}${subject.zh}中试线（${city.name.zh}）`,
            en: `${brand.en} ${subject.en} Pilot Line (${city.name.en})`,
          };
        case ConstructionMode.LEADING_ENTERPRISE_OWN:
          return {
            zh: `${city.name.zh}${brand.zh}${theme.trade.zh}中试基地`,
            en: `${city.name.en} ${brand.en} ${theme.trade.en} Pilot Base`,
          };
      }
    };
    const makeSpaced = (): Bilingual => {
      const name = make();
      return { zh: spaceMixedScript(name.zh), en: name.en };
    };
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const name = makeSpaced();
      if (!this.usedPlatformNames.has(name.zh)) return name;
    }
    // A second platform of the same body, place and subject is, as in real life, its next phase (二期).
    const base = makeSpaced();
    for (let phase = 2; ; phase += 1) {
      const name = {
        zh: `${base.zh}（${CHINESE_ORDINALS[phase] ?? String(phase)}期）`,
        en: `${base.en} (Phase ${phase})`,
      };
      if (!this.usedPlatformNames.has(name.zh)) return name;
    }
  }

  private phoneNumber(city: DemoCity): string {
    const random = this.random;
    const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
    return random.chance(0.7)
      ? `${city.areaCode}-${random.int(5, 8)}${digits(7)}`
      : `1${random.pick(['38', '39', '50', '51', '58', '86', '87', '77', '99'])}${digits(8)}`;
  }

  // ---- equipment and offerings ---------------------------------------------------------------------------------

  private createEquipment(platformKey: string, theme: DemoTheme, mode: ConstructionMode): EquipmentRecord[] {
    const random = this.random;
    const kindIndexes = random.sample(
      theme.equipment.map((_, i) => i),
      random.int(2, 5),
    );
    return kindIndexes.map((kindIndex) => {
      const kind: EquipmentKind = theme.equipment[kindIndex];
      const size = kind.sizes ? random.pick(kind.sizes) : null;
      const sizeText = size === null ? '' : String(size);
      const modelNumber =
        size === null ? String(random.int(1, 99) * 10) : String(Number.isInteger(size) ? size : Math.round(size * 10));
      const item: DemoEquipment = {
        key: `equipment-${pad((this.equipmentSeq += 1), 6)}`,
        platformKey,
        name: { zh: kind.name.zh.replace('{v}', sizeText), en: kind.name.en.replace('{v}', sizeText) },
        model: `${kind.model}-${modelNumber}${random.pick(MODEL_SUFFIXES)}`,
        manufacturer: random.pick(MAKERS[kind.maker]),
        category: kind.category,
        specifications: kind.specs.map((spec) => ({ key: spec.key, value: random.pick(spec.values), unit: spec.unit })),
        capacity: size !== null && kind.unit ? { value: size, unit: kind.unit.zh } : null,
        shareable: random.chance(SHAREABLE_PROBABILITY[mode]),
      };
      this.equipment.push(item);
      return { item, kindIndex };
    });
  }

  private createOfferings(
    platform: DemoPlatform,
    theme: DemoTheme,
    equipment: readonly EquipmentRecord[],
    count: number,
  ): void {
    const random = this.random;
    type Entry = { template: OfferingTemplate } | { shared: EquipmentRecord };
    // Offer only what the platform's own equipment can do: no calorimetry on a platform without a calorimeter.
    const kinds = new Set(equipment.map((e) => e.kindIndex));
    const feasible = theme.offerings.filter((t) => t.uses.some((k) => kinds.has(k)));
    const templates = feasible.length > 0 ? feasible : theme.offerings;
    const pool: Entry[] = random.shuffle<Entry>([
      ...templates.map((template) => ({ template })),
      // One or two shared instruments per platform: enough to book machine hours without crowding the catalogue.
      ...random
        .sample(
          equipment.filter((e) => e.item.shareable),
          random.int(1, 2),
        )
        .map((shared) => ({ shared })),
    ]);
    const productTemplates = templates.filter((t) => t.title.zh.includes('{p}'));
    const titles = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      // Past one of each, repeat the product-specific services for other products, as real catalogues do.
      const entry: Entry =
        i < pool.length
          ? pool[i]
          : { template: random.pick(productTemplates.length > 0 ? productTemplates : templates) };
      const offering =
        'shared' in entry
          ? this.sharingOffering(platform, theme, entry.shared)
          : this.templateOffering(platform, theme, equipment, entry.template, titles);
      titles.add(offering.title.zh);
      this.offerings.push(offering);
    }
  }

  private templateOffering(
    platform: DemoPlatform,
    theme: DemoTheme,
    equipment: readonly EquipmentRecord[],
    template: OfferingTemplate,
    titles: ReadonlySet<string>,
  ): DemoOffering {
    const random = this.random;
    const usesProduct = template.title.zh.includes('{p}') || template.description.zh.includes('{p}');
    let product: Bilingual | null = null;
    if (usesProduct) {
      for (let attempt = 0; attempt < 4; attempt += 1) {
        product = random.pick(theme.products);
        if (!titles.has(fill(template.title.zh, product, 'zh'))) break;
      }
    }
    const matching = equipment.filter((e) => template.uses.includes(e.kindIndex));
    const linked = matching.length > 0 ? random.sample(matching, random.int(1, 3)) : [random.pick(equipment)];
    if (linked.length === 1 && equipment.length > 1 && random.chance(0.25)) {
      linked.push(random.pick(equipment.filter((e) => e !== linked[0])));
    }
    const type = template.type;
    const accreditations = platform.accreditations.filter((a) => RELEVANT_ACCREDITATIONS[type].includes(a));
    const leadTimeDays = random.int(...LEAD_TIME_DAYS[type]);
    const equipmentNames = {
      zh: linked.map((e) => e.item.name.zh).join('、'),
      en: listEn(linked.map((e) => e.item.name.en)),
    };
    const keywords = [...template.keywords, ...random.sample(theme.keywords, 2)];
    if (product) keywords.push(product.zh);

    return this.offering(platform, {
      serviceType: type,
      title: { zh: fill(template.title.zh, product, 'zh'), en: fill(template.title.en, product, 'en') },
      lead: { zh: fill(template.description.zh, product, 'zh'), en: fill(template.description.en, product, 'en') },
      equipmentSentence: {
        zh: `依托平台${equipmentNames.zh}开展。`,
        en: `Runs on the platform's ${equipmentNames.en}.`,
      },
      keywords,
      equipmentKeys: linked.map((e) => e.item.key),
      scale: template.scale ? { ...template.scale } : null,
      leadTimeDays,
      accreditations,
    });
  }

  private sharingOffering(platform: DemoPlatform, theme: DemoTheme, shared: EquipmentRecord): DemoOffering {
    const random = this.random;
    const { item } = shared;
    const type = ServiceType.EQUIPMENT_SHARING;
    const unit = theme.equipment[shared.kindIndex].unit;
    const capacity =
      item.capacity && unit
        ? {
            zh: `额定能力 ${item.capacity.value} ${unit.zh}。`,
            en: ` Rated capacity: ${item.capacity.value} ${unit.en}.`,
          }
        : { zh: '', en: '' };
    return this.offering(platform, {
      serviceType: type,
      title: { zh: `${item.name.zh}机时共享`, en: `Machine-hour sharing: ${item.name.en}` },
      lead: {
        zh: `平台${item.name.zh}（型号 ${item.model}，${item.manufacturer}）按机时对外开放共享，可由平台工程师代为操作，也可经培训考核后自主上机。${capacity.zh}`,
        en:
          `The platform's ${item.name.en} (model ${item.model}) is shared by the machine hour, ` +
          `operated by platform engineers or by users who have passed an induction.${capacity.en}`,
      },
      equipmentSentence: null,
      keywords: ['仪器共享', 'equipment sharing', '机时', 'machine hours', ...random.sample(theme.keywords, 2)],
      equipmentKeys: [item.key],
      scale: { min: random.pick([1, 2, 4]), max: random.pick([40, 80, 160]), unit: 'h' },
      leadTimeDays: random.int(...LEAD_TIME_DAYS[type]),
      accreditations: platform.accreditations.filter((a) => RELEVANT_ACCREDITATIONS[type].includes(a)),
    });
  }

  private offering(
    platform: DemoPlatform,
    input: {
      serviceType: ServiceType;
      title: Bilingual;
      lead: Bilingual;
      equipmentSentence: Bilingual | null;
      keywords: string[];
      equipmentKeys: string[];
      scale: DemoOffering['scale'];
      leadTimeDays: number;
      accreditations: Accreditation[];
    },
  ): DemoOffering {
    const days = input.leadTimeDays;
    const timing =
      days === 0
        ? { zh: '可当日预约。', en: 'Same-day booking is possible.' }
        : { zh: `常规周期约 ${days} 天。`, en: `Typical lead time is about ${days} day${days === 1 ? '' : 's'}.` };
    const sentences: Bilingual[] = [input.lead];
    if (input.equipmentSentence) sentences.push(input.equipmentSentence);
    sentences.push(timing, ...accreditationSentences(input.accreditations));
    if (OBLIGATED_CONSTRUCTION_MODES.includes(platform.constructionMode)) sentences.push(OPEN_ACCESS_SENTENCE);

    return {
      key: `offering-${pad((this.offeringSeq += 1), 6)}`,
      platformKey: platform.key,
      serviceType: input.serviceType,
      title: { zh: spaceMixedScript(input.title.zh), en: input.title.en },
      description: {
        zh: spaceMixedScript(sentences.map((s) => s.zh).join('')),
        en: sentences.map((s) => s.en).join(' '),
      },
      keywords: [...new Set(input.keywords)].slice(0, 12),
      equipmentKeys: input.equipmentKeys,
      scale: input.scale,
      leadTimeDays: days,
      pricing: this.pricing(input.serviceType),
      accreditations: input.accreditations,
      status: this.random.chance(0.04) ? 'ARCHIVED' : 'ACTIVE',
    };
  }

  private pricing(type: ServiceType): DemoOffering['pricing'] {
    const rule = PRICING_RULES[type];
    if (this.random.chance(rule.quoteShare)) return { model: 'QUOTE', amount: null, currency: 'CNY' };
    // Log-uniform: many modest prices, a few large ones, as in real price lists.
    const [min, max] = rule.range;
    const raw = Math.exp(this.random.float(Math.log(min), Math.log(max)));
    const amount = Math.min(max, Math.max(min, Math.round(raw / rule.step) * rule.step));
    return { model: rule.model, amount, currency: 'CNY' };
  }
}

function accreditationSentences(accreditations: readonly Accreditation[]): Bilingual[] {
  const sentences: Bilingual[] = [];
  const marks = accreditations.filter((a) => a === Accreditation.CMA || a === Accreditation.CNAS);
  if (marks.length > 0) {
    sentences.push({
      zh: `可出具带 ${marks.join('/')} 标识的报告。`,
      en: `Reports can carry the ${marks.join('/')} mark${marks.length > 1 ? 's' : ''}.`,
    });
  }
  if (accreditations.includes(Accreditation.GMP)) {
    sentences.push({
      zh: '在 GMP 条件下实施，提供完整批记录。',
      en: 'Work is done under GMP with complete batch records.',
    });
  }
  if (accreditations.includes(Accreditation.GLP)) {
    sentences.push({ zh: '试验数据按 GLP 规范管理。', en: 'Study data are managed under GLP.' });
  }
  if (accreditations.includes(Accreditation.IATF_16949)) {
    sentences.push({ zh: '过程按 IATF 16949 体系管控。', en: 'Processes are controlled under IATF 16949.' });
  }
  return sentences;
}

function provinceEnglish(code: string): string {
  const province = provinceByCode(code);
  if (!province) throw new RangeError(`unknown province ${code}`);
  return province.name.en;
}

/** The province's heaviest industrial city in the table. */
function mainCityOf(province: string): DemoCity {
  const candidates = DEMO_CITIES.filter((c) => c.province === province);
  return candidates.reduce((best, c) => (c.weight > best.weight ? c : best), candidates[0]);
}
