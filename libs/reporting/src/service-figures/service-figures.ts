import { registerLabelledEnum, sumTotal, type Bilingual, type LabelTable } from '#core';
import type { ChargeFact } from '#billing';
import type { ServiceRecordFact } from '#booking';
import type { OrganizationKind } from '#identity';
import type { ProposalResponseFact } from '#matching';
import { hoursWithin, type Period } from '#obligations';

/**
 * A platform's service results, computed from the service records (capacity slots, bookings, reviews, proposals),
 * never typed in. Every figure is defined here once: its code, bilingual label, unit, definition and computation.
 * The GraphQL model, the XLSX reports and the dashboards all read this table.
 */
export enum ServiceFigureCode {
  HOURS_PUBLISHED = 'HOURS_PUBLISHED',
  HOURS_BOOKED = 'HOURS_BOOKED',
  HOURS_DELIVERED = 'HOURS_DELIVERED',
  OUTSIDE_DELIVERED_SHARE = 'OUTSIDE_DELIVERED_SHARE',
  STARTUP_SME_DELIVERED_SHARE = 'STARTUP_SME_DELIVERED_SHARE',
  DISTINCT_REQUESTERS_SERVED = 'DISTINCT_REQUESTERS_SERVED',
  BOOKINGS_COMPLETED = 'BOOKINGS_COMPLETED',
  BOOKINGS_DECLINED = 'BOOKINGS_DECLINED',
  BOOKINGS_CANCELLED = 'BOOKINGS_CANCELLED',
  MEDIAN_BOOKING_RESPONSE_HOURS = 'MEDIAN_BOOKING_RESPONSE_HOURS',
  MEDIAN_PROPOSAL_RESPONSE_HOURS = 'MEDIAN_PROPOSAL_RESPONSE_HOURS',
  ON_TIME_COMPLETION_SHARE = 'ON_TIME_COMPLETION_SHARE',
  AVERAGE_RATING = 'AVERAGE_RATING',
  RATING_COUNT = 'RATING_COUNT',
  AMOUNT_CHARGED = 'AMOUNT_CHARGED',
  VOUCHER_COVERED_AMOUNT = 'VOUCHER_COVERED_AMOUNT',
  STARTUP_SME_TIER_SAVINGS = 'STARTUP_SME_TIER_SAVINGS',
}

/** MONEY: a total in fen (bigint, money.ts), exact whatever the number of charges; the API shows it as the Money scalar. */
export type ServiceFigureUnit = 'HOURS' | 'SHARE' | 'COUNT' | 'RATING' | 'MONEY';

/** The records figures are computed from, for one platform or pooled over many (a province, the country). */
export interface ServiceFacts {
  /** Capacity slots of the platforms' equipment overlapping the period. */
  slots: ReadonlyArray<{ startsAt: Date; endsAt: Date; status: string }>;
  bookings: readonly ServiceRecordFact[];
  /** Kind of each requesting organization (unknown ones count as neither start-up nor SME). */
  requesterKinds: ReadonlyMap<string, OrganizationKind>;
  proposals: readonly ProposalResponseFact[];
  /** Charges issued on the platforms' bookings (billing), as of now. */
  charges: readonly ChargeFact[];
}

/** A booking completed within this long after its last slot ends was completed on time. */
export const ON_TIME_GRACE_HOURS = 24;
const HOUR_MS = 3_600_000;
const STARTUP_SME: ReadonlySet<string> = new Set(['STARTUP', 'SME']);
const BOOKED: ReadonlySet<string> = new Set(['CONFIRMED', 'COMPLETED']);

/** What one computation sees: the facts and the period, with the few derived sets several figures share. */
interface Context {
  facts: ServiceFacts;
  period: Period;
  now: Date;
  hours: (spans: ReadonlyArray<{ startsAt: Date; endsAt: Date }>) => number;
  completed: ServiceRecordFact[];
  startingInPeriod: ServiceRecordFact[];
  /** Charges issued within the period. */
  charged: ChargeFact[];
}

interface FigureDefinition {
  label: Bilingual;
  unit: ServiceFigureUnit;
  definition: string;
  /** MONEY figures are totals (bigint fen); the others numbers. */
  compute: (context: Context) => number | bigint | null;
}

