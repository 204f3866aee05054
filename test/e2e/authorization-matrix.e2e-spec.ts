import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { issueProgramme, programmeInput } from '../support/billing-fixtures.js';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { controlClock } from '../support/clock.js';
import { createCatalog, equipmentInput, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import {
  addMember,
  createAuthority,
  createSiteAdmin,
  registerUser,
  verifyOrganization,
  type SignedIn,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Who =
  | 'anonymous'
  | 'owner'
  | 'admin'
  | 'member'
  | 'otherOrganization'
  | 'regionalAuthority'
  | 'otherAuthority'
  | 'siteAdmin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * Who may do what to organization B's catalog and calendar, in one table: OWNER and ADMIN write, members read,
 * authorities of the region read, other organizations and other regions see only what is published.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  const people = {} as Record<Exclude<Who, 'anonymous'>, SignedIn>;
  let draft: CatalogSetup;
  let slotOffset = 0;

  beforeAll(async () => {
    t = await startTestApp();
    people.owner = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32' });
    people.admin = await addMember(t, people.owner, 'ADMIN');
    people.member = await addMember(t, people.owner, 'MEMBER');
    // Verified: vouchers go to organizations a site admin checked.
    people.otherOrganization = await verifyOrganization(t, await registerUser(t, { kind: 'SME', province: '32' }));
    people.regionalAuthority = await createAuthority(t, { province: '32' });
    people.otherAuthority = await createAuthority(t, { province: '44' });
    people.siteAdmin = await createSiteAdmin(t);
    draft = await createCatalog(t, people.owner, { publish: false });
  });

  afterAll(async () => {
    await t.close();
  });

  const call = async (who: Who, query: string, variables: Record<string, unknown>): Promise<Outcome> => {
    const res = await t.gql(query, variables, { token: who === 'anonymous' ? undefined : people[who].token });
    return res.errors ? (res.errors[0].extensions?.code as Outcome) : 'OK';
  };

  const WRITES: Array<[string, () => [string, Record<string, unknown>]]> = [
    [
      'updatePlatform',
      () => [
        `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { id } }`,
        { input: { id: draft.platformId, summary: '更新' } },
      ],
    ],
    [
      'createEquipment',
      () => [
        `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }`,
        { input: equipmentInput(draft.platformId) },
      ],
    ],
    [
      'updateOffering',
      () => [
        `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
        { input: { id: draft.offeringId, leadTimeDays: 10 } },
      ],
    ],
    [
      'createOffering',
      () => [
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        { input: offeringInput(draft.platformId, []) },
      ],
    ],
    [
      'setBookingRules',
      () => [
        `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { equipmentId } }`,
        { input: { equipmentId: draft.equipmentIds[0], minNoticeHours: 12 } },
      ],
    ],
    [
      'publishSlots',
      () => {
        const [slot] = consecutiveSlots(1, 100 + (slotOffset += 5));
        return [
          `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
          {
            input: {
              equipmentId: draft.equipmentIds[0],
              slots: [{ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), openAccess: false }],
            },
          },
        ];
      },
    ],
  ];
  const writeOutcome: Record<Who, Outcome> = {
    anonymous: 'UNAUTHENTICATED',
    owner: 'OK',
    admin: 'OK',
    member: 'FORBIDDEN',
    otherOrganization: 'FORBIDDEN',
    regionalAuthority: 'FORBIDDEN',
    otherAuthority: 'FORBIDDEN',
    siteAdmin: 'FORBIDDEN',
  };
  /**
   * The same writes on a DRAFT: those who may see it (its members, the region's authority, site admins) are refused;
   * for the others it does not exist (test/e2e/existence-oracle.e2e-spec.ts compares every such answer with a random id's).
   */
  const draftWriteOutcome: Record<Who, Outcome> = {
    ...writeOutcome,
    otherOrganization: 'NOT_FOUND',
    otherAuthority: 'NOT_FOUND',
  };

  it.each(WRITES)(
    '%s on a DRAFT: OWNER and ADMIN only; not found for those who may not see it',
    async (_name, operation) => {
      for (const who of Object.keys(draftWriteOutcome) as Who[]) {
        const [query, variables] = operation();
        expect({ who, outcome: await call(who, query, variables) }).toEqual({ who, outcome: draftWriteOutcome[who] });
      }
    },
  );

  /** Who sees what belongs to an unpublished platform: its organization, regional authorities and site admins. */
  const UNPUBLISHED_READERS: Record<Who, Outcome> = {
    anonymous: 'NOT_FOUND',
    owner: 'OK',
    admin: 'OK',
    member: 'OK',
    otherOrganization: 'NOT_FOUND',
    regionalAuthority: 'OK',
    otherAuthority: 'NOT_FOUND',
    siteAdmin: 'OK',
  };

  it('reads of an unpublished platform: its organization, regional authorities and site admins', async () => {
    const expected = UNPUBLISHED_READERS;
    for (const who of Object.keys(expected) as Who[]) {
      expect({
        who,
        outcome: await call(who, `query($id: ID!) { platform(id: $id) { id } }`, { id: draft.platformId }),
      }).toEqual({ who, outcome: expected[who] });
    }
  });

  it('free slots of an unpublished platform: not found for outsiders, empty for those who may see it', async () => {
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 300 * 3_600_000).toISOString() };
    const byEquipment = `query($e: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(equipmentId: $e, from: $from, to: $to) { id } }`;
    const byOffering = `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`;
    const expected = UNPUBLISHED_READERS;
    for (const who of Object.keys(expected) as Who[]) {
      for (const [query, variables] of [
        [byEquipment, { e: draft.equipmentIds[0], ...window }],
        [byOffering, { o: draft.offeringId, ...window }],
      ] as const) {
        expect({ who, outcome: await call(who, query, variables) }).toEqual({ who, outcome: expected[who] });
      }
    }
    const own = await t.gql<{ availableSlots: unknown[] }>(
      byOffering,
      { o: draft.offeringId, ...window },
      { token: people.owner.token },
    );
    expect(own.data?.availableSlots).toEqual([]);
  });

  it('the calendar of a published platform: everyone reads OPEN slots, only its OWNER/ADMIN block them', async () => {
    const published = await createCatalog(t, people.owner);
    const [slotId] = await publishSlots(t, people.owner, published.equipmentIds[0], consecutiveSlots(1, 200));
    const read = `query($e: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(equipmentId: $e, from: $from, to: $to) { id } }`;
    const window = {
      e: published.equipmentIds[0],
      from: new Date().toISOString(),
      to: new Date(Date.now() + 300 * 3_600_000).toISOString(),
    };
    for (const who of ['anonymous', 'otherOrganization', 'member'] as Who[])
      expect(await call(who, read, window)).toBe('OK');
    const block = `mutation($id: ID!) { blockSlots(input: { slotIds: [$id] }) { id } }`;
    for (const who of ['member', 'otherOrganization', 'regionalAuthority', 'siteAdmin'] as Who[])
      expect({ who, outcome: await call(who, block, { id: slotId }) }).toEqual({ who, outcome: 'FORBIDDEN' });
    expect(await call('admin', block, { id: slotId })).toBe('OK');
  });

  it('booking requests: another organization books; the operator, its members and site admins (no organization) are refused', async () => {
    const published = await createCatalog(t, people.owner);
    const slotIds = await publishSlots(t, people.owner, published.equipmentIds[0], consecutiveSlots(6, 400));
    const expected: Partial<Record<Who, Outcome>> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      siteAdmin: 'FORBIDDEN',
      otherOrganization: 'OK',
    };
    const request = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`;
    for (const [index, who] of (Object.keys(expected) as Who[]).entries()) {
      const input = { offeringId: published.offeringId, slotIds: [slotIds[index]], idempotencyKey: `matrix-${who}` };
      expect({ who, outcome: await call(who, request, { input }) }).toEqual({ who, outcome: expected[who] });
    }
    // A caller without an organization is refused with a reason, never an internal error.
    const bySiteAdmin = await t.gql(
      request,
      { input: { offeringId: published.offeringId, slotIds: [slotIds[5]], idempotencyKey: 'matrix-site-admin-2' } },
      { token: people.siteAdmin.token },
    );
    expect(bySiteAdmin.errors?.[0]).toMatchObject({
      message: 'You belong to no organization, so you cannot change this',
      extensions: { code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' },
    });
  });

  it('prices, charges and vouchers: quotes for whoever may book, charges for the operator, programmes for authorities', async () => {
    const published = await createCatalog(t, people.owner);
    const slotIds = await publishSlots(t, people.owner, published.equipmentIds[0], consecutiveSlots(2, 800));
    const quote = `query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`;
    const quoteOutcome: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherOrganization: 'OK',
      regionalAuthority: 'OK',
      otherAuthority: 'OK',
      siteAdmin: 'OK',
    };
    for (const who of Object.keys(quoteOutcome) as Who[])
      expect({
        who,
        outcome: await call(who, quote, { input: { offeringId: published.offeringId, slotIds: [slotIds[0]] } }),
      }).toEqual({
        who,
        outcome: quoteOutcome[who],
      });

    // Programmes: issued by the authority of the province only; listed for everyone.
    const issue = `mutation($input: IssueVoucherProgrammeInput!) { issueVoucherProgramme(input: $input) { id } }`;
    for (const who of Object.keys(writeOutcome) as Who[]) {
      const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : who === 'regionalAuthority' ? 'OK' : 'FORBIDDEN';
      expect({ who, outcome: await call(who, issue, { input: programmeInput() }) }).toEqual({ who, outcome: expected });
    }
    for (const who of Object.keys(writeOutcome) as Who[])
      expect({ who, outcome: await call(who, `{ voucherProgrammes(province: "32") { id } }`, {}) }).toEqual({
        who,
        outcome: 'OK',
      });

    // A voucher on another organization's booking: only the requester's OWNER or ADMIN applies it.
    const programmeId = await issueProgramme(t, people.regionalAuthority);
    const booking = await requestBooking(t, people.otherOrganization, published.offeringId, [slotIds[1]]);
    const bookingId = booking.data?.requestBooking.id as string;
    const apply = `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { id } }`;
    const applyOutcome: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherOrganization: 'OK',
      regionalAuthority: 'FORBIDDEN',
      otherAuthority: 'NOT_FOUND',
      siteAdmin: 'FORBIDDEN',
    };
    for (const who of Object.keys(applyOutcome) as Who[])
      expect({ who, outcome: await call(who, apply, { b: bookingId, p: programmeId }) }).toEqual({
        who,
        outcome: applyOutcome[who],
      });

    // Its charge: credited by the operator's OWNER or ADMIN only; listed and exported by the operator's members.
    await call('owner', `mutation($id: ID!) { confirmBooking(id: $id) { id } }`, { id: bookingId });
    const clock = controlClock(t);
    clock.travelTo(new Date(Date.now() + 900 * 3_600_000));
    const completed = await t.gql<{ completeBooking: { charge: { id: string } } }>(
      `mutation($id: ID!) { completeBooking(id: $id, outcome: "完成") { charge { id } } }`,
      { id: bookingId },
      { token: people.owner.token },
    );
    const chargeId = completed.data?.completeBooking.charge.id as string;
    expect(chargeId).toEqual(expect.any(String));
    const credit = `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { id } }`;
    const creditOutcome: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'OK',
      admin: 'OK',
      member: 'FORBIDDEN',
      // The requester, who sees the charge on its booking, may not change it.
      otherOrganization: 'FORBIDDEN',
      regionalAuthority: 'FORBIDDEN',
      otherAuthority: 'NOT_FOUND',
      siteAdmin: 'FORBIDDEN',
    };
    for (const who of Object.keys(creditOutcome) as Who[])
      expect({
        who,
        outcome: await call(who, credit, { input: { chargeId, amount: '0.01', reason: '核对差额' } }),
      }).toEqual({
        who,
        outcome: creditOutcome[who],
      });
    const period = {
      from: new Date(clock.now().getTime() - 86_400_000).toISOString(),
      to: new Date(clock.now().getTime() + 86_400_000).toISOString(),
    };
    const reads: Array<[string, string]> = [
      [
        'charges',
        `query($from: DateTime!, $to: DateTime!, $p: ID) { charges(from: $from, to: $to, platformId: $p) { totalCount } }`,
      ],
      [
        'chargesExport',
        `query($from: DateTime!, $to: DateTime!, $p: ID) { chargesExport(from: $from, to: $to, platformId: $p) { lineCount } }`,
      ],
    ];
    const readOutcome: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'OK',
      admin: 'OK',
      member: 'OK',
      otherOrganization: 'FORBIDDEN',
      regionalAuthority: 'FORBIDDEN',
      otherAuthority: 'FORBIDDEN',
      siteAdmin: 'FORBIDDEN',
    };
    for (const [name, query] of reads)
      for (const who of Object.keys(readOutcome) as Who[])
        expect({ name, who, outcome: await call(who, query, { ...period, p: published.platformId }) }).toEqual({
          name,
          who,
          outcome: readOutcome[who],
        });
    // Without a platform, each organization reads its own: the operator's lines, none for others.
    const own = async (who: Who) =>
      (
        await t.gql<{ chargesExport: { lineCount: number } }>(reads[1][1], period, {
          token: people[who as Exclude<Who, 'anonymous'>].token,
        })
      ).data?.chargesExport.lineCount;
    expect([await own('member'), await own('otherOrganization')]).toEqual([3, 0]);

    // Usage: the issuing authority (and site admins), not another province nor the operator.
    const usage = `query($id: ID!) { voucherUsage(id: $id) { covered } }`;
    const usageOutcome: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherOrganization: 'FORBIDDEN',
      regionalAuthority: 'OK',
      otherAuthority: 'FORBIDDEN',
      siteAdmin: 'OK',
    };
    for (const who of Object.keys(usageOutcome) as Who[])
      expect({ who, outcome: await call(who, usage, { id: programmeId }) }).toEqual({
        who,
        outcome: usageOutcome[who],
      });
    clock.travelTo(new Date());
  });

  it('free slots by offering answer as offering(id) does, for every caller and every offering and platform state', async () => {
    const admin = people.siteAdmin;
    const states: Record<string, CatalogSetup> = {
      'ACTIVE, published': await createCatalog(t, people.owner),
      'ARCHIVED, published': await createCatalog(t, people.owner),
      'ACTIVE, suspended': await createCatalog(t, people.owner),
      'ARCHIVED, draft': await createCatalog(t, people.owner, { publish: false }),
    };
    for (const setup of Object.values(states))
      await publishSlots(t, people.owner, setup.equipmentIds[0], consecutiveSlots(1, 220));
    for (const name of ['ARCHIVED, published', 'ARCHIVED, draft'])
      expect(
        await call('owner', `mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id: states[name].offeringId }),
      ).toBe('OK');
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { suspendPlatform(id: $id) { id } }`,
          { id: states['ACTIVE, suspended'].platformId },
          { token: admin.token },
        )
      ).errors,
    ).toBeUndefined();
    const slots = `query($o: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $o, from: $from, to: $to) { id } }`;
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 300 * 3_600_000).toISOString() };
    for (const [state, setup] of Object.entries(states)) {
      const bookable = state === 'ACTIVE, published';
      for (const who of Object.keys(UNPUBLISHED_READERS) as Who[]) {
        const token = who === 'anonymous' ? undefined : people[who].token;
        const byId = await call(who, `query($id: ID!) { offering(id: $id) { id } }`, { id: setup.offeringId });
        const res = await t.gql<{ availableSlots: unknown[] }>(slots, { o: setup.offeringId, ...window }, { token });
        const outcome = res.errors ? res.errors[0].extensions?.code : 'OK';
        expect({ state, who, outcome, free: res.data?.availableSlots?.length ?? null }).toEqual({
          state,
          who,
          outcome: byId,
          free: byId !== 'OK' ? null : bookable ? 1 : 0,
        });
      }
    }
  });

  it('platform moderation: site admins may suspend any platform; nobody else outside the organization', async () => {
    const published = await createCatalog(t, people.owner);
    const suspend = `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`;
    for (const who of ['member', 'otherOrganization', 'regionalAuthority'] as Who[])
      expect({ who, outcome: await call(who, suspend, { id: published.platformId }) }).toEqual({
        who,
        outcome: 'FORBIDDEN',
      });
    expect(await call('siteAdmin', suspend, { id: published.platformId })).toBe('OK');
  });

  it('platform moderation holds: what a site admin suspended only a site admin publishes again', async () => {
    const { platformId } = await createCatalog(t, people.owner);
    const suspend = `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`;
    const publish = `mutation($id: ID!) { publishPlatform(id: $id) { status } }`;
    expect(await call('siteAdmin', suspend, { id: platformId })).toBe('OK');
    for (const who of ['owner', 'admin'] as const) {
      const refused = await t.gql(publish, { id: platformId }, { token: people[who].token });
      expect({ who, extensions: refused.errors?.[0]?.extensions }).toEqual({
        who,
        extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'SUSPENDED_BY_SITE_ADMIN' }),
      });
    }
    const still = await t.gql(
      `query($id: ID!) { platform(id: $id) { status } }`,
      { id: platformId },
      { token: people.owner.token },
    );
    expect(still.data).toEqual({ platform: { status: 'SUSPENDED' } });
    // The site admin lifts it; from then on the operator's own suspensions are the operator's to undo again.
    expect(await call('siteAdmin', publish, { id: platformId })).toBe('OK');
    expect(await call('owner', suspend, { id: platformId })).toBe('OK');
    expect(await call('owner', publish, { id: platformId })).toBe('OK');
    // A site admin never publishes an operator's draft or what the operator suspended itself.
    expect(await call('owner', suspend, { id: platformId })).toBe('OK');
    expect(await call('siteAdmin', publish, { id: platformId })).toBe('FORBIDDEN');
  });

  it('platform moderation holds: a site admin holds a platform its operator already suspended, so it stays down', async () => {
    const { platformId } = await createCatalog(t, people.owner);
    const suspend = `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`;
    const publish = `mutation($id: ID!) { publishPlatform(id: $id) { status } }`;
    // The operator takes it down first (say, once it heard of the complaint) …
    expect(await call('owner', suspend, { id: platformId })).toBe('OK');
    // … the site admin's hold still applies: the status stays SUSPENDED, now held.
    const held = await t.gql(suspend, { id: platformId }, { token: people.siteAdmin.token });
    expect(held.errors).toBeUndefined();
    expect(held.data).toEqual({ suspendPlatform: { status: 'SUSPENDED' } });
    const refused = await t.gql(publish, { id: platformId }, { token: people.owner.token });
    expect(refused.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'SUSPENDED_BY_SITE_ADMIN' }),
    );
    // Holding what is already held is a conflict, as suspending twice is; only the site admin lifts the hold.
    expect(await call('siteAdmin', suspend, { id: platformId })).toBe('CONFLICT');
    expect(await call('siteAdmin', publish, { id: platformId })).toBe('OK');
    // A member or an authority cannot put a hold on a suspended platform either; to another organization a suspended
    // platform does not exist (no existence oracle).
    expect(await call('owner', suspend, { id: platformId })).toBe('OK');
    for (const who of ['member', 'regionalAuthority'] as Who[])
      expect({ who, outcome: await call(who, suspend, { id: platformId }) }).toEqual({ who, outcome: 'FORBIDDEN' });
    expect(await call('otherOrganization', suspend, { id: platformId })).toBe('NOT_FOUND');
    expect(await call('owner', publish, { id: platformId })).toBe('OK');
  });

  it('archived offerings: the owner, site admins and authorities of the region, in the list exactly as by id', async () => {
    const published = await createCatalog(t, people.owner);
    const archived = await t.gql(
      `mutation($id: ID!) { archiveOffering(id: $id) { status } }`,
      { id: published.offeringId },
      { token: people.owner.token },
    );
    expect(archived.data).toEqual({ archiveOffering: { status: 'ARCHIVED' } });
    const seesArchived: Record<Who, boolean> = {
      anonymous: false,
      owner: true,
      admin: true,
      member: true,
      otherOrganization: false,
      regionalAuthority: true,
      otherAuthority: false,
      siteAdmin: true,
    };
    const list = `query($p: ID!) { offerings(first: 10, filter: { statuses: [ARCHIVED], platformId: $p }) { edges { node { id } } } }`;
    for (const who of Object.keys(seesArchived) as Who[]) {
      const token = who === 'anonymous' ? undefined : people[who].token;
      const listed = await t.gql<{ offerings: { edges: Array<{ node: { id: string } }> } }>(
        list,
        { p: published.platformId },
        { token },
      );
      const byId = await call(who, `query($id: ID!) { offering(id: $id) { id } }`, { id: published.offeringId });
      expect({ who, listed: listed.data?.offerings.edges.map((e) => e.node.id), byId }).toEqual({
        who,
        listed: seesArchived[who] ? [published.offeringId] : [],
        byId: seesArchived[who] ? 'OK' : 'NOT_FOUND',
      });
    }
  });

  it('booking rules of equipment on a DRAFT platform: whoever may see the equipment, answered as equipmentById', async () => {
    const expected = UNPUBLISHED_READERS;
    const variables = { id: draft.equipmentIds[0] };
    for (const who of Object.keys(expected) as Who[]) {
      const rules = await call(who, `query($id: ID!) { bookingRules(equipmentId: $id) { equipmentId } }`, variables);
      const equipment = await call(who, `query($id: ID!) { equipmentById(id: $id) { id } }`, variables);
      expect({ who, rules, equipment }).toEqual({ who, rules: expected[who], equipment: expected[who] });
    }
  });

  it('the console’s and dashboard’s reads and writes: calendar, open-access marks, trend, organizations, members', async () => {
    const published = await createCatalog(t, people.owner);
    const [slotId] = await publishSlots(t, people.owner, published.equipmentIds[0], consecutiveSlots(1, 600));
    const expectAll = async (
      name: string,
      query: string,
      variables: Record<string, unknown>,
      expected: Record<Who, Outcome>,
    ) => {
      for (const who of Object.keys(expected) as Who[])
        expect({ name, who, outcome: await call(who, query, variables) }).toEqual({
          name,
          who,
          outcome: expected[who],
        });
    };
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 40 * 86_400_000).toISOString() };
    // The whole calendar with holders: the organization and its region's authorities. Others see the published
    // platform's equipment, so its calendar is refused to them, not denied existence (as its bookings are).
    await expectAll(
      'capacitySlots',
      `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { capacitySlots(equipmentIds: $ids, from: $from, to: $to) { id holder { id } } }`,
      { ids: published.equipmentIds, ...window },
      {
        anonymous: 'UNAUTHENTICATED',
        owner: 'OK',
        admin: 'OK',
        member: 'OK',
        otherOrganization: 'FORBIDDEN',
        regionalAuthority: 'OK',
        otherAuthority: 'FORBIDDEN',
        siteAdmin: 'OK',
      },
    );
    await expectAll(
      'setSlotsOpenAccess',
      `mutation($id: ID!) { setSlotsOpenAccess(input: { slotIds: [$id], openAccess: true }) { id } }`,
      { id: slotId },
      writeOutcome,
    );
    await expectAll(
      'obligationTrend',
      `query($p: ID!) { obligationTrend(platformId: $p, periods: 3) { status } }`,
      { p: published.platformId },
      {
        anonymous: 'UNAUTHENTICATED',
        owner: 'OK',
        admin: 'OK',
        member: 'OK',
        otherOrganization: 'FORBIDDEN',
        regionalAuthority: 'OK',
        otherAuthority: 'FORBIDDEN',
        siteAdmin: 'OK',
      },
    );
    await expectAll(
      'organizations',
      `query { organizations(first: 5) { totalCount } }`,
      {},
      {
        anonymous: 'UNAUTHENTICATED',
        owner: 'FORBIDDEN',
        admin: 'FORBIDDEN',
        member: 'FORBIDDEN',
        otherOrganization: 'FORBIDDEN',
        regionalAuthority: 'FORBIDDEN',
        otherAuthority: 'FORBIDDEN',
        siteAdmin: 'OK',
      },
    );
    // Members of one's own organization: its OWNER and ADMIN; a site admin belongs to none.
    await expectAll(
      'members',
      `query { members { id } }`,
      {},
      {
        anonymous: 'UNAUTHENTICATED',
        owner: 'OK',
        admin: 'OK',
        member: 'FORBIDDEN',
        otherOrganization: 'OK',
        regionalAuthority: 'OK',
        otherAuthority: 'OK',
        siteAdmin: 'FORBIDDEN',
      },
    );
  });

  it('the authorities’ workspace: levels, rounds, scores, figures, reports and dashboards, each within its jurisdiction', async () => {
    const national = await createAuthority(t, 'NATIONAL');
    const crowd: Record<string, SignedIn | undefined> = {
      anonymous: undefined,
      owner: people.owner,
      member: people.member,
      otherOrganization: people.otherOrganization,
      regionalAuthority: people.regionalAuthority,
      regionalAuthorityMember: await addMember(t, people.regionalAuthority, 'MEMBER'),
      otherAuthority: people.otherAuthority,
      national,
      expert: await addMember(t, national, 'EXPERT'),
      otherExpert: await addMember(t, national, 'EXPERT'),
      siteAdmin: people.siteAdmin,
    };
    type Person = keyof typeof crowd;
    const published = await createCatalog(t, people.owner);
    const as = async (
      who: Person,
      query: string,
      variables: Record<string, unknown>,
    ): Promise<Outcome | 'CONFLICT' | 'BAD_USER_INPUT'> => {
      const res = await t.gql(query, variables, { token: crowd[who]?.token });
      return res.errors ? (res.errors[0].extensions?.code as Outcome) : 'OK';
    };
    const expectOutcomes = async (
      name: string,
      query: string,
      variables: Record<string, unknown>,
      allowed: readonly Person[],
      refused: Outcome = 'FORBIDDEN',
      // Those who may know the thing exists; to the others it is NOT_FOUND (all, when left out).
      seers?: readonly Person[],
    ) => {
      for (const who of Object.keys(crowd) as Person[]) {
        const expected =
          who === 'anonymous'
            ? 'UNAUTHENTICATED'
            : allowed.includes(who)
              ? 'OK'
              : seers && !seers.includes(who)
                ? 'NOT_FOUND'
                : refused;
        expect({ name, who, outcome: await as(who, query, variables) }).toEqual({ name, who, outcome: expected });
      }
    };
    // The national round: its authority, its assigned expert and site admins know it exists; nobody else.
    const roundSeers: Person[] = ['national', 'expert', 'siteAdmin'];
    const dimensions = ['POSITIONING', 'CAPABILITY', 'TECHNOLOGY', 'SERVICE_RESULTS', 'OPERATING_MECHANISM'];
    const platformId = published.platformId;

    await expectOutcomes(
      'decidePlatformLevel',
      `mutation($input: DecidePlatformLevelInput!) { decidePlatformLevel(input: $input) { id } }`,
      { input: { platformId, action: 'NOMINATE', reason: '推荐', evidence: ['苏工信〔2025〕1号'] } },
      ['regionalAuthority'],
    );
    const round = await t.gql<{ openEvaluationRound: { id: string } }>(
      `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
      {
        input: {
          name: '矩阵评估',
          scope: 'NATIONAL',
          periodStart: '2025-01-01T00:00:00Z',
          periodEnd: '2026-01-01T00:00:00Z',
          platforms: [{ platformId, expertIds: [crowd.expert?.userId] }],
        },
      },
      { token: national.token },
    );
    const roundId = round.data?.openEvaluationRound.id;
    expect(roundId).toEqual(expect.any(String));
    // A provincial round of Jiangsu: the national authority may open it with its own expert; Jiangsu's authority
    // may open rounds of its province, but not assign another authority's expert (bad input, naming the field).
    const openProvincial = `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`;
    const provincialInput = {
      input: {
        name: '矩阵评估（江苏）',
        scope: '32',
        periodStart: '2025-01-01T00:00:00Z',
        periodEnd: '2026-01-01T00:00:00Z',
        platforms: [{ platformId, expertIds: [crowd.expert?.userId] }],
      },
    };
    for (const who of Object.keys(crowd) as Person[]) {
      const expected =
        who === 'anonymous'
          ? 'UNAUTHENTICATED'
          : who === 'national'
            ? 'OK'
            : who === 'regionalAuthority'
              ? 'BAD_USER_INPUT'
              : 'FORBIDDEN';
      expect({ who, outcome: await as(who, openProvincial, provincialInput) }).toEqual({ who, outcome: expected });
    }
    await expectOutcomes(
      'submitEvaluationScores',
      `mutation($input: SubmitEvaluationScoresInput!) { submitEvaluationScores(input: $input) { expertUserId } }`,
      { input: { roundId, platformId, scores: dimensions.map((dimension) => ({ dimension, score: 70 })) } },
      ['expert'],
      'FORBIDDEN',
      roundSeers,
    );
    // A programme the national authority issued: its experts are its members, yet hold no authority rights.
    const nationalProgrammeId = await issueProgramme(t, national, { name: '国家中试服务创新券' });
    const reads: Array<[string, string, Record<string, unknown>, Person[], Person[]?]> = [
      [
        'voucherUsage (the issuer’s experts read nothing of it)',
        `query($id: ID!) { voucherUsage(id: $id) { covered } }`,
        { id: nationalProgrammeId },
        ['regionalAuthority', 'regionalAuthorityMember', 'national', 'siteAdmin'],
      ],
      [
        'platformLevelHistory',
        `query($id: ID!) { platformLevelHistory(platformId: $id) { id } }`,
        { id: platformId },
        ['owner', 'member', 'regionalAuthority', 'regionalAuthorityMember', 'national', 'siteAdmin'],
      ],
      [
        'platformServiceFigures',
        `query($id: ID!) { platformServiceFigures(platformId: $id, from: "2025-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { hoursPublished } }`,
        { id: platformId },
        ['owner', 'member', 'regionalAuthority', 'regionalAuthorityMember', 'national', 'siteAdmin'],
      ],
      [
        'recommendationSummary',
        `query { recommendationSummary(province: "32", year: 2025) { province } }`,
        {},
        ['regionalAuthority', 'regionalAuthorityMember', 'national', 'siteAdmin'],
      ],
      [
        'authorityDashboard',
        `query { authorityDashboard(scope: "32", fromMonth: "2025-01", months: 2) { platformCount } }`,
        {},
        ['regionalAuthority', 'regionalAuthorityMember', 'national', 'siteAdmin'],
      ],
      [
        'evaluationRound',
        `query($id: ID!) { evaluationRound(id: $id) { id } }`,
        { id: roundId },
        ['national', 'expert', 'siteAdmin'],
        roundSeers,
      ],
      [
        'evaluationRoundReport',
        `query($id: ID!) { evaluationRoundReport(id: $id) { roundId } }`,
        { id: roundId },
        ['national', 'siteAdmin'],
        roundSeers,
      ],
      [
        'evaluationRounds (each sees its own)',
        `query { evaluationRounds(first: 5) { totalCount } }`,
        {},
        Object.keys(crowd).filter((who) => who !== 'anonymous') as Person[],
      ],
    ];
    for (const [name, query, variables, allowed, seers] of reads)
      await expectOutcomes(name, query, variables, allowed, 'FORBIDDEN', seers);
    // What a list shows: both rounds to the national authority and their expert, Jiangsu's to Jiangsu, none to others.
    for (const [who, total] of [
      ['national', 2],
      ['expert', 2],
      ['otherExpert', 0],
      ['regionalAuthority', 1],
      ['owner', 0],
    ] as const) {
      const res = await t.gql<{ evaluationRounds: { totalCount: number } }>(
        `query { evaluationRounds(first: 5) { totalCount } }`,
        {},
        {
          token: crowd[who]?.token,
        },
      );
      expect({ who, total: res.data?.evaluationRounds.totalCount }).toEqual({ who, total });
    }
    await expectOutcomes(
      'closeEvaluationRound',
      `mutation($id: ID!) { closeEvaluationRound(id: $id) { status } }`,
      { id: roundId },
      ['national'],
      'FORBIDDEN',
      roundSeers,
    );
    expect(await as('anonymous', `{ serviceFigureDefinitions { code } }`, {})).toBe('OK');
  });
});
