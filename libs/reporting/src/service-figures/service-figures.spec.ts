import { describe, expect, it } from '@jest/globals';
import type { ChargeFact } from '#billing';
import { BookingStatus, type ServiceRecordFact } from '#booking';
import { OrganizationKind } from '#identity';
import {
  computeServiceFigures,
  median,
  ServiceFigureCode,
  SERVICE_FIGURES,
  type ServiceFacts,
} from './service-figures.js';

/** Shanghai wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);
const MARCH = { start: at('2025-03-01T00:00:00'), end: at('2025-04-01T00:00:00') };
const NOW = at('2025-04-10T00:00:00');
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

const booking = (
  id: string,
  b: Partial<ServiceRecordFact> & Pick<ServiceRecordFact, 'requesterOrganizationId' | 'status' | 'slots'>,
): ServiceRecordFact => ({
  bookingId: id,
  platformId: 'platform',
  operatorOrganizationId: 'operator',
  createdAt: at('2025-02-01T00:00:00'),
  rating: null,
  operatorAnsweredAt: null,
  expiredAt: null,
  completedAt: null,
  automaticallyConfirmed: false,
  firstSlotStartsAt: b.slots[0].startsAt,
  lastSlotEndsAt: b.slots[b.slots.length - 1].endsAt,
  ...b,
});

/**
 * A month of one platform, small enough to count by hand. Requesters: a start-up, a university, an SME and the
 * operator itself (internal use).
 */
