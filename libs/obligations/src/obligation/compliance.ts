import type { OrganizationKind } from '#identity';
import { ComplianceStatus, ObligationBasis, ObligationPeriod } from '../obligations.enums.js';

// Shanghai has no daylight saving time: period boundaries are at 00:00 UTC+8.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const HOUR_MS = 3_600_000;

/**
 * How long after a period ends the operator may still record the delivery of hours booked in it (completeBooking):
 * a month, the time to close a month's books. Until then a period short only of recorded deliveries is AT_RISK; from
 * then on it is BREACHED, and completions recorded later no longer change its verdict.
 */
export const DELIVERY_RECORDING_DAYS = 30;

/** The instant after which deliveries recorded for a period no longer count toward it. */
export const deliveryRecordingEnds = (period: Period): Date =>
  new Date(period.end.getTime() + DELIVERY_RECORDING_DAYS * 24 * HOUR_MS);

export interface Period {
  start: Date;
  end: Date;
}

/** The obligation period (month, quarter or year, in Asia/Shanghai time) that contains `instant`. */
export function periodContaining(instant: Date, period: ObligationPeriod): Period {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const [startMonth, months] =
    period === ObligationPeriod.MONTH
      ? [month, 1]
      : period === ObligationPeriod.QUARTER
        ? [month - (month % 3), 3]
        : [0, 12];
  const start = Date.UTC(year, startMonth, 1) - SHANGHAI_OFFSET_MS;
  const end = Date.UTC(year, startMonth + months, 1) - SHANGHAI_OFFSET_MS;
  return { start: new Date(start), end: new Date(end) };
}

/** Hours of [startsAt, endsAt) that fall inside [from, to): a slot crossing a boundary is split by hours. */
export function hoursWithin(span: { startsAt: Date; endsAt: Date }, from: Date, to: Date): number {
  const start = Math.max(span.startsAt.getTime(), from.getTime());
  const end = Math.min(span.endsAt.getTime(), to.getTime());
  return end > start ? (end - start) / HOUR_MS : 0;
}

/** What the ledger needs to know of a requesting organization. */
export interface Requester {
  kind: OrganizationKind;
  /** A site admin checked who it is (name, province, credit code): a kind it only declared is not enough. */
  verified: boolean;
}

/**
 * The open-access bookings an obligation counts: by eligible outsiders only. Never the operator's own, never a
 * requester kind the obligation leaves out, nor a requester whose organization is unknown (`requesters` lacks it).
 * Anyone can sign up as a start-up, so an outsider counts once a site admin has verified it; bookings by eligible
 * kinds not yet verified are returned apart (`unverified`), shown but not counted.
 */
export function countedBookings<B extends { requesterOrganizationId: string }>(
  bookings: readonly B[],
  obligation: { operatorOrganizationId: string; eligibleKinds: readonly OrganizationKind[] },
  requesters: ReadonlyMap<string, Requester>,
): { counted: B[]; unverified: B[] } {
  const eligible = bookings.filter((b) => {
    const kind = requesters.get(b.requesterOrganizationId)?.kind;
    return (
      b.requesterOrganizationId !== obligation.operatorOrganizationId &&
      kind !== undefined &&
      obligation.eligibleKinds.includes(kind)
    );
  });
  const verified = (b: B) => requesters.get(b.requesterOrganizationId)?.verified === true;
  return { counted: eligible.filter(verified), unverified: eligible.filter((b) => !verified(b)) };
}

export interface ComplianceInput {
  basis: ObligationBasis;
  /** A share (0–1) of published hours, or a number of hours. */
  target: number;
  period: Period;
  now: Date;
  /**
   * Slots of the platform's equipment overlapping the period. BLOCKED ones stay published capacity (the share's base:
   * an operator must not lower its requirement by hiding capacity) but are not offered to outsiders.
   */
  slots: Array<{
    equipmentId: string;
    startsAt: Date;
    endsAt: Date;
    openAccess: boolean;
    status: 'OPEN' | 'HELD' | 'BOOKED' | 'BLOCKED';
  }>;
  /**
   * Slots of the platform's equipment the operator removed (unpublishSlots) that overlapped the period. Those removed
   * once the period had begun stay in the share's base, like blocked ones: removing capacity no more lowers the
   * requirement than blocking it does. Before a period begins its calendar may change freely.
   */
  removedSlots?: Array<{ equipmentId: string; startsAt: Date; endsAt: Date; removedAt: Date }>;
  /** Open-access bookings by eligible outsiders only (the caller filters out the operator and other kinds). */
  bookings: ComplianceBooking[];
  /** Open-access bookings by outsiders of an eligible kind no site admin has verified: shown, never counted. */
  unverifiedBookings?: ComplianceBooking[];
}

