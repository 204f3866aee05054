import { describe, expect, it } from '@jest/globals';
import { OrganizationKind } from '#identity';
import {
  computeCompliance,
  countedBookings,
  hoursWithin,
  periodContaining,
  type ComplianceInput,
} from './compliance.js';
import { ComplianceStatus, ObligationBasis, ObligationPeriod } from '../obligations.enums.js';

const at = (iso: string) => new Date(iso);
const slot = (
  start: string,
  hours: number,
  openAccess: boolean,
  status: 'OPEN' | 'HELD' | 'BOOKED' | 'BLOCKED' = 'OPEN',
) => ({
  equipmentId: 'e1',
  startsAt: at(start),
  endsAt: new Date(at(start).getTime() + hours * 3_600_000),
  openAccess,
  status,
});

describe('periodContaining (Asia/Shanghai)', () => {
  it('puts 2026-03-31T17:00Z, already 1 April in Shanghai, in the second quarter', () => {
    expect(periodContaining(at('2026-03-31T17:00:00Z'), ObligationPeriod.QUARTER)).toEqual({
      start: at('2026-03-31T16:00:00Z'),
      end: at('2026-06-30T16:00:00Z'),
    });
  });

  it('computes months and years with Shanghai midnight boundaries', () => {
    expect(periodContaining(at('2026-02-10T00:00:00Z'), ObligationPeriod.MONTH)).toEqual({
      start: at('2026-01-31T16:00:00Z'),
      end: at('2026-02-28T16:00:00Z'),
    });
    expect(periodContaining(at('2026-12-31T15:59:59Z'), ObligationPeriod.YEAR)).toEqual({
      start: at('2025-12-31T16:00:00Z'),
      end: at('2026-12-31T16:00:00Z'),
    });
  });
});

describe('hoursWithin', () => {
  it('splits a slot that crosses a period boundary by hours', () => {
    const q2 = periodContaining(at('2026-05-01T00:00:00Z'), ObligationPeriod.QUARTER);
    const crossing = { startsAt: at('2026-06-30T10:00:00Z'), endsAt: at('2026-06-30T20:00:00Z') };
    expect(hoursWithin(crossing, q2.start, q2.end)).toBe(6);
    const q3 = periodContaining(at('2026-08-01T00:00:00Z'), ObligationPeriod.QUARTER);
    expect(hoursWithin(crossing, q3.start, q3.end)).toBe(4);
  });
});

