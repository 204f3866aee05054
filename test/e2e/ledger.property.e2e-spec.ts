import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DELIVERY_RECORDING_DAYS, ObligationPeriod, periodContaining } from '#obligations';
import { setRules } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { addMember, createAuthority, registerUser, verifyOrganization, type SignedIn } from '../support/factories.js';
import { createPilotRequest } from '../support/matching-fixtures.js';
import { COMPLIANCE, type Compliance } from '../support/obligation-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * Random sequences of what operators, requesters and authorities do — publish, block, unblock, unpublish, book,
 * confirm, cancel, complete, propose, accept, promise and correct obligations — and the clock moving, checked step
 * by step against a model of the rules written here from the rules as documented (not from the code), with the
 * ledger recomputed by hand from the model's slots, bookings and obligation versions. No sequence may make the API
 * and the model disagree, and no verdict of a month that has ended may change unless an authority corrects it.
 *
 * Seeded and reproducible: LEDGER_PROPERTY_SEED (default below) and LEDGER_PROPERTY_RUNS (default 25, about 25 s, the
 * bounded CI run; a few hundred for a long run, e.g. LEDGER_PROPERTY_RUNS=250 LEDGER_PROPERTY_SEED=7 passed in 7.5 min).
 * A failure prints the seed and the sequence of actions; LEDGER_PROPERTY_SHRINK=1 shrinks it first (slow).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOTICE_HOURS = 1;
const HOLD_HOURS = 48;
const CANCELLATION_WINDOW_HOURS = 24;
const GRID_DAYS = 30;
const DEFAULT_KINDS = ['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
const KIND_CHOICES = [DEFAULT_KINDS, ['STARTUP'], ['SME', 'UNIVERSITY']];

type Requester = 'startup' | 'sme' | 'large';
type Who = Requester | 'operator' | 'member' | 'jiangsu' | 'guangdong';
type Outcome = 'OK' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT' | 'NOT_FOUND';

type Action =
  | { kind: 'publish'; day: number; openAccess: boolean }
  | { kind: 'block' | 'unblock' | 'unpublish'; slot: number; by: 'operator' | 'member' | 'startup' }
  | { kind: 'book'; slot: number; who: Requester | 'operator' }
  | { kind: 'confirm'; pick: number; by: 'operator' | 'member' }
  | { kind: 'cancel'; pick: number; by: 'requester' | 'operator' }
  | { kind: 'complete'; pick: number }
  | { kind: 'propose'; slot: number; who: 'startup' | 'sme' }
  | { kind: 'accept'; pick: number }
  | { kind: 'promise'; month: number; by: Who; share: boolean; target: number; kinds: number }
  | { kind: 'correct'; month: number; by: Who; target: number }
  | { kind: 'advance'; hours: number };

interface MSlot {
  id: string;
  day: number;
  start: number;
  end: number;
  openAccess: boolean;
  status: 'OPEN' | 'HELD' | 'BOOKED' | 'BLOCKED';
  holder: string | null;
  heldUntil: number | null;
  deleted: boolean;
  /** When unpublishSlots removed it. */
  removedAt?: number;
}
interface MBooking {
  id: string;
  slotId: string;
  requester: Requester;
  status: 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED' | 'COMPLETED';
  holdExpiresAt: number | null;
  start: number;
  completedAt?: number;
}
interface MProposal {
  id: string;
  slotId: string;
  requestId: string;
  requester: Requester;
  status: 'SUBMITTED' | 'ACCEPTED' | 'EXPIRED' | 'SUPERSEDED';
  validUntil: number;
  bookingId?: string;
}
interface MVersion {
  id: string;
  version: number;
  kind: 'PROMISE' | 'CORRECTION';
  /** Who recorded it: the operator's promises never replace an authority's. */
  side: 'OPERATOR' | 'AUTHORITY';
  from: number;
  to: number | null;
  basis: 'HOURS' | 'SHARE_OF_PUBLISHED_HOURS';
  target: number;
  kinds: string[];
}

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('publish' as const),
      day: fc.nat(GRID_DAYS - 1),
      openAccess: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('block' as const, 'unblock' as const, 'unpublish' as const),
      slot: fc.nat(40),
      by: fc.constantFrom('operator' as const, 'operator' as const, 'member' as const, 'startup' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      slot: fc.nat(40),
      who: fc.constantFrom('startup' as const, 'sme' as const, 'large' as const, 'operator' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('confirm' as const),
      pick: fc.nat(20),
      by: fc.constantFrom('operator' as const, 'operator' as const, 'member' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      pick: fc.nat(20),
      by: fc.constantFrom('requester' as const, 'operator' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('complete' as const), pick: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('propose' as const),
      slot: fc.nat(40),
      who: fc.constantFrom('startup' as const, 'sme' as const),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('accept' as const), pick: fc.nat(20) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('promise' as const),
      month: fc.integer({ min: 1, max: 3 }),
      by: fc.constantFrom<Who>('operator', 'operator', 'operator', 'jiangsu', 'member', 'guangdong', 'startup'),
      share: fc.boolean(),
      target: fc.constantFrom(0, 1, 2, 3),
      kinds: fc.nat(KIND_CHOICES.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('correct' as const),
      month: fc.integer({ min: 0, max: 3 }),
      by: fc.constantFrom<Who>('jiangsu', 'jiangsu', 'operator', 'guangdong'),
      target: fc.constantFrom(0, 4, 8),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 360 }) }),
  },
);

