import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, equipmentInput, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { addMember, createAuthority, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { createPilotRequest } from '../support/matching-fixtures.js';
import { monthAfter, obligationInput } from '../support/obligation-fixtures.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Attacker = 'outsider' | 'rival' | 'otherAuthority' | 'regionalAuthority' | 'otherExpert';

/**
 * The existence oracle, closed: for everything of another organization a caller may not see (a DRAFT or SUSPENDED
 * platform and its equipment, offerings and slots, an ARCHIVED offering, another region's evaluation round, a booking
 * between two others), every operation answers exactly as for an id that does not exist — same code, reason,
 * message (but for the id), fields — and changes nothing. Each case runs once with the hidden id and once with a fresh
 * random UUID; the two answers must be equal after the id is replaced by a placeholder.
 */
describe('hidden things answer as missing ones', () => {
  let t: TestApp;
  const people = {} as Record<
    'owner' | 'outsider' | 'rival' | 'requester' | 'regionalAuthority' | 'otherAuthority' | 'otherExpert' | 'siteAdmin',
    SignedIn
  >;
  let draft: CatalogSetup;
  let suspended: CatalogSetup;
  let published: CatalogSetup;
  let archivedOfferingId: string;
  let draftSlotId: string;
  let suspendedSlotId: string;
  let publishedSlotId: string;
  let bookingId: string;
  let roundId: string;
  let outsiderRequestId: string;
  let rivalOfferingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    people.owner = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32' });
    people.outsider = await registerUser(t, { kind: 'SME', province: '32' });
    people.requester = await registerUser(t, { kind: 'STARTUP', province: '32' });
    people.rival = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32' });
    people.regionalAuthority = await createAuthority(t, { province: '32' });
    people.otherAuthority = await createAuthority(t, { province: '44' });
    people.otherExpert = await addMember(t, people.otherAuthority, 'EXPERT');
    people.siteAdmin = await createSiteAdmin(t);

    draft = await createCatalog(t, people.owner, { publish: false });
    [draftSlotId] = await publishSlots(t, people.owner, draft.equipmentIds[0], consecutiveSlots(1, 100));
    suspended = await createCatalog(t, people.owner);
    [suspendedSlotId] = await publishSlots(t, people.owner, suspended.equipmentIds[0], consecutiveSlots(1, 100));
    await gqlOk(people.owner, `mutation($id: ID!) { suspendPlatform(id: $id) { id } }`, { id: suspended.platformId });
    published = await createCatalog(t, people.owner);
    const slots = await publishSlots(t, people.owner, published.equipmentIds[0], consecutiveSlots(2, 100));
    publishedSlotId = slots[0];
    const archived = await gqlOk<{ createOffering: { id: string } }>(
      people.owner,
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
      { input: offeringInput(published.platformId, published.equipmentIds, { title: '已下架的工艺放大服务' }) },
    );
    archivedOfferingId = archived.createOffering.id;
    await gqlOk(people.owner, `mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id: archivedOfferingId });
    const booked = await requestBooking(t, people.requester, published.offeringId, [slots[1]]);
    bookingId = booked.data?.requestBooking.id as string;
    expect(bookingId).toEqual(expect.any(String));

    // A round of Guangdong, scored by Guangdong's expert: nobody of Jiangsu sees it.
    const operator44 = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '44' });
    const guangdong = await createCatalog(t, operator44, {
      platform: { province: '44', city: '广州', location: { lat: 23.13, lng: 113.26 } },
    });
    const round = await gqlOk<{ openEvaluationRound: { id: string } }>(
      people.otherAuthority,
      `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
      {
        input: {
          name: '广东省中试平台评估',
          scope: '44',
          periodStart: '2025-01-01T00:00:00Z',
          periodEnd: '2026-01-01T00:00:00Z',
          platforms: [{ platformId: guangdong.platformId, expertIds: [people.otherExpert.userId] }],
        },
      },
    );
    roundId = round.openEvaluationRound.id;
    outsiderRequestId = await createPilotRequest(t, people.outsider, new Date());
    rivalOfferingId = (await createCatalog(t, people.rival)).offeringId;
  });

  afterAll(async () => {
    await t.close();
  });

  async function gqlOk<T>(who: SignedIn, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await t.gql<T>(query, variables, { token: who.token });
    if (!res.data || res.errors) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const window = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 30 * DAY).toISOString() });
  const period = () => ({
    from: new Date(Date.now() - 30 * DAY).toISOString(),
    to: new Date(Date.now() + DAY).toISOString(),
  });
  const slotIds = (id: string) => ({ input: { slotIds: [id] } });

  type Case = [name: string, who: Attacker, hidden: () => string, call: (id: string) => [string, object]];
  const CASES: Case[] = [
    // Platforms: a DRAFT one and one its operator SUSPENDED.
    [
      'platform (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($id: ID!) { platform(id: $id) { id } }`, { id }],
    ],
    [
      'updatePlatform (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`mutation($i: UpdatePlatformInput!) { updatePlatform(input: $i) { id } }`, { i: { id, summary: '改' } }],
    ],
    [
      'updatePlatform (suspended, another region’s authority)',
      'otherAuthority',
      () => suspended.platformId,
      (id) => [`mutation($i: UpdatePlatformInput!) { updatePlatform(input: $i) { id } }`, { i: { id, summary: '改' } }],
    ],
    [
      'publishPlatform (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`mutation($id: ID!) { publishPlatform(id: $id) { id } }`, { id }],
    ],
    [
      'publishPlatform (suspended)',
      'outsider',
      () => suspended.platformId,
      (id) => [`mutation($id: ID!) { publishPlatform(id: $id) { id } }`, { id }],
    ],
    [
      'suspendPlatform (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`mutation($id: ID!) { suspendPlatform(id: $id) { id } }`, { id }],
    ],
    [
      'createEquipment (draft platform)',
      'outsider',
      () => draft.platformId,
      (id) => [`mutation($i: CreateEquipmentInput!) { createEquipment(input: $i) { id } }`, { i: equipmentInput(id) }],
    ],
    [
      'createOffering (draft platform)',
      'outsider',
      () => draft.platformId,
      (id) => [`mutation($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`, { i: offeringInput(id, []) }],
    ],
    [
      'updateEquipment (draft platform)',
      'outsider',
      () => draft.equipmentIds[0],
      (id) => [`mutation($i: UpdateEquipmentInput!) { updateEquipment(input: $i) { id } }`, { i: { id, model: 'X' } }],
    ],
    [
      'updateOffering (draft platform)',
      'outsider',
      () => draft.offeringId,
      (id) => [
        `mutation($i: UpdateOfferingInput!) { updateOffering(input: $i) { id } }`,
        { i: { id, leadTimeDays: 3 } },
      ],
    ],
    [
      'updateOffering (archived, published platform)',
      'outsider',
      () => archivedOfferingId,
      (id) => [
        `mutation($i: UpdateOfferingInput!) { updateOffering(input: $i) { id } }`,
        { i: { id, leadTimeDays: 3 } },
      ],
    ],
    [
      'archiveOffering (draft platform)',
      'outsider',
      () => draft.offeringId,
      (id) => [`mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id }],
    ],
    [
      'archiveOffering (archived)',
      'outsider',
      () => archivedOfferingId,
      (id) => [`mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id }],
    ],
    [
      'offering (archived)',
      'outsider',
      () => archivedOfferingId,
      (id) => [`query($id: ID!) { offering(id: $id) { id } }`, { id }],
    ],
    [
      'equipmentById (suspended)',
      'outsider',
      () => suspended.equipmentIds[0],
      (id) => [`query($id: ID!) { equipmentById(id: $id) { id } }`, { id }],
    ],
    // Calendars and booking rules.
    [
      'bookingRules (draft)',
      'outsider',
      () => draft.equipmentIds[0],
      (id) => [`query($id: ID!) { bookingRules(equipmentId: $id) { equipmentId } }`, { id }],
    ],
    [
      'setBookingRules (draft)',
      'outsider',
      () => draft.equipmentIds[0],
      (id) => [
        `mutation($i: BookingRulesInput!) { setBookingRules(input: $i) { equipmentId } }`,
        { i: { equipmentId: id, minNoticeHours: 1 } },
      ],
    ],
    [
      'publishSlots (suspended)',
      'outsider',
      () => suspended.equipmentIds[0],
      (id) => {
        const [run] = consecutiveSlots(1, 300);
        return [
          `mutation($i: PublishSlotsInput!) { publishSlots(input: $i) { id } }`,
          {
            i: {
              equipmentId: id,
              slots: [{ startsAt: run.startsAt.toISOString(), endsAt: run.endsAt.toISOString(), openAccess: false }],
            },
          },
        ];
      },
    ],
    [
      'publishRecurringSlots (draft)',
      'outsider',
      () => draft.equipmentIds[0],
      (id) => {
        const day = (offset: number) => new Date(Date.now() + offset * DAY + 8 * HOUR).toISOString().slice(0, 10);
        return [
          `mutation($i: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $i) { id } }`,
          {
            i: {
              equipmentId: id,
              fromDay: day(20),
              toDay: day(27),
              weekdays: ['MON', 'TUE'],
              startTime: '09:00',
              durationHours: 4,
            },
          },
        ];
      },
    ],
    [
      'availableSlots by equipment (draft)',
      'outsider',
      () => draft.equipmentIds[0],
      (id) => [
        `query($e: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(equipmentId: $e, from: $from, to: $to) { id } }`,
        { e: id, ...window() },
      ],
    ],
    [
      'availableSlots by offering (archived)',
      'outsider',
      () => archivedOfferingId,
      (id) => [
        `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`,
        { o: id, ...window() },
      ],
    ],
    [
      'capacitySlots (draft)',
      'otherAuthority',
      () => draft.equipmentIds[0],
      (id) => [
        `query($e: [ID!]!, $from: DateTime!, $to: DateTime!) { capacitySlots(equipmentIds: $e, from: $from, to: $to) { id } }`,
        { e: [id], ...window() },
      ],
    ],
    [
      'blockSlots (draft)',
      'outsider',
      () => draftSlotId,
      (id) => [`mutation($input: SlotIdsInput!) { blockSlots(input: $input) { id } }`, slotIds(id)],
    ],
    [
      'unblockSlots (suspended)',
      'outsider',
      () => suspendedSlotId,
      (id) => [`mutation($input: SlotIdsInput!) { unblockSlots(input: $input) { id } }`, slotIds(id)],
    ],
    [
      'unpublishSlots (draft)',
      'outsider',
      () => draftSlotId,
      (id) => [`mutation($input: SlotIdsInput!) { unpublishSlots(input: $input) { id } }`, slotIds(id)],
    ],
    [
      'setSlotsOpenAccess (suspended)',
      'otherAuthority',
      () => suspendedSlotId,
      (id) => [
        `mutation($input: SlotOpenAccessInput!) { setSlotsOpenAccess(input: $input) { id } }`,
        { input: { slotIds: [id], openAccess: true } },
      ],
    ],
    // Booking what one cannot see.
    [
      'requestBooking (draft offering)',
      'outsider',
      () => draft.offeringId,
      (id) => [
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { offeringId: id, slotIds: [draftSlotId], idempotencyKey: 'oracle-draft' } },
      ],
    ],
    [
      'requestBooking (archived offering)',
      'outsider',
      () => archivedOfferingId,
      (id) => [
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { offeringId: id, slotIds: [publishedSlotId], idempotencyKey: 'oracle-archived' } },
      ],
    ],
    [
      'quoteBooking (suspended offering)',
      'outsider',
      () => suspended.offeringId,
      (id) => [
        `query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`,
        { input: { offeringId: id, slotIds: [suspendedSlotId] } },
      ],
    ],
    [
      'offeringReviews (draft)',
      'outsider',
      () => draft.offeringId,
      (id) => [`query($id: ID!) { offeringReviews(offeringId: $id) { rating } }`, { id }],
    ],
    // Bookings between two others.
    ['booking', 'outsider', () => bookingId, (id) => [`query($id: ID!) { booking(id: $id) { id } }`, { id }]],
    [
      'confirmBooking',
      'otherAuthority',
      () => bookingId,
      (id) => [`mutation($id: ID!) { confirmBooking(id: $id) { id } }`, { id }],
    ],
    [
      'cancelBooking',
      'outsider',
      () => bookingId,
      (id) => [`mutation($id: ID!) { cancelBooking(id: $id) { id } }`, { id }],
    ],
    [
      'platformBookings (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($p: ID!) { platformBookings(platformId: $p, first: 5) { totalCount } }`, { p: id }],
    ],
    [
      'platformBookings (suspended, another region’s authority)',
      'otherAuthority',
      () => suspended.platformId,
      (id) => [`query($p: ID!) { platformBookings(platformId: $p, first: 5) { totalCount } }`, { p: id }],
    ],
    // Money.
    [
      'charges (draft platform)',
      'outsider',
      () => draft.platformId,
      (id) => [
        `query($p: ID, $from: DateTime!, $to: DateTime!) { charges(platformId: $p, from: $from, to: $to) { totalCount } }`,
        { p: id, ...period() },
      ],
    ],
    [
      'chargesExport (suspended platform)',
      'otherAuthority',
      () => suspended.platformId,
      (id) => [
        `query($p: ID, $from: DateTime!, $to: DateTime!) { chargesExport(platformId: $p, from: $from, to: $to) { lineCount } }`,
        { p: id, ...period() },
      ],
    ],
    // Open-access obligations.
    [
      'openAccessObligation (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($p: ID!) { openAccessObligation(platformId: $p) { id } }`, { p: id }],
    ],
    [
      'obligationHistory (draft)',
      'otherAuthority',
      () => draft.platformId,
      (id) => [`query($p: ID!) { obligationHistory(platformId: $p) { id } }`, { p: id }],
    ],
    [
      'obligationCompliance (suspended)',
      'outsider',
      () => suspended.platformId,
      (id) => [
        `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) { status } }`,
        { p: id, at: new Date().toISOString() },
      ],
    ],
    [
      'obligationTrend (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($p: ID!) { obligationTrend(platformId: $p, periods: 3) { status } }`, { p: id }],
    ],
    [
      'setOpenAccessObligation (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [
        `mutation($input: SetOpenAccessObligationInput!) { setOpenAccessObligation(input: $input) { id } }`,
        { input: { ...obligationInput(id).input, effectiveFrom: monthAfter(new Date()).start.toISOString() } },
      ],
    ],
    [
      'correctOpenAccessObligation (draft)',
      'otherAuthority',
      () => draft.platformId,
      (id) => [
        `mutation($input: CorrectOpenAccessObligationInput!) { correctOpenAccessObligation(input: $input) { id } }`,
        {
          input: {
            platformId: id,
            basis: 'HOURS',
            target: 0,
            period: 'MONTH',
            reference: '核查',
            reason: '停产检修',
            effectiveFrom: new Date(Date.now() - 40 * DAY).toISOString(),
            effectiveTo: new Date(Date.now() - 10 * DAY).toISOString(),
          },
        },
      ],
    ],
    // Matching.
    [
      'sharePilotRequest (draft platform)',
      'outsider',
      () => draft.platformId,
      (id) => [
        `mutation($r: ID!, $p: ID!) { sharePilotRequest(id: $r, platformId: $p) { id } }`,
        { r: outsiderRequestId, p: id },
      ],
    ],
    [
      'openRequestsForPlatform (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($p: ID!) { openRequestsForPlatform(platformId: $p) { id } }`, { p: id }],
    ],
    [
      'submitProposal (draft offering)',
      'outsider',
      () => draft.offeringId,
      (id) => [
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            requestId: outsiderRequestId,
            offeringId: id,
            priceAmount: 1000,
            startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
            endsAt: new Date(Date.now() + 11 * DAY).toISOString(),
            slotIds: [],
            validUntil: new Date(Date.now() + 5 * DAY).toISOString(),
          },
        },
      ],
    ],
    [
      'submitProposal (its own offering, a slot of another organization’s draft)',
      'rival',
      () => draftSlotId,
      (id) => [
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            requestId: outsiderRequestId,
            offeringId: rivalOfferingId,
            priceAmount: 1000,
            startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
            endsAt: new Date(Date.now() + 60 * DAY).toISOString(),
            slotIds: [id],
            validUntil: new Date(Date.now() + DAY).toISOString(),
          },
        },
      ],
    ],
    // Authorities' workspace.
    [
      'decidePlatformLevel (draft, another region’s authority)',
      'otherAuthority',
      () => draft.platformId,
      (id) => [
        `mutation($input: DecidePlatformLevelInput!) { decidePlatformLevel(input: $input) { id } }`,
        { input: { platformId: id, action: 'NOMINATE', reason: '推荐', evidence: ['粤工信〔2025〕1号'] } },
      ],
    ],
    [
      'platformLevelHistory (draft)',
      'outsider',
      () => draft.platformId,
      (id) => [`query($p: ID!) { platformLevelHistory(platformId: $p) { id } }`, { p: id }],
    ],
    [
      'platformServiceFigures (suspended)',
      'otherAuthority',
      () => suspended.platformId,
      (id) => [
        `query($p: ID!) { platformServiceFigures(platformId: $p, from: "2025-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { hoursPublished } }`,
        { p: id },
      ],
    ],
    [
      'openEvaluationRound (another region’s draft platform)',
      'otherAuthority',
      () => draft.platformId,
      (id) => [
        `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
        {
          input: {
            name: '越界评估',
            scope: '44',
            periodStart: '2025-01-01T00:00:00Z',
            periodEnd: '2026-01-01T00:00:00Z',
            platforms: [{ platformId: id, expertIds: [people.otherExpert.userId] }],
          },
        },
      ],
    ],
    [
      'evaluationRound (another region’s)',
      'regionalAuthority',
      () => roundId,
      (id) => [`query($id: ID!) { evaluationRound(id: $id) { id } }`, { id }],
    ],
    [
      'evaluationRoundReport (another region’s)',
      'outsider',
      () => roundId,
      (id) => [`query($id: ID!) { evaluationRoundReport(id: $id) { roundId } }`, { id }],
    ],
    [
      'closeEvaluationRound (another region’s)',
      'regionalAuthority',
      () => roundId,
      (id) => [`mutation($id: ID!) { closeEvaluationRound(id: $id) { id } }`, { id }],
    ],
    [
      'submitEvaluationScores (another region’s round)',
      'regionalAuthority',
      () => roundId,
      (id) => [
        `mutation($input: SubmitEvaluationScoresInput!) { submitEvaluationScores(input: $input) { expertUserId } }`,
        {
          input: {
            roundId: id,
            platformId: published.platformId,
            scores: ['POSITIONING', 'CAPABILITY', 'TECHNOLOGY', 'SERVICE_RESULTS', 'OPERATING_MECHANISM'].map(
              (dimension) => ({ dimension, score: 70 }),
            ),
          },
        },
      ],
    ],
    [
      'decidePlatformLevel resting on another region’s round',
      'regionalAuthority',
      () => roundId,
      (id) => [
        `mutation($input: DecidePlatformLevelInput!) { decidePlatformLevel(input: $input) { id } }`,
        {
          input: {
            platformId: published.platformId,
            action: 'NOMINATE',
            reason: '推荐',
            evidence: ['苏工信'],
            evaluationRoundId: id,
          },
        },
      ],
    ],
    [
      'requestBooking (a visible offering, a slot of a draft platform)',
      'outsider',
      () => draftSlotId,
      (id) => [
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { offeringId: published.offeringId, slotIds: [id], idempotencyKey: 'oracle-foreign-slot' } },
      ],
    ],
    [
      'quoteBooking (a visible offering, a slot of a suspended platform)',
      'outsider',
      () => suspendedSlotId,
      (id) => [
        `query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`,
        { input: { offeringId: published.offeringId, slotIds: [id] } },
      ],
    ],
    [
      'offeringReviews (archived)',
      'outsider',
      () => archivedOfferingId,
      (id) => [`query($id: ID!) { offeringReviews(offeringId: $id) { rating } }`, { id }],
    ],
    [
      'sharePilotRequest (suspended platform)',
      'outsider',
      () => suspended.platformId,
      (id) => [
        `mutation($r: ID!, $p: ID!) { sharePilotRequest(id: $r, platformId: $p) { id } }`,
        { r: outsiderRequestId, p: id },
      ],
    ],
    [
      'platformLevelHistory (draft, another authority’s expert)',
      'otherExpert',
      () => draft.platformId,
      (id) => [`query($p: ID!) { platformLevelHistory(platformId: $p) { id } }`, { p: id }],
    ],
    // Ids of the wrong kind: an offering's id is no platform, a platform's no equipment.
    [
      'platform (an offering’s id)',
      'outsider',
      () => published.offeringId,
      (id) => [`query($id: ID!) { platform(id: $id) { id } }`, { id }],
    ],
    [
      'platformBookings (an equipment’s id)',
      'outsider',
      () => published.equipmentIds[0],
      (id) => [`query($p: ID!) { platformBookings(platformId: $p, first: 5) { totalCount } }`, { p: id }],
    ],
    [
      'equipmentById (a platform’s id)',
      'outsider',
      () => published.platformId,
      (id) => [`query($id: ID!) { equipmentById(id: $id) { id } }`, { id }],
    ],
    [
      'offering (a booking’s id)',
      'outsider',
      () => bookingId,
      (id) => [`query($id: ID!) { offering(id: $id) { id } }`, { id }],
    ],
  ];

  const asMissing = (res: GraphqlResponse, id: string) =>
    JSON.parse(JSON.stringify({ data: res.data ?? null, errors: res.errors ?? null }).replaceAll(id, '<id>'));

  /** Every row of every table the cases could touch, as text: equal before and after means nothing changed. */
  const snapshot = async (): Promise<string> => {
    const tables = [
      'platform',
      'equipment',
      'service_offering',
      'capacity_slot',
      'equipment_booking_rules',
      'booking',
      'booking_event',
      'open_access_obligation',
      'pilot_request_share',
      'proposal',
      'level_decision',
      'evaluation_round',
      'evaluation_assignment',
      'evaluation_sheet',
      'outbox_message',
      'notification',
    ];
    const db = t.app.get(DataSource);
    const rows = await Promise.all(
      tables.map((table) =>
        db.query(
          `SELECT '${table}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
        ),
      ),
    );
    return JSON.stringify(rows.flat());
  };

  it.each(CASES)('%s: as for an id that does not exist', async (name, who, hidden, call) => {
    const before = await snapshot();
    const id = hidden();
    const missing = randomUUID();
    const [hiddenQuery, hiddenVariables] = call(id);
    const [missingQuery, missingVariables] = call(missing);
    const token = people[who].token;
    const forHidden = await t.gql(hiddenQuery, hiddenVariables as Record<string, unknown>, { token });
    const forMissing = await t.gql(missingQuery, missingVariables as Record<string, unknown>, { token });
    expect({ name, answer: asMissing(forHidden, id) }).toEqual({ name, answer: asMissing(forMissing, missing) });
    // The random id is refused, so equality above means the hidden one was refused the same way.
    expect(forMissing.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
    expect(await snapshot()).toBe(before);
  });

  it('those who may see a hidden platform but not change it are still told FORBIDDEN', async () => {
    const update = `mutation($i: UpdatePlatformInput!) { updatePlatform(input: $i) { id } }`;
    const national = await createAuthority(t, 'NATIONAL');
    const seers = { regionalAuthority: people.regionalAuthority, national, siteAdmin: people.siteAdmin };
    for (const [who, person] of Object.entries(seers)) {
      const res = await t.gql(update, { i: { id: draft.platformId, summary: '改' } }, { token: person.token });
      expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code: 'FORBIDDEN' });
    }
    // The regional authority sees the draft's offering, and is told why it cannot book it, not that it is missing.
    const quote = await t.gql(
      `query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`,
      { input: { offeringId: draft.offeringId, slotIds: [draftSlotId] } },
      { token: people.regionalAuthority.token },
    );
    expect(quote.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFERING_NOT_BOOKABLE' });
    const platformBookings = `query($p: ID!) { platformBookings(platformId: $p, first: 5) { totalCount } }`;
    // A published platform is public: another organization may know it exists, and is told it may not see its bookings.
    const res = await t.gql(platformBookings, { p: published.platformId }, { token: people.outsider.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Guangdong's expert sees the round it scores, but may not close it.
    const close = await t.gql(
      `mutation($id: ID!) { closeEvaluationRound(id: $id) { id } }`,
      { id: roundId },
      { token: people.otherExpert.token },
    );
    expect(close.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('downloads answer as GraphQL does: a hidden platform’s charges and another region’s round report are not found', async () => {
    const csv = (platformId: string) =>
      t
        .http()
        .get(`/charges/export.csv`)
        .query({ ...period(), platformId })
        .set('authorization', `Bearer ${people.outsider.token}`);
    const hidden = await csv(draft.platformId);
    const missingId = randomUUID();
    const missing = await csv(missingId);
    expect({ status: hidden.status, body: JSON.parse(hidden.text.replaceAll(draft.platformId, '<id>')) }).toEqual({
      status: missing.status,
      body: JSON.parse(missing.text.replaceAll(missingId, '<id>')),
    });
    expect(missing.status).toBe(404);
    const report = (id: string) =>
      t
        .http()
        .get(`/reports/evaluation-round.xlsx`)
        .query({ id })
        .set('authorization', `Bearer ${people.regionalAuthority.token}`);
    const hiddenRound = await report(roundId);
    const missingRound = await report(missingId);
    expect({ status: hiddenRound.status, body: hiddenRound.text.replaceAll(roundId, '<id>') }).toEqual({
      status: missingRound.status,
      body: missingRound.text.replaceAll(missingId, '<id>'),
    });
    expect(missingRound.status).toBe(404);
  });
});
