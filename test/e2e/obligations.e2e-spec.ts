import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JobScheduler } from '#core';
import { OBLIGATION_ALERTS_JOB, ObligationPeriod, periodContaining } from '#obligations';
import { publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { createAuthority, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;
const SET = `mutation($input: SetOpenAccessObligationInput!) { setOpenAccessObligation(input: $input) { id version setBySide eligibleRequesterKinds } }`;
const COMPLIANCE = `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) {
  period { start end } basis target requiredHours publishedHours openAccessPublishedHours openAccessBookedHours openAccessDeliveredHours
  operatorCancelledHours shortfallHours openAccessBookableHours status } }`;

interface Compliance {
  period: { start: string; end: string };
  requiredHours: number;
  publishedHours: number;
  openAccessPublishedHours: number;
  openAccessBookedHours: number;
  openAccessDeliveredHours: number;
  shortfallHours: number;
  openAccessBookableHours: number;
  status: string;
}

describe('open-access obligations', () => {
  let t: TestApp;
  let leader: SignedIn;
  let startup: SignedIn;
  let catalog: CatalogSetup;
  let periodAt: Date;

  beforeAll(async () => {
    t = await startTestApp();
    leader = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    startup = await registerUser(t, { kind: 'STARTUP' });
    catalog = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    // Work in the current quarter while enough of it is left for slots with 24 h notice, else in the next one.
    const now = Date.now();
    const current = periodContaining(new Date(now), ObligationPeriod.QUARTER);
    periodAt = current.end.getTime() - now > 12 * 24 * HOUR ? new Date(now) : new Date(current.end.getTime() + HOUR);
  });

  afterAll(async () => {
    await t.close();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);
  const obligation = (platformId: string, overrides: Record<string, unknown> = {}) => ({
    input: {
      platformId,
      basis: 'SHARE_OF_PUBLISHED_HOURS',
      target: 0.2,
      period: 'QUARTER',
      effectiveFrom: '2020-01-01T00:00:00Z',
      reference: '苏工信〔2024〕12 号',
      ...overrides,
    },
  });

  it('measures a 20 % quarterly obligation from slots and bookings, with the exact hours and the status the rule gives', async () => {
    const set = await t.gql(SET, obligation(catalog.platformId), { token: leader.token });
    expect(set.data).toMatchObject({
      setOpenAccessObligation: {
        version: 1,
        setBySide: 'OPERATOR',
        eligibleRequesterKinds: ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE'],
      },
    });

    // 100 h published in the period: eight 10 h runs, and two 10 h open-access runs.
    const firstRun = Math.max(
      Date.now() + 26 * HOUR,
      periodContaining(periodAt, ObligationPeriod.QUARTER).start.getTime() + HOUR,
    );
    const runs = Array.from({ length: 10 }, (_, i) => ({
      startsAt: new Date(firstRun + i * 11 * HOUR),
      endsAt: new Date(firstRun + i * 11 * HOUR + 10 * HOUR),
      openAccess: i >= 8,
    }));
    const slotIds = await publishSlots(t, leader, catalog.equipmentIds[0], runs);
    const booked = await requestBooking(t, startup, catalog.offeringId, [slotIds[8]]);
    expect(booked.data?.requestBooking.openAccess).toBe(true);
    await t.gql(
      `mutation($id: ID!) { confirmBooking(id: $id) { status } }`,
      { id: booked.data?.requestBooking.id },
      { token: leader.token },
    );

    const res = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: catalog.platformId, at: periodAt.toISOString() },
      { token: leader.token },
    );
    const compliance = res.data?.obligationCompliance as Compliance;
    expect(compliance).toMatchObject({
      requiredHours: 20,
      publishedHours: 100,
      openAccessPublishedHours: 20,
      openAccessBookedHours: 10,
      openAccessDeliveredHours: 0,
      shortfallHours: 10,
      openAccessBookableHours: 10,
    });
    // The documented rule: before 10 % of the period, capacity alone decides (10 booked + 10 bookable = 20 → ON_TRACK);
    // after it, the pace so far projects the rest.
    const start = Date.parse(compliance.period.start);
    const end = Date.parse(compliance.period.end);
    const elapsed = Math.max(0, Date.now() - start);
    const projected =
      elapsed < 0.1 * (end - start) ? 20 : 10 + Math.min(10, (10 / (elapsed / HOUR)) * ((end - Date.now()) / HOUR));
    expect(compliance.status).toBe(projected < 20 ? 'AT_RISK' : 'ON_TRACK');
  });

  it('refuses open-access slots to the operator’s own organization and to a large enterprise, saying why', async () => {
    const [openSlot] = await publishSlots(t, leader, catalog.equipmentIds[0], [
      { startsAt: new Date(Date.now() + 2000 * HOUR), endsAt: new Date(Date.now() + 2004 * HOUR), openAccess: true },
    ]);
    const own = await requestBooking(t, leader, catalog.offeringId, [openSlot]);
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const large = await requestBooking(t, await registerUser(t, { kind: 'LARGE_ENTERPRISE' }), catalog.offeringId, [
      openSlot,
    ]);
    expect(large.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(large.errors?.[0].message).toMatch(/Open-access slots are reserved for outside/);
  });

  it('follows the obligation’s eligible kinds and keeps every version', async () => {
    const other = await createCatalog(t, leader, { platform: { constructionMode: 'ENTERPRISE_PARTIAL_OPEN' } });
    await t.gql(SET, obligation(other.platformId), { token: leader.token });
    const second = await t.gql(
      SET,
      obligation(other.platformId, { eligibleRequesterKinds: ['UNIVERSITY'], target: 0.3, reference: '修订版' }),
      { token: leader.token },
    );
    expect(second.data).toMatchObject({
      setOpenAccessObligation: { version: 2, eligibleRequesterKinds: ['UNIVERSITY'] },
    });
    const history = await t.gql<{ obligationHistory: Array<{ version: number; supersededAt: string | null }> }>(
      `query($p: ID!) { obligationHistory(platformId: $p) { version supersededAt target } }`,
      { p: other.platformId },
      { token: leader.token },
    );
    expect(history.data?.obligationHistory.map((v) => [v.version, v.supersededAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);

    const [openSlot] = await publishSlots(t, leader, other.equipmentIds[0], [
      { startsAt: new Date(Date.now() + 100 * HOUR), endsAt: new Date(Date.now() + 104 * HOUR), openAccess: true },
    ]);
    expect((await requestBooking(t, startup, other.offeringId, [openSlot])).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const university = await registerUser(t, { kind: 'UNIVERSITY' });
    expect((await requestBooking(t, university, other.offeringId, [openSlot])).data?.requestBooking.status).toBe(
      'REQUESTED',
    );
  });

  it('reads BREACHED for a past period short of the target, splitting a slot that crosses the boundary by hours', async () => {
    const past = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    await t.gql(SET, obligation(past.platformId, { basis: 'HOURS', target: 30 }), { token: leader.token });
    const lastQuarter = periodContaining(
      new Date(periodContaining(new Date(), ObligationPeriod.QUARTER).start.getTime() - HOUR),
      ObligationPeriod.QUARTER,
    );
    // History cannot be published through the API (slots start in the future), so it is written as it would have been.
    await sql(
      `INSERT INTO capacity_slot (equipment_id, starts_at, ends_at, status, open_access) VALUES
         ($1, $2::timestamptz, $2::timestamptz + interval '40 hours', 'OPEN', false),
         ($1, $3::timestamptz - interval '6 hours', $3::timestamptz + interval '4 hours', 'OPEN', true)`,
      [past.equipmentIds[0], new Date(lastQuarter.start.getTime() + 48 * HOUR), lastQuarter.end],
    );
    const res = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: past.platformId, at: lastQuarter.start.toISOString() },
      { token: leader.token },
    );
    expect(res.data?.obligationCompliance).toMatchObject({
      period: { start: lastQuarter.start.toISOString(), end: lastQuarter.end.toISOString() },
      requiredHours: 30,
      publishedHours: 46,
      openAccessPublishedHours: 6,
      openAccessBookedHours: 0,
      shortfallHours: 30,
      status: 'BREACHED',
    });
  });

  it('gives authorities of the region the report (with obligated platforms lacking an obligation flagged) and refuses others', async () => {
    const obligated = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    expect((await t.gql(SET, obligation(obligated.platformId), { token: leader.token })).errors).toBeUndefined();
    const unobligated = await createCatalog(t, leader, {
      platform: { constructionMode: 'ENTERPRISE_PARTIAL_OPEN', name: '无义务的适度开放平台' },
    });
    const jiangsu = await createAuthority(t, { province: '32' });
    const report = await t.gql<{
      complianceReport: {
        entries: Array<{ platformId: string; compliance: { status: string } }>;
        platformsWithoutObligation: Array<{ platformId: string }>;
      };
    }>(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province provinceLabel { zh } entries { platformId platformName compliance { status requiredHours } } platformsWithoutObligation { platformId platformName } } }`,
      { at: periodAt.toISOString() },
      { token: jiangsu.token },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.complianceReport.entries.map((e) => e.platformId)).toContain(obligated.platformId);
    expect(report.data?.complianceReport.platformsWithoutObligation.map((p) => p.platformId)).toContain(
      unobligated.platformId,
    );

    const guangdong = await createAuthority(t, { province: '44' });
    const refused = await t.gql(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province } }`,
      { at: periodAt.toISOString() },
      { token: guangdong.token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(COMPLIANCE, { p: obligated.platformId, at: periodAt.toISOString() }, { token: guangdong.token }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(COMPLIANCE, { p: obligated.platformId, at: periodAt.toISOString() }, { token: startup.token }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const national = await createAuthority(t, 'NATIONAL');
    const byNational = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: obligated.platformId, at: periodAt.toISOString() },
      { token: national.token },
    );
    expect(byNational.errors).toBeUndefined();
    expect(byNational.data?.obligationCompliance.period.start).toBe(
      periodContaining(periodAt, ObligationPeriod.QUARTER).start.toISOString(),
    );
    const admin = await createSiteAdmin(t);
    const byAdmin = await t.gql(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province } }`,
      { at: periodAt.toISOString() },
      { token: admin.token },
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data).toEqual({ complianceReport: { province: '32' } });
  });

  it('lets an authority of the region set an obligation (the operator is told) and refuses one of another region', async () => {
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'ENTERPRISE_PARTIAL_OPEN' } });
    const jiangsu = await createAuthority(t, { province: '32' });
    const set = await t.gql(SET, obligation(platform.platformId), { token: jiangsu.token });
    expect(set.data).toMatchObject({ setOpenAccessObligation: { setBySide: 'AUTHORITY' } });
    const guangdong = await createAuthority(t, { province: '44' });
    expect(
      (await t.gql(SET, obligation(platform.platformId), { token: guangdong.token })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(SET, obligation(platform.platformId, { target: 1.5 }), { token: jiangsu.token })).errors?.[0]
        .extensions?.fields?.[0].field,
    ).toBe('target');
    const inbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      `{ notifications(first: 50) { edges { node { kind } } } }`,
      {},
      { token: leader.token },
    );
    expect(inbox.data?.notifications.edges.map((e) => e.node.kind)).toContain('obligation.set');
  });

  it('warns the operator once per period and status when an obligation turns AT_RISK', async () => {
    const risky = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    // 500 hours a quarter with no open-access capacity published: it cannot be met.
    const set = await t.gql<{ setOpenAccessObligation: { id: string } }>(
      SET,
      obligation(risky.platformId, { basis: 'HOURS', target: 500 }),
      { token: leader.token },
    );
    const obligationId = set.data?.setOpenAccessObligation.id;
    const alerts = async () =>
      (
        (
          await t.gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
            `{ notifications(first: 100) { edges { node { kind subjectId } } } }`,
            {},
            { token: leader.token },
          )
        ).data?.notifications.edges ?? []
      ).filter((e) => e.node.kind === 'obligation.at_risk' && e.node.subjectId === obligationId).length;
    expect(await alerts()).toBe(0);
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    expect(await alerts()).toBe(1);
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    expect(await alerts()).toBe(1);
  });
});