describe('computeCompliance', () => {
  const q2 = periodContaining(at('2026-05-01T00:00:00Z'), ObligationPeriod.QUARTER); // 2184 h long
  // 100 h published, of which 20 h open access; a start-up booked and got confirmed 10 h of them.
  const base = (now: string, overrides: Partial<ComplianceInput> = {}): ComplianceInput => ({
    basis: ObligationBasis.SHARE_OF_PUBLISHED_HOURS,
    target: 0.2,
    period: q2,
    now: at(now),
    slots: [
      ...Array.from({ length: 8 }, (_, i) => slot(`2026-06-0${i + 1}T00:00:00Z`, 10, false)),
      slot('2026-06-10T00:00:00Z', 10, true, 'BOOKED'),
      slot('2026-06-20T00:00:00Z', 10, true, 'OPEN'),
    ],
    bookings: [
      {
        status: 'CONFIRMED',
        refusedByOperator: false,
        slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
      },
    ],
    ...overrides,
  });

  it('reports the hours exactly: required 20 of 100 published, 10 booked, none delivered, 20 short', () => {
    expect(computeCompliance(base('2026-04-05T00:00:00Z'))).toMatchObject({
      requiredHours: 20,
      publishedHours: 100,
      openAccessPublishedHours: 20,
      openAccessBookedHours: 10,
      openAccessDeliveredHours: 0,
      unverifiedRequesterHours: 0,
      shortfallHours: 20,
      openAccessBookableHours: 10,
    });
  });

  it('is ON_TRACK early in the period while the open capacity could still cover the shortfall', () => {
    expect(computeCompliance(base('2026-04-05T00:00:00Z')).status).toBe(ComplianceStatus.ON_TRACK);
  });

  it('is AT_RISK when the pace so far cannot fill the shortfall in the time left', () => {
    // Late May: 10 h booked in ~1400 h elapsed; ~780 h left at that pace gives ~5.5 h < 10 h short.
    expect(computeCompliance(base('2026-05-29T00:00:00Z')).status).toBe(ComplianceStatus.AT_RISK);
  });

  it('is AT_RISK at once when too little open-access capacity is left, whatever the pace', () => {
    const tooLittle = base('2026-04-05T00:00:00Z', {
      slots: base('2026-04-05T00:00:00Z').slots.filter((s) => s.status !== 'OPEN' || !s.openAccess),
    });
    expect(computeCompliance(tooLittle).status).toBe(ComplianceStatus.AT_RISK);
  });

  it('is MET once delivered hours reach the requirement; booked hours alone are not service', () => {
    const run = (status: string) => ({
      status,
      refusedByOperator: false,
      slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
    });
    const other = {
      ...run('CONFIRMED'),
      slots: [{ startsAt: at('2026-06-20T00:00:00Z'), endsAt: at('2026-06-20T10:00:00Z') }],
    };
    const booked = base('2026-05-29T00:00:00Z', { bookings: [run('COMPLETED'), other] });
    expect(computeCompliance(booked)).toMatchObject({
      status: ComplianceStatus.ON_TRACK,
      openAccessBookedHours: 20,
      openAccessDeliveredHours: 10,
      shortfallHours: 10,
    });
    expect(
      computeCompliance({ ...booked, bookings: [run('COMPLETED'), { ...other, status: 'COMPLETED' }] }),
    ).toMatchObject({ status: ComplianceStatus.MET, openAccessDeliveredHours: 20, shortfallHours: 0 });
    // Ended with every hour booked but not all recorded as delivered: at risk until they are.
    expect(computeCompliance({ ...booked, now: at('2026-07-02T00:00:00Z') }).status).toBe(ComplianceStatus.AT_RISK);
  });

  it('turns an ended period short of recorded deliveries BREACHED once the recording grace has passed, for good', () => {
    const confirmed = (status: string, completedAt: Date | null = null) => ({
      status,
      refusedByOperator: false,
      completedAt,
      slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
    });
    const other = {
      ...confirmed('COMPLETED'),
      slots: [{ startsAt: at('2026-06-20T00:00:00Z'), endsAt: at('2026-06-20T10:00:00Z') }],
    };
    const ended = base('2026-07-30T15:59:59Z', { bookings: [confirmed('CONFIRMED'), other] });
    // Q2 ends 2026-06-30T16:00Z: its deliveries may be recorded until 2026-07-30T16:00Z.
    expect(computeCompliance(ended).status).toBe(ComplianceStatus.AT_RISK);
    expect(computeCompliance({ ...ended, now: at('2026-07-30T16:00:01Z') })).toMatchObject({
      status: ComplianceStatus.BREACHED,
      openAccessBookedHours: 20,
      openAccessDeliveredHours: 10,
    });
    // Recorded in time, it counts; recorded after the grace, it no longer changes the verdict.
    const late = { ...ended, now: at('2026-08-02T00:00:00Z') };
    expect(
      computeCompliance({ ...late, bookings: [confirmed('COMPLETED', at('2026-07-30T15:00:00Z')), other] }).status,
    ).toBe(ComplianceStatus.MET);
    expect(
      computeCompliance({ ...late, bookings: [confirmed('COMPLETED', at('2026-08-01T00:00:00Z')), other] }),
    ).toMatchObject({ status: ComplianceStatus.BREACHED, openAccessDeliveredHours: 10, openAccessBookedHours: 20 });
  });

  it('shows hours booked by unverified requesters apart, never counting them', () => {
    const figures = computeCompliance(
      base('2026-04-05T00:00:00Z', {
        bookings: [],
        unverifiedBookings: [
          {
            status: 'COMPLETED',
            refusedByOperator: false,
            slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
          },
        ],
      }),
    );
    expect(figures).toMatchObject({ openAccessBookedHours: 0, unverifiedRequesterHours: 10, shortfallHours: 20 });
  });

  it('is not MET before the period begins, however much of it is booked and recorded as delivered', () => {
    const early = base('2026-03-20T00:00:00Z', {
      basis: ObligationBasis.HOURS,
      target: 10,
      bookings: [
        {
          status: 'COMPLETED',
          refusedByOperator: false,
          slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
        },
      ],
    });
    expect(computeCompliance(early)).toMatchObject({
      openAccessDeliveredHours: 10,
      status: ComplianceStatus.ON_TRACK,
    });
    expect(computeCompliance({ ...early, now: q2.start }).status).toBe(ComplianceStatus.MET);
  });

  it('is not MET while the period runs on a requirement of nothing because nothing is published, but is once it ends', () => {
    const empty = base('2026-05-01T00:00:00Z', { slots: [], bookings: [] });
    expect(computeCompliance(empty)).toMatchObject({ requiredHours: 0, status: ComplianceStatus.ON_TRACK });
    expect(computeCompliance({ ...empty, now: q2.end }).status).toBe(ComplianceStatus.MET);
  });

  it('is MET at once in a running period an authority waived (a target of 0)', () => {
    const waived = base('2026-05-01T00:00:00Z', { basis: ObligationBasis.HOURS, target: 0, slots: [], bookings: [] });
    expect(computeCompliance(waived).status).toBe(ComplianceStatus.MET);
  });

  it('is BREACHED once the period has ended short, and counts hours the operator refused', () => {
    const ended = base('2026-07-02T00:00:00Z', {
      bookings: [
        {
          status: 'CANCELLED',
          refusedByOperator: true,
          slots: [{ startsAt: at('2026-06-10T00:00:00Z'), endsAt: at('2026-06-10T10:00:00Z') }],
        },
      ],
    });
    expect(computeCompliance(ended)).toMatchObject({
      status: ComplianceStatus.BREACHED,
      openAccessBookedHours: 0,
      operatorCancelledHours: 10,
      shortfallHours: 20,
    });
  });

  it('ignores REQUESTED bookings, offers no BLOCKED slot, and uses a fixed number of hours for the HOURS basis', () => {
    const figures = computeCompliance(
      base('2026-04-05T00:00:00Z', {
        basis: ObligationBasis.HOURS,
        target: 15,
        slots: [...base('2026-04-05T00:00:00Z').slots, slot('2026-06-25T00:00:00Z', 50, true, 'BLOCKED')],
        bookings: [
          {
            status: 'REQUESTED',
            refusedByOperator: false,
            slots: [{ startsAt: at('2026-06-20T00:00:00Z'), endsAt: at('2026-06-20T10:00:00Z') }],
          },
        ],
      }),
    );
    expect(figures).toMatchObject({
      requiredHours: 15,
      publishedHours: 150,
      blockedHours: 50,
      openAccessPublishedHours: 20,
      openAccessBookableHours: 10,
      openAccessBookedHours: 0,
      shortfallHours: 15,
      status: ComplianceStatus.AT_RISK,
    });
  });

  it('keeps blocked hours in the base of a share: blocking ordinary capacity does not lower the requirement', () => {
    const open = base('2026-04-05T00:00:00Z');
    const blocked = {
      ...open,
      slots: open.slots.map((s) => (s.openAccess ? s : { ...s, status: 'BLOCKED' as const })),
    };
    expect(computeCompliance(blocked)).toMatchObject({ requiredHours: 20, publishedHours: 100, blockedHours: 80 });
    expect(computeCompliance(open)).toMatchObject({ requiredHours: 20, publishedHours: 100, blockedHours: 0 });
  });

  it('keeps slots removed after the period began in the base, each equipment hour once, and not ones removed before', () => {
    const open = base('2026-04-05T00:00:00Z');
    const [removed, ...kept] = open.slots;
    const removal = (removedAt: string) => [{ ...removed, removedAt: at(removedAt) }];
    expect(computeCompliance({ ...open, slots: kept, removedSlots: removal('2026-04-02T00:00:00Z') })).toMatchObject({
      requiredHours: 20,
      publishedHours: 100,
      removedHours: 10,
    });
    expect(computeCompliance({ ...open, slots: kept, removedSlots: removal('2026-03-30T00:00:00Z') })).toMatchObject({
      requiredHours: 18,
      publishedHours: 90,
      removedHours: 0,
    });
    // Published again over the same hours (and removed twice): still 100 h, not 110.
    const again = { ...removed, startsAt: at('2026-06-01T05:00:00Z'), endsAt: at('2026-06-01T15:00:00Z') };
    expect(
      computeCompliance({
        ...open,
        slots: [...kept, again],
        removedSlots: [...removal('2026-04-02T00:00:00Z'), ...removal('2026-04-03T00:00:00Z')],
      }),
    ).toMatchObject({ publishedHours: 105, removedHours: 5 });
  });

  describe('the AT_RISK rule at its boundaries', () => {
    // 100 h due; 10 h booked; 200 h of open-access capacity still bookable in June.
    const atRiskInput = (now: Date): ComplianceInput => ({
      basis: ObligationBasis.HOURS,
      target: 101,
      period: q2,
      now,
      slots: [
        slot('2026-06-01T00:00:00Z', 10, true, 'BOOKED'),
        ...Array.from({ length: 20 }, (_, i) => slot(`2026-06-${String(i + 2).padStart(2, '0')}T00:00:00Z`, 10, true)),
      ],
      bookings: [
        {
          status: 'CONFIRMED',
          refusedByOperator: false,
          slots: [{ startsAt: at('2026-06-01T00:00:00Z'), endsAt: at('2026-06-01T10:00:00Z') }],
        },
      ],
    });
    const graceEnds = q2.start.getTime() + 0.1 * (q2.end.getTime() - q2.start.getTime());

    it('judges by capacity alone until 10 % of the period has passed, then by the pace so far', () => {
      // Capacity: 10 + 200 ≥ 101. Pace at 10 %: 10 h in 218.4 h projects 90 h more over the 1965.6 h left.
      expect(computeCompliance(atRiskInput(new Date(graceEnds - 1))).status).toBe(ComplianceStatus.ON_TRACK);
      expect(computeCompliance(atRiskInput(new Date(graceEnds))).status).toBe(ComplianceStatus.AT_RISK);
    });

    it('is ON_TRACK when the projection reaches the requirement exactly', () => {
      const exactly = { ...atRiskInput(new Date(graceEnds)), target: 100 };
      expect(computeCompliance(exactly).status).toBe(ComplianceStatus.ON_TRACK);
    });

    it('before the period starts, counts the period’s open capacity only', () => {
      const early = { ...atRiskInput(at('2026-03-20T00:00:00Z')), target: 15 };
      expect(computeCompliance(early)).toMatchObject({
        status: ComplianceStatus.ON_TRACK,
        openAccessBookableHours: 200,
      });
      expect(computeCompliance({ ...early, target: 211 }).status).toBe(ComplianceStatus.AT_RISK);
    });

    it('no longer counts an open-access slot that has started as bookable', () => {
      const started = computeCompliance(atRiskInput(at('2026-06-02T05:00:00Z')));
      expect(started.openAccessBookableHours).toBe(190);
    });
  });
});