const facts: ServiceFacts = {
  slots: [
    { ...span('2025-03-03T08:00:00', '2025-03-03T16:00:00'), status: 'BOOKED' }, // 8 h (B1)
    { ...span('2025-03-04T08:00:00', '2025-03-04T16:00:00'), status: 'BOOKED' }, // 8 h (B2)
    { ...span('2025-03-05T08:00:00', '2025-03-05T12:00:00'), status: 'OPEN' }, // 4 h
    { ...span('2025-03-06T08:00:00', '2025-03-06T12:00:00'), status: 'BLOCKED' }, // not offered: 0
    { ...span('2025-03-31T20:00:00', '2025-04-01T04:00:00'), status: 'OPEN' }, // 4 of its 8 h in March
    { ...span('2025-02-28T22:00:00', '2025-03-01T02:00:00'), status: 'BOOKED' }, // 2 of its 4 h in March (B4)
    { ...span('2025-03-10T08:00:00', '2025-03-10T12:00:00'), status: 'BOOKED' }, // 4 h (B3)
    { ...span('2025-03-26T08:00:00', '2025-03-26T10:00:00'), status: 'BOOKED' }, // 2 h (B8)
  ],
  bookings: [
    // B1: start-up, completed on time (2 h after its slot), rated 5; asked for in February.
    booking('B1', {
      requesterOrganizationId: 'startup',
      status: BookingStatus.COMPLETED,
      slots: [span('2025-03-03T08:00:00', '2025-03-03T16:00:00')],
      createdAt: at('2025-02-20T10:00:00'),
      operatorAnsweredAt: at('2025-02-20T13:00:00'),
      completedAt: at('2025-03-03T18:00:00'),
      rating: 5,
    }),
    // B2: university, answered in 1 h, completed late (44 h after its slot), rated 3.
    booking('B2', {
      requesterOrganizationId: 'university',
      status: BookingStatus.COMPLETED,
      slots: [span('2025-03-04T08:00:00', '2025-03-04T16:00:00')],
      createdAt: at('2025-03-01T09:00:00'),
      operatorAnsweredAt: at('2025-03-01T10:00:00'),
      completedAt: at('2025-03-06T12:00:00'),
      rating: 3,
    }),
    // B3: SME, answered in 6 h, confirmed but never completed: overdue by NOW.
    booking('B3', {
      requesterOrganizationId: 'sme',
      status: BookingStatus.CONFIRMED,
      slots: [span('2025-03-10T08:00:00', '2025-03-10T12:00:00')],
      createdAt: at('2025-03-02T08:00:00'),
      operatorAnsweredAt: at('2025-03-02T14:00:00'),
    }),
    // B4: SME, confirmed automatically in February, its run crossing into March (2 h), completed on time, rated 4
    // (its first slot is in February, so its review and its completion count there).
    booking('B4', {
      requesterOrganizationId: 'sme',
      status: BookingStatus.COMPLETED,
      slots: [span('2025-02-28T22:00:00', '2025-03-01T02:00:00')],
      createdAt: at('2025-02-10T00:00:00'),
      automaticallyConfirmed: true,
      completedAt: at('2025-03-01T10:00:00'),
      rating: 4,
    }),
    // B5: start-up, declined after 30 minutes.
    booking('B5', {
      requesterOrganizationId: 'startup',
      status: BookingStatus.DECLINED,
      slots: [span('2025-03-12T08:00:00', '2025-03-12T12:00:00')],
      createdAt: at('2025-03-11T09:00:00'),
      operatorAnsweredAt: at('2025-03-11T09:30:00'),
    }),
    // B6: university, confirmed after 2 h, then cancelled.
    booking('B6', {
      requesterOrganizationId: 'university',
      status: BookingStatus.CANCELLED,
      slots: [span('2025-03-20T08:00:00', '2025-03-20T12:00:00')],
      createdAt: at('2025-03-15T00:00:00'),
      operatorAnsweredAt: at('2025-03-15T02:00:00'),
    }),
    // B7: start-up, left unanswered until its hold expired after 48 h.
    booking('B7', {
      requesterOrganizationId: 'startup',
      status: BookingStatus.EXPIRED,
      slots: [span('2025-03-25T08:00:00', '2025-03-25T12:00:00')],
      createdAt: at('2025-03-18T00:00:00'),
      expiredAt: at('2025-03-20T00:00:00'),
    }),
    // B8: the operator's own use, confirmed automatically, completed on time.
    booking('B8', {
      requesterOrganizationId: 'operator',
      status: BookingStatus.COMPLETED,
      slots: [span('2025-03-26T08:00:00', '2025-03-26T10:00:00')],
      createdAt: at('2025-03-20T00:00:00'),
      automaticallyConfirmed: true,
      completedAt: at('2025-03-26T11:00:00'),
    }),
    // B9: SME, still waiting for an answer, for April.
    booking('B9', {
      requesterOrganizationId: 'sme',
      status: BookingStatus.REQUESTED,
      slots: [span('2025-04-05T08:00:00', '2025-04-05T12:00:00')],
      createdAt: at('2025-03-30T00:00:00'),
    }),
  ],
  requesterKinds: new Map([
    ['startup', OrganizationKind.STARTUP],
    ['university', OrganizationKind.UNIVERSITY],
    ['sme', OrganizationKind.SME],
    ['operator', OrganizationKind.LARGE_ENTERPRISE],
  ]),
  proposals: [
    {
      platformId: 'platform',
      requestId: 'R1',
      askedAt: at('2025-03-01T00:00:00'),
      proposedAt: at('2025-03-01T05:00:00'),
    }, // 5 h
    {
      platformId: 'platform',
      requestId: 'R2',
      askedAt: at('2025-03-03T00:00:00'),
      proposedAt: at('2025-03-04T12:00:00'),
    }, // 36 h
    {
      platformId: 'platform',
      requestId: 'R3',
      askedAt: at('2025-02-20T00:00:00'),
      proposedAt: at('2025-02-27T00:00:00'),
    }, // February
    {
      platformId: 'platform',
      requestId: 'R4',
      askedAt: at('2025-03-10T00:00:00'),
      proposedAt: at('2025-03-10T03:00:00'),
    }, // 3 h
    {
      platformId: 'platform',
      requestId: 'R5',
      askedAt: at('2025-03-20T00:00:00'),
      proposedAt: at('2025-03-21T00:00:00'),
    }, // 24 h
  ],
  charges: [
    // B1: the start-up's 8 h at 560.00 (base 800.00: 1 920.00 saved), half covered by a voucher, 448.00 credited.
    charge('B1', 'startup', OrganizationKind.STARTUP, at('2025-03-03T18:00:00'), 448_000 - 44_800, 200_000, 192_000),
    // B2: the university's 8 h at 700.00 (800.00 saved in all), no voucher.
    charge('B2', 'university', OrganizationKind.UNIVERSITY, at('2025-03-06T12:00:00'), 560_000, 0, 80_000),
    // B4: the SME's run, charged when completed on 1 March: a fixed 3 000.00, 10 % off (300.00 saved).
    charge('B4', 'sme', OrganizationKind.SME, at('2025-03-01T10:00:00'), 270_000, 0, 30_000),
    // B8: the operator's own use, on quotation (no list price).
    charge('B8', 'operator', OrganizationKind.LARGE_ENTERPRISE, at('2025-03-26T11:00:00'), 10_000, 0, null),
    // Issued in February: not March's.
    charge('B0', 'sme', OrganizationKind.SME, at('2025-02-28T23:59:59'), 999_900, 1_000, 5_000),
  ],
};

function charge(
  id: string,
  requester: string,
  kind: OrganizationKind,
  issuedAt: Date,
  net: number,
  voucherCovered: number,
  tierSavings: number | null,
): ChargeFact {
  return {
    chargeId: `C-${id}`,
    platformId: 'platform',
    requesterOrganizationId: requester,
    requesterKind: kind,
    issuedAt,
    net,
    voucherCovered,
    tierSavings,
  };
}