describe('the booking rules and the ledger, against a model', () => {
  let t: TestApp;
  let clock: TestClock;
  const people = {} as Record<Who, SignedIn>;

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t, { frozen: true });
    people.operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true, province: '32' });
    people.member = await addMember(t, people.operator, 'MEMBER');
    // Verified by a site admin: the ledger counts only outsiders whose identity was checked.
    people.startup = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP' }));
    people.sme = await verifyOrganization(t, await registerUser(t, { kind: 'SME' }));
    people.large = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    people.jiangsu = await createAuthority(t, { province: '32' });
    people.guangdong = await createAuthority(t, { province: '44' });
  });

  afterAll(async () => {
    // LEDGER_PROPERTY_STATS=1 prints how often each operation met each outcome: what a run actually exercised.
    if (process.env.LEDGER_PROPERTY_STATS === '1')
      process.stdout.write(
        `${[...STATS.entries()]
          .sort()
          .map(([k, v]) => `${k} ${v}`)
          .join('\n')}\n`,
      );
    await t.close();
  });

  it('agrees with the model on every outcome and every figure, and never changes an ended month’s verdict', async () => {
    const seed = Number(process.env.LEDGER_PROPERTY_SEED ?? 20_261_129);
    const numRuns = Number(process.env.LEDGER_PROPERTY_RUNS ?? 25);
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 15, maxLength: 45 }), async (actions) => {
        await new Run(
          t,
          clock,
          people,
          await createCatalog(t, people.operator, { platform: { constructionMode: 'LEADING_ENTERPRISE_OWN' } }),
        ).play(actions);
      }),
      { seed, numRuns, endOnFailure: process.env.LEDGER_PROPERTY_SHRINK !== '1' },
    );
  }, 600_000);
});

/** One sequence of actions against a fresh platform, in months of its own. */
class Run {
  private readonly slots: MSlot[] = [];
  private readonly bookings: MBooking[] = [];
  private readonly proposals: MProposal[] = [];
  private readonly requests = new Map<Requester, { id: string; open: boolean; from: number; to: number }>();
  private readonly versions: MVersion[] = [];
  /** Months 0–3 of this run: month 0 is running when it starts. */
  private readonly months: Array<{ start: number; end: number }>;
  private readonly gridStart: number;
  /** The verdict of each month once it ended, and the number of versions recorded then. */
  private readonly frozen = new Map<number, { verdict: Compliance | null; versions: number }>();
  private readonly log: string[] = [];

