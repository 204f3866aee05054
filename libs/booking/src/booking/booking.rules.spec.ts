import { describe, expect, it } from '@jest/globals';
import { CoreError, ErrorKind, type DomainError } from '#core';
import { OfferingStatus, PlatformStatus } from '#catalog';
import { ConfirmationMode, SlotStatus } from '../booking.enums.js';
import { BookingError } from '../booking.errors.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import type { BookingRules } from '../slot/slot.repository.js';
import {
  freeCancellationEnd,
  assertClaimable,
  assertEquipmentRules,
  assertNotOwnPlatform,
  assertOfferingBookable,
  holdEnd,
  latestHoldEnd,
  statusAt,
} from './booking.rules.js';

const HOUR = 3_600_000;
const NOW = new Date('2026-03-02T00:00:00Z');

const slot = (id: string, overrides: Partial<CapacitySlotEntity> = {}): CapacitySlotEntity => ({
  id,
  equipmentId: 'eq-1',
  startsAt: new Date(NOW.getTime() + 48 * HOUR),
  endsAt: new Date(NOW.getTime() + 52 * HOUR),
  status: SlotStatus.OPEN,
  openAccess: false,
  priceOverride: null,
  bookingId: null,
  heldUntil: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const offering = (equipmentIds = ['eq-1'], sharedEquipmentIds = equipmentIds) => ({ equipmentIds, sharedEquipmentIds });

const rules = (overrides: Partial<BookingRules> = {}): Map<string, BookingRules> =>
  new Map([
    [
      'eq-1',
      {
        minNoticeHours: 24,
        maxRunHours: null,
        bufferMinutes: 0,
        confirmationMode: ConfirmationMode.MANUAL,
        maxAdvanceDays: 365,
        ...overrides,
      },
    ],
  ]);

/** The error `act` throws (the test fails if it throws none). */
function refusal(act: () => void): DomainError {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal, got none');
}

describe('booking rules', () => {
  describe('assertOfferingBookable', () => {
    it('takes bookings only for an ACTIVE offering of a PUBLISHED platform', () => {
      expect(() =>
        assertOfferingBookable({ status: OfferingStatus.ACTIVE, platformStatus: PlatformStatus.PUBLISHED }),
      ).not.toThrow();
      for (const offering of [
        { status: OfferingStatus.ARCHIVED, platformStatus: PlatformStatus.PUBLISHED },
        { status: OfferingStatus.ACTIVE, platformStatus: PlatformStatus.DRAFT },
        { status: OfferingStatus.ACTIVE, platformStatus: PlatformStatus.SUSPENDED },
      ]) {
        expect(refusal(() => assertOfferingBookable(offering))).toMatchObject({
          code: 'OFFERING_NOT_BOOKABLE',
          kind: ErrorKind.CONFLICT,
        });
      }
    });
  });

  describe('assertNotOwnPlatform', () => {
    it('refuses the operator’s own organization as FORBIDDEN and lets any other book', () => {
      expect(refusal(() => assertNotOwnPlatform({ organizationId: 'org-a' }, 'org-a'))).toMatchObject({
        code: 'OWN_PLATFORM',
        kind: ErrorKind.FORBIDDEN,
      });
      expect(() => assertNotOwnPlatform({ organizationId: 'org-a' }, 'org-b')).not.toThrow();
    });
  });

  describe('assertClaimable', () => {
    it('accepts OPEN slots of the offering’s equipment', () => {
      expect(() => assertClaimable(['s1', 's2'], [slot('s1'), slot('s2')], offering(), null, NOW)).not.toThrow();
    });

    it('names the first slot that does not exist, before any other check', () => {
      const error = refusal(() =>
        assertClaimable(['s1', 'gone', 's3'], [slot('s1', { equipmentId: 'eq-9' })], offering(), null, NOW),
      );
      expect(error).toBeInstanceOf(BookingError);
      expect(error).toMatchObject({ code: 'SLOT_NOT_FOUND', kind: ErrorKind.NOT_FOUND, details: { slotId: 'gone' } });
    });

    it('refuses a slot on equipment the offering does not use as bad input on slotIds', () => {
      const error = refusal(() =>
        assertClaimable(['s1'], [slot('s1', { equipmentId: 'eq-9', status: SlotStatus.HELD })], offering(), null, NOW),
      );
      expect(error).toBeInstanceOf(CoreError);
      expect(error.details.fields).toEqual([
        { field: 'slotIds', message: 'slot s1 is not on equipment this offering uses' },
      ]);
    });

    it('refuses a slot that is not OPEN as CONFLICT naming the slot and its status', () => {
      for (const status of [SlotStatus.HELD, SlotStatus.BOOKED, SlotStatus.BLOCKED]) {
        expect(refusal(() => assertClaimable(['s1'], [slot('s1', { status })], offering(), null, NOW))).toMatchObject({
          code: 'SLOT_UNAVAILABLE',
          kind: ErrorKind.CONFLICT,
          message: `Slot s1 is no longer available (it is ${status})`,
          details: { slotId: 's1', slotStatus: status },
        });
      }
    });

    it('lets a holder claim the slots it holds, and only those', () => {
      const held = slot('s1', { status: SlotStatus.HELD, bookingId: 'proposal-1' });
      expect(() => assertClaimable(['s1'], [held], offering(), 'proposal-1', NOW)).not.toThrow();
      expect(refusal(() => assertClaimable(['s1'], [held], offering(), 'proposal-2', NOW))).toMatchObject({
        code: 'SLOT_UNAVAILABLE',
        message: 'Slot s1 is no longer held by this proposal (it is HELD)',
      });
      // An OPEN slot was released meanwhile: the holder no longer has it.
      expect(refusal(() => assertClaimable(['s1'], [slot('s1')], offering(), 'proposal-1', NOW))).toMatchObject({
        code: 'SLOT_UNAVAILABLE',
        details: { slotId: 's1', slotStatus: 'OPEN' },
      });
    });
  });

  describe('lapsed holds', () => {
    const held = (heldUntil: Date | null) => slot('s1', { status: SlotStatus.HELD, bookingId: 'booking-1', heldUntil });

    it('reads a hold as OPEN from the instant it lapses, not a millisecond before', () => {
      expect(statusAt(held(NOW), NOW)).toBe(SlotStatus.OPEN);
      expect(statusAt(held(new Date(NOW.getTime() + 1)), NOW)).toBe(SlotStatus.HELD);
      expect(statusAt(held(null), NOW)).toBe(SlotStatus.HELD);
      expect(statusAt(slot('s1', { status: SlotStatus.BOOKED, heldUntil: null }), NOW)).toBe(SlotStatus.BOOKED);
    });

    it('lets anyone claim a slot whose hold has lapsed, and its old holder no longer', () => {
      expect(() => assertClaimable(['s1'], [held(NOW)], offering(), null, NOW)).not.toThrow();
      expect(
        refusal(() => assertClaimable(['s1'], [held(new Date(NOW.getTime() + 1))], offering(), null, NOW)),
      ).toMatchObject({ code: 'SLOT_UNAVAILABLE' });
    });
  });

  it('refuses slots of equipment the platform does not share, naming the slot', () => {
    const error = refusal(() => assertClaimable(['s1'], [slot('s1')], offering(['eq-1'], []), null, NOW));
    expect(error.details.fields).toEqual([
      { field: 'slotIds', message: 'slot s1 is on equipment its platform does not share' },
    ]);
  });

  describe('holds end before the notice', () => {
    const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

    it('ends a request’s hold after the hold period when the slots are far, at the earliest start minus notice when near', () => {
      expect(holdEnd([slot('s1', { startsAt: at(100), endsAt: at(104) })], rules(), 48, NOW)).toEqual(at(48));
      expect(holdEnd([slot('s1', { startsAt: at(30), endsAt: at(34) })], rules(), 48, NOW)).toEqual(at(6));
      const both = new Map([...rules(), ['eq-2', { ...rules().get('eq-1')!, minNoticeHours: 2 }]]);
      const slots = [
        slot('s1', { startsAt: at(60), endsAt: at(64) }),
        slot('s2', { equipmentId: 'eq-2', startsAt: at(10), endsAt: at(12) }),
      ];
      expect(holdEnd(slots, both, 48, NOW)).toEqual(at(8));
      expect(latestHoldEnd(slots, both)).toEqual({ at: at(8), slotId: 's2', noticeHours: 2 });
      expect(latestHoldEnd([], both)).toBeNull();
    });
  });

  describe('assertEquipmentRules', () => {
    it('accepts a slot starting exactly the minimum notice from now, and refuses one a millisecond sooner', () => {
      const onTime = slot('s1', {
        startsAt: new Date(NOW.getTime() + 24 * HOUR),
        endsAt: new Date(NOW.getTime() + 26 * HOUR),
      });
      expect(() => assertEquipmentRules([onTime], rules(), NOW)).not.toThrow();
      const early = new Date(NOW.getTime() + 1);
      expect(refusal(() => assertEquipmentRules([onTime], rules(), early)).details.fields).toEqual([
        { field: 'slotIds', message: 'slot s1 starts too soon: this equipment needs 24 h notice' },
      ]);
    });

    it('with no notice required, books a slot that starts now', () => {
      const now = slot('s1', { startsAt: NOW, endsAt: new Date(NOW.getTime() + HOUR) });
      expect(() => assertEquipmentRules([now], rules({ minNoticeHours: 0 }), NOW)).not.toThrow();
    });

    it('refuses a slot that has started as started, whatever the notice', () => {
      const started = slot('s1', { startsAt: new Date(NOW.getTime() - 3000), endsAt: new Date(NOW.getTime() + HOUR) });
      for (const minNoticeHours of [0, 24])
        expect(refusal(() => assertEquipmentRules([started], rules({ minNoticeHours }), NOW)).details.fields).toEqual([
          { field: 'slotIds', message: 'slot s1 has already started: only a slot yet to start is booked' },
        ]);
    });

    it('accepts a run of exactly the maximum and refuses a longer one; no maximum means any length', () => {
      const eightHours = slot('s1', { endsAt: new Date(NOW.getTime() + 56 * HOUR) });
      expect(() => assertEquipmentRules([eightHours], rules({ maxRunHours: 8 }), NOW)).not.toThrow();
      expect(refusal(() => assertEquipmentRules([eightHours], rules({ maxRunHours: 7 }), NOW)).details.fields).toEqual([
        { field: 'slotIds', message: "slot s1 is longer than this equipment's 7 h maximum run" },
      ]);
      const week = slot('s1', { endsAt: new Date(NOW.getTime() + 216 * HOUR) });
      expect(() => assertEquipmentRules([week], rules(), NOW)).not.toThrow();
    });

    it('takes bookings up to the horizon and refuses a slot starting a millisecond beyond it', () => {
      const edge = new Date(NOW.getTime() + 10 * 24 * HOUR);
      const last = slot('s1', { startsAt: edge, endsAt: new Date(edge.getTime() + HOUR) });
      expect(() => assertEquipmentRules([last], rules({ maxAdvanceDays: 10 }), NOW)).not.toThrow();
      const beyond = slot('s1', { startsAt: new Date(edge.getTime() + 1), endsAt: new Date(edge.getTime() + HOUR) });
      expect(refusal(() => assertEquipmentRules([beyond], rules({ maxAdvanceDays: 10 }), NOW)).details.fields).toEqual([
        {
          field: 'slotIds',
          message: 'slot s1 starts more than 10 days ahead, beyond what this equipment takes bookings for',
        },
      ]);
    });

    it('checks every slot against its own equipment’s rules', () => {
      const both = new Map([...rules(), ['eq-2', { ...rules().get('eq-1')!, minNoticeHours: 72 }]]);
      const fine = slot('s1');
      const tooSoon = slot('s2', { equipmentId: 'eq-2' });
      expect(refusal(() => assertEquipmentRules([fine, tooSoon], both, NOW)).message).toMatch(
        /slot s2 starts too soon: this equipment needs 72 h notice/,
      );
    });
  });
});

describe('free cancellation', () => {
  const start = new Date('2027-01-10T08:00:00Z');
  it('ends the window before the first slot, unless the amount was named on quotation once the window had begun', () => {
    expect(freeCancellationEnd(start, 24, null)).toEqual(new Date('2027-01-09T08:00:00Z'));
    // Named a second before the window: it binds from the window on.
    expect(freeCancellationEnd(start, 24, new Date('2027-01-09T07:59:59Z'))).toEqual(new Date('2027-01-09T08:00:00Z'));
    // Named as the window began, or later: never the requester's to refuse, so free until the start.
    expect(freeCancellationEnd(start, 24, new Date('2027-01-09T08:00:00Z'))).toEqual(start);
    expect(freeCancellationEnd(start, 24, new Date('2027-01-10T02:00:00Z'))).toEqual(start);
  });
});