interface ComplianceBooking {
  status: string;
  refusedByOperator: boolean;
  /** When it was recorded COMPLETED; absent or null counts as recorded in time. */
  completedAt?: Date | null;
  slots: Array<{ startsAt: Date; endsAt: Date }>;
}

export interface ComplianceFigures {
  requiredHours: number;
  /**
   * Every slot hour published in the period, blocked ones and ones removed after it began included: the base of
   * SHARE_OF_PUBLISHED_HOURS. An hour of an equipment counts once, however often it was removed and published again.
   */
  publishedHours: number;
  /** Of the published hours, those the operator blocked. */
  blockedHours: number;
  /** Of the published hours, those the operator removed after the period began that no slot covers again. */
  removedHours: number;
  /** Open-access hours offered (not blocked). */
  openAccessPublishedHours: number;
  openAccessBookedHours: number;
  openAccessDeliveredHours: number;
  operatorCancelledHours: number;
  /** Open-access hours booked (CONFIRMED or COMPLETED) by requesters of an eligible kind not verified: not counted. */
  unverifiedRequesterHours: number;
  /** Required hours not yet delivered. */
  shortfallHours: number;
  /** Open-access hours still OPEN and not yet started: what can still be booked this period. */
  openAccessBookableHours: number;
  status: ComplianceStatus;
}

/** Share of the period that must pass before the booking pace so far is trusted to project the rest. */
export const PACE_GRACE_SHARE = 0.1;

/**
 * Compliance of one obligation in one period, computed from slots and bookings (never typed in).
 *
 * - required = target × published hours, blocked ones and ones removed after the period began included
 *   (SHARE_OF_PUBLISHED_HOURS), or target (HOURS);
 *   booked hours are the open-access hours of CONFIRMED or COMPLETED bookings by eligible outsiders; delivered =
 *   COMPLETED only, what the operator recorded as done (DOMAIN.md: hours booked *and delivered* to eligible outsiders).
 * - MET once delivered hours reach the requirement in a period that has begun (a confirmed booking is a promise of
 *   service, not service) — but while it runs, a requirement of 0 is met only when an authority waived the period
 *   (target 0): a share of nothing published so far owes nothing yet, not nothing at all. Before a period begins
 *   nothing is met: bookings may still be cancelled and slots published. An ended period is MET when its delivered
 *   hours reached its requirement, whatever it was.
 * - When the period has ended short of it: BREACHED if even the booked hours fall short; AT_RISK while booked hours
 *   would meet it but are not all recorded as delivered, for DELIVERY_RECORDING_DAYS after its end (it turns MET when
 *   they are); BREACHED from then on: a confirmed booking never recorded as delivered was not delivered as far as the
 *   ledger knows, and a completion recorded after that no longer counts toward the period.
 * - AT_RISK when the period cannot end met at the booking pace so far: projected = booked + min(open-access hours
 *   still bookable, pace × time left), pace = booked hours per hour elapsed; AT_RISK if projected < required.
 *   Until PACE_GRACE_SHARE of the period has passed (or before it starts) the pace is not yet meaningful, so only
 *   capacity counts: AT_RISK if booked + bookable < required.
 * - ON_TRACK otherwise.
 */
