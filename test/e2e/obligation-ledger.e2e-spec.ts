import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobScheduler } from '#core';
import { OBLIGATION_ALERTS_JOB } from '#obligations';
import { publishSlots, requestBooking, setRules } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import {
  addMember,
  createAuthority,
  createSiteAdmin,
  registerUser,
  verifyOrganization,
  type SignedIn,
} from '../support/factories.js';
import {
  complianceOf,
  monthAfter,
  obligationInput,
  SET_OBLIGATION,
  type Compliance,
} from '../support/obligation-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CORRECT = `mutation($input: CorrectOpenAccessObligationInput!) {
  correctOpenAccessObligation(input: $input) { id version kind setBySide reason effectiveFrom effectiveTo target } }`;
const REPORT = `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) {
  entries { platformId compliance { obligationId status requiredHours openAccessBookedHours publishedHours } }
  platformsWithoutObligation { platformId } } }`;
const slotsAt = (start: Date, offsetHours: number, hours: number, openAccess: boolean) => ({
  startsAt: new Date(start.getTime() + offsetHours * HOUR),
  endsAt: new Date(start.getTime() + (offsetHours + hours) * HOUR),
  openAccess,
});

/** The open-access ledger judges each period by one obligation version, and a period that has ended stays judged. */
describe('the open-access ledger', () => {
  let t: TestApp;
  let clock: TestClock;
  let leader: SignedIn;
  let startup: SignedIn;
  let jiangsu: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    leader = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    startup = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP' }));
    jiangsu = await createAuthority(t, { province: '32' });
  });

  afterAll(async () => {
    await t.close();
  });

  const gql = <T = Record<string, unknown>>(who: SignedIn, query: string, variables: Record<string, unknown>) =>
    t.gql<T>(query, variables, { token: who.token });
  const obligated = () => createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
  const statusOf = async (catalog: CatalogSetup, at: Date, who: SignedIn = leader) =>
    (await complianceOf(t, who, catalog.platformId, at)).compliance?.status;
  const reportEntry = async (platformId: string, at: Date) => {
    const res = await gql<{
      complianceReport: {
        entries: Array<{ platformId: string; compliance: Partial<Compliance> }>;
        platformsWithoutObligation: Array<{ platformId: string }>;
      };
    }>(jiangsu, REPORT, { at: at.toISOString() });
    expect(res.errors).toBeUndefined();
    return {
      entry: res.data?.complianceReport.entries.find((e) => e.platformId === platformId)?.compliance,
      flagged: res.data?.complianceReport.platformsWithoutObligation.some((p) => p.platformId === platformId),
    };
  };
  const confirm = (id: string) => gql(leader, `mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id });

  it('refuses an operator’s backdated version: an ended BREACHED month stays BREACHED until an authority corrects it with a reason', async () => {
    clock.travelTo(new Date());
    const catalog = await obligated();
    const month = monthAfter(clock.now());
    const v1 = await gql(leader, SET_OBLIGATION, obligationInput(catalog.platformId, { effectiveFrom: month.start }));
    expect(v1.errors).toBeUndefined();
    await publishSlots(t, leader, catalog.equipmentIds[0], [slotsAt(month.start, 48, 20, true)]);
    clock.travelTo(new Date(month.end.getTime() + HOUR));
    expect(await statusOf(catalog, month.start)).toBe('BREACHED');

    // A token target from the same start, recorded after the month ended: history, not a promise.
    const backdated = await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { target: 1, effectiveFrom: month.start }),
    );
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(backdated.errors?.[0].extensions?.fields?.[0].field).toBe('effectiveFrom');
    expect(await statusOf(catalog, month.start)).toBe('BREACHED');
    expect((await reportEntry(catalog.platformId, month.start)).entry?.status).toBe('BREACHED');

    // Only an authority with jurisdiction corrects the past, as a recorded decision with a reason.
    const correction = (overrides: Record<string, unknown> = {}) => ({
      input: {
        ...obligationInput(catalog.platformId).input,
        target: 0,
        effectiveFrom: month.start.toISOString(),
        effectiveTo: month.end.toISOString(),
        reason: '经核查，该月设备停产检修，免除当月开放义务',
        ...overrides,
      },
    });
    const guangdong = await createAuthority(t, { province: '44' });
    // Jiangsu's own MEMBER reads but does not act (issue 15: OWNER and ADMIN act), nor does an expert it invited.
    const jiangsuMember = await addMember(t, jiangsu, 'MEMBER');
    const jiangsuExpert = await addMember(t, jiangsu, 'EXPERT');
    for (const who of [leader, guangdong, await createSiteAdmin(t), startup, jiangsuMember, jiangsuExpert]) {
      expect((await gql(who, CORRECT, correction())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const memberPromise = await gql(
      jiangsuMember,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { target: 1, effectiveFrom: monthAfter(clock.now()).start }),
    );
    expect(memberPromise.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_CANNOT_WRITE' });
    const noReason = await gql(jiangsu, CORRECT, correction({ reason: ' ' }));
    expect(noReason.errors?.[0].extensions?.fields?.[0].field).toBe('reason');
    // A correction waives (0) or sets what a promise could; half an hour a month is neither.
    const halfHour = await gql(jiangsu, CORRECT, correction({ target: 0.5 }));
    expect(halfHour.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'target' }] });
    expect(await statusOf(catalog, month.start)).toBe('BREACHED');

    const corrected = await gql<{ correctOpenAccessObligation: Record<string, unknown> }>(
      jiangsu,
      CORRECT,
      correction(),
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data?.correctOpenAccessObligation).toMatchObject({
      version: 2,
      kind: 'CORRECTION',
      setBySide: 'AUTHORITY',
      reason: '经核查，该月设备停产检修，免除当月开放义务',
      target: 0,
    });
    expect(await statusOf(catalog, month.start)).toBe('MET');
    expect((await reportEntry(catalog.platformId, month.start)).entry?.status).toBe('MET');
    // The correction covers that month only: the promise goes on judging the months after it.
    expect((await complianceOf(t, leader, catalog.platformId, month.end)).compliance?.obligationId).toBe(
      (v1.data as { setOpenAccessObligation: { id: string } }).setOpenAccessObligation.id,
    );
    const inbox = await gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      leader,
      `{ notifications(first: 50) { edges { node { kind } } } }`,
      {},
    );
    expect(inbox.data?.notifications.edges.map((e) => e.node.kind)).toContain('obligation.corrected');
  });

  it('refuses to block or unpublish slots that have started, so published hours of an ended month stay as they were', async () => {
    clock.travelTo(new Date());
    const catalog = await obligated();
    const month = monthAfter(clock.now());
    await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, {
        basis: 'SHARE_OF_PUBLISHED_HOURS',
        target: 0.5,
        effectiveFrom: month.start,
      }),
    );
    // 16 h published: 12 h regular, 4 h open access booked by a start-up; 50 % asks 8 h, 4 h were booked.
    const [regularA, regularB, open] = await publishSlots(t, leader, catalog.equipmentIds[0], [
      slotsAt(month.start, 48, 6, false),
      slotsAt(month.start, 72, 6, false),
      slotsAt(month.start, 96, 4, true),
    ]);
    const booked = await requestBooking(t, startup, catalog.offeringId, [open]);
    expect((await confirm(booked.data?.requestBooking.id as string)).errors).toBeUndefined();
    clock.travelTo(new Date(month.end.getTime() + HOUR));
    const before = (await complianceOf(t, leader, catalog.platformId, month.start)).compliance;
    expect(before).toMatchObject({
      publishedHours: 16,
      requiredHours: 8,
      openAccessBookedHours: 4,
      status: 'BREACHED',
    });

    const unpublished = await gql(leader, `mutation($input: SlotIdsInput!) { unpublishSlots(input: $input) { id } }`, {
      input: { slotIds: [regularA] },
    });
    expect(unpublished.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', slotId: regularA });
    const blocked = await gql(leader, `mutation($input: SlotIdsInput!) { blockSlots(input: $input) { id } }`, {
      input: { slotIds: [regularB], reason: '补记检修' },
    });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', slotId: regularB });
    expect((await complianceOf(t, leader, catalog.platformId, month.start)).compliance).toEqual(before);
  });

  it('judges a period by one version: a version that ended leaves no obligation, and versions start only at a period start', async () => {
    clock.travelTo(new Date());
    const catalog = await obligated();
    const first = monthAfter(clock.now());
    const second = monthAfter(first.start, 0);
    const third = monthAfter(second.start, 0);
    const v1 = await gql(leader, SET_OBLIGATION, obligationInput(catalog.platformId, { effectiveFrom: first.start }));
    expect(v1.errors).toBeUndefined();
    const v2 = await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { target: 3, effectiveFrom: second.start, effectiveTo: third.start }),
    );
    expect(v2.errors).toBeUndefined();
    expect((await complianceOf(t, leader, catalog.platformId, first.start)).compliance?.target).toBe(10);
    expect((await complianceOf(t, leader, catalog.platformId, second.start)).compliance?.target).toBe(3);
    // Version 2 replaced version 1 from its start; once it ends, version 1 does not judge again.
    expect((await complianceOf(t, leader, catalog.platformId, third.start)).code).toBe('NOT_FOUND');
    expect(await reportEntry(catalog.platformId, third.start)).toEqual({ entry: undefined, flagged: true });

    const midMonth = await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { target: 1, effectiveFrom: new Date(third.start.getTime() + 15 * DAY) }),
    );
    expect(midMonth.errors?.[0].extensions?.fields?.[0].field).toBe('effectiveFrom');
    const ragged = await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, {
        effectiveFrom: third.start,
        effectiveTo: new Date(third.end.getTime() - DAY),
      }),
    );
    expect(ragged.errors?.[0].extensions?.fields?.[0].field).toBe('effectiveTo');
    // Any instant of a period gets the same answer.
    const early = await complianceOf(t, leader, catalog.platformId, new Date(second.start.getTime() + HOUR));
    const late = await complianceOf(t, leader, catalog.platformId, new Date(second.end.getTime() - HOUR));
    expect(late.compliance).toEqual(early.compliance);
  });

  it('warns about the version that governs the running period, not only about the newest one', async () => {
    clock.travelTo(new Date());
    const catalog = await obligated();
    const first = monthAfter(clock.now());
    const second = monthAfter(first.start, 0);
    const v1 = await gql<{ setOpenAccessObligation: { id: string } }>(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { target: 500, effectiveFrom: first.start }),
    );
    // A newer version already recorded for next month must not hide this month's risk.
    const v2 = await gql(leader, SET_OBLIGATION, obligationInput(catalog.platformId, { effectiveFrom: second.start }));
    expect(v2.errors).toBeUndefined();
    clock.travelTo(new Date(first.start.getTime() + 2 * DAY));
    expect((await complianceOf(t, leader, catalog.platformId, clock.now())).compliance).toMatchObject({
      obligationId: v1.data?.setOpenAccessObligation.id,
      status: 'AT_RISK',
    });
    await t.app.get(JobScheduler).runNow(OBLIGATION_ALERTS_JOB);
    const inbox = await gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
      leader,
      `{ notifications(first: 100) { edges { node { kind subjectId } } } }`,
      {},
    );
    expect(
      inbox.data?.notifications.edges.filter(
        (e) => e.node.kind === 'obligation.at_risk' && e.node.subjectId === v1.data?.setOpenAccessObligation.id,
      ),
    ).toHaveLength(1);
  });

  it('freezes an ended period’s verdict: whatever the operator changes afterwards, the figures that judge it stay', async () => {
    clock.travelTo(new Date());
    const catalog = await obligated();
    const equipmentId = catalog.equipmentIds[0];
    const month = monthAfter(clock.now());
    await setRules(t, leader, equipmentId, { minNoticeHours: 2 });
    await gql(
      leader,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, {
        basis: 'SHARE_OF_PUBLISHED_HOURS',
        target: 0.4,
        effectiveFrom: month.start,
      }),
    );
    // 30 h published in the month (10 h open access): 40 % asks 12 h; 4 h are booked and confirmed, one request lapses.
    const [regular, confirmedSlot, lapsingSlot, , crossing] = await publishSlots(t, leader, equipmentId, [
      slotsAt(month.start, 24, 16, false),
      slotsAt(month.start, 48, 4, true),
      slotsAt(month.start, 72, 3, true),
      slotsAt(month.start, 96, 3, true),
      // Crosses midnight at the month's end: 4 h in this month, 4 h in the next.
      slotsAt(month.end, -4, 8, false),
    ]);
    const confirmedBooking = (await requestBooking(t, startup, catalog.offeringId, [confirmedSlot])).data
      ?.requestBooking.id as string;
    await confirm(confirmedBooking);
    const lapsing = (await requestBooking(t, startup, catalog.offeringId, [lapsingSlot])).data?.requestBooking
      .id as string;
    const crossingBooking = (await requestBooking(t, startup, catalog.offeringId, [crossing])).data?.requestBooking
      .id as string;
    await confirm(crossingBooking);
    clock.travelTo(new Date(month.end.getTime() + HOUR));
    const verdict = (await complianceOf(t, leader, catalog.platformId, month.start)).compliance as Compliance;
    expect(verdict).toMatchObject({
      publishedHours: 30,
      openAccessPublishedHours: 10,
      requiredHours: 12,
      openAccessBookedHours: 4,
      status: 'BREACHED',
    });
    const reported = (await reportEntry(catalog.platformId, month.start)).entry;

    // Everything the operator can try after the month ended.
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      [
        'backdated promise',
        SET_OBLIGATION,
        obligationInput(catalog.platformId, { target: 1, effectiveFrom: month.start }),
      ],
      [
        'promise from next month',
        SET_OBLIGATION,
        obligationInput(catalog.platformId, { target: 1, effectiveFrom: monthAfter(clock.now(), 0).start }),
      ],
      [
        'unpublish',
        `mutation($input: SlotIdsInput!) { unpublishSlots(input: $input) { id } }`,
        { input: { slotIds: [regular] } },
      ],
      [
        'block',
        `mutation($input: SlotIdsInput!) { blockSlots(input: $input) { id } }`,
        { input: { slotIds: [regular] } },
      ],
      [
        'unpublish the crossing slot',
        `mutation($input: SlotIdsInput!) { unpublishSlots(input: $input) { id } }`,
        { input: { slotIds: [crossing] } },
      ],
      [
        'cancel the confirmed booking',
        `mutation($id: ID!) { cancelBooking(id: $id, reason: "补录取消") { status } }`,
        { id: confirmedBooking },
      ],
      [
        'cancel the booking that crosses the month’s end',
        `mutation($id: ID!) { cancelBooking(id: $id, reason: "补录取消") { status } }`,
        { id: crossingBooking },
      ],
      ['confirm the lapsed request', `mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id: lapsing }],
      [
        'publish into the ended month',
        `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
        {
          input: {
            equipmentId,
            slots: [slotsAt(month.start, 200, 40, false)].map((s) => ({
              startsAt: s.startsAt.toISOString(),
              endsAt: s.endsAt.toISOString(),
              openAccess: s.openAccess,
            })),
          },
        },
      ],
    ];
    const refused: string[] = [];
    for (const [name, query, variables] of attempts) {
      const res = await gql(leader, query, variables);
      if (res.errors) refused.push(name);
    }
    expect(refused).toEqual(attempts.map(([name]) => name).filter((name) => name !== 'promise from next month'));
    // What the operator may still do changes no verdict: deliver, change rules, share or archive.
    const completed = await gql(
      leader,
      `mutation($id: ID!) { completeBooking(id: $id, outcome: "4 h 测试完成") { status } }`,
      { id: confirmedBooking },
    );
    expect(completed.data).toEqual({ completeBooking: { status: 'COMPLETED' } });
    await setRules(t, leader, equipmentId, { minNoticeHours: 48, bufferMinutes: 30 });
    const updated = await gql(
      leader,
      `mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) { shareable } }`,
      { input: { id: equipmentId, shareable: false } },
    );
    expect(updated.errors).toBeUndefined();

    const after = (await complianceOf(t, leader, catalog.platformId, month.start)).compliance as Compliance;
    // Recording the delivery is the one thing that moves it: 4 of the 12 required hours are now delivered.
    expect(after).toEqual({ ...verdict, openAccessDeliveredHours: 4, shortfallHours: 8 });
    expect((await reportEntry(catalog.platformId, month.start)).entry).toEqual(reported);
  });
});