describe('service figures', () => {
  it('computes every figure of a month by hand', () => {
    expect(computeServiceFigures(facts, MARCH, NOW)).toEqual({
      // 8 + 8 + 4 + 4 (of 8) + 2 (of 4) + 4 + 2; the blocked slot is not offered.
      HOURS_PUBLISHED: 32,
      // Confirmed or completed: B1 8 + B2 8 + B3 4 + B4 2 (of 4) + B8 2.
      HOURS_BOOKED: 24,
      // Completed: B1 8 + B2 8 + B4 2 + B8 2.
      HOURS_DELIVERED: 20,
      // All but the operator's own 2 h: 18 / 20.
      OUTSIDE_DELIVERED_SHARE: 0.9,
      // Start-up B1 8 + SME B4 2: 10 / 20.
      STARTUP_SME_DELIVERED_SHARE: 0.5,
      // Start-up, university, SME (not the operator).
      DISTINCT_REQUESTERS_SERVED: 3,
      // First slot in March: B1, B2, B8 (B4's first slot is in February).
      BOOKINGS_COMPLETED: 3,
      BOOKINGS_DECLINED: 1,
      BOOKINGS_CANCELLED: 1,
      // Asked for in March, not automatic: B2 1, B3 6, B5 0.5, B6 2, B7 48 (expired); B9 is still open.
      MEDIAN_BOOKING_RESPONSE_HOURS: 2,
      // 3, 5, 24, 36: the mean of 5 and 24.
      MEDIAN_PROPOSAL_RESPONSE_HOURS: 14.5,
      // Due in March: B1, B4, B8 on time; B2 late; B3 overdue: 3 / 5.
      ON_TIME_COMPLETION_SHARE: 0.6,
      // B1 5 and B2 3 (B4's review belongs to February).
      AVERAGE_RATING: 4,
      RATING_COUNT: 2,
      // Issued in March, net of credits, in fen: 4 032.00 + 5 600.00 + 2 700.00 + 100.00.
      AMOUNT_CHARGED: 1_243_200n,
      // B1's voucher: 2 000.00.
      VOUCHER_COVERED_AMOUNT: 200_000n,
      // Start-up B1 1 920.00 and SME B4 300.00 (the university's savings are not a start-up's or an SME's).
      STARTUP_SME_TIER_SAVINGS: 222_000n,
    });
  });

  it('gives no share, median or rating where there is nothing to divide', () => {
    const empty = computeServiceFigures(
      { slots: [], bookings: [], requesterKinds: new Map(), proposals: [], charges: [] },
      MARCH,
      NOW,
    );
    expect(empty).toMatchObject({
      HOURS_PUBLISHED: 0,
      HOURS_DELIVERED: 0,
      OUTSIDE_DELIVERED_SHARE: null,
      STARTUP_SME_DELIVERED_SHARE: null,
      MEDIAN_BOOKING_RESPONSE_HOURS: null,
      MEDIAN_PROPOSAL_RESPONSE_HOURS: null,
      ON_TIME_COMPLETION_SHARE: null,
      AVERAGE_RATING: null,
      RATING_COUNT: 0,
      AMOUNT_CHARGED: 0n,
      VOUCHER_COVERED_AMOUNT: 0n,
      STARTUP_SME_TIER_SAVINGS: 0n,
    });
  });

  it('does not count a confirmed booking as late before its grace period has passed', () => {
    const early = at('2025-03-10T20:00:00'); // B3's slot ended 8 h ago
    const figures = computeServiceFigures(facts, MARCH, early);
    // B3 is within its 24 h grace, so not yet due: B1, B4, B8 on time of B1, B2, B4, B8.
    expect(figures.ON_TIME_COMPLETION_SHARE).toBe(0.75);
  });

  it('sums money exactly however many charges there are: past the largest amount and past 2^53 fen', () => {
    // 15 001 start-up charges of 999 999 999 999.99 (the most one holds), each 0.01 covered and 1.00 saved.
    const many = Array.from({ length: 15_001 }, (_, i) =>
      charge(`M${i}`, 'startup', OrganizationKind.STARTUP, at('2025-03-15T12:00:00'), 99_999_999_999_999, 1, 100),
    );
    const figures = computeServiceFigures(
      { slots: [], bookings: [], requesterKinds: new Map(), proposals: [], charges: many },
      MARCH,
      NOW,
    );
    // 15 001 × 99 999 999 999 999 = 1 500 099 999 999 984 999 fen: a double would say …985 000.
    expect(figures.AMOUNT_CHARGED).toBe(1_500_099_999_999_984_999n);
    expect(figures.VOUCHER_COVERED_AMOUNT).toBe(15_001n);
    expect(figures.STARTUP_SME_TIER_SAVINGS).toBe(1_500_100n);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('labels every figure in Chinese and English', () => {
    for (const code of Object.values(ServiceFigureCode)) {
      expect(SERVICE_FIGURES[code].label.zh).toMatch(/\p{Script=Han}/u);
      expect(SERVICE_FIGURES[code].label.en).toMatch(/[a-z]/);
    }
  });
});