describe('countedBookings', () => {
  const operator = 'org-operator';
  const verified = (kind: OrganizationKind) => ({ kind, verified: true });
  const requesters = new Map([
    ['org-startup', verified(OrganizationKind.STARTUP)],
    ['org-large', verified(OrganizationKind.LARGE_ENTERPRISE)],
    ['org-university', verified(OrganizationKind.UNIVERSITY)],
    ['org-self-declared', { kind: OrganizationKind.STARTUP, verified: false }],
    [operator, verified(OrganizationKind.LARGE_ENTERPRISE)],
  ]);
  const booking = (requesterOrganizationId: string) => ({
    bookingId: `b-${requesterOrganizationId}`,
    requesterOrganizationId,
  });
  const all = [
    booking('org-startup'),
    booking('org-large'),
    booking('org-university'),
    booking('org-self-declared'),
    booking(operator),
    booking('org-gone'),
  ];
  const ids = (bookings: ReadonlyArray<{ bookingId: string }>) => bookings.map((b) => b.bookingId);

  it('counts verified eligible outsiders only: not the operator, not other kinds, not unknown organizations', () => {
    const { counted, unverified } = countedBookings(
      all,
      { operatorOrganizationId: operator, eligibleKinds: [OrganizationKind.STARTUP, OrganizationKind.UNIVERSITY] },
      requesters,
    );
    expect(ids(counted)).toEqual(['b-org-startup', 'b-org-university']);
    // A start-up by its own say, which no site admin verified, is set apart.
    expect(ids(unverified)).toEqual(['b-org-self-declared']);
  });

  it('never counts the operator, even when its own kind is eligible', () => {
    const { counted } = countedBookings(
      all,
      { operatorOrganizationId: operator, eligibleKinds: [OrganizationKind.LARGE_ENTERPRISE] },
      requesters,
    );
    expect(ids(counted)).toEqual(['b-org-large']);
  });
});
