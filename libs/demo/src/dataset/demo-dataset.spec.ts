import { describe, expect, it } from '@jest/globals';
import {
  Accreditation,
  ConstructionMode,
  IndustryDirection,
  isUnifiedSocialCreditCode,
  KeyDomain,
  locationOutsideProvince,
  OBLIGATED_CONSTRUCTION_MODES,
  PlatformLevel,
  PROVINCE_CODES,
  ServiceType,
} from '#core';
import { DEMO_CITIES } from './demo-cities.js';
import {
  generateDemoDataset,
  type DemoDataset,
  type DemoOrganization,
  type DemoOrganizationKind,
} from './demo-dataset.js';
import { DEMO_THEMES } from './demo-themes.js';

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;
/** An English word or an internal key (designPressure, environmental-testing, units/batch), not a symbol (min, ppm). */
const ENGLISH_WORD = /(?<![A-Za-z])[a-z]{4,}/;
const ALL_KINDS: readonly DemoOrganizationKind[] = [
  'STARTUP',
  'SME',
  'LARGE_ENTERPRISE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT',
];
const REQUESTER_KINDS: readonly DemoOrganizationKind[] = ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];

const dataset = generateDemoDataset();
const organizationsByKey = new Map(dataset.organizations.map((o) => [o.key, o]));
const ownerOf = (platformKey: string): DemoOrganization => {
  const platform = dataset.platforms.find((p) => p.key === platformKey);
  const owner = platform && organizationsByKey.get(platform.organizationKey);
  if (!owner) throw new Error(`no owner for ${platformKey}`);
  return owner;
};

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function expectUnique(values: readonly string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

/** Referential checks shared by the default and the scaled dataset; returns what is wrong, so a failure says where. */
function inconsistencies(data: DemoDataset): string[] {
  const problems: string[] = [];
  const duplicates = (what: string, keys: readonly string[]) => {
    if (new Set(keys).size !== keys.length) problems.push(`duplicate ${what} keys`);
  };
  duplicates(
    'organization',
    data.organizations.map((o) => o.key),
  );
  duplicates(
    'platform',
    data.platforms.map((p) => p.key),
  );
  duplicates(
    'equipment',
    data.equipment.map((e) => e.key),
  );
  duplicates(
    'offering',
    data.offerings.map((o) => o.key),
  );

  const organizationKeys = new Set(data.organizations.map((o) => o.key));
  const platformKeys = new Set(data.platforms.map((p) => p.key));
  const platformOfEquipment = new Map(data.equipment.map((e) => [e.key, e.platformKey]));
  for (const p of data.platforms) {
    if (!organizationKeys.has(p.organizationKey)) problems.push(`${p.key}: unknown operator ${p.organizationKey}`);
    // The API refuses a location outside the platform's province; the seeder writes the same rows directly.
    const outside = locationOutsideProvince(p.province, { lat: p.lat, lng: p.lng });
    if (outside) problems.push(`${p.key}: ${outside}`);
  }
  for (const e of data.equipment)
    if (!platformKeys.has(e.platformKey)) problems.push(`${e.key}: unknown platform ${e.platformKey}`);
  for (const o of data.offerings) {
    if (!platformKeys.has(o.platformKey)) problems.push(`${o.key}: unknown platform ${o.platformKey}`);
    if (o.equipmentKeys.length < 1 || o.equipmentKeys.length > 3)
      problems.push(`${o.key}: ${o.equipmentKeys.length} equipment keys`);
    if (new Set(o.equipmentKeys).size !== o.equipmentKeys.length) problems.push(`${o.key}: repeated equipment key`);
    for (const key of o.equipmentKeys) {
      if (platformOfEquipment.get(key) !== o.platformKey)
        problems.push(`${o.key}: equipment ${key} is not on ${o.platformKey}`);
    }
  }
  return problems;
}

describe('generateDemoDataset', () => {
  it('returns a deep-equal dataset for the same options, and a different one for another seed', () => {
    expect(generateDemoDataset()).toEqual(dataset);
    expect(generateDemoDataset({ seed: 20240901, offerings: 480 })).toEqual(dataset);
    const other = generateDemoDataset({ seed: 7 });
    expect(generateDemoDataset({ seed: 7 })).toEqual(other);
    expect(other.platforms.map((p) => p.name.zh)).not.toEqual(dataset.platforms.map((p) => p.name.zh));
  });

  it('has the default size: 480 offerings on 96 platforms in at least 22 provinces, with 2–5 pieces of equipment each', () => {
    expect(dataset.offerings).toHaveLength(480);
    expect(dataset.platforms).toHaveLength(96);
    expect(new Set(dataset.platforms.map((p) => p.province)).size).toBeGreaterThanOrEqual(22);
    expect(dataset.equipment.length).toBeGreaterThanOrEqual(250);
    const perPlatform = new Map<string, number>();
    for (const e of dataset.equipment) perPlatform.set(e.platformKey, (perPlatform.get(e.platformKey) ?? 0) + 1);
    for (const platform of dataset.platforms) {
      expect(perPlatform.get(platform.key)).toBeGreaterThanOrEqual(2);
      expect(perPlatform.get(platform.key)).toBeLessThanOrEqual(5);
    }
  });

  it('covers every industry direction, key domain, construction mode, level, service type and accreditation', () => {
    const present = <T>(values: Iterable<T>) => [...new Set(values)].sort();
    expect(present(dataset.platforms.map((p) => p.industryDirection))).toEqual(Object.values(IndustryDirection).sort());
    expect(present(dataset.platforms.flatMap((p) => p.keyDomains))).toEqual(Object.values(KeyDomain).sort());
    expect(present(dataset.platforms.map((p) => p.constructionMode))).toEqual(Object.values(ConstructionMode).sort());
    expect(present(dataset.platforms.map((p) => p.level))).toEqual(Object.values(PlatformLevel).sort());
    expect(present(dataset.offerings.map((o) => o.serviceType))).toEqual(Object.values(ServiceType).sort());
    expect(present(dataset.platforms.flatMap((p) => p.accreditations))).toEqual(Object.values(Accreditation).sort());
  });

  it('keeps every key unique and every reference inside the dataset', () => {
    expect(inconsistencies(dataset)).toEqual([]);
    expectUnique(dataset.accounts.map((a) => a.email));
    expectUnique(dataset.platforms.map((p) => p.name.zh));
    expectUnique(dataset.organizations.map((o) => o.name.zh));
  });

  it('prices in CNY within the bands of each model, with an amount exactly when the model is not QUOTE', () => {
    const bands = { HOURLY: [200, 3000], FIXED: [5000, 300000], PER_BATCH: [20000, 500000] } as const;
    for (const { pricing, serviceType } of dataset.offerings) {
      expect(pricing.currency).toBe('CNY');
      if (pricing.model === 'QUOTE') {
        expect(pricing.amount).toBeNull();
      } else {
        const [min, max] = bands[pricing.model];
        expect(Number.isInteger(pricing.amount)).toBe(true);
        expect(pricing.amount).toBeGreaterThanOrEqual(min);
        expect(pricing.amount).toBeLessThanOrEqual(max);
      }
      if (serviceType === ServiceType.EQUIPMENT_SHARING) expect(pricing.model).toBe('HOURLY');
    }
    const models = new Set(dataset.offerings.map((o) => o.pricing.model));
    expect([...models].sort()).toEqual(['FIXED', 'HOURLY', 'PER_BATCH', 'QUOTE']);
  });

  it('keeps lead times within 0–365 days and text within its limits, in both languages', () => {
    for (const offering of dataset.offerings) {
      expect(Number.isInteger(offering.leadTimeDays)).toBe(true);
      expect(offering.leadTimeDays).toBeGreaterThanOrEqual(0);
      expect(offering.leadTimeDays).toBeLessThanOrEqual(365);
      for (const text of [offering.title.zh, offering.title.en]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(200);
        expect(text).not.toMatch(/\{[pv]\}/);
      }
      expect(offering.description.zh.length).toBeLessThanOrEqual(10_000);
      expect(offering.description.en.length).toBeLessThanOrEqual(10_000);
      expect(offering.title.zh).toMatch(HAN);
      expect(offering.title.en).not.toMatch(HAN);
      expect(offering.description.en).not.toMatch(HAN);
      expect(offering.keywords.length).toBeGreaterThanOrEqual(3);
      expect(offering.keywords.length).toBeLessThanOrEqual(12);
      expectUnique(offering.keywords);
      expect(offering.keywords.some((k) => HAN.test(k))).toBe(true);
      expect(offering.keywords.some((k) => !HAN.test(k) && LATIN.test(k))).toBe(true);
      if (offering.scale) expect(offering.scale.min).toBeLessThan(offering.scale.max);
    }
    for (const platform of dataset.platforms) {
      expect(platform.name.zh).toMatch(HAN);
      expect(platform.name.en).not.toMatch(HAN);
      expect(platform.summary.en).not.toMatch(HAN);
      expect(platform.summary.zh.length).toBeGreaterThan(60);
    }
    for (const equipment of dataset.equipment) {
      expect(equipment.name.en).not.toMatch(HAN);
      expect(equipment.name.zh).not.toMatch(/\{v\}/);
      expect(equipment.specifications.length).toBeGreaterThan(0);
      if (equipment.capacity) expect(equipment.capacity.value).toBeGreaterThan(0);
    }
  });

  it('writes equipment categories, specifications and units as a Chinese operator types them, not as keys', () => {
    for (const equipment of dataset.equipment) {
      expect(equipment.category).toMatch(HAN);
      expect(equipment.category).not.toMatch(ENGLISH_WORD);
      if (equipment.capacity) expect(equipment.capacity.unit).not.toMatch(ENGLISH_WORD);
      for (const spec of equipment.specifications) {
        expect(spec.key).toMatch(HAN);
        expect(`${spec.key} ${spec.value} ${spec.unit ?? ''}`).not.toMatch(ENGLISH_WORD);
      }
    }
    for (const offering of dataset.offerings) if (offering.scale) expect(offering.scale.unit).not.toMatch(ENGLISH_WORD);
  });

  it('gives offerings only accreditations their platform holds and that fit the service', () => {
    const platformsByKey = new Map(dataset.platforms.map((p) => [p.key, p]));
    for (const offering of dataset.offerings) {
      const platform = platformsByKey.get(offering.platformKey);
      expect(offering.accreditations.every((a) => platform?.accreditations.includes(a))).toBe(true);
      if (
        offering.serviceType === ServiceType.TYPE_TESTING ||
        offering.serviceType === ServiceType.PERFORMANCE_TESTING
      ) {
        expect(offering.accreditations).not.toContain(Accreditation.GMP);
        expect(offering.accreditations).not.toContain(Accreditation.IATF_16949);
      }
      if (
        offering.serviceType === ServiceType.SCALE_UP ||
        offering.serviceType === ServiceType.SMALL_BATCH_PRODUCTION
      ) {
        expect(offering.accreditations).not.toContain(Accreditation.CMA);
      }
    }
    const testing = dataset.offerings.filter(
      (o) => o.serviceType === ServiceType.PERFORMANCE_TESTING || o.serviceType === ServiceType.TYPE_TESTING,
    );
    expect(
      testing.some(
        (o) => o.accreditations.includes(Accreditation.CMA) || o.accreditations.includes(Accreditation.CNAS),
      ),
    ).toBe(true);
  });

  it('publishes most platforms, keeps a few drafts and one or two suspended, and archives a few offerings', () => {
    const count = (status: string) => dataset.platforms.filter((p) => p.status === status).length;
    expect(count('PUBLISHED')).toBeGreaterThan(dataset.platforms.length * 0.85);
    expect(count('DRAFT')).toBeGreaterThanOrEqual(2);
    expect(count('SUSPENDED')).toBeGreaterThanOrEqual(1);
    expect(count('SUSPENDED')).toBeLessThanOrEqual(2);
    const archived = dataset.offerings.filter((o) => o.status === 'ARCHIVED').length;
    expect(archived).toBeGreaterThan(0);
    expect(archived).toBeLessThan(dataset.offerings.length * 0.1);
  });

  it('places platforms inside China, near the real coordinates of their city', () => {
    expect(DEMO_CITIES.length).toBeGreaterThanOrEqual(55);
    for (const city of DEMO_CITIES) {
      expect(PROVINCE_CODES.has(city.province)).toBe(true);
      expect(city.lat).toBeGreaterThan(18);
      expect(city.lat).toBeLessThan(54);
      expect(city.lng).toBeGreaterThan(73);
      expect(city.lng).toBeLessThan(135);
    }
    for (const platform of dataset.platforms) {
      expect(platform.lat).toBeGreaterThan(18);
      expect(platform.lat).toBeLessThan(54);
      expect(platform.lng).toBeGreaterThan(73);
      expect(platform.lng).toBeLessThan(135);
      const city = DEMO_CITIES.find((c) => c.province === platform.province && c.name.zh === platform.city);
      expect(city).toBeDefined();
      if (city) expect(distanceKm(platform, city)).toBeLessThan(25);
      expect(platform.address).toContain(`${platform.city}市`);
    }
  });

  it('gives valid unified social credit codes, and leaves some organisations without one', () => {
    const codes = dataset.organizations.flatMap((o) => (o.creditCode ? [o.creditCode] : []));
    expect(codes.length).toBeGreaterThan(dataset.organizations.length / 2);
    expect(codes.length).toBeLessThan(dataset.organizations.length);
    for (const code of codes) expect(isUnifiedSocialCreditCode(code)).toBe(true);
    expectUnique(codes);
    for (const org of dataset.organizations.filter((o) => o.kind === 'LARGE_ENTERPRISE')) {
      expect(org.creditCode?.startsWith('91')).toBe(true);
    }
  });

  it('has platforms operated by owners that fit their construction mode', () => {
    const allowed: Record<ConstructionMode, readonly DemoOrganizationKind[]> = {
      [ConstructionMode.GOVERNMENT_PUBLIC_SERVICE]: ['RESEARCH_INSTITUTE'],
      [ConstructionMode.UNIVERSITY_TRANSFER]: ['UNIVERSITY', 'RESEARCH_INSTITUTE'],
      [ConstructionMode.MULTI_PARTY_JOINT]: ['RESEARCH_INSTITUTE', 'SME', 'LARGE_ENTERPRISE'],
      [ConstructionMode.ENTERPRISE_MARKET_SERVICE]: ['SME', 'LARGE_ENTERPRISE'],
      [ConstructionMode.ENTERPRISE_PARTIAL_OPEN]: ['LARGE_ENTERPRISE'],
      [ConstructionMode.LEADING_ENTERPRISE_OWN]: ['LARGE_ENTERPRISE'],
    };
    for (const platform of dataset.platforms) {
      const owner = ownerOf(platform.key);
      expect(allowed[platform.constructionMode]).toContain(owner.kind);
      // Leading enterprises carry the open-access obligation, and only they.
      expect(owner.isLeadingEnterprise).toBe(OBLIGATED_CONSTRUCTION_MODES.includes(platform.constructionMode));
    }
    const universityTransfer = dataset.platforms.filter(
      (p) => p.constructionMode === ConstructionMode.UNIVERSITY_TRANSFER,
    );
    expect(universityTransfer.some((p) => ownerOf(p.key).kind === 'UNIVERSITY')).toBe(true);
    const leaders = dataset.organizations.filter((o) => o.isLeadingEnterprise);
    expect(leaders.length).toBeGreaterThanOrEqual(4);
    expect(leaders.every((o) => o.kind === 'LARGE_ENTERPRISE')).toBe(true);
  });

  it('has about twenty requester organisations that own no platform, and authorities with a region', () => {
    const owners = new Set(dataset.platforms.map((p) => p.organizationKey));
    const requesters = dataset.organizations.filter((o) => REQUESTER_KINDS.includes(o.kind) && !owners.has(o.key));
    expect(requesters.length).toBeGreaterThanOrEqual(20);
    for (const kind of REQUESTER_KINDS) expect(requesters.some((o) => o.kind === kind)).toBe(true);
    expect(dataset.organizations.filter((o) => o.kind === 'STARTUP').every((o) => !owners.has(o.key))).toBe(true);
    for (const org of dataset.organizations) {
      if (org.kind === 'GOVERNMENT') {
        expect(owners.has(org.key)).toBe(false);
        expect(org.region === 'NATIONAL' || PROVINCE_CODES.has(org.region ?? '')).toBe(true);
      } else {
        expect(org.region).toBeNull();
      }
    }
  });

  it('has readable demo accounts for the site admin and an owner of every organisation kind', () => {
    const admin = dataset.accounts.find((a) => a.email === 'admin@pilotmatch.demo');
    expect(admin).toMatchObject({ siteAdmin: true, organizationKey: null });
    expect(dataset.accounts.filter((a) => a.siteAdmin)).toHaveLength(1);
    for (const account of dataset.accounts) {
      expect(account.email).toMatch(/^[a-z-]+@pilotmatch\.demo$/);
      expect(account.password.length).toBeGreaterThanOrEqual(10);
      if (!account.siteAdmin) expect(organizationsByKey.has(account.organizationKey ?? '')).toBe(true);
    }
    const owners = dataset.accounts
      .filter((a) => a.role === 'OWNER')
      .map((a) => organizationsByKey.get(a.organizationKey ?? ''));
    expect(new Set(owners.map((o) => o?.kind))).toEqual(new Set(ALL_KINDS));
    expect(owners.every((o) => o?.verified)).toBe(true);

    const authorities = owners.filter((o) => o?.kind === 'GOVERNMENT');
    expect(authorities.map((o) => o?.region).sort()).toEqual(['32', 'NATIONAL']);

    const operator = dataset.accounts.find((a) => a.email === 'operator@pilotmatch.demo');
    const operated = dataset.platforms.filter((p) => p.organizationKey === operator?.organizationKey);
    expect(organizationsByKey.get(operator?.organizationKey ?? '')?.isLeadingEnterprise).toBe(true);
    expect(
      operated.some((p) => OBLIGATED_CONSTRUCTION_MODES.includes(p.constructionMode) && p.status === 'PUBLISHED'),
    ).toBe(true);
    expect(dataset.offerings.filter((o) => operated.some((p) => p.key === o.platformKey)).length).toBeGreaterThan(0);

    const platformOwners = new Set(dataset.platforms.map((p) => p.organizationKey));
    for (const email of ['startup@pilotmatch.demo', 'sme@pilotmatch.demo', 'university@pilotmatch.demo']) {
      const account = dataset.accounts.find((a) => a.email === email);
      expect(platformOwners.has(account?.organizationKey ?? '')).toBe(false);
    }
  });

  it('scales: 20 000 offerings on ⌈20 000 / 5⌉ platforms, with unique keys and consistent references', () => {
    const large = generateDemoDataset({ offerings: 20_000 });
    expect(large.offerings).toHaveLength(20_000);
    expect(large.platforms).toHaveLength(4_000);
    expect(inconsistencies(large)).toEqual([]);
    expect(generateDemoDataset({ offerings: 1_001 }).platforms).toHaveLength(201);
    expect(generateDemoDataset({ offerings: 10 }).platforms).toHaveLength(96);
  });

  it('refuses options that cannot describe a dataset', () => {
    expect(() => generateDemoDataset({ offerings: -1 })).toThrow(RangeError);
    expect(() => generateDemoDataset({ offerings: 2.5 })).toThrow(RangeError);
    expect(() => generateDemoDataset({ seed: Number.NaN })).toThrow(RangeError);
  });
});

describe('DEMO_THEMES', () => {
  it('has at least fifteen themes, each with enough equipment and offerings that refer to it', () => {
    expect(DEMO_THEMES.length).toBeGreaterThanOrEqual(15);
    expectUnique(DEMO_THEMES.map((t) => t.key));
    for (const theme of DEMO_THEMES) {
      expect(theme.equipment.length).toBeGreaterThanOrEqual(5);
      expect(theme.offerings.length).toBeGreaterThanOrEqual(5);
      expect(theme.products.length).toBeGreaterThanOrEqual(3);
      expect(theme.hubs.length).toBeGreaterThan(0);
      for (const template of theme.offerings) {
        expect(template.uses.length).toBeGreaterThan(0);
        for (const index of template.uses) expect(index).toBeLessThan(theme.equipment.length);
      }
    }
  });
});