export const SERVICE_FIGURES: Readonly<Record<ServiceFigureCode, FigureDefinition>> = {
  HOURS_PUBLISHED: {
    label: { zh: '发布机时', en: 'hours published' },
    unit: 'HOURS',
    definition: 'Hours of capacity slots (any status but BLOCKED) within the period.',
    compute: (c) => c.hours(c.facts.slots.filter((s) => s.status !== 'BLOCKED')),
  },
  HOURS_BOOKED: {
    label: { zh: '预约机时', en: 'hours booked' },
    unit: 'HOURS',
    definition: 'Hours within the period of the slots of CONFIRMED or COMPLETED bookings.',
    compute: (c) => c.hours(c.facts.bookings.filter((b) => BOOKED.has(b.status)).flatMap((b) => b.slots)),
  },
  HOURS_DELIVERED: {
    label: { zh: '交付机时', en: 'hours delivered' },
    unit: 'HOURS',
    definition: 'Hours within the period of the slots of COMPLETED bookings.',
    compute: (c) => c.hours(c.completed.flatMap((b) => b.slots)),
  },
  OUTSIDE_DELIVERED_SHARE: {
    label: { zh: '面向外部单位交付占比', en: 'share delivered to outside organizations' },
    unit: 'SHARE',
    definition: 'Of the hours delivered, the share delivered to organizations other than the operator.',
    compute: (c) => deliveredShare(c, (b) => b.requesterOrganizationId !== b.operatorOrganizationId),
  },
  STARTUP_SME_DELIVERED_SHARE: {
    label: { zh: '面向初创及中小企业交付占比', en: 'share delivered to start-ups and SMEs' },
    unit: 'SHARE',
    definition: 'Of the hours delivered, the share delivered to start-ups and SMEs.',
    compute: (c) =>
      deliveredShare(c, (b) => STARTUP_SME.has(c.facts.requesterKinds.get(b.requesterOrganizationId) ?? '')),
  },
  DISTINCT_REQUESTERS_SERVED: {
    label: { zh: '服务用户数', en: 'distinct requesters served' },
    unit: 'COUNT',
    definition:
      'Organizations other than the operator with at least one COMPLETED booking that has hours within the period.',
    compute: (c) =>
      new Set(
        c.completed
          .filter((b) => b.requesterOrganizationId !== b.operatorOrganizationId && c.hours(b.slots) > 0)
          .map((b) => b.requesterOrganizationId),
      ).size,
  },
  BOOKINGS_COMPLETED: {
    label: { zh: '完成预约数', en: 'bookings completed' },
    unit: 'COUNT',
    definition: 'COMPLETED bookings whose first slot starts within the period.',
    compute: (c) => c.startingInPeriod.filter((b) => b.status === 'COMPLETED').length,
  },
  BOOKINGS_DECLINED: {
    label: { zh: '拒绝预约数', en: 'bookings declined' },
    unit: 'COUNT',
    definition: 'DECLINED bookings whose first slot starts within the period.',
    compute: (c) => c.startingInPeriod.filter((b) => b.status === 'DECLINED').length,
  },
  BOOKINGS_CANCELLED: {
    label: { zh: '取消预约数', en: 'bookings cancelled' },
    unit: 'COUNT',
    definition: 'CANCELLED bookings (by either side) whose first slot starts within the period.',
    compute: (c) => c.startingInPeriod.filter((b) => b.status === 'CANCELLED').length,
  },
  MEDIAN_BOOKING_RESPONSE_HOURS: {
    label: { zh: '预约响应时间中位数（小时）', en: 'median response time to booking requests (hours)' },
    unit: 'HOURS',
    definition:
      'Booking requests made within the period that waited for the operator (not confirmed automatically): median ' +
      'hours until the operator confirmed or declined, or until the request expired unanswered.',
    compute: (c) =>
      median(
        c.facts.bookings
          .filter((b) => within(b.createdAt, c.period) && !b.automaticallyConfirmed)
          .map((b) => {
            const answered = b.operatorAnsweredAt ?? b.expiredAt;
            return answered ? (answered.getTime() - b.createdAt.getTime()) / HOUR_MS : null;
          })
          .filter((hours): hours is number => hours !== null),
      ),
  },
  MEDIAN_PROPOSAL_RESPONSE_HOURS: {
    label: { zh: '需求响应时间中位数（小时）', en: 'median response time to pilot requests (hours)' },
    unit: 'HOURS',
    definition:
      'First proposals to pilot requests made within the period: median hours from the request being posted (or ' +
      'shared with the platform) to the proposal.',
    compute: (c) =>
      median(
        c.facts.proposals
          .filter((p) => within(p.proposedAt, c.period))
          .map((p) => Math.max(0, p.proposedAt.getTime() - p.askedAt.getTime()) / HOUR_MS),
      ),
  },
  ON_TIME_COMPLETION_SHARE: {
    label: { zh: '按期完成率', en: 'on-time completion' },
    unit: 'SHARE',
    definition:
      `Bookings whose last slot ends within the period and that are due (COMPLETED, or CONFIRMED more than ` +
      `${ON_TIME_GRACE_HOURS} h after their last slot): the share completed within ${ON_TIME_GRACE_HOURS} h of it.`,
    compute: (c) => {
      const graceEnd = (b: ServiceRecordFact) => b.lastSlotEndsAt.getTime() + ON_TIME_GRACE_HOURS * HOUR_MS;
      const due = c.facts.bookings.filter(
        (b) =>
          within(b.lastSlotEndsAt, c.period) &&
          (b.status === 'COMPLETED' || (b.status === 'CONFIRMED' && graceEnd(b) <= c.now.getTime())),
      );
      const onTime = due.filter(
        (b) => b.status === 'COMPLETED' && b.completedAt && b.completedAt.getTime() <= graceEnd(b),
      );
      return due.length === 0 ? null : share(onTime.length, due.length);
    },
  },
  AVERAGE_RATING: {
    label: { zh: '平均评分', en: 'average verified rating' },
    unit: 'RATING',
    definition: 'Mean rating (1–5) of the reviews of COMPLETED bookings whose first slot starts within the period.',
    compute: (c) => {
      const ratings = ratingsOf(c);
      return ratings.length === 0 ? null : round(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2);
    },
  },
  RATING_COUNT: {
    label: { zh: '评价数', en: 'reviews' },
    unit: 'COUNT',
    definition: 'Reviews of COMPLETED bookings whose first slot starts within the period.',
    compute: (c) => ratingsOf(c).length,
  },
  AMOUNT_CHARGED: {
    label: { zh: '服务收费金额', en: 'amount charged' },
    unit: 'MONEY',
    definition: 'Charges issued within the period (at completion), net of the credits written on them since.',
    compute: (c) => sumTotal(c.charged.map((f) => f.net)),
  },
  VOUCHER_COVERED_AMOUNT: {
    label: { zh: '创新券抵扣金额', en: 'covered by innovation vouchers' },
    unit: 'MONEY',
    definition: 'Of the charges issued within the period, the amount innovation vouchers covered (net of returns).',
    compute: (c) => sumTotal(c.charged.map((f) => f.voucherCovered)),
  },
  STARTUP_SME_TIER_SAVINGS: {
    label: { zh: '初创及中小企业价格优惠', en: 'tier savings for start-ups and SMEs' },
    unit: 'MONEY',
    definition:
      'Of the charges issued within the period to start-ups and SMEs, what their tier and open-access prices saved ' +
      'against the base price for the same units (the notice’s lower threshold for start-ups).',
    compute: (c) =>
      sumTotal(
        c.charged.filter((f) => STARTUP_SME.has(f.requesterKind ?? '')).map((f) => Math.max(0, f.tierSavings ?? 0)),
      ),
  },
};

