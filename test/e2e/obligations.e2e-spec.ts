import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobScheduler } from '#core';
import { OBLIGATION_ALERTS_JOB, ObligationPeriod, periodContaining } from '#obligations';
import { publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import {
  createAuthority,
  createSiteAdmin,
  registerUser,
  verifyOrganization,
  type SignedIn,
} from '../support/factories.js';
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
  let clock: TestClock;
  /** The next quarter: promises take effect only from a period that has not begun. */
  let quarter: { start: Date; end: Date };

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    leader = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    startup = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP' }));
    catalog = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    quarter = periodContaining(periodContaining(new Date(), ObligationPeriod.QUARTER).end, ObligationPeriod.QUARTER);
  });

  afterAll(async () => {
    await t.close();
  });

  const obligation = (platformId: string, overrides: Record<string, unknown> = {}) => ({
    input: {
      platformId,
      basis: 'SHARE_OF_PUBLISHED_HOURS',
      target: 0.2,
      period: 'QUARTER',
      effectiveFrom: quarter.start.toISOString(),
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
    const firstRun = quarter.start.getTime() + HOUR;
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
      { p: catalog.platformId, at: quarter.start.toISOString() },
      { token: leader.token },
    );
    const compliance = res.data?.obligationCompliance as Compliance;
    expect(compliance).toMatchObject({
      requiredHours: 20,
      publishedHours: 100,
      openAccessPublishedHours: 20,
      openAccessBookedHours: 10,
      openAccessDeliveredHours: 0,
      shortfallHours: 20,
      openAccessBookableHours: 10,
    });
    // The documented rule: before 10 % of the period, capacity alone decides (10 booked + 10 bookable = 20 → ON_TRACK).
    expect(compliance.status).toBe('ON_TRACK');
    // A third into the quarter the other open-access run has passed unbooked: nothing is left to book, 10 h short.
    clock.travelTo(new Date(quarter.start.getTime() + (quarter.end.getTime() - quarter.start.getTime()) / 3));
    const later = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: catalog.platformId, at: quarter.start.toISOString() },
      { token: leader.token },
    );
    expect(later.data?.obligationCompliance).toMatchObject({ openAccessBookableHours: 0, status: 'AT_RISK' });
    clock.travelTo(new Date());
  });

  it('does not judge a period MET before it has begun, nor one that owes nothing only because nothing is published yet', async () => {
    const fresh = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    expect((await t.gql(SET, obligation(fresh.platformId), { token: leader.token })).errors).toBeUndefined();
    const farAhead = periodContaining(
      new Date(quarter.start.getTime() + 2 * 366 * 24 * HOUR),
      ObligationPeriod.QUARTER,
    );
    const res = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: fresh.platformId, at: farAhead.start.toISOString() },
      { token: leader.token },
    );
    expect(res.data?.obligationCompliance).toMatchObject({
      period: { start: farAhead.start.toISOString(), end: farAhead.end.toISOString() },
      requiredHours: 0,
      publishedHours: 0,
      openAccessBookedHours: 0,
      status: 'ON_TRACK',
    });
  });

  it('counts only verified outsiders, and only their delivered hours toward MET, showing booked and unverified hours apart', async () => {
    // Probe 12, finding 2: an unverified, self-declared start-up (the operator's puppet) counted, and confirmed hours
    // counted as if delivered.
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const promised = await t.gql(SET, obligation(platform.platformId, { basis: 'HOURS', target: 8 }), {
      token: leader.token,
    });
    expect(promised.errors).toBeUndefined();
    const at = (hours: number) => new Date(quarter.start.getTime() + hours * HOUR);
    const slotIds = await publishSlots(t, leader, platform.equipmentIds[0], [
      { startsAt: at(48), endsAt: at(52), openAccess: true },
      { startsAt: at(52), endsAt: at(56), openAccess: true },
      { startsAt: at(56), endsAt: at(60), openAccess: true },
    ]);
    const puppet = await registerUser(t, { kind: 'STARTUP' });
    const confirmed = async (who: SignedIn, slotId: string) => {
      const id = (await requestBooking(t, who, platform.offeringId, [slotId])).data?.requestBooking.id as string;
      const res = await t.gql(
        `mutation($id: ID!) { confirmBooking(id: $id) { status } }`,
        { id },
        { token: leader.token },
      );
      expect(res.data).toEqual({ confirmBooking: { status: 'CONFIRMED' } });
      return id;
    };
    await confirmed(puppet, slotIds[0]);
    const first = await confirmed(startup, slotIds[1]);
    const second = await confirmed(startup, slotIds[2]);
    const read = async () =>
      (
        await t.gql<{ obligationCompliance: Compliance & { unverifiedRequesterHours: number } }>(
          `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) {
             requiredHours openAccessBookedHours openAccessDeliveredHours unverifiedRequesterHours shortfallHours status } }`,
          { p: platform.platformId, at: quarter.start.toISOString() },
          { token: leader.token },
        )
      ).data?.obligationCompliance;
    expect(await read()).toEqual({
      requiredHours: 8,
      openAccessBookedHours: 8,
      openAccessDeliveredHours: 0,
      unverifiedRequesterHours: 4,
      shortfallHours: 8,
      status: 'ON_TRACK',
    });
    const complete = (id: string) =>
      t.gql(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "交付") { status } }`,
        { id },
        { token: leader.token },
      );
    clock.travelTo(at(61));
    expect((await complete(first)).errors).toBeUndefined();
    expect(await read()).toMatchObject({ openAccessDeliveredHours: 4, shortfallHours: 4, status: 'ON_TRACK' });
    // The quarter ended with 4 of the 8 booked hours recorded as delivered: not met until the rest is.
    clock.travelTo(new Date(quarter.end.getTime() + HOUR));
    expect(await read()).toMatchObject({ openAccessDeliveredHours: 4, shortfallHours: 4, status: 'AT_RISK' });
    expect((await complete(second)).errors).toBeUndefined();
    expect(await read()).toMatchObject({ openAccessDeliveredHours: 8, shortfallHours: 0, status: 'MET' });
    clock.travelTo(new Date());
  });

  /** A 20 % share of the next quarter on a new platform with `count` 10-hour slots, the fifth open access. */
  const sharedCalendar = async (count: number) => {
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    expect((await t.gql(SET, obligation(platform.platformId), { token: leader.token })).errors).toBeUndefined();
    const at = (hours: number) => new Date(quarter.start.getTime() + hours * HOUR);
    const slotIds = await publishSlots(
      t,
      leader,
      platform.equipmentIds[0],
      Array.from({ length: count }, (_, i) => ({
        startsAt: at(48 + i * 10),
        endsAt: at(58 + i * 10),
        openAccess: i === 4,
      })),
    );
    const read = async (fields: string) =>
      (
        await t.gql<{ obligationCompliance: Record<string, number> }>(
          `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) { ${fields} } }`,
          { p: platform.platformId, at: quarter.start.toISOString() },
          { token: leader.token },
        )
      ).data?.obligationCompliance;
    return { platform, at, slotIds, read };
  };

  it('keeps a share’s base when the operator blocks its ordinary capacity, showing the blocked hours', async () => {
    // Probe 12, finding 5: blocking 136 h of ordinary slots cut a 20 % requirement from 35.2 h to 8 h.
    const { slotIds, read: figures } = await sharedCalendar(5);
    const read = () => figures('requiredHours publishedHours blockedHours openAccessPublishedHours');
    const before = { requiredHours: 10, publishedHours: 50, blockedHours: 0, openAccessPublishedHours: 10 };
    expect(await read()).toEqual(before);
    const blocked = await t.gql(
      `mutation($input: SlotIdsInput!) { blockSlots(input: $input) { id } }`,
      { input: { slotIds: slotIds.slice(0, 4), reason: '设备维护' } },
      { token: leader.token },
    );
    expect(blocked.errors).toBeUndefined();
    expect(await read()).toEqual({ ...before, blockedHours: 40 });
  });

  it('keeps a share’s base when the operator removes slots once the quarter has begun, but not before it', async () => {
    // unpublishSlots deleted the rows: removing 40 h of ordinary slots mid-quarter cut a 20 % requirement from 10 h to 2 h.
    const { platform, at, slotIds, read: figures } = await sharedCalendar(6);
    const read = () => figures('requiredHours publishedHours removedHours');
    const unpublish = (ids: string[]) =>
      t.gql(
        `mutation($input: SlotIdsInput!) { unpublishSlots(input: $input) { id status } }`,
        { input: { slotIds: ids } },
        { token: leader.token },
      );
    // Before the quarter begins its calendar may change freely.
    expect((await unpublish([slotIds[5]])).errors).toBeUndefined();
    expect(await read()).toEqual({ requiredHours: 10, publishedHours: 50, removedHours: 0 });
    clock.travelTo(at(1));
    const removed = await unpublish(slotIds.slice(0, 4));
    expect(removed.errors).toBeUndefined();
    expect(await read()).toEqual({ requiredHours: 10, publishedHours: 50, removedHours: 40 });
    // The time is free to publish again; an hour published twice counts once.
    await publishSlots(t, leader, platform.equipmentIds[0], [{ startsAt: at(53), endsAt: at(63), openAccess: false }]);
    expect(await read()).toEqual({ requiredHours: 10, publishedHours: 50, removedHours: 30 });
    clock.travelTo(new Date());
  });

  it('turns an ended quarter booked but never recorded delivered BREACHED once the 30-day recording grace has passed', async () => {
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const promised = await t.gql(SET, obligation(platform.platformId, { basis: 'HOURS', target: 4 }), {
      token: leader.token,
    });
    expect(promised.errors).toBeUndefined();
    const at = (hours: number) => new Date(quarter.start.getTime() + hours * HOUR);
    const [slotId] = await publishSlots(t, leader, platform.equipmentIds[0], [
      { startsAt: at(48), endsAt: at(52), openAccess: true },
    ]);
    const id = (await requestBooking(t, startup, platform.offeringId, [slotId])).data?.requestBooking.id as string;
    const confirmed = await t.gql(
      `mutation($id: ID!) { confirmBooking(id: $id) { status } }`,
      { id },
      { token: leader.token },
    );
    expect(confirmed.errors).toBeUndefined();
    const read = async () =>
      (
        await t.gql<{ obligationCompliance: Compliance & { deliveryRecordingEndsAt: string } }>(
          `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) {
             openAccessBookedHours openAccessDeliveredHours deliveryRecordingEndsAt status } }`,
          { p: platform.platformId, at: quarter.start.toISOString() },
          { token: leader.token },
        )
      ).data?.obligationCompliance;
    const recordingEnds = new Date(quarter.end.getTime() + 30 * 24 * HOUR);
    clock.travelTo(new Date(recordingEnds.getTime() - HOUR));
    expect(await read()).toEqual({
      openAccessBookedHours: 4,
      openAccessDeliveredHours: 0,
      deliveryRecordingEndsAt: recordingEnds.toISOString(),
      status: 'AT_RISK',
    });
    clock.travelTo(new Date(recordingEnds.getTime() + HOUR));
    expect(await read()).toMatchObject({ openAccessBookedHours: 4, openAccessDeliveredHours: 0, status: 'BREACHED' });
    // The operator may still complete it (and bill it), but a delivery recorded this late no longer changes the verdict.
    const completed = await t.gql(
      `mutation($id: ID!) { completeBooking(id: $id, outcome: "交付") { status } }`,
      { id },
      { token: leader.token },
    );
    expect(completed.data).toEqual({ completeBooking: { status: 'COMPLETED' } });
    expect(await read()).toMatchObject({ openAccessBookedHours: 4, openAccessDeliveredHours: 0, status: 'BREACHED' });
    clock.travelTo(new Date());
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
      // In the quarter the versions judge (before it, no obligation applies and the default kinds may book).
      {
        startsAt: new Date(quarter.start.getTime() + 48 * HOUR),
        endsAt: new Date(quarter.start.getTime() + 52 * HOUR),
        openAccess: true,
      },
    ]);
    expect((await requestBooking(t, startup, other.offeringId, [openSlot])).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const university = await registerUser(t, { kind: 'UNIVERSITY' });
    expect((await requestBooking(t, university, other.offeringId, [openSlot])).data?.requestBooking.status).toBe(
      'REQUESTED',
    );
  });

  it('counts only outsiders: refuses large enterprises and authorities as eligible requester kinds, changing nothing', async () => {
    const other = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    for (const kinds of [['LARGE_ENTERPRISE'], ['STARTUP', 'GOVERNMENT']]) {
      const refused = await t.gql(SET, obligation(other.platformId, { eligibleRequesterKinds: kinds }), {
        token: leader.token,
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'eligibleRequesterKinds', message: expect.stringContaining('start-ups, SMEs') }],
      });
    }
    const history = await t.gql(
      `query($p: ID!) { obligationHistory(platformId: $p) { id } }`,
      { p: other.platformId },
      {
        token: leader.token,
      },
    );
    expect(history.data).toEqual({ obligationHistory: [] });
  });

  it('reads BREACHED for a past period short of the target, splitting a slot that crosses the boundary by hours', async () => {
    const past = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const lastQuarter = periodContaining(
      new Date(periodContaining(new Date(), ObligationPeriod.QUARTER).start.getTime() - HOUR),
      ObligationPeriod.QUARTER,
    );
    // Recorded and published as they would have been, the day before that quarter began.
    clock.travelTo(new Date(lastQuarter.start.getTime() - 24 * HOUR));
    const promised = await t.gql(
      SET,
      obligation(past.platformId, { basis: 'HOURS', target: 30, effectiveFrom: lastQuarter.start.toISOString() }),
      { token: leader.token },
    );
    expect(promised.errors).toBeUndefined();
    await publishSlots(t, leader, past.equipmentIds[0], [
      {
        startsAt: new Date(lastQuarter.start.getTime() + 48 * HOUR),
        endsAt: new Date(lastQuarter.start.getTime() + 88 * HOUR),
      },
      {
        startsAt: new Date(lastQuarter.end.getTime() - 6 * HOUR),
        endsAt: new Date(lastQuarter.end.getTime() + 4 * HOUR),
        openAccess: true,
      },
    ]);
    clock.travelTo(new Date());
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
      platform: {
        constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
        name: '无义务的适度开放平台',
        nameEn: 'Moderately open platform without an obligation',
      },
    });
    const jiangsu = await createAuthority(t, { province: '32' });
    const report = await t.gql<{
      complianceReport: {
        entries: Array<{ platformId: string; platformNameEn: string | null; compliance: { status: string } }>;
        platformsWithoutObligation: Array<{ platformId: string; platformNameEn: string | null }>;
      };
    }>(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province provinceLabel { zh } entries { platformId platformName platformNameEn compliance { status requiredHours } } platformsWithoutObligation { platformId platformName platformNameEn } } }`,
      { at: quarter.start.toISOString() },
      { token: jiangsu.token },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.complianceReport.entries.map((e) => e.platformId)).toContain(obligated.platformId);
    expect(report.data?.complianceReport.platformsWithoutObligation.map((p) => p.platformId)).toContain(
      unobligated.platformId,
    );
    // Both names, so that the English workspace lists platforms in English.
    expect(
      report.data?.complianceReport.entries.find((e) => e.platformId === obligated.platformId)?.platformNameEn,
    ).toBe('Suzhou Cathode Materials Pilot Base');
    expect(
      report.data?.complianceReport.platformsWithoutObligation.find((p) => p.platformId === unobligated.platformId)
        ?.platformNameEn,
    ).toBe('Moderately open platform without an obligation');

    const guangdong = await createAuthority(t, { province: '44' });
    const refused = await t.gql(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province } }`,
      { at: quarter.start.toISOString() },
      { token: guangdong.token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await t.gql(
          COMPLIANCE,
          { p: obligated.platformId, at: quarter.start.toISOString() },
          { token: guangdong.token },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(COMPLIANCE, { p: obligated.platformId, at: quarter.start.toISOString() }, { token: startup.token }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const national = await createAuthority(t, 'NATIONAL');
    const byNational = await t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: obligated.platformId, at: quarter.start.toISOString() },
      { token: national.token },
    );
    expect(byNational.errors).toBeUndefined();
    expect(byNational.data?.obligationCompliance.period.start).toBe(quarter.start.toISOString());
    const admin = await createSiteAdmin(t);
    const byAdmin = await t.gql(
      `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { province } }`,
      { at: quarter.start.toISOString() },
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

  it('refuses the operator a promise replacing or ending an authority’s, which the authority itself may change', async () => {
    // Probe 12, finding 3: the operator replaced the authority's 500 h a quarter with a 0.0001 share, then ended it.
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const jiangsu = await createAuthority(t, { province: '32' });
    const set = (who: SignedIn, overrides: Record<string, unknown>) =>
      t.gql(SET, obligation(platform.platformId, overrides), { token: who.token });
    expect(
      (await set(jiangsu, { basis: 'HOURS', target: 500, reference: '苏工信〔2026〕9 号' })).errors,
    ).toBeUndefined();
    const next = periodContaining(quarter.end, ObligationPeriod.QUARTER);
    for (const overrides of [
      { target: 0.01 },
      { basis: 'HOURS', target: 500, effectiveTo: quarter.end.toISOString() },
      { basis: 'HOURS', target: 800, effectiveFrom: next.start.toISOString() },
    ]) {
      const refused = await set(leader, overrides);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SET_BY_AUTHORITY' });
    }
    const history = async () =>
      (
        await t.gql<{ obligationHistory: Array<{ setBySide: string; target: number }> }>(
          `query($p: ID!) { obligationHistory(platformId: $p) { setBySide target } }`,
          { p: platform.platformId },
          { token: jiangsu.token },
        )
      ).data?.obligationHistory;
    expect(await history()).toEqual([{ setBySide: 'AUTHORITY', target: 500 }]);
    const judged = await t.gql<{ obligationCompliance: Compliance & { target: number } }>(
      COMPLIANCE,
      { p: platform.platformId, at: next.start.toISOString() },
      { token: jiangsu.token },
    );
    expect(judged.data?.obligationCompliance).toMatchObject({ basis: 'HOURS', target: 500 });
    // The authority changes its own; the operator may promise for periods after an authority's promise ends.
    expect(
      (await set(jiangsu, { basis: 'HOURS', target: 400, effectiveTo: next.start.toISOString() })).errors,
    ).toBeUndefined();
    expect((await set(leader, { basis: 'HOURS', target: 450, effectiveFrom: next.start.toISOString() })).errors).toBe(
      undefined,
    );
    expect(await history()).toEqual([
      { setBySide: 'OPERATOR', target: 450 },
      { setBySide: 'AUTHORITY', target: 400 },
      { setBySide: 'AUTHORITY', target: 500 },
    ]);
  });

  it('refuses a promise of nothing or of an amount no one could mean, naming target and recording nothing', async () => {
    const platform = await createCatalog(t, leader, { platform: { constructionMode: 'ENTERPRISE_PARTIAL_OPEN' } });
    const versions = async () =>
      (
        await t.gql<{ obligationHistory: unknown[] }>(
          `query($p: ID!) { obligationHistory(platformId: $p) { version } }`,
          { p: platform.platformId },
          { token: leader.token },
        )
      ).data?.obligationHistory.length;
    const refusals: Array<[string, Record<string, unknown>]> = [
      ['no hours', { basis: 'HOURS', target: 0 }],
      ['no share', { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 0 }],
      ['negative hours', { basis: 'HOURS', target: -8 }],
      ['less than an hour a period', { basis: 'HOURS', target: 0.5 }],
      ['hours finer than the hundredths compliance reports', { basis: 'HOURS', target: 10.125 }],
      ['a share over the whole', { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 1.5 }],
      ['a share written as a percentage', { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 20 }],
      // 0.01 % of 1 000 published hours is six minutes: a token, not moderate opening.
      ['a share under one per cent', { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 0.0099 }],
      ['a share of one in ten thousand', { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 0.0001 }],
      ['more hours than the upper bound', { basis: 'HOURS', target: 100_001 }],
    ];
    for (const [what, terms] of refusals) {
      const res = await t.gql(SET, obligation(platform.platformId, terms), { token: leader.token });
      expect([what, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.fields?.[0].field]).toEqual([
        what,
        'BAD_USER_INPUT',
        'target',
      ]);
    }
    expect(await versions()).toBe(0);
    // The smallest and largest sensible promises are kept.
    for (const terms of [
      { basis: 'HOURS', target: 1 },
      { basis: 'HOURS', target: 100_000 },
      { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 0.01 },
      { basis: 'SHARE_OF_PUBLISHED_HOURS', target: 1 },
    ])
      expect(
        (await t.gql(SET, obligation(platform.platformId, terms), { token: leader.token })).errors,
      ).toBeUndefined();
    expect(await versions()).toBe(4);
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
    // Before its quarter the promise judges nothing yet; a day into it, it is at risk.
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    expect(await alerts()).toBe(0);
    clock.travelTo(new Date(quarter.start.getTime() + 24 * HOUR));
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    expect(await alerts()).toBe(1);
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    expect(await alerts()).toBe(1);
    clock.travelTo(new Date());
  });
});
