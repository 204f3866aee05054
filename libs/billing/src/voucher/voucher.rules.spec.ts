import { describe, expect, it } from '@jest/globals';
import { ServiceType } from '#core';
import { OrganizationKind } from '#identity';
import { coverage, coverageAfterCredit, ineligibility, shanghaiYear, type ProgrammeTerms } from './voucher.rules.js';

// Jiangsu: 50 % of start-ups' and SMEs' testing and equipment time, at most 2 000.00 a year each, 10 000.00 in all.
const jiangsu: ProgrammeTerms = {
  province: '32',
  eligibleKinds: [OrganizationKind.STARTUP, OrganizationKind.SME],
  eligibleServiceTypes: [ServiceType.PERFORMANCE_TESTING, ServiceType.EQUIPMENT_SHARING],
  shareBasisPoints: 5_000,
  capPerRequesterPerYear: 200_000,
  budget: 1_000_000,
  committed: 0,
  validFrom: new Date('2027-01-01T00:00:00+08:00'),
  validTo: new Date('2028-01-01T00:00:00+08:00'),
};
const use = {
  province: '32',
  requesterKind: OrganizationKind.STARTUP,
  requesterVerified: true,
  serviceType: ServiceType.EQUIPMENT_SHARING,
  at: new Date('2027-05-01T00:00:00Z'),
};

describe('voucher rules', () => {
  it('applies to an eligible use and says why not otherwise', () => {
    expect(ineligibility(jiangsu, use)).toBeNull();
    expect(ineligibility(jiangsu, { ...use, province: '44' })).toMatch(/province 32; this platform is in 44/);
    expect(ineligibility(jiangsu, { ...use, requesterKind: OrganizationKind.LARGE_ENTERPRISE })).toMatch(
      /for start-up, SME; your organization is large enterprise/,
    );
    expect(ineligibility(jiangsu, { ...use, requesterKind: null })).toMatch(/of no kind/);
    expect(ineligibility(jiangsu, { ...use, requesterVerified: false })).toMatch(/a site admin has verified/);
    expect(ineligibility(jiangsu, { ...use, serviceType: ServiceType.SCALE_UP })).toMatch(/not process scale-up/);
    expect(ineligibility(jiangsu, { ...use, at: new Date('2027-12-31T16:00:00Z') })).toMatch(/valid from/);
    expect(ineligibility(jiangsu, { ...use, at: new Date('2026-12-31T15:59:59Z') })).toMatch(/valid from/);
  });

  it('covers its share truncated to the fen, within the cap left and the budget left', () => {
    expect(coverage(jiangsu, 123_457, 0)).toBe(61_728); // 617.285 → 617.28
    expect(coverage(jiangsu, 1_000_000, 0)).toBe(200_000); // the yearly cap
    expect(coverage(jiangsu, 100_000, 180_000)).toBe(20_000); // 200.00 of the cap left
    expect(coverage(jiangsu, 100_000, 250_000)).toBe(0);
    expect(coverage({ ...jiangsu, committed: 990_000 }, 100_000, 0)).toBe(10_000); // 100.00 of the budget left
    expect(coverage({ ...jiangsu, committed: 1_000_000 }, 100_000, 0)).toBe(0);
  });

  it('lowers coverage to the share of what a credit leaves, never raises it', () => {
    expect(coverageAfterCredit(jiangsu, 50_000, 60_000)).toBe(30_000);
    expect(coverageAfterCredit(jiangsu, 20_000, 60_000)).toBe(20_000); // capped before: stays
  });

  it('counts the cap by the calendar year in Shanghai', () => {
    expect(shanghaiYear(new Date('2027-12-31T16:00:00Z'))).toBe(2028);
    expect(shanghaiYear(new Date('2027-12-31T15:59:59Z'))).toBe(2027);
  });
});
