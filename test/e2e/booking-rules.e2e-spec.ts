import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { publishSlots, requestBooking, setRules } from '../support/booking-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { addMember, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BOOKING = `query($id: ID!) { booking(id: $id) { id status holdExpiresAt events { from to actorSide } } }`;
const RULES = `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) {
  minNoticeHours maxRunHours bufferMinutes confirmationMode } }`;
const RECURRING = `mutation($input: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $input) { id startsAt } }`;
const SLOT_IDS = (name: string) => `mutation($input: SlotIdsInput!) { ${name}(input: $input) { id status } }`;

/** The booking rules of a facility calendar, over HTTP, at the instants where they bite. */
describe('booking rules', () => {
  let t: TestApp;
  let clock: TestClock;
  let operator: SignedIn;
  let startup: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true });
    startup = await registerUser(t, { kind: 'STARTUP' });
  });

  afterAll(async () => {
    await t.close();
  });

  const gql = <T = Record<string, unknown>>(who: SignedIn, query: string, variables: Record<string, unknown>) =>
    t.gql<T>(query, variables, { token: who.token });
  const at = (hoursFromNow: number, hours = 1, openAccess = false) => ({
    startsAt: new Date(Math.ceil(clock.now().getTime() / HOUR) * HOUR + hoursFromNow * HOUR),
    endsAt: new Date(Math.ceil(clock.now().getTime() / HOUR) * HOUR + (hoursFromNow + hours) * HOUR),
    openAccess,
  });
  const slotStatus = async (id: string) =>
    (
      (await t.app.get(DataSource).query('SELECT status FROM capacity_slot WHERE id = $1', [id])) as Array<{
        status: string;
      }>
    )[0]?.status;
  const readBooking = async (id: string, who: SignedIn = startup) =>
    (
      await gql<{ booking: { status: string; holdExpiresAt: string | null; events: Array<{ to: string }> } }>(
        who,
        BOOKING,
        { id },
      )
    ).data?.booking;

  describe('holds and time', () => {
    it('ends a hold no later than the slot’s start minus the notice', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 2 });
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(7)]);
      const res = await requestBooking(t, startup, catalog.offeringId, [slotId]);
      expect(res.errors).toBeUndefined();
      expect(Date.parse(res.data?.requestBooking.holdExpiresAt ?? '')).toBe(at(7).startsAt.getTime() - 2 * HOUR);
      // The requester can still withdraw while the operator has not answered (the window does not apply to holds).
      const cancelled = await gql(startup, `mutation($id: ID!) { cancelBooking(id: $id) { status } }`, {
        id: res.data?.requestBooking.id,
      });
      expect(cancelled.data).toEqual({ cancelBooking: { status: 'CANCELLED' } });
    });

    it('refuses a slot that has started as started, not as too soon for a notice of 0 h', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 0 });
      const run = at(2, 3);
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [run]);
      clock.travelTo(new Date(run.startsAt.getTime() + 60_000));
      const refused = await requestBooking(t, startup, catalog.offeringId, [slotId]);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'slotIds', message: `slot ${slotId} has already started: only a slot yet to start is booked` },
        ],
      });
    });

    it('lists as free only the slots a booking would be accepted on: past the notice, within the run and the horizon', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 24 });
      const [tooSoon, inTime] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(10), at(30)]);
      const list = () =>
        gql<{ availableSlots: Array<{ id: string }> }>(
          startup,
          `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`,
          {
            o: catalog.offeringId,
            from: clock.now().toISOString(),
            to: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
          },
        );
      expect((await list()).data?.availableSlots).toEqual([{ id: inTime }]);
      // What the list leaves out, a booking refuses; what it shows, a booking takes.
      const refused = await requestBooking(t, startup, catalog.offeringId, [tooSoon]);
      expect(refused.errors?.[0].extensions?.fields?.map((f: { field: string }) => f.field)).toEqual(['slotIds']);
      expect((await requestBooking(t, startup, catalog.offeringId, [inTime])).errors).toBeUndefined();
      await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 0 });
      expect((await list()).data?.availableSlots).toEqual([{ id: tooSoon }]);
    });

    it('lists no free slots for an archived offering: none for its operator, not found for outsiders, as a booking is refused', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(30)]);
      const list = (who: typeof operator) =>
        gql<{ availableSlots: Array<{ id: string }> }>(
          who,
          `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`,
          {
            o: catalog.offeringId,
            from: clock.now().toISOString(),
            to: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
          },
        );
      expect((await list(startup)).data?.availableSlots).toEqual([{ id: slotId }]);
      const archived = await gql(operator, `mutation($id: ID!) { archiveOffering(id: $id) { status } }`, {
        id: catalog.offeringId,
      });
      expect(archived.data).toEqual({ archiveOffering: { status: 'ARCHIVED' } });
      expect((await list(operator)).data?.availableSlots).toEqual([]);
      expect((await list(startup)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Not found to the outsider, as by offering(id): an archived offering does not exist for it.
      const refused = await requestBooking(t, startup, catalog.offeringId, [slotId]);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'OFFERING_NOT_FOUND' });
      expect(refused.data?.requestBooking ?? null).toBeNull();
    });

    it('expires a lapsed hold when the operator writes: no confirmation after the hold ended, none after the slot started', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 0 });
      const [far, near] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(100), at(3)]);
      const farBooking = (await requestBooking(t, startup, catalog.offeringId, [far])).data?.requestBooking
        .id as string;
      const nearBooking = (await requestBooking(t, startup, catalog.offeringId, [near])).data?.requestBooking
        .id as string;
      // 49 h later the sweep has not run: the 48 h hold of the far slot has lapsed all the same.
      clock.advance(49 * HOUR);
      for (const id of [farBooking, nearBooking]) {
        const res = await gql(operator, `mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_EXPIRED' });
        expect(await readBooking(id)).toMatchObject({ status: 'EXPIRED' });
      }
      expect(await slotStatus(far)).toBe('OPEN');
      expect((await readBooking(farBooking))?.events.map((e) => e.to)).toEqual(['REQUESTED', 'EXPIRED']);
    });

    it('shows a lapsed hold as EXPIRED when read, and lets someone else have the slot before the sweep runs', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(200)]);
      const first = (await requestBooking(t, startup, catalog.offeringId, [slotId])).data?.requestBooking.id as string;
      clock.advance(49 * HOUR);
      const listed = await gql<{ availableSlots: Array<{ id: string; status: string }> }>(
        startup,
        `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id status } }`,
        {
          o: catalog.offeringId,
          from: clock.now().toISOString(),
          to: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
        },
      );
      expect(listed.data?.availableSlots).toEqual([{ id: slotId, status: 'OPEN' }]);
      const mine = await gql<{ myBookings: { edges: Array<{ node: { id: string } }> } }>(
        startup,
        `{ myBookings(first: 100, status: REQUESTED) { edges { node { id } } } }`,
        {},
      );
      expect(mine.data?.myBookings.edges.map((e) => e.node.id)).not.toContain(first);
      const sme = await registerUser(t, { kind: 'SME' });
      const second = await requestBooking(t, sme, catalog.offeringId, [slotId]);
      expect(second.data?.requestBooking.status).toBe('REQUESTED');
      expect(await readBooking(first)).toMatchObject({
        status: 'EXPIRED',
        events: [{ to: 'REQUESTED' }, { from: 'REQUESTED', to: 'EXPIRED', actorSide: 'SYSTEM' }],
      });
    });

    it('never books a slot for a hold that lost it, even when the confirming process’s clock says the hold still runs', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(200)]);
      const first = (await requestBooking(t, startup, catalog.offeringId, [slotId])).data?.requestBooking;
      const lapse = Date.parse(first?.holdExpiresAt ?? '');
      clock.travelTo(new Date(lapse + 1000));
      const second = await requestBooking(t, await registerUser(t, { kind: 'SME' }), catalog.offeringId, [slotId]);
      expect(second.data?.requestBooking.status).toBe('REQUESTED');
      // A second earlier, as a worker whose clock lags would see it: the hold still runs, but the slot is gone.
      clock.travelTo(new Date(lapse - 1000));
      const confirmed = await gql(operator, `mutation($id: ID!) { confirmBooking(id: $id) { status } }`, {
        id: first?.id,
      });
      expect(confirmed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_EXPIRED', slotId });
      const holder = await t.app
        .get(DataSource)
        .query('SELECT status, booking_id FROM capacity_slot WHERE id = $1', [slotId]);
      expect(holder).toEqual([{ status: 'HELD', booking_id: second.data?.requestBooking.id }]);
    });
  });

  it('keeps equipment that is not shared out of reach through its offering', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(100)]);
    const unshared = await gql(
      operator,
      `mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) { id } }`,
      {
        input: { id: catalog.equipmentIds[0], shareable: false },
      },
    );
    expect(unshared.errors).toBeUndefined();
    const listed = await gql<{ availableSlots: Array<{ id: string }> }>(
      startup,
      `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`,
      {
        o: catalog.offeringId,
        from: clock.now().toISOString(),
        to: new Date(clock.now().getTime() + 30 * DAY).toISOString(),
      },
    );
    expect(listed.data?.availableSlots).toEqual([]);
    const booked = await requestBooking(t, startup, catalog.offeringId, [slotId]);
    expect(booked.errors?.[0].extensions?.fields?.[0]).toEqual({
      field: 'slotIds',
      message: `slot ${slotId} is on equipment its platform does not share`,
    });
    expect(await slotStatus(slotId)).toBe('OPEN');
  });

  it('orders a booking’s history by sequence: REQUESTED always before CONFIRMED', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
    const slotIds = await publishSlots(
      t,
      operator,
      catalog.equipmentIds[0],
      Array.from({ length: 30 }, (_, i) => at(48 + 2 * i)),
    );
    for (const slotId of slotIds) await requestBooking(t, startup, catalog.offeringId, [slotId]);
    // Rows have no physical order a query may rely on: a table rewrite (VACUUM FULL, CLUSTER, a restore) shuffles
    // them. Cluster the events by their random uuid, as such maintenance could leave them.
    const sql = t.app.get(DataSource);
    const [{ conname }] = await sql.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'booking_event'::regclass AND contype = 'p'`,
    );
    await sql.query(`CLUSTER booking_event USING "${conname}"`);
    const res = await gql<{ platformBookings: { edges: Array<{ node: { events: Array<{ to: string }> } }> } }>(
      operator,
      `query($p: ID!) { platformBookings(platformId: $p, first: 50) { edges { node { events { to } } } } }`,
      { p: catalog.platformId },
    );
    const histories = res.data?.platformBookings.edges.map((e) => e.node.events.map((ev) => ev.to).join(' → '));
    expect(histories).toEqual(Array.from({ length: 30 }, () => 'REQUESTED → CONFIRMED'));
  });

  it('answers published slots in the order sent, each with its own price and open access, and a whole year’s pattern at once', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const sent = [
      { ...at(900), priceOverride: '12.34' },
      { ...at(800, 2, true), priceOverride: null },
      { ...at(1000), priceOverride: '0.01' },
    ];
    const res = await gql<{
      publishSlots: Array<{ startsAt: string; endsAt: string; openAccess: boolean; priceOverride: string | null }>;
    }>(
      operator,
      `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { startsAt endsAt openAccess priceOverride status } }`,
      { input: { equipmentId: catalog.equipmentIds[0], slots: sent } },
    );
    expect(res.data?.publishSlots).toEqual(
      sent.map((s) => ({
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        openAccess: s.openAccess,
        priceOverride: s.priceOverride,
        status: 'OPEN',
      })),
    );
    const day = (inDays: number) =>
      new Date(clock.now().getTime() + inDays * DAY + 8 * HOUR).toISOString().slice(0, 10);
    const year = await gql<{ publishRecurringSlots: Array<{ id: string; startsAt: string }> }>(operator, RECURRING, {
      input: {
        equipmentId: catalog.equipmentIds[0],
        fromDay: day(50),
        toDay: day(360),
        weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
        startTime: '00:30',
        durationHours: 4,
        runsPerDay: 5,
        changeoverMinutes: 30,
      },
    });
    expect(year.errors).toBeUndefined();
    const starts = year.data!.publishRecurringSlots.map((s) => new Date(s.startsAt).getTime());
    expect(starts).toHaveLength(311 * 5);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  describe('notifications', () => {
    const inbox = async (who: SignedIn, subjectId: string) =>
      (
        await gql<{
          notifications: { edges: Array<{ node: { kind: string; subjectId: string; body: { en: string } } }> };
        }>(who, `{ notifications(first: 100) { edges { node { kind subjectId body { en } } } } }`, {})
      ).data?.notifications.edges
        .filter((e) => e.node.subjectId === subjectId)
        .map((e) => e.node) ?? [];

    it('tells the operator of an automatically confirmed booking that it is booked, not that it awaits confirmation', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(60)]);
      const id = (await requestBooking(t, startup, catalog.offeringId, [slotId])).data?.requestBooking.id as string;
      const told = await inbox(operator, id);
      expect(told.map((n) => n.kind)).toEqual(['booking.booked']);
      expect(told[0].body.en).not.toMatch(/awaits your confirmation/);
    });

    it('tells the requester when a colleague cancels their booking', async () => {
      clock.travelTo(new Date());
      const catalog = await createCatalog(t, operator);
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], [at(300)]);
      const id = (await requestBooking(t, startup, catalog.offeringId, [slotId])).data?.requestBooking.id as string;
      const colleague = await addMember(t, startup, 'ADMIN');
      const cancelled = await gql(colleague, `mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id });
      expect(cancelled.data).toEqual({ cancelBooking: { status: 'CANCELLED' } });
      expect((await inbox(startup, id)).map((n) => n.kind)).toEqual(['booking.cancelled']);
      expect((await inbox(colleague, id)).map((n) => n.kind)).toEqual([]);
    });
  });

  it('changes only the booking rules given', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    await gql(operator, RULES, { input: { equipmentId, minNoticeHours: 2, maxRunHours: 8, bufferMinutes: 15 } });
    const one = await gql(operator, RULES, { input: { equipmentId, confirmationMode: 'AUTOMATIC' } });
    expect(one.data).toEqual({
      setBookingRules: { minNoticeHours: 2, maxRunHours: 8, bufferMinutes: 15, confirmationMode: 'AUTOMATIC' },
    });
    const cleared = await gql(operator, RULES, { input: { equipmentId, maxRunHours: null } });
    expect(cleared.data).toEqual({
      setBookingRules: { minNoticeHours: 2, maxRunHours: null, bufferMinutes: 15, confirmationMode: 'AUTOMATIC' },
    });
    for (const [field, value] of [
      ['minNoticeHours', null],
      ['bufferMinutes', null],
      ['confirmationMode', null],
      ['maxAdvanceDays', null],
      ['maxAdvanceDays', 0],
      ['maxAdvanceDays', 731],
      ['maxRunHours', 0],
      ['minNoticeHours', -1],
    ] as const) {
      const refused = await gql(operator, RULES, { input: { equipmentId, [field]: value } });
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe(field);
    }
    expect(
      (
        await gql(operator, `query($e: ID!) { bookingRules(equipmentId: $e) { minNoticeHours maxAdvanceDays } }`, {
          e: equipmentId,
        })
      ).data,
    ).toEqual({
      bookingRules: { minNoticeHours: 2, maxAdvanceDays: 365 },
    });
  });

  it('refuses impossible days, a span over a year and a pattern wholly in the past', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const day = (offsetDays: number) => new Date(clock.now().getTime() + offsetDays * DAY).toISOString().slice(0, 10);
    const pattern = (overrides: Record<string, unknown>) => ({
      input: {
        equipmentId: catalog.equipmentIds[0],
        weekdays: ['MON'],
        startTime: '09:00',
        durationHours: 4,
        ...overrides,
      },
    });
    const refusal = async (overrides: Record<string, unknown>) =>
      (await gql(operator, RECURRING, pattern(overrides))).errors?.[0].extensions?.fields?.[0];
    expect(await refusal({ fromDay: '2027-02-30', toDay: '2027-03-30' })).toMatchObject({ field: 'fromDay' });
    expect(await refusal({ fromDay: '2027-02-01', toDay: '2027-02-29' })).toMatchObject({ field: 'toDay' });
    const [y, m, d] = day(3).split('-').map(Number);
    const yearLater = (extraDays: number) => new Date(Date.UTC(y + 1, m - 1, d + extraDays)).toISOString().slice(0, 10);
    expect(await refusal({ fromDay: day(3), toDay: yearLater(1) })).toMatchObject({
      field: 'toDay',
      message: expect.stringMatching(/at most a year after fromDay/),
    });
    expect(await refusal({ fromDay: day(-30), toDay: day(-2) })).toMatchObject({
      field: 'fromDay',
      message: expect.stringMatching(/in the past/),
    });
    await setRules(t, operator, catalog.equipmentIds[0], { maxAdvanceDays: 730 });
    const wholeYear = await gql<{ publishRecurringSlots: Array<{ startsAt: string }> }>(
      operator,
      RECURRING,
      pattern({ fromDay: day(3), toDay: yearLater(0) }),
    );
    expect(wholeYear.errors).toBeUndefined();
    expect(wholeYear.data?.publishRecurringSlots.length).toBeGreaterThanOrEqual(52);
  });

  it('lays runs out in whole minutes, as startTime and changeoverMinutes are: 0.3333 h is refused, ⅓ h is 20 minutes', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    const fromDay = new Date(clock.now().getTime() + 3 * DAY).toISOString().slice(0, 10);
    const toDay = new Date(clock.now().getTime() + 9 * DAY).toISOString().slice(0, 10);
    const publish = (durationHours: number, weekday = 'TUE') =>
      gql<{ publishRecurringSlots: Array<{ startsAt: string; endsAt: string }> }>(
        operator,
        `mutation($input: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $input) { startsAt endsAt } }`,
        {
          input: { equipmentId, fromDay, toDay, weekdays: [weekday], startTime: '09:00', durationHours, runsPerDay: 3 },
        },
      );
    const count = async () =>
      (
        await t.app
          .get(DataSource)
          .query('SELECT count(*)::int AS n FROM capacity_slot WHERE equipment_id = $1', [equipmentId])
      )[0].n as number;
    for (const odd of [0.3333, 1.001, 2.9999, 0.26])
      expect([odd, (await publish(odd)).errors?.[0].extensions]).toEqual([
        odd,
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'durationHours' })],
        }),
      ]);
    expect(await count()).toBe(0);
    // A third of an hour as a client computes it (1 / 3) is 20 minutes exactly, never 19 min 59.999 s.
    const thirds = await publish(1 / 3);
    expect(thirds.errors).toBeUndefined();
    const [first, second] = thirds.data?.publishRecurringSlots ?? [];
    expect(Date.parse(first.endsAt) - Date.parse(first.startsAt)).toBe(20 * 60_000);
    expect(Date.parse(second.startsAt)).toBe(Date.parse(first.endsAt));
    expect((await publish(1.5, 'THU')).errors).toBeUndefined();
  });

  it('refuses a slot ending beyond the horizon or longer than 31 days, single or from a pattern, and publishes nothing', async () => {
    clock.travelTo(new Date('2026-12-01T00:00:00Z'));
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    await setRules(t, operator, equipmentId, { maxAdvanceDays: 365, maxRunHours: null });
    const publish = (slots: Array<{ startsAt: string; endsAt: string }>) =>
      gql(operator, `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`, {
        input: { equipmentId, slots },
      });
    const count = async () =>
      (
        await t.app
          .get(DataSource)
          .query('SELECT count(*)::int AS n FROM capacity_slot WHERE equipment_id = $1', [equipmentId])
      )[0].n as number;
    // The horizon is 2027-12-01T00:00Z: a slot starting inside it but ending after it is refused, naming endsAt.
    const straddling = await publish([
      { startsAt: '2027-01-05T00:00:00Z', endsAt: '2027-01-06T00:00:00Z' },
      { startsAt: '2027-11-20T00:00:00Z', endsAt: '2027-12-20T00:00:00Z' },
    ]);
    expect(straddling.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'slots.1.endsAt', message: expect.stringMatching(/365 days, until 2027-12-01T00:00/) }],
    });
    // One year in one slot (8 761 h) is refused, and so is 31 days and one hour; 31 days is the longest slot.
    const yearLong = await publish([{ startsAt: '2026-12-02T00:00:00Z', endsAt: '2027-12-01T00:00:00Z' }]);
    expect(yearLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'slots.0.endsAt', message: expect.stringMatching(/at most 744 hours/) }],
    });
    const tooLong = await publish([{ startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-02-01T01:00:00Z' }]);
    expect(tooLong.errors?.[0].extensions?.fields).toEqual([{ field: 'slots.0.endsAt', message: expect.any(String) }]);
    expect(await count()).toBe(0);
    // A weekly pattern whose last run (07:00–09:00 in Shanghai on 1 December) starts before the horizon (08:00 there)
    // but ends after it is refused at toDay.
    const recurring = await gql(operator, RECURRING, {
      input: {
        equipmentId,
        fromDay: '2027-11-24',
        toDay: '2027-12-01',
        weekdays: ['WED'],
        startTime: '07:00',
        durationHours: 2,
      },
    });
    expect(recurring.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'toDay' }] });
    expect(await count()).toBe(0);
    const longest = await publish([
      { startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z' },
      { startsAt: '2027-11-01T00:00:00Z', endsAt: '2027-12-01T00:00:00Z' },
    ]);
    expect(longest.errors).toBeUndefined();
    expect(await count()).toBe(2);
  });

  it('unblocks a blocked slot, and removes one that has not started', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    const [a, b] = await publishSlots(t, operator, equipmentId, [at(100, 4), at(110, 4)]);
    await gql(operator, SLOT_IDS('blockSlots'), { input: { slotIds: [a, b], reason: '校准' } });
    const unblocked = await gql(operator, SLOT_IDS('unblockSlots'), { input: { slotIds: [a] } });
    expect(unblocked.data).toEqual({ unblockSlots: [{ id: a, status: 'OPEN' }] });
    expect((await requestBooking(t, startup, catalog.offeringId, [a])).data?.requestBooking.status).toBe('REQUESTED');
    const removed = await gql(operator, SLOT_IDS('unpublishSlots'), { input: { slotIds: [b] } });
    // It answers what the slot is now: removed, not the OPEN it was.
    expect(removed.data).toEqual({ unpublishSlots: [{ id: b, status: 'REMOVED' }] });
    expect(await slotStatus(b)).toBeUndefined();
    // The time is free again.
    expect((await publishSlots(t, operator, equipmentId, [at(110, 4)])).length).toBe(1);
    const byOther = await gql(startup, SLOT_IDS('unblockSlots'), { input: { slotIds: [a] } });
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const held = await gql(operator, SLOT_IDS('unblockSlots'), { input: { slotIds: [a] } });
    expect(held.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', slotId: a, currentStatus: 'HELD' });
  });

  it('limits how far ahead slots are published and booked', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    const publish = (startsAt: string, endsAt: string) =>
      gql(operator, `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`, {
        input: { equipmentId, slots: [{ startsAt, endsAt, openAccess: false }] },
      });
    for (const year of ['2099', '9999']) {
      const res = await publish(`${year}-06-01T00:00:00Z`, `${year}-06-01T04:00:00Z`);
      expect(res.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'slots.0.startsAt' });
    }
    const far = await gql(operator, RECURRING, {
      input: {
        equipmentId,
        fromDay: '9999-01-04',
        toDay: '9999-01-31',
        weekdays: ['MON'],
        startTime: '09:00',
        durationHours: 4,
      },
    });
    expect(far.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'toDay' });
    // Published within 300 days, then the operator shortens the horizon to 100 days: no longer bookable.
    const [slotId] = await publishSlots(t, operator, equipmentId, [at(300 * 24)]);
    await setRules(t, operator, equipmentId, { maxAdvanceDays: 100 });
    const booked = await requestBooking(t, startup, catalog.offeringId, [slotId]);
    expect(booked.errors?.[0].extensions?.fields?.[0].message).toMatch(/more than 100 days ahead/);
  });

  it('keeps the changeover buffer when a slot is published next to existing ones, and when adjacent slots are booked by others', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    const [a, b] = await publishSlots(t, operator, equipmentId, [at(100, 4), at(104, 4)]);
    await setRules(t, operator, equipmentId, { bufferMinutes: 60 });
    const next = await gql(operator, `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`, {
      input: {
        equipmentId,
        // 30 minutes after b ends.
        slots: [at(108.5, 4)].map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
      },
    });
    expect(next.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', slotId: b });
    // a and b were published back to back before the buffer: one requester may run both, two may not.
    const first = await requestBooking(t, startup, catalog.offeringId, [a]);
    expect(first.errors).toBeUndefined();
    const other = await requestBooking(t, await registerUser(t, { kind: 'SME' }), catalog.offeringId, [b]);
    expect(other.errors?.[0].extensions?.fields?.[0].message).toMatch(/60-minute changeover/);
  });

  it('keeps the buffer between neighbours published at the same moment by two people', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    await setRules(t, operator, equipmentId, { bufferMinutes: 60 });
    const colleague = await addMember(t, operator, 'ADMIN');
    // Ten pairs of neighbours 30 minutes apart, each pair published by two people at once.
    const results = await Promise.all(
      Array.from(
        { length: 10 },
        (_, i) =>
          [
            [operator, at(100 + 10 * i, 4)],
            [colleague, at(104.5 + 10 * i, 4)],
          ] as const,
      )
        .flat()
        .map(([who, slot]) =>
          gql(who, `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`, {
            input: {
              equipmentId,
              slots: [{ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() }],
            },
          }),
        ),
    );
    expect(results.filter((r) => r.data).length).toBe(10);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(10);
  });
});