export function computeCompliance(input: ComplianceInput): ComplianceFigures {
  const { start, end } = input.period;
  const sum = (spans: Array<{ startsAt: Date; endsAt: Date }>) =>
    round(spans.reduce((total, s) => total + hoursWithin(s, start, end), 0));
  const offered = input.slots.filter((s) => s.status !== 'BLOCKED');
  const liveHours = sum(input.slots);
  const publishedHours = round(
    unionHours([...input.slots, ...(input.removedSlots ?? []).filter((s) => s.removedAt >= start)], start, end),
  );
  const removedHours = round(publishedHours - liveHours);
  const blockedHours = sum(input.slots.filter((s) => s.status === 'BLOCKED'));
  const openAccessPublishedHours = sum(offered.filter((s) => s.openAccess));
  const booked = input.bookings.filter((b) => b.status === 'CONFIRMED' || b.status === 'COMPLETED');
  const openAccessBookedHours = sum(booked.flatMap((b) => b.slots));
  const recordingEnds = deliveryRecordingEnds(input.period);
  const openAccessDeliveredHours = sum(
    booked
      .filter((b) => b.status === 'COMPLETED' && !(b.completedAt && b.completedAt > recordingEnds))
      .flatMap((b) => b.slots),
  );
  const operatorCancelledHours = sum(input.bookings.filter((b) => b.refusedByOperator).flatMap((b) => b.slots));
  const unverifiedRequesterHours = sum(
    (input.unverifiedBookings ?? [])
      .filter((b) => b.status === 'CONFIRMED' || b.status === 'COMPLETED')
      .flatMap((b) => b.slots),
  );
  const requiredHours = round(
    input.basis === ObligationBasis.SHARE_OF_PUBLISHED_HOURS ? input.target * publishedHours : input.target,
  );
  const shortfallHours = round(Math.max(0, requiredHours - openAccessDeliveredHours));
  const bookableFrom = new Date(Math.max(input.now.getTime(), start.getTime()));
  const openAccessBookableHours = sum(
    input.slots
      .filter((s) => s.openAccess && s.status === 'OPEN' && s.startsAt >= bookableFrom)
      .map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
  );

  const ended = input.now >= end;
  const metSoFar =
    openAccessDeliveredHours >= requiredHours && input.now >= start && (requiredHours > 0 || input.target === 0);
  let status: ComplianceStatus;
  if (ended ? openAccessDeliveredHours >= requiredHours : metSoFar) {
    status = ComplianceStatus.MET;
  } else if (ended) {
    status =
      openAccessBookedHours >= requiredHours && input.now < recordingEnds
        ? ComplianceStatus.AT_RISK
        : ComplianceStatus.BREACHED;
  } else {
    const length = end.getTime() - start.getTime();
    const elapsed = Math.max(0, input.now.getTime() - start.getTime());
    const remainingHours = (end.getTime() - Math.max(input.now.getTime(), start.getTime())) / HOUR_MS;
    const projected =
      elapsed < PACE_GRACE_SHARE * length
        ? openAccessBookedHours + openAccessBookableHours
        : openAccessBookedHours +
          Math.min(openAccessBookableHours, (openAccessBookedHours / (elapsed / HOUR_MS)) * remainingHours);
    status = projected + 1e-9 < requiredHours ? ComplianceStatus.AT_RISK : ComplianceStatus.ON_TRACK;
  }
  return {
    requiredHours,
    publishedHours,
    blockedHours,
    removedHours,
    openAccessPublishedHours,
    openAccessBookedHours,
    openAccessDeliveredHours,
    operatorCancelledHours,
    unverifiedRequesterHours,
    shortfallHours,
    openAccessBookableHours,
    status,
  };
}

/** Hours of [from, to) covered by the spans, each equipment's hour once (spans of one equipment may overlap). */
function unionHours(spans: ReadonlyArray<{ equipmentId: string; startsAt: Date; endsAt: Date }>, from: Date, to: Date) {
  const byEquipment = new Map<string, Array<[number, number]>>();
  for (const s of spans) {
    const start = Math.max(s.startsAt.getTime(), from.getTime());
    const end = Math.min(s.endsAt.getTime(), to.getTime());
    if (end > start) byEquipment.set(s.equipmentId, [...(byEquipment.get(s.equipmentId) ?? []), [start, end]]);
  }
  let total = 0;
  for (const runs of byEquipment.values()) {
    runs.sort((a, b) => a[0] - b[0]);
    let [start, end] = runs[0];
    for (const [s, e] of runs.slice(1)) {
      if (s > end) {
        total += end - start;
        [start, end] = [s, e];
      } else end = Math.max(end, e);
    }
    total += end - start;
  }
  return total / HOUR_MS;
}

const round = (hours: number) => Math.round(hours * 100) / 100;
