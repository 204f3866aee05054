import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JobScheduler } from '#core';
import { EXPIRE_PROPOSALS_JOB } from '#matching';
import { publishSlots, requestBooking, setRules } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { acceptProposal, createPilotRequest, submitProposal } from '../support/matching-fixtures.js';
import { monthAfter, obligationInput, SET_OBLIGATION } from '../support/obligation-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;

/** A proposal is a claim on capacity like a booking request: the same rules at submission and again at acceptance. */
describe('proposals claim capacity under the booking rules', () => {
  let t: TestApp;
  let clock: TestClock;
  let operator: SignedIn;
  let startup: SignedIn;
  let sme: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    // An SME that runs a platform and may also post pilot requests of its own.
    operator = await registerUser(t, { kind: 'SME', isLeadingEnterprise: true });
    startup = await registerUser(t, { kind: 'STARTUP' });
    sme = await registerUser(t, { kind: 'SME' });
  });

  afterAll(async () => {
    await t.close();
  });

  const gql = <T = Record<string, unknown>>(who: SignedIn, query: string, variables: Record<string, unknown>) =>
    t.gql<T>(query, variables, { token: who.token });
  const at = (from: Date, offsetHours: number, hours = 4, openAccess = false) => ({
    startsAt: new Date(from.getTime() + offsetHours * HOUR),
    endsAt: new Date(from.getTime() + (offsetHours + hours) * HOUR),
    openAccess,
  });
  const hourAligned = () => new Date(Math.ceil(clock.now().getTime() / HOUR) * HOUR);
  const slotStatuses = async (ids: string[]) =>
    (
      (await t.app
        .get(DataSource)
        .query('SELECT status FROM capacity_slot WHERE id = ANY($1) ORDER BY starts_at', [ids])) as Array<{
        status: string;
      }>
    ).map((r) => r.status);
  const propose = (
    requestId: string,
    catalog: CatalogSetup,
    slotIds: string[],
    slots: Array<{ startsAt: Date }>,
    validUntil?: Date,
  ) =>
    submitProposal(t, operator, {
      requestId,
      offeringId: catalog.offeringId,
      slotIds,
      startsAt: slots[0].startsAt,
      endsAt: new Date(slots[0].startsAt.getTime() + 4 * HOUR),
      validUntil: validUntil ?? new Date(clock.now().getTime() + 12 * HOUR),
    });

  it('refuses to hold an open-access slot for a requester the obligation leaves out, at submission and at acceptance', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const month = monthAfter(clock.now());
    const startupsOnly = await gql(
      operator,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { effectiveFrom: month.start, eligibleRequesterKinds: ['STARTUP'] }),
    );
    expect(startupsOnly.errors).toBeUndefined();
    const slots = [at(month.start, 48, 4, true), at(month.start, 60, 4, true)];
    const [forSme, forStartup] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    expect((await requestBooking(t, sme, catalog.offeringId, [forSme])).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const smeRequest = await createPilotRequest(t, sme, clock.now());
    const viaProposal = await propose(smeRequest, catalog, [forSme], [slots[0]]);
    expect(viaProposal.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPEN_ACCESS_NOT_ELIGIBLE' });
    expect(await slotStatuses([forSme])).toEqual(['OPEN']);

    // Eligible when proposed; a version recorded before the month starts narrows who may have it: accepting fails.
    const startupRequest = await createPilotRequest(t, startup, clock.now());
    const proposal = await propose(startupRequest, catalog, [forStartup], [slots[1]]);
    expect(proposal.errors).toBeUndefined();
    await gql(
      operator,
      SET_OBLIGATION,
      obligationInput(catalog.platformId, { effectiveFrom: month.start, eligibleRequesterKinds: ['UNIVERSITY'] }),
    );
    const accepted = await acceptProposal(t, startup, proposal.data?.submitProposal.id as string);
    expect(accepted.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPEN_ACCESS_NOT_ELIGIBLE' });
    expect(await slotStatuses([forStartup])).toEqual(['HELD']);
  });

  it('refuses an operator a proposal on its own platform, answering its own request', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const slots = [at(hourAligned(), 72, 4, true)];
    const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const ownRequest = await createPilotRequest(t, operator, clock.now());
    const res = await propose(ownRequest, catalog, [slotId], slots);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_PLATFORM' });
    expect(await slotStatuses([slotId])).toEqual(['OPEN']);
  });

  it('holds a slot no later than its start minus the notice, and checks the notice again at acceptance', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 2 });
    const slots = [at(hourAligned(), 30), at(hourAligned(), 40)];
    const [a, b] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, clock.now());
    // Valid until an hour before the slot, inside its 2 h notice: refused, naming the latest instant allowed.
    const tooLong = await propose(request, catalog, [a], [slots[0]], new Date(slots[0].startsAt.getTime() - HOUR));
    expect(tooLong.errors?.[0].extensions?.fields?.[0]).toEqual({
      field: 'validUntil',
      message: `validUntil must be no later than ${new Date(slots[0].startsAt.getTime() - 2 * HOUR).toISOString()}: slot ${a} starts 2 h after it, its equipment's notice`,
    });
    const ok = await propose(request, catalog, [b], [slots[1]], new Date(slots[1].startsAt.getTime() - 2 * HOUR));
    expect(ok.errors).toBeUndefined();
    // The operator now needs a day's notice: a slot 40 h away may still be accepted, after 17 h it may not.
    await setRules(t, operator, catalog.equipmentIds[0], { minNoticeHours: 24 });
    clock.advance(17 * HOUR);
    const accepted = await acceptProposal(t, startup, ok.data?.submitProposal.id as string);
    expect(accepted.errors?.[0].extensions?.fields?.[0].message).toMatch(/needs 24 h notice/);
    expect(await slotStatuses([b])).toEqual(['HELD']);
  });

  it('refuses slots of equipment that is not shared, and slots too close to a neighbour booked by someone else', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const equipmentId = catalog.equipmentIds[0];
    const slots = [at(hourAligned(), 100), at(hourAligned(), 104)];
    const [a, b] = await publishSlots(t, operator, equipmentId, slots);
    await setRules(t, operator, equipmentId, { bufferMinutes: 30 });
    expect((await requestBooking(t, sme, catalog.offeringId, [a])).errors).toBeUndefined();
    const request = await createPilotRequest(t, startup, clock.now());
    const tooClose = await propose(request, catalog, [b], [slots[1]]);
    expect(tooClose.errors?.[0].extensions?.fields?.[0].message).toMatch(/30-minute changeover/);
    await gql(operator, `mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) { id } }`, {
      input: { id: equipmentId, shareable: false },
    });
    const [c] = await publishSlots(t, operator, equipmentId, [at(hourAligned(), 200)]);
    const unshared = await propose(request, catalog, [c], [at(hourAligned(), 200)]);
    expect(unshared.errors?.[0].extensions?.fields?.[0].message).toMatch(/does not share/);
    expect(await slotStatuses([b, c])).toEqual(['OPEN', 'OPEN']);
  });

  it('accepting one proposal supersedes the others atomically: their holds are freed and their authors told', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const rival = await registerUser(t, { kind: 'SME' });
    const rivalCatalog = await createCatalog(t, rival);
    const slots = [at(hourAligned(), 100), at(hourAligned(), 110)];
    const [mine] = await publishSlots(t, operator, catalog.equipmentIds[0], [slots[0]]);
    const [theirs] = await publishSlots(t, rival, rivalCatalog.equipmentIds[0], [slots[1]]);
    const request = await createPilotRequest(t, startup, clock.now());
    const first = await propose(request, catalog, [mine], [slots[0]]);
    const second = await submitProposal(t, rival, {
      requestId: request,
      offeringId: rivalCatalog.offeringId,
      slotIds: [theirs],
      startsAt: slots[1].startsAt,
      endsAt: slots[1].endsAt,
      validUntil: new Date(clock.now().getTime() + 12 * HOUR),
    });
    expect(second.errors).toBeUndefined();
    const accepted = await acceptProposal(t, startup, first.data?.submitProposal.id as string);
    expect(accepted.data?.acceptProposal.status).toBe('CONFIRMED');
    expect(await slotStatuses([mine, theirs])).toEqual(['BOOKED', 'OPEN']);
    // The operator hears that its proposal was accepted, not that the booking awaits its confirmation.
    const operatorInbox = await gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
      operator,
      `{ notifications(first: 50) { edges { node { kind subjectId } } } }`,
      {},
    );
    const about = new Set([first.data?.submitProposal.id, accepted.data?.acceptProposal.id]);
    expect(
      operatorInbox.data?.notifications.edges.filter((e) => about.has(e.node.subjectId)).map((e) => e.node.kind),
    ).toEqual(['proposal.accepted']);
    const proposals = await gql<{ pilotRequest: { status: string; proposals: Array<{ id: string; status: string }> } }>(
      startup,
      `query($id: ID!) { pilotRequest(id: $id) { status proposals { id status } } }`,
      { id: request },
    );
    expect(proposals.data?.pilotRequest.status).toBe('MATCHED');
    expect(Object.fromEntries(proposals.data?.pilotRequest.proposals.map((p) => [p.id, p.status]) ?? [])).toEqual({
      [first.data?.submitProposal.id as string]: 'ACCEPTED',
      [second.data?.submitProposal.id as string]: 'SUPERSEDED',
    });
    const again = await acceptProposal(t, startup, second.data?.submitProposal.id as string);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'SUPERSEDED' });
    const rivalInbox = await gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
      rival,
      `{ notifications(first: 20) { edges { node { kind subjectId } } } }`,
      {},
    );
    expect(rivalInbox.data?.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'proposal.superseded',
      subjectId: second.data?.submitProposal.id,
    });
  });

  it('lets exactly one of two proposals accepted at once win', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const slots = [at(hourAligned(), 120), at(hourAligned(), 130)];
    const slotIds = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, clock.now());
    const ids = await Promise.all(
      slotIds.map(
        async (slotId, i) => (await propose(request, catalog, [slotId], [slots[i]])).data?.submitProposal.id as string,
      ),
    );
    const results = await Promise.all(ids.map((id) => acceptProposal(t, startup, id)));
    expect(results.filter((r) => r.data?.acceptProposal).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(1);
    expect((await slotStatuses(slotIds)).sort()).toEqual(['BOOKED', 'OPEN']);
  });

  it('never deadlocks an acceptance against booking requests racing for the slots it supersedes', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const rivals = await Promise.all(Array.from({ length: 8 }, () => registerUser(t, { kind: 'SME' })));
    for (let round = 0; round < 3; round += 1) {
      const slots = [at(hourAligned(), 300 + 20 * round), at(hourAligned(), 310 + 20 * round)];
      const slotIds = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
      const request = await createPilotRequest(t, startup, clock.now());
      const proposals = await Promise.all(
        slotIds.map(
          async (slotId, i) =>
            (await propose(request, catalog, [slotId], [slots[i]])).data?.submitProposal.id as string,
        ),
      );
      // Accept the proposal holding the higher slot id: freeing the other one means locking a lower id last.
      const accepted = slotIds[0] > slotIds[1] ? 0 : 1;
      const results = await Promise.all([
        acceptProposal(t, startup, proposals[accepted]),
        ...rivals.map((rival) => requestBooking(t, rival, catalog.offeringId, [...slotIds])),
      ]);
      expect(results[0].data?.acceptProposal.status).toBe('CONFIRMED');
      for (const lost of results.slice(1)) expect(lost.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await slotStatuses(slotIds)).toEqual(accepted === 0 ? ['BOOKED', 'OPEN'] : ['OPEN', 'BOOKED']);
    }
  });

  it('tells the requester when a proposal expires', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const slots = [at(hourAligned(), 150)];
    const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, clock.now());
    const proposal = await propose(request, catalog, [slotId], slots, new Date(clock.now().getTime() + 2 * HOUR));
    const id = proposal.data?.submitProposal.id as string;
    clock.advance(3 * HOUR);
    await t.app.get(JobScheduler).runNow(EXPIRE_PROPOSALS_JOB);
    const inbox = await gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
      startup,
      `{ notifications(first: 20) { edges { node { kind subjectId } } } }`,
      {},
    );
    expect(inbox.data?.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'proposal.expired',
      subjectId: id,
    });
    expect(await slotStatuses([slotId])).toEqual(['OPEN']);
  });

  it('never makes a booking out of a proposal after its validity ended, even before the sweep', async () => {
    clock.travelTo(new Date());
    const catalog = await createCatalog(t, operator);
    const slots = [at(hourAligned(), 170)];
    const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], slots);
    const request = await createPilotRequest(t, startup, clock.now());
    const proposal = await propose(request, catalog, [slotId], slots, new Date(clock.now().getTime() + 2 * HOUR));
    clock.advance(3 * HOUR);
    const accepted = await acceptProposal(t, startup, proposal.data?.submitProposal.id as string);
    expect(accepted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'EXPIRED' });
    // The slot is free for anyone at once, and the proposal reads EXPIRED.
    expect((await requestBooking(t, sme, catalog.offeringId, [slotId])).data?.requestBooking.status).toBe('REQUESTED');
    const read = await gql<{ pilotRequest: { proposals: Array<{ status: string }> } }>(
      startup,
      `query($id: ID!) { pilotRequest(id: $id) { proposals { status } } }`,
      { id: request },
    );
    expect(read.data?.pilotRequest.proposals).toEqual([{ status: 'EXPIRED' }]);
  });
});