  constructor(
    private readonly t: TestApp,
    private readonly clock: TestClock,
    private readonly people: Record<Who, SignedIn>,
    private readonly catalog: CatalogSetup,
  ) {
    const first = periodContaining(new Date(Date.now() + 400 * DAY), ObligationPeriod.MONTH);
    const months = [first];
    while (months.length < 4) months.push(periodContaining(months[months.length - 1].end, ObligationPeriod.MONTH));
    this.months = months.map((m) => ({ start: m.start.getTime(), end: m.end.getTime() }));
    // Ten days into month 0, on whole hours; grid slots run 10:00–14:00 in Shanghai (02:00–06:00 UTC), one a day.
    this.gridStart = this.months[0].start + 10 * DAY;
  }

  private get now(): number {
    return this.clock.now().getTime();
  }

  async play(actions: Action[]): Promise<void> {
    this.clock.travelTo(new Date(this.gridStart - 2 * DAY));
    await setRules(this.t, this.people.operator, this.catalog.equipmentIds[0], { minNoticeHours: NOTICE_HOURS });
    for (const action of actions) {
      this.log.push(JSON.stringify(action));
      await this.step(action);
      await this.checkEndedMonths();
    }
    await this.checkLedger();
  }

  private async step(action: Action): Promise<void> {
    switch (action.kind) {
      case 'publish':
        return this.publish(action.day, action.openAccess);
      case 'block':
      case 'unblock':
      case 'unpublish':
        return this.changeSlot(action.kind, action.slot, action.by);
      case 'book':
        return this.book(action.slot, action.who);
      case 'confirm':
        return this.confirm(action.pick, action.by);
      case 'cancel':
        return this.cancel(action.pick, action.by);
      case 'complete':
        return this.complete(action.pick);
      case 'propose':
        return this.propose(action.slot, action.who);
      case 'accept':
        return this.accept(action.pick);
      case 'promise':
        return this.promise(action);
      case 'correct':
        return this.correct(action);
      case 'advance':
        this.clock.advance(action.hours * HOUR);
        return;
    }
  }

  // --- the model's rules -------------------------------------------------------------------------------------------

  private slotAt(day: number): MSlot | undefined {
    return this.slots.find((s) => s.day === day && !s.deleted);
  }

  /** A slot on the calendar, chosen by `pick` among those published and not removed. */
  private livePick(pick: number): MSlot | undefined {
    return this.pick(
      this.slots.filter((s) => !s.deleted),
      pick,
    );
  }

  /** A lapsed hold is free at once. */
  private statusOf(slot: MSlot): MSlot['status'] {
    return slot.status === 'HELD' && slot.heldUntil !== null && slot.heldUntil <= this.now ? 'OPEN' : slot.status;
  }

  private release(holderId: string, slotId: string): void {
    const slot = this.slots.find((s) => s.id === slotId);
    if (slot && !slot.deleted && slot.holder === holderId)
      Object.assign(slot, { status: 'OPEN', holder: null, heldUntil: null });
  }

  private bookingLapsed(b: MBooking): boolean {
    return b.status === 'REQUESTED' && b.holdExpiresAt !== null && b.holdExpiresAt <= this.now;
  }

  private expireBooking(b: MBooking): void {
    b.status = 'EXPIRED';
    this.release(b.id, b.slotId);
  }

  /** The version judging the instant: the newest correction covering it, else the newest promise begun and not ended. */
  private governing(at: number): MVersion | null {
    const newest = (vs: MVersion[]) => vs.sort((a, b) => b.version - a.version)[0] ?? null;
    const correction = newest(this.versions.filter((v) => v.kind === 'CORRECTION' && v.from <= at && at < (v.to ?? 0)));
    if (correction) return correction;
    const promise = newest(this.versions.filter((v) => v.kind === 'PROMISE' && v.from <= at));
    return promise && (promise.to === null || at < promise.to) ? promise : null;
  }

  private kindOf(who: Requester): string {
    return { startup: 'STARTUP', sme: 'SME', large: 'LARGE_ENTERPRISE' }[who];
  }