export type ServiceFigureValues = Record<ServiceFigureCode, number | bigint | null>;

/** Every figure over `period`, as of `now` (what is due or overdue depends on it). */
export function computeServiceFigures(facts: ServiceFacts, period: Period, now: Date): ServiceFigureValues {
  const context: Context = {
    facts,
    period,
    now,
    hours: (spans) =>
      round(
        spans.reduce((total, s) => total + hoursWithin(s, period.start, period.end), 0),
        2,
      ),
    completed: facts.bookings.filter((b) => b.status === 'COMPLETED'),
    startingInPeriod: facts.bookings.filter((b) => within(b.firstSlotStartsAt, period)),
    charged: facts.charges.filter((f) => within(f.issuedAt, period)),
  };
  return Object.fromEntries(
    (Object.keys(SERVICE_FIGURES) as ServiceFigureCode[]).map((code) => [code, SERVICE_FIGURES[code].compute(context)]),
  ) as ServiceFigureValues;
}

/** The middle value (the mean of the two middle ones for an even count), to 2 decimals; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 2);
}

function deliveredShare(c: Context, counts: (booking: ServiceRecordFact) => boolean): number | null {
  const total = c.hours(c.completed.flatMap((b) => b.slots));
  return total === 0 ? null : share(c.hours(c.completed.filter(counts).flatMap((b) => b.slots)), total);
}

const ratingsOf = (c: Context): number[] =>
  c.startingInPeriod.filter((b) => b.status === 'COMPLETED' && b.rating !== null).map((b) => b.rating as number);

const within = (instant: Date, period: Period) => instant >= period.start && instant < period.end;
const share = (part: number, whole: number) => round(part / whole, 4);
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

// The figures' labels are the enum's labels: one table, read by the API's vocabulary and the reports alike.
const SERVICE_FIGURE_LABELS = Object.fromEntries(
  Object.entries(SERVICE_FIGURES).map(([code, figure]) => [code, figure.label]),
) as LabelTable<ServiceFigureCode>;
registerLabelledEnum(ServiceFigureCode, SERVICE_FIGURE_LABELS, { name: 'ServiceFigureCode' });
