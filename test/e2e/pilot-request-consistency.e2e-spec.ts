import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { consecutiveSlots, publishSlots } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { acceptProposal, createPilotRequest, pilotRequestInput, submitProposal } from '../support/matching-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CREATE = `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdatePilotRequestInput!) { updatePilotRequest(input: $input) { id } }`;
const READ = `query($id: ID!) { pilotRequest(id: $id) { title windowFrom windowTo scaleFrom scaleTo budgetMin budgetMax status } }`;

/**
 * A stored pilot request never contradicts itself, however it got there (created at once or updated field by field),
 * and a proposal shows what accepting it books.
 */
describe('pilot request consistency', () => {
  let t: TestApp;
  let startup: SignedIn;
  let operator: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    startup = await registerUser(t, { kind: 'STARTUP' });
    operator = await registerUser(t, { kind: 'SME' });
    catalog = await createCatalog(t, operator);
  });

  afterAll(async () => {
    await t.close();
  });

  const read = async (id: string) =>
    (await t.gql<{ pilotRequest: Record<string, unknown> }>(READ, { id }, { token: startup.token })).data?.pilotRequest;
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  it.each([
    ['windowTo', { windowTo: inDays(1) }, /windowTo must not be before windowFrom/],
    ['windowFrom', { windowFrom: inDays(200) }, /windowFrom must not be after windowTo/],
    // Amounts shown as the API writes them (yuan), never as the fen the code keeps.
    ['budgetMax', { budgetMax: 10_000 }, /budgetMax must not be less than budgetMin \(50000\.00\)$/],
    ['budgetMin', { budgetMin: 400_000 }, /budgetMin must not be more than budgetMax \(300000\.00\)$/],
    ['scaleTo', { scaleTo: 5 }, /scaleTo must not be less than scaleFrom/],
    ['scaleFrom', { scaleFrom: 5_000 }, /scaleFrom must not be more than scaleTo/],
  ])(
    'refuses an update of %s alone that contradicts the stored record, naming it, and changes nothing',
    async (field, change, message) => {
      const id = await createPilotRequest(t, startup, new Date(), {
        windowFrom: inDays(10),
        windowTo: inDays(100),
        scaleFrom: 50,
        scaleTo: 500,
        scaleUnit: 'L',
        budgetMin: 50_000,
        budgetMax: 300_000,
      });
      const before = await read(id);
      const res = await t.gql(UPDATE, { input: { id, ...change } }, { token: startup.token });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await read(id)).toEqual(before);
    },
  );

  it('accepts an update that moves both ends of a range together, and one that clears a bound', async () => {
    const id = await createPilotRequest(t, startup, new Date(), { budgetMin: 50_000, budgetMax: 300_000 });
    const moved = await t.gql(
      UPDATE,
      { input: { id, windowFrom: inDays(150), windowTo: inDays(160), budgetMin: 400_000, budgetMax: 500_000 } },
      { token: startup.token },
    );
    expect(moved.errors).toBeUndefined();
    const cleared = await t.gql(UPDATE, { input: { id, budgetMin: null, budgetMax: 1_000 } }, { token: startup.token });
    expect(cleared.errors).toBeUndefined();
    expect(await read(id)).toMatchObject({ budgetMin: null, budgetMax: '1000.00' }); // Money: exact decimal text
  });

  it('refuses a window wholly in the past, at create and at update, naming windowTo', async () => {
    const created = await t.gql(
      CREATE,
      { input: pilotRequestInput(new Date(), { windowFrom: inDays(-30), windowTo: inDays(-1) }) },
      { token: startup.token },
    );
    expect(created.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['windowTo']);
    // A window that began in the past but has not ended can still be served.
    const running = await t.gql(
      CREATE,
      { input: pilotRequestInput(new Date(), { windowFrom: inDays(-30), windowTo: inDays(5) }) },
      { token: startup.token },
    );
    expect(running.errors).toBeUndefined();

    const id = await createPilotRequest(t, startup, new Date());
    const before = await read(id);
    const moved = await t.gql(
      UPDATE,
      { input: { id, windowFrom: inDays(-30), windowTo: inDays(-2) } },
      { token: startup.token },
    );
    expect(moved.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['windowTo']);
    expect(await read(id)).toEqual(before);
  });

  it('refuses a site outside China (Sydney, latitude and longitude swapped), at create and at update, naming location', async () => {
    const READ_LOCATION = `query($id: ID!) { pilotRequest(id: $id) { location { lat lng } } }`;
    for (const location of [
      { lat: -33.8688, lng: 151.2093 },
      { lat: 31.23, lng: 31.23 },
    ]) {
      const created = await t.gql(
        CREATE,
        { input: pilotRequestInput(new Date(), { location }) },
        { token: startup.token },
      );
      expect(created.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(created.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['location']);
    }
    const suzhou = { lat: 31.2989, lng: 120.5853 };
    const id = await createPilotRequest(t, startup, new Date(), { location: suzhou });
    const moved = await t.gql(
      UPDATE,
      { input: { id, location: { lat: 48.8566, lng: 2.3522 } } },
      { token: startup.token },
    );
    expect(moved.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['location']);
    const stored = await t.gql<{ pilotRequest: { location: unknown } }>(
      READ_LOCATION,
      { id },
      { token: startup.token },
    );
    expect(stored.data?.pilotRequest.location).toEqual(suzhou);
  });

  const slotStatuses = async (ids: string[]) =>
    (
      (await t.app
        .get(DataSource)
        .query('SELECT status FROM capacity_slot WHERE id = ANY($1) ORDER BY starts_at', [ids])) as Array<{
        status: string;
      }>
    ).map((r) => r.status);
  const proposalCount = async (requestId: string) =>
    Number(
      (
        (await t.app
          .get(DataSource)
          .query('SELECT count(*) AS n FROM proposal WHERE request_id = $1', [requestId])) as Array<{ n: string }>
      )[0].n,
    );

  it('refuses to hold a slot outside the proposed period, naming slotIds, and holds nothing', async () => {
    const slots = consecutiveSlots(2, 100, 4);
    const [inside, outside] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, new Date());
    const res = await submitProposal(t, operator, {
      requestId: request,
      offeringId: catalog.offeringId,
      slotIds: [inside, outside],
      startsAt: slots[0].startsAt,
      endsAt: slots[0].endsAt,
      validUntil: new Date(Date.now() + 12 * HOUR),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'slotIds', message: expect.stringMatching(/every held slot must lie inside startsAt – endsAt/) },
    ]);
    expect(await slotStatuses([inside, outside])).toEqual(['OPEN', 'OPEN']);
    expect(await proposalCount(request)).toBe(0);

    // A slot that starts before the period is outside it too; the whole span of both is fine.
    const early = await submitProposal(t, operator, {
      requestId: request,
      offeringId: catalog.offeringId,
      slotIds: [inside],
      startsAt: new Date(slots[0].startsAt.getTime() + HOUR),
      endsAt: slots[1].endsAt,
      validUntil: new Date(Date.now() + 12 * HOUR),
    });
    expect(early.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['slotIds']);
    const both = await submitProposal(t, operator, {
      requestId: request,
      offeringId: catalog.offeringId,
      slotIds: [inside, outside],
      startsAt: slots[0].startsAt,
      endsAt: slots[1].endsAt,
      validUntil: new Date(Date.now() + 12 * HOUR),
    });
    expect(both.errors).toBeUndefined();
    expect(await slotStatuses([inside, outside])).toEqual(['HELD', 'HELD']);
  });

  it('refuses a period that does not overlap the request window, naming startsAt', async () => {
    const request = await createPilotRequest(t, startup, new Date(), {
      windowFrom: inDays(20),
      windowTo: inDays(30),
    });
    const propose = (startsAt: Date, endsAt: Date) =>
      submitProposal(t, operator, {
        requestId: request,
        offeringId: catalog.offeringId,
        slotIds: [],
        startsAt,
        endsAt,
        validUntil: new Date(Date.now() + 12 * HOUR),
      });
    for (const [from, to] of [
      [2, 10],
      [31, 40],
    ]) {
      const res = await propose(new Date(inDays(from)), new Date(inDays(to)));
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([
        { field: 'startsAt', message: expect.stringMatching(/must overlap the request's window/) },
      ]);
    }
    expect(await proposalCount(request)).toBe(0);
    // Overlapping one end of the window is enough: the parties settle the rest.
    expect((await propose(new Date(inDays(10)), new Date(inDays(21)))).errors).toBeUndefined();
  });

  it('closes a MATCHED request, as its description says, leaving its booking and slots untouched', async () => {
    const slots = consecutiveSlots(1, 300, 4);
    const [slot] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, new Date());
    const proposal = await submitProposal(t, operator, {
      requestId: request,
      offeringId: catalog.offeringId,
      slotIds: [slot],
      startsAt: slots[0].startsAt,
      endsAt: slots[0].endsAt,
      validUntil: new Date(Date.now() + 12 * HOUR),
    });
    const booking = await acceptProposal(t, startup, proposal.data?.submitProposal.id as string);
    const bookingId = booking.data?.acceptProposal.id as string;
    const BOOKING = `query($id: ID!) { booking(id: $id) { id status slots { slotId } } }`;
    const before = await t.gql(BOOKING, { id: bookingId }, { token: startup.token });
    expect(before.data).toMatchObject({ booking: { status: 'CONFIRMED' } });

    const closed = await t.gql<{ closePilotRequest: { status: string } }>(
      `mutation($id: ID!) { closePilotRequest(id: $id) { status } }`,
      { id: request },
      { token: startup.token },
    );
    expect(closed.data?.closePilotRequest.status).toBe('CLOSED');
    expect(await t.gql(BOOKING, { id: bookingId }, { token: startup.token })).toEqual(before);
    expect(await slotStatuses([slot])).toEqual(['BOOKED']);

    const schema = await t.gql<{ __type: { fields: Array<{ name: string; description: string }> } }>(
      `{ __type(name: "Mutation") { fields { name description } } }`,
      {},
      { token: startup.token },
    );
    const description = schema.data?.__type.fields.find((f) => f.name === 'closePilotRequest')?.description;
    expect(description).toMatch(/OPEN or MATCHED request/);
    expect(description).toMatch(/leaves its booking as it is/);
  });
});
