import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ObligationPeriod, periodContaining } from '#obligations';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { addMember, createAuthority, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { createPilotRequest, submitProposal } from '../support/matching-fixtures.js';
import { obligationInput, SET_OBLIGATION } from '../support/obligation-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const CALENDAR = `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) {
  capacitySlots(equipmentIds: $ids, from: $from, to: $to) {
    id status openAccess startsAt
    holder { kind id organizationId heldUntil organization { id name } }
  } }`;
const OPEN_ACCESS = `mutation($input: SlotOpenAccessInput!) { setSlotsOpenAccess(input: $input) { id openAccess status } }`;
const RECURRING = `mutation($input: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $input) { id startsAt } }`;

interface CalendarSlot {
  id: string;
  status: string;
  openAccess: boolean;
  startsAt: string;
  holder: {
    kind: string;
    id: string;
    organizationId: string;
    heldUntil: string | null;
    organization: { id: string; name: string } | null;
  } | null;
}

/** YYYY-MM-DD in China time. */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * What the operator's console and the authorities' dashboard read beyond part 1: the whole calendar with who holds
 * each slot, recurrences with exceptions, open-access marking, the inbox's requester, the obligation's trend, the
 * organizations a site admin verifies and the members an authority picks experts from.
 */
describe('console and dashboard API', () => {
  let t: TestApp;
  let clock: TestClock;
  let operator: SignedIn;
  let startup: SignedIn;
  let university: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    startup = await registerUser(t, { kind: 'STARTUP', name: '苏州初创新材料有限公司' });
    university = await registerUser(t, { kind: 'UNIVERSITY', name: '钱塘理工大学' });
    catalog = await createCatalog(t, operator);
  });

  afterAll(async () => {
    await t.close();
  });

  const calendar = async (who: SignedIn, ids: string[], from: Date, to: Date) =>
    t.gql<{ capacitySlots: CalendarSlot[] }>(
      CALENDAR,
      { ids, from: from.toISOString(), to: to.toISOString() },
      { token: who.token },
    );

  it('shows the operator every slot with who holds it: a booking’s requester, a proposal’s requester, none when free or blocked', async () => {
    const [booked, held, free, blocked] = await publishSlots(
      t,
      operator,
      catalog.equipmentIds[0],
      consecutiveSlots(4, 72, 4),
    );
    const booking = await requestBooking(t, startup, catalog.offeringId, [booked]);
    expect(booking.errors).toBeUndefined();
    const requestId = await createPilotRequest(t, university, clock.now());
    const proposal = await submitProposal(t, operator, {
      requestId,
      offeringId: catalog.offeringId,
      slotIds: [held],
      startsAt: new Date(clock.now().getTime() + 3 * DAY),
      endsAt: new Date(clock.now().getTime() + 4 * DAY),
      validUntil: new Date(clock.now().getTime() + DAY),
    });
    expect(proposal.errors).toBeUndefined();
    await t.gql(
      `mutation($input: SlotIdsInput!) { blockSlots(input: $input) { id } }`,
      { input: { slotIds: [blocked], reason: '年度校准' } },
      { token: operator.token },
    );

    const res = await calendar(operator, catalog.equipmentIds, clock.now(), new Date(clock.now().getTime() + 7 * DAY));
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.capacitySlots.map((s) => [s.id, s]));
    expect(byId.get(booked)).toMatchObject({
      status: 'HELD',
      holder: {
        kind: 'BOOKING',
        id: booking.data!.requestBooking.id,
        organizationId: startup.organizationId,
        organization: { name: '苏州初创新材料有限公司' },
      },
    });
    expect(byId.get(booked)?.holder?.heldUntil).toBe(booking.data!.requestBooking.holdExpiresAt);
    expect(byId.get(held)).toMatchObject({
      status: 'HELD',
      holder: { kind: 'PROPOSAL', id: proposal.data!.submitProposal.id, organization: { name: '钱塘理工大学' } },
    });
    expect(byId.get(free)).toMatchObject({ status: 'OPEN', holder: null });
    expect(byId.get(blocked)).toMatchObject({ status: 'BLOCKED', holder: null });

    // Confirmed, the booking's slot is BOOKED and still names its requester.
    await t.gql(
      `mutation($id: ID!) { confirmBooking(id: $id) { id } }`,
      { id: booking.data!.requestBooking.id },
      { token: operator.token },
    );
    const after = await calendar(
      operator,
      catalog.equipmentIds,
      clock.now(),
      new Date(clock.now().getTime() + 7 * DAY),
    );
    expect(after.data!.capacitySlots.find((s) => s.id === booked)).toMatchObject({
      status: 'BOOKED',
      holder: { kind: 'BOOKING', organizationId: startup.organizationId, heldUntil: null },
    });

    // The operator's inbox names who asks.
    const inbox = await t.gql<{
      platformBookings: { edges: Array<{ node: { requesterOrganization: { name: string } } }> };
    }>(
      `query($p: ID!) { platformBookings(platformId: $p) { edges { node { requesterOrganization { name } } } } }`,
      { p: catalog.platformId },
      { token: operator.token },
    );
    expect(inbox.data!.platformBookings.edges.map((e) => e.node.requesterOrganization.name)).toEqual([
      '苏州初创新材料有限公司',
    ]);
  });

  it('lets members and the region’s authority read the calendar; others, who see the published equipment, are refused it', async () => {
    const member = await addMember(t, operator, 'MEMBER');
    const regional = await createAuthority(t, { province: '32' });
    const otherRegion = await createAuthority(t, { province: '44' });
    const from = clock.now();
    const to = new Date(from.getTime() + 7 * DAY);
    expect((await calendar(member, catalog.equipmentIds, from, to)).errors).toBeUndefined();
    expect((await calendar(regional, catalog.equipmentIds, from, to)).errors).toBeUndefined();
    for (const who of [startup, otherRegion]) {
      const res = await calendar(who, catalog.equipmentIds, from, to);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('names who a confidential request is for in a proposal’s hold only to the platform it was shared with and site admins, not to the region’s authorities', async () => {
    const [shared, open] = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(2, 300, 2));
    const hold = async (confidential: boolean, slotId: string) => {
      const requestId = await createPilotRequest(t, startup, clock.now(), { confidential });
      if (confidential) {
        const share = await t.gql(
          `mutation($id: ID!, $p: ID!) { sharePilotRequest(id: $id, platformId: $p) { id } }`,
          { id: requestId, p: catalog.platformId },
          { token: startup.token },
        );
        expect(share.errors).toBeUndefined();
      }
      const proposal = await submitProposal(t, operator, {
        requestId,
        offeringId: catalog.offeringId,
        slotIds: [slotId],
        startsAt: new Date(clock.now().getTime() + 299 * 3_600_000),
        endsAt: new Date(clock.now().getTime() + 306 * 3_600_000),
        validUntil: new Date(clock.now().getTime() + DAY),
      });
      expect(proposal.errors).toBeUndefined();
    };
    await hold(true, shared);
    await hold(false, open);
    const from = clock.now();
    const to = new Date(from.getTime() + 14 * DAY);
    const holderOf = async (who: SignedIn, slotId: string) =>
      (await calendar(who, catalog.equipmentIds, from, to)).data!.capacitySlots.find((s) => s.id === slotId)?.holder;
    const named = {
      kind: 'PROPOSAL',
      organizationId: startup.organizationId,
      organization: { id: startup.organizationId },
    };
    const unnamed = { kind: 'PROPOSAL', organizationId: null, organization: null };
    // The platform it was shared with, and site admins, see who asks; so does everyone who reads a request that is not confidential.
    expect(await holderOf(operator, shared)).toMatchObject(named);
    expect(await holderOf(await createSiteAdmin(t), shared)).toMatchObject(named);
    for (const authority of [await createAuthority(t, { province: '32' }), await createAuthority(t, 'NATIONAL')]) {
      expect(await holderOf(authority, shared)).toMatchObject(unnamed);
      expect(await holderOf(authority, open)).toMatchObject(named);
    }
  });

  it('refuses a calendar window over 62 days, naming `to`, and more than 20 pieces of equipment', async () => {
    const from = clock.now();
    const wide = await calendar(operator, catalog.equipmentIds, from, new Date(from.getTime() + 63 * DAY));
    expect(wide.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wide.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'to' })]);
    const many = Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const crowded = await calendar(operator, many, from, new Date(from.getTime() + DAY));
    expect(crowded.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'equipmentIds' })]);
  });

  it('publishes a weekly recurrence without the days left out, and refuses a day outside the pattern', async () => {
    const equipment = await t.gql<{ createEquipment: { id: string } }>(
      `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }`,
      { input: { platformId: catalog.platformId, name: '喷雾干燥机', category: 'dryer' } },
      { token: operator.token },
    );
    const equipmentId = equipment.data!.createEquipment.id;
    const fromDay = shanghaiDay(new Date(clock.now().getTime() + 3 * DAY));
    const toDay = shanghaiDay(new Date(clock.now().getTime() + 16 * DAY));
    const except = shanghaiDay(new Date(clock.now().getTime() + 5 * DAY));
    const input = {
      equipmentId,
      fromDay,
      toDay,
      weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
      startTime: '09:00',
      durationHours: 4,
      exceptDays: [except],
    };
    const res = await t.gql<{ publishRecurringSlots: Array<{ startsAt: string }> }>(
      RECURRING,
      { input },
      { token: operator.token },
    );
    expect(res.errors).toBeUndefined();
    const days = res.data!.publishRecurringSlots.map((s) => shanghaiDay(new Date(s.startsAt)));
    expect(days).toHaveLength(13);
    expect(days).not.toContain(except);
    expect(days).toContain(fromDay);

    const outside = await t.gql(
      RECURRING,
      { input: { ...input, exceptDays: [shanghaiDay(new Date(clock.now().getTime() + 40 * DAY))] } },
      { token: operator.token },
    );
    expect(outside.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'exceptDays.0' })]);
    const notADay = await t.gql(
      RECURRING,
      { input: { ...input, exceptDays: ['2027-02-30'] } },
      { token: operator.token },
    );
    expect(notADay.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks free slots open access and back; refuses a held slot and another organization, changing nothing', async () => {
    const [a, b] = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(2, 200, 4));
    const marked = await t.gql<{ setSlotsOpenAccess: Array<{ id: string; openAccess: boolean }> }>(
      OPEN_ACCESS,
      { input: { slotIds: [a, b], openAccess: true } },
      { token: operator.token },
    );
    expect(marked.data!.setSlotsOpenAccess.map((s) => s.openAccess)).toEqual([true, true]);

    const stranger = await t.gql(OPEN_ACCESS, { input: { slotIds: [a], openAccess: false } }, { token: startup.token });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await requestBooking(t, startup, catalog.offeringId, [b])).errors).toBeUndefined();
    const held = await t.gql(OPEN_ACCESS, { input: { slotIds: [a, b], openAccess: false } }, { token: operator.token });
    expect(held.errors?.[0].extensions?.code).toBe('CONFLICT');

    const now = clock.now();
    const slots = await calendar(
      operator,
      catalog.equipmentIds,
      new Date(now.getTime() + 7 * DAY),
      new Date(now.getTime() + 10 * DAY),
    );
    expect(slots.data!.capacitySlots.filter((s) => s.id === a || s.id === b).map((s) => s.openAccess)).toEqual([
      true,
      true,
    ]);
  });

  it('gives the obligation’s trend oldest first, the running period last, stopping where no version judged', async () => {
    const leader = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    const own = await createCatalog(t, leader, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } });
    const next = periodContaining(periodContaining(clock.now(), ObligationPeriod.MONTH).end, ObligationPeriod.MONTH);
    const set = await t.gql(
      SET_OBLIGATION,
      obligationInput(own.platformId, { effectiveFrom: next.start.toISOString() }),
      { token: leader.token },
    );
    expect(set.errors).toBeUndefined();
    const TREND = `query($p: ID!, $n: Int!) { obligationTrend(platformId: $p, periods: $n) { period { start } status requiredHours } }`;
    const before = await t.gql<{ obligationTrend: unknown[] }>(
      TREND,
      { p: own.platformId, n: 6 },
      { token: leader.token },
    );
    expect(before.data!.obligationTrend).toEqual([]);

    clock.travelTo(new Date(next.end.getTime() + 5 * DAY));
    const trend = await t.gql<{
      obligationTrend: Array<{ period: { start: string }; status: string; requiredHours: number }>;
    }>(TREND, { p: own.platformId, n: 6 }, { token: leader.token });
    expect(trend.data!.obligationTrend.map((p) => p.period.start)).toEqual([
      next.start.toISOString(),
      next.end.toISOString(),
    ]);
    expect(trend.data!.obligationTrend[0]).toMatchObject({ status: 'BREACHED', requiredHours: 10 });

    const tooMany = await t.gql(TREND, { p: own.platformId, n: 13 }, { token: leader.token });
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'periods' })]);
    const stranger = await t.gql(TREND, { p: own.platformId, n: 2 }, { token: startup.token });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    clock.travelTo(new Date());
  });

  it('lists organizations to verify to site admins only, filtered by kind and verification', async () => {
    const admin = await createSiteAdmin(t);
    const pending = await registerUser(t, { kind: 'GOVERNMENT', province: '44', name: '广东省工业和信息化厅' });
    const ORGS = `query($f: OrganizationFilter) { organizations(first: 100, filter: $f) { totalCount edges { node { id kind verified } } } }`;
    const res = await t.gql<{
      organizations: { edges: Array<{ node: { id: string; kind: string; verified: boolean } }> };
    }>(ORGS, { f: { kinds: ['GOVERNMENT'], verified: false } }, { token: admin.token });
    const nodes = res.data!.organizations.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(pending.organizationId);
    expect(nodes.every((n) => n.kind === 'GOVERNMENT' && !n.verified)).toBe(true);

    await t.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: pending.organizationId },
      { token: admin.token },
    );
    const after = await t.gql<{ organizations: { edges: Array<{ node: { id: string } }> } }>(
      ORGS,
      { f: { kinds: ['GOVERNMENT'], verified: false } },
      { token: admin.token },
    );
    expect(after.data!.organizations.edges.map((e) => e.node.id)).not.toContain(pending.organizationId);

    for (const who of [operator, pending]) {
      const refused = await t.gql(ORGS, {}, { token: who.token });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const nullFilter = await t.gql(ORGS, { f: { verified: null } }, { token: admin.token });
    const fields = nullFilter.errors?.[0].extensions?.fields ?? [];
    expect(new Set(fields.map((f) => f.field))).toEqual(new Set(['filter.verified']));
  });

  it('lists an authority’s experts to its OWNER and ADMIN, not to its members', async () => {
    const authority = await createAuthority(t, { province: '32' });
    const expert = await addMember(t, authority, 'EXPERT');
    const member = await addMember(t, authority, 'MEMBER');
    const MEMBERS = `query($role: MemberRole) { members(role: $role) { id role displayName } }`;
    const experts = await t.gql<{ members: Array<{ id: string; role: string }> }>(
      MEMBERS,
      { role: 'EXPERT' },
      { token: authority.token },
    );
    expect(experts.data!.members).toEqual([expect.objectContaining({ id: expert.userId, role: 'EXPERT' })]);
    const all = await t.gql<{ members: Array<{ id: string }> }>(MEMBERS, {}, { token: authority.token });
    expect(all.data!.members.map((m) => m.id).sort()).toEqual([authority.userId, expert.userId, member.userId].sort());
    const refused = await t.gql(MEMBERS, {}, { token: member.token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