  /** The claim's checks after the offering and the requester: free, notice, eligibility. */
  private claimRefusal(slot: MSlot, who: Requester, heldBy: string | null): Outcome | null {
    const free = heldBy === null ? this.statusOf(slot) === 'OPEN' : slot.status === 'HELD' && slot.holder === heldBy;
    if (!free) return 'CONFLICT';
    if (slot.start < this.now + NOTICE_HOURS * HOUR) return 'BAD_USER_INPUT';
    if (slot.openAccess && !(this.governing(slot.start)?.kinds ?? DEFAULT_KINDS).includes(this.kindOf(who)))
      return 'FORBIDDEN';
    return null;
  }

  // --- actions: predict, act, compare ------------------------------------------------------------------------------

  private async publish(day: number, openAccess: boolean): Promise<void> {
    const start = this.gridStart + day * DAY + 2 * HOUR;
    const expected: Outcome = start <= this.now ? 'BAD_USER_INPUT' : this.slotAt(day) ? 'CONFLICT' : 'OK';
    const res = await this.call<{ publishSlots: Array<{ id: string }> }>(
      'operator',
      `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
      {
        input: {
          equipmentId: this.catalog.equipmentIds[0],
          slots: [
            { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 4 * HOUR).toISOString(), openAccess },
          ],
        },
      },
      expected,
    );
    if (res) {
      const id = res.publishSlots[0].id;
      this.slots.push({
        id,
        day,
        start,
        end: start + 4 * HOUR,
        openAccess,
        status: 'OPEN',
        holder: null,
        heldUntil: null,
        deleted: false,
      });
    }
  }

  private async changeSlot(change: 'block' | 'unblock' | 'unpublish', pick: number, by: Who): Promise<void> {
    const slot = this.livePick(pick);
    if (!slot) return;
    const allowed = { block: ['OPEN'], unblock: ['BLOCKED'], unpublish: ['OPEN', 'BLOCKED'] }[change];
    const expected: Outcome =
      by !== 'operator'
        ? 'FORBIDDEN'
        : slot.start <= this.now || !allowed.includes(this.statusOf(slot))
          ? 'CONFLICT'
          : 'OK';
    const name = { block: 'blockSlots', unblock: 'unblockSlots', unpublish: 'unpublishSlots' }[change];
    const res = await this.call(
      by,
      `mutation($input: SlotIdsInput!) { ${name}(input: $input) { id } }`,
      { input: { slotIds: [slot.id] } },
      expected,
    );
    if (!res) return;
    if (change === 'unpublish') Object.assign(slot, { deleted: true, removedAt: this.now });
    else Object.assign(slot, { status: change === 'block' ? 'BLOCKED' : 'OPEN', holder: null, heldUntil: null });
  }

  private async book(pick: number, who: Requester | 'operator'): Promise<void> {
    const slot = this.livePick(pick);
    if (!slot) return;
    const expected: Outcome = who === 'operator' ? 'FORBIDDEN' : (this.claimRefusal(slot, who, null) ?? 'OK');
    const res = await this.call<{ requestBooking: { id: string; status: string; holdExpiresAt: string | null } }>(
      who,
      `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status holdExpiresAt } }`,
      { input: { offeringId: this.catalog.offeringId, slotIds: [slot.id], brief: '', idempotencyKey: randomUUID() } },
      expected,
    );
    if (!res || who === 'operator') return;
    const hold = Math.min(this.now + HOLD_HOURS * HOUR, slot.start - NOTICE_HOURS * HOUR);
    this.expect(res.requestBooking, {
      id: res.requestBooking.id,
      status: 'REQUESTED',
      holdExpiresAt: new Date(hold).toISOString(),
    });
    this.bookings.push({
      id: res.requestBooking.id,
      slotId: slot.id,
      requester: who,
      status: 'REQUESTED',
      holdExpiresAt: hold,
      start: slot.start,
    });
    Object.assign(slot, { status: 'HELD', holder: res.requestBooking.id, heldUntil: hold });
  }

  private pick<T>(items: T[], pick: number): T | undefined {
    return items.length ? items[pick % items.length] : undefined;
  }

  private async confirm(pick: number, by: 'operator' | 'member'): Promise<void> {
    const b = this.pick(this.bookings, pick);
    if (!b) return;
    let expected: Outcome = 'OK';
    if (by === 'member') expected = 'FORBIDDEN';
    else if (this.bookingLapsed(b) || b.status !== 'REQUESTED') expected = 'CONFLICT';
    const res = await this.call(
      by,
      `mutation($id: ID!) { confirmBooking(id: $id) { status } }`,
      { id: b.id },
      expected,
    );
    if (by === 'member') return;
    if (this.bookingLapsed(b)) return this.expireBooking(b);
    if (!res) return;
    b.status = 'CONFIRMED';
    Object.assign(this.slots.find((s) => s.id === b.slotId) as MSlot, { status: 'BOOKED', heldUntil: null });
  }

  private async cancel(pick: number, by: 'requester' | 'operator'): Promise<void> {
    const b = this.pick(this.bookings, pick);
    if (!b) return;
    let expected: Outcome = 'OK';
    if (this.bookingLapsed(b) || !['REQUESTED', 'CONFIRMED'].includes(b.status) || b.start <= this.now)
      expected = 'CONFLICT';
    else if (by === 'requester' && b.status === 'CONFIRMED' && this.now >= b.start - CANCELLATION_WINDOW_HOURS * HOUR)
      expected = 'CONFLICT';
    const res = await this.call(
      by === 'requester' ? b.requester : 'operator',
      `mutation($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { status } }`,
      { id: b.id, reason: by === 'operator' ? '设备故障' : null },
      expected,
    );
    if (this.bookingLapsed(b)) return this.expireBooking(b);
    if (!res) return;
    b.status = 'CANCELLED';
    this.release(b.id, b.slotId);
  }

  private async complete(pick: number): Promise<void> {
    const b = this.pick(this.bookings, pick);
    if (!b) return;
    const expected: Outcome =
      this.bookingLapsed(b) || b.status !== 'CONFIRMED' || b.start > this.now ? 'CONFLICT' : 'OK';
    const res = await this.call(
      'operator',
      `mutation($id: ID!) { completeBooking(id: $id, outcome: "按期交付") { status } }`,
      { id: b.id },
      expected,
    );
    if (this.bookingLapsed(b)) return this.expireBooking(b);
    if (res) Object.assign(b, { status: 'COMPLETED', completedAt: this.now });
  }

  private async propose(pick: number, who: 'startup' | 'sme'): Promise<void> {
    const slot = this.livePick(pick);
    if (!slot) return;
    let request = this.requests.get(who);
    if (!request?.open) {
      const window = { from: this.now + DAY, to: this.now + 120 * DAY };
      const id = await createPilotRequest(this.t, this.people[who], this.clock.now(), {
        windowFrom: new Date(window.from).toISOString(),
        windowTo: new Date(window.to).toISOString(),
      });
      request = { id, open: true, ...window };
      this.requests.set(who, request);
    }
    const validUntil = Math.min(this.now + 10 * DAY, slot.start - NOTICE_HOURS * HOUR);
    // The proposed period (the slot's) must overlap the request's window.
    const outsideWindow = slot.start > request.to || slot.end < request.from;
    const expected: Outcome =
      validUntil <= this.now || outsideWindow ? 'BAD_USER_INPUT' : (this.claimRefusal(slot, who, null) ?? 'OK');
    const res = await this.call<{ submitProposal: { id: string } }>(
      'operator',
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          requestId: request.id,
          offeringId: this.catalog.offeringId,
          priceAmount: 50_000,
          startsAt: new Date(slot.start).toISOString(),
          endsAt: new Date(slot.end).toISOString(),
          slotIds: [slot.id],
          message: '',
          validUntil: new Date(validUntil).toISOString(),
        },
      },
      expected,
    );
    if (!res) return;
    const id = res.submitProposal.id;
    this.proposals.push({
      id,
      slotId: slot.id,
      requestId: request.id,
      requester: who,
      status: 'SUBMITTED',
      validUntil,
    });
    Object.assign(slot, { status: 'HELD', holder: id, heldUntil: validUntil });
  }

  private async accept(pick: number): Promise<void> {
    const p = this.pick(this.proposals, pick);
    if (!p) return;
    const slot = this.slots.find((s) => s.id === p.slotId) as MSlot;
    const lapsed = p.status === 'SUBMITTED' && p.validUntil <= this.now;
    if (p.status === 'ACCEPTED') {
      // Accepting again answers with the booking the first acceptance made, whatever has become of it since.
      const again = await this.call<{ acceptProposal: { id: string } }>(
        p.requester,
        `mutation($id: ID!) { acceptProposal(id: $id) { id } }`,
        { id: p.id },
        'OK',
      );
      this.expect(again?.acceptProposal.id, p.bookingId);
      return;
    }
    const expected: Outcome =
      lapsed || p.status !== 'SUBMITTED' ? 'CONFLICT' : (this.claimRefusal(slot, p.requester, p.id) ?? 'OK');
    const res = await this.call<{ acceptProposal: { id: string; status: string } }>(
      p.requester,
      `mutation($id: ID!) { acceptProposal(id: $id) { id status } }`,
      { id: p.id },
      expected,
    );
    if (lapsed) {
      p.status = 'EXPIRED';
      return this.release(p.id, p.slotId);
    }
    if (!res) return;
    this.expect(res.acceptProposal.status, 'CONFIRMED');
    p.status = 'ACCEPTED';
    p.bookingId = res.acceptProposal.id;
    for (const other of this.proposals.filter((o) => o.requestId === p.requestId && o.status === 'SUBMITTED')) {
      other.status = 'SUPERSEDED';
      this.release(other.id, other.slotId);
    }
    (this.requests.get(p.requester) as { open: boolean }).open = false;
    this.bookings.push({
      id: res.acceptProposal.id,
      slotId: slot.id,
      requester: p.requester,
      status: 'CONFIRMED',
      holdExpiresAt: null,
      start: slot.start,
    });
    Object.assign(slot, { status: 'BOOKED', holder: res.acceptProposal.id, heldUntil: null });
  }

  private async promise(action: Extract<Action, { kind: 'promise' }>): Promise<void> {
    const from = this.months[action.month].start;
    const mayPromise = action.by === 'operator' || action.by === 'jiangsu';
    // A promise of nothing (target 0) is refused like one for a period that has begun; a correction may waive.
    // It would replace the promise judging its first month and every one taking effect later.
    const judging = this.governing(from);
    const replacesAuthority = this.versions.some(
      (v) => v.kind === 'PROMISE' && v.side === 'AUTHORITY' && (v === judging || v.from > from),
    );
    const expected: Outcome = !mayPromise
      ? 'FORBIDDEN'
      : from <= this.now || action.target === 0
        ? 'BAD_USER_INPUT'
        : action.by === 'operator' && replacesAuthority
          ? 'FORBIDDEN'
          : 'OK';
    const basis = action.share ? 'SHARE_OF_PUBLISHED_HOURS' : 'HOURS';
    const target = action.share ? action.target / 4 : action.target * 4;
    const kinds = KIND_CHOICES[action.kinds];
    const res = await this.call<{ setOpenAccessObligation: { id: string; version: number } }>(
      action.by,
      `mutation($input: SetOpenAccessObligationInput!) { setOpenAccessObligation(input: $input) { id version } }`,
      {
        input: {
          platformId: this.catalog.platformId,
          basis,
          target,
          period: 'MONTH',
          eligibleRequesterKinds: kinds,
          effectiveFrom: new Date(from).toISOString(),
          reference: '适度开放承诺书',
        },
      },
      expected,
    );
    if (res) {
      const { id, version } = res.setOpenAccessObligation;
      this.expect(version, this.versions.length + 1);
      const side = action.by === 'operator' ? 'OPERATOR' : 'AUTHORITY';
      this.versions.push({ id, version, kind: 'PROMISE', side, from, to: null, basis, target, kinds });
    }
  }

  private async correct(action: Extract<Action, { kind: 'correct' }>): Promise<void> {
    const month = this.months[action.month];
    const expected: Outcome = action.by !== 'jiangsu' ? 'FORBIDDEN' : month.start > this.now ? 'BAD_USER_INPUT' : 'OK';
    const res = await this.call<{ correctOpenAccessObligation: { id: string; version: number } }>(
      action.by,
      `mutation($input: CorrectOpenAccessObligationInput!) { correctOpenAccessObligation(input: $input) { id version } }`,
      {
        input: {
          platformId: this.catalog.platformId,
          basis: 'HOURS',
          target: action.target,
          period: 'MONTH',
          effectiveFrom: new Date(month.start).toISOString(),
          effectiveTo: new Date(month.end).toISOString(),
          reference: '核查意见',
          reason: '现场核查后更正',
        },
      },
      expected,
    );
    if (res) {
      const { id, version } = res.correctOpenAccessObligation;
      this.expect(version, this.versions.length + 1);
      this.versions.push({
        id,
        version,
        kind: 'CORRECTION',
        side: 'AUTHORITY',
        from: month.start,
        to: month.end,
        basis: 'HOURS',
        target: action.target,
        kinds: DEFAULT_KINDS,
      });
    }
  }

  // --- the ledger ----------------------------------------------------------------------------------------------------

  /** The month's figures recomputed by hand from the model, or null when no obligation judges it. */
  private ledger(month: { start: number; end: number }): Partial<Compliance> | null {
    const version = this.governing(month.start);
    if (!version) return null;
    const within = (start: number, end: number) =>
      Math.max(0, Math.min(end, month.end) - Math.max(start, month.start)) / HOUR;
    // Blocked slots stay published (the share's base) but are not offered; so do slots removed once the month had
    // begun. Every slot of a grid day covers the same hours: a day published again after a removal counts once.
    const inBase = this.slots.filter((s) => !s.deleted || (s.removedAt as number) >= month.start);
    const published = [...new Map(inBase.map((s) => [s.day, s])).values()].reduce(
      (sum, s) => sum + within(s.start, s.end),
      0,
    );
    const offered = this.slots.filter((s) => !s.deleted && this.statusOf(s) !== 'BLOCKED');
    const openPublished = offered.filter((s) => s.openAccess).reduce((sum, s) => sum + within(s.start, s.end), 0);
    const counted = this.bookings.filter((b) => {
      const slot = this.slots.find((s) => s.id === b.slotId) as MSlot;
      return slot.openAccess && version.kinds.includes(this.kindOf(b.requester));
    });
    const hoursOf = (bs: MBooking[]) =>
      bs.reduce((sum, b) => {
        const slot = this.slots.find((s) => s.id === b.slotId) as MSlot;
        return sum + within(slot.start, slot.end);
      }, 0);
    const booked = hoursOf(counted.filter((b) => b.status === 'CONFIRMED' || b.status === 'COMPLETED'));
    // Deliveries recorded after the month's recording grace no longer count toward it.
    const recordingEnds = month.end + DELIVERY_RECORDING_DAYS * DAY;
    const delivered = hoursOf(
      counted.filter((b) => b.status === 'COMPLETED' && (b.completedAt as number) <= recordingEnds),
    );
    const required = version.basis === 'HOURS' ? version.target : version.target * published;
    const figures: Partial<Compliance> = {
      obligationId: version.id,
      publishedHours: published,
      openAccessPublishedHours: openPublished,
      requiredHours: required,
      openAccessBookedHours: booked,
      openAccessDeliveredHours: delivered,
    };
    // Delivered hours meet it; booked hours that would are AT_RISK until the operator records them delivered, for
    // the recording grace; BREACHED after it.
    if (month.end <= this.now)
      figures.status =
        delivered >= required ? 'MET' : booked >= required && this.now < recordingEnds ? 'AT_RISK' : 'BREACHED';
    return figures;
  }

  private async compliance(month: { start: number }): Promise<Compliance | null> {
    const res = await this.t.gql<{ obligationCompliance: Compliance }>(
      COMPLIANCE,
      { p: this.catalog.platformId, at: new Date(month.start).toISOString() },
      { token: this.people.operator.token },
    );
    if (res.errors) this.expect(res.errors[0].extensions?.code, 'NOT_FOUND');
    return res.data?.obligationCompliance ?? null;
  }

  /** Once a month has ended its verdict is kept, and must not change unless an authority corrects that month. */
  private async checkEndedMonths(): Promise<void> {
    for (const [index, month] of this.months.entries()) {
      if (month.end > this.now) continue;
      const verdict = await this.compliance(month);
      const seen = this.frozen.get(index);
      if (!seen) {
        this.frozen.set(index, { verdict, versions: this.versions.length });
        continue;
      }
      const corrected = this.versions
        .slice(seen.versions)
        .some((v) => v.kind === 'CORRECTION' && v.from <= month.start && month.start < (v.to ?? 0));
      // Recording the delivery of hours booked in it is the one change an ended month's verdict takes (AT_RISK → MET),
      // or, once its recording grace has passed without it, AT_RISK → BREACHED.
      const delivered =
        seen.verdict?.status === 'AT_RISK' && (verdict?.status === 'MET' || verdict?.status === 'BREACHED');
      if (corrected || delivered) this.frozen.set(index, { verdict, versions: this.versions.length });
      else this.expect(pickVerdict(verdict), pickVerdict(seen.verdict));
    }
  }

  /** Every month's figures from the API against the model's, and the authorities' report against compliance. */
  private async checkLedger(): Promise<void> {
    for (const month of this.months) {
      const api = await this.compliance(month);
      const model = this.ledger(month);
      count(`ledger:${model === null ? 'none' : (model.status ?? 'running')}`);
      this.expect(api === null ? null : pickOf(api, model ?? {}), model);
      const report = await this.t.gql<{
        complianceReport: { entries: Array<{ platformId: string; compliance: Compliance }> };
      }>(
        `query($at: DateTime!) { complianceReport(province: "32", periodStart: $at) { entries { platformId compliance { obligationId status openAccessBookedHours requiredHours } } } }`,
        { at: new Date(month.start).toISOString() },
        { token: this.people.jiangsu.token },
      );
      const entry = report.data?.complianceReport.entries.find((e) => e.platformId === this.catalog.platformId);
      this.expect(
        entry?.compliance ?? null,
        api && pickOf(api, { obligationId: 1, status: 1, openAccessBookedHours: 1, requiredHours: 1 }),
      );
    }
  }

  // --- plumbing ------------------------------------------------------------------------------------------------------

  /** Sends one operation and compares its outcome with the model's; the data when it succeeded. */
  private async call<T>(
    who: Who,
    query: string,
    variables: Record<string, unknown>,
    expected: Outcome,
  ): Promise<T | null> {
    const res = await this.t.gql<T>(query, variables, { token: this.people[who].token });
    const outcome = res.errors ? String(res.errors[0].extensions?.code) : 'OK';
    const key = `${query.match(/\{ (\w+)\(/)?.[1]}:${outcome}`;
    count(key);
    if (outcome !== expected) {
      throw new Error(
        `API said ${outcome}${res.errors ? ` (${res.errors[0].message})` : ''}, the model ${expected}, at ${new Date(this.now).toISOString()} after:\n${this.log.join('\n')}`,
      );
    }
    return res.data ?? null;
  }

  private expect(actual: unknown, expected: unknown): void {
    try {
      expect(actual).toEqual(expected);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\nat ${new Date(this.now).toISOString()} after:\n${this.log.join('\n')}`,
      );
    }
  }
}

/** Outcomes met per operation (and ledgers per verdict), for LEDGER_PROPERTY_STATS. */
const STATS = new Map<string, number>();
const count = (key: string) => STATS.set(key, (STATS.get(key) ?? 0) + 1);
const pickOf = (source: object, keys: object) =>
  Object.fromEntries(Object.keys(keys).map((k) => [k, (source as Record<string, unknown>)[k]]));
const pickVerdict = (c: Compliance | null) =>
  c && pickOf(c, { obligationId: 1, status: 1, requiredHours: 1, publishedHours: 1, openAccessBookedHours: 1 });
