import { describe, expect, it } from '@jest/globals';
import { QuoteStatus, type StoredQuote } from '#billing';
import { Currency, PriceModel, PriceTier } from '#catalog';
import { SlotStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import { buildNewBooking, type NewBookingInput } from './booking.builder.js';

const NOW = new Date('2026-03-02T00:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

const slot = (id: string, from: number, to: number, openAccess = false): CapacitySlotEntity => ({
  id,
  equipmentId: `eq-${id}`,
  startsAt: at(from),
  endsAt: at(to),
  status: SlotStatus.OPEN,
  openAccess,
  priceOverride: null,
  bookingId: null,
  heldUntil: null,
  createdAt: NOW,
  updatedAt: NOW,
});

const input = (overrides: Partial<NewBookingInput>): NewBookingInput => ({
  offering: { offeringId: 'off-1', platformId: 'pf-1', organizationId: 'operator', province: '32' },
  requester: { organizationId: 'startup', userId: 'user-1' },
  slots: [],
  confirmed: false,
  holdExpiresAt: at(8),
  brief: '50 L 放大',
  idempotencyKey: 'key-12345678',
  requestFingerprint: 'f'.repeat(64),
  proposalId: null,
  quote: QUOTE,
  ...overrides,
});

const QUOTE: StoredQuote = {
  currency: Currency.CNY,
  priceModel: PriceModel.FIXED,
  status: QuoteStatus.PRICED,
  tier: PriceTier.STARTUP,
  tierUnitFen: 500_000,
  lines: [],
  totalFen: 500_000,
};

describe('buildNewBooking', () => {
  it('spans the claimed slots from the earliest start to the latest end, whatever their order', () => {
    const { booking, slots } = buildNewBooking(
      input({ slots: [slot('b', 30, 34), slot('a', 10, 14), slot('c', 20, 40)] }),
    );
    expect(booking).toMatchObject({ firstSlotStartsAt: at(10), lastSlotEndsAt: at(40) });
    expect(slots.map((s) => s.slotId)).toEqual(['b', 'a', 'c']);
    expect(slots[1]).toEqual({ slotId: 'a', equipmentId: 'eq-a', startsAt: at(10), endsAt: at(14), openAccess: false });
  });

  it('holds a request until the hold’s end, and a confirmed booking not at all', () => {
    const requested = buildNewBooking(input({ slots: [slot('a', 10, 14)] })).booking;
    expect(requested).toMatchObject({ status: 'REQUESTED', holdExpiresAt: at(8) });
    const confirmed = buildNewBooking(input({ slots: [slot('a', 10, 14)], confirmed: true })).booking;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', holdExpiresAt: null });
  });

  it('carries its quote and the quote’s total, which stays null while the operator has not quoted', () => {
    const slots = [slot('a', 10, 14)];
    expect(buildNewBooking(input({ slots })).booking).toMatchObject({ quote: QUOTE, quoteAmount: 500_000 });
    const awaiting = { ...QUOTE, status: QuoteStatus.AWAITING_OPERATOR_QUOTE, totalFen: null };
    expect(buildNewBooking(input({ slots, quote: awaiting })).booking.quoteAmount).toBeNull();
  });

  it('is open-access when any of its slots is', () => {
    expect(buildNewBooking(input({ slots: [slot('a', 10, 14)] })).booking.openAccess).toBe(false);
    expect(buildNewBooking(input({ slots: [slot('a', 10, 14), slot('b', 14, 18, true)] })).booking.openAccess).toBe(
      true,
    );
  });

  it('takes the period asked for when a proposal held no slots, and ignores it when slots were claimed', () => {
    const period = { startsAt: at(100), endsAt: at(120) };
    expect(buildNewBooking(input({ period, proposalId: 'p-1' })).booking).toMatchObject({
      firstSlotStartsAt: at(100),
      lastSlotEndsAt: at(120),
      proposalId: 'p-1',
      openAccess: false,
    });
    expect(buildNewBooking(input({ period, slots: [slot('a', 10, 14)] })).booking).toMatchObject({
      firstSlotStartsAt: at(10),
      lastSlotEndsAt: at(14),
    });
    expect(() => buildNewBooking(input({}))).toThrow('a booking needs slots or a period');
  });

  it('belongs to the offering’s platform and operator, and to the requester', () => {
    expect(buildNewBooking(input({ slots: [slot('a', 10, 14)] })).booking).toMatchObject({
      offeringId: 'off-1',
      platformId: 'pf-1',
      operatorOrganizationId: 'operator',
      province: '32',
      requesterOrganizationId: 'startup',
      requesterUserId: 'user-1',
      brief: '50 L 放大',
      idempotencyKey: 'key-12345678',
    });
  });
});
