import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { MONEY, paginate, prepared, renderFragments, type Page, type SqlFragment } from '#core';
import { BookingStatus, type SlotStatus } from '../booking.enums.js';
import { BookingEventEntity } from './booking-event.entity.js';
import { BookingSlotEntity } from './booking-slot.entity.js';
import { BookingEntity } from './booking.entity.js';

export interface OpenAccessBookingFact {
  bookingId: string;
  requesterOrganizationId: string;
  status: BookingStatus;
  /** The operator declined or cancelled it (open-access refusals are counted against the operator). */
  refusedByOperator: boolean;
  /** When it was recorded COMPLETED; null otherwise. */
  completedAt: Date | null;
  slots: Array<{ startsAt: Date; endsAt: Date }>;
}

/** One booking as a service record: what the authorities' service figures are computed from. */
export interface ServiceRecordFact {
  bookingId: string;
  platformId: string;
  operatorOrganizationId: string;
  requesterOrganizationId: string;
  status: BookingStatus;
  createdAt: Date;
  firstSlotStartsAt: Date;
  lastSlotEndsAt: Date;
  /** The requester's rating (1–5); only COMPLETED bookings can carry one. */
  rating: number | null;
  /** When the operator first confirmed or declined it (automatic confirmations are not an operator's answer). */
  operatorAnsweredAt: Date | null;
  /** When the hold ran out unanswered (status EXPIRED). */
  expiredAt: Date | null;
  completedAt: Date | null;
  /** Confirmed without the operator: every piece of equipment confirms automatically. */
  automaticallyConfirmed: boolean;
  slots: Array<{ startsAt: Date; endsAt: Date }>;
}

export type NewBooking = Omit<
  BookingEntity,
  'id' | 'createdAt' | 'updatedAt' | 'outcome' | 'completedAt' | 'rating' | 'reviewComment' | 'voucherProgrammeId'
>;

/** How a new booking began: its first events, in order. */
export type NewBookingEvent = Pick<
  BookingEventEntity,
  'actorUserId' | 'actorSide' | 'fromStatus' | 'toStatus' | 'reason'
>;

@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new booking in one statement: its row, its slots marked HELD or BOOKED by it (they are locked by the claim), its
   * slot rows and its first events, in order (their `seq` follows the order of insertion), and what other contexts
   * render for the same unit of work (`fragments`: its outbox messages, the operator's notification).
   */
  async insertNew(
    manager: EntityManager,
    data: NewBooking & { id: string },
    slots: ReadonlyArray<Omit<BookingSlotEntity, 'bookingId'>>,
    slotStatus: SlotStatus,
    events: readonly NewBookingEvent[],
    fragments: readonly SqlFragment[] = [],
  ): Promise<BookingEntity> {
    const params: unknown[] = [
      data.offeringId,
      data.platformId,
      data.operatorOrganizationId,
      data.province,
      data.requesterOrganizationId,
      data.requesterUserId,
      data.status,
      data.brief,
      data.idempotencyKey,
      data.requestFingerprint,
      data.holdExpiresAt,
      data.firstSlotStartsAt,
      data.lastSlotEndsAt,
      data.openAccess,
      data.proposalId,
      slotStatus,
      slots.map((s) => s.slotId),
      slots.map((s) => s.equipmentId),
      slots.map((s) => s.startsAt),
      slots.map((s) => s.endsAt),
      slots.map((s) => s.openAccess),
      events.map((e) => e.actorUserId),
      events.map((e) => e.actorSide),
      events.map((e) => e.fromStatus),
      events.map((e) => e.toStatus),
      events.map((e) => e.reason),
      data.quote === null ? null : JSON.stringify(data.quote),
      MONEY.to(data.quoteAmount),
      data.id,
    ];
    // The id is chosen here so that what the fragments write (a notification about this booking) can name it.
    const [row]: Array<{ created_at: Date; updated_at: Date }> = await manager.query(
      prepared(`WITH b AS (
         INSERT INTO booking (id, offering_id, platform_id, operator_organization_id, province, requester_organization_id,
                requester_user_id, status, brief, idempotency_key, request_fingerprint, hold_expires_at,
                first_slot_starts_at, last_slot_ends_at, open_access, proposal_id, quote, quote_amount)
         VALUES ($29, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $27::jsonb, $28)
         RETURNING id, created_at, updated_at
       ), held AS (
         UPDATE capacity_slot SET status = $16, booking_id = (SELECT id FROM b), held_until = $11, updated_at = now()
          WHERE id = ANY($17::uuid[])
       ), rows AS (
         INSERT INTO booking_slot (booking_id, slot_id, equipment_id, starts_at, ends_at, open_access)
         SELECT b.id, s.* FROM b, unnest($17::uuid[], $18::uuid[], $19::timestamptz[], $20::timestamptz[], $21::boolean[]) AS s
       ), events AS (
         INSERT INTO booking_event (booking_id, actor_user_id, actor_side, from_status, to_status, reason)
         SELECT b.id, e.actor, e.side, e.from_status::booking_status, e.to_status::booking_status, e.reason
           FROM b, unnest($22::uuid[], $23::text[], $24::text[], $25::text[], $26::text[]) WITH ORDINALITY
                AS e(actor, side, from_status, to_status, reason, n)
          ORDER BY e.n
       )${renderFragments(params, fragments)}
       SELECT created_at, updated_at FROM b`),
      params,
    );
    return manager.create(BookingEntity, {
      ...data,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      outcome: null,
      rating: null,
      reviewComment: null,
    });
  }

  async insertEvent(manager: EntityManager, event: Omit<BookingEventEntity, 'id' | 'at' | 'seq'>): Promise<void> {
    await manager.insert(BookingEventEntity, event);
  }

  /** Served by ux_booking_idempotency. */
  findByIdempotencyKey(
    userId: string,
    key: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BookingEntity | null> {
    return manager.findOneBy(BookingEntity, { requesterUserId: userId, idempotencyKey: key });
  }

  findById(id: string): Promise<BookingEntity | null> {
    return this.dataSource.manager.findOneBy(BookingEntity, { id });
  }

  /** The requester of each of these bookings that exists (by primary key). */
  async requestersOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(BookingEntity, {
      select: { id: true, requesterOrganizationId: true },
      where: { id: In([...ids]) },
    });
    return new Map(rows.map((b) => [b.id, b.requesterOrganizationId]));
  }

  /** Locks the booking: one transition at a time. */
  lockById(manager: EntityManager, id: string): Promise<BookingEntity | null> {
    return manager
      .createQueryBuilder(BookingEntity, 'b')
      .where('b.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(manager: EntityManager, id: string, changes: Partial<BookingEntity>): Promise<BookingEntity> {
    await manager.update(BookingEntity, { id }, changes);
    return manager.findOneByOrFail(BookingEntity, { id });
  }

  slotsOf(manager: EntityManager, bookingId: string): Promise<BookingSlotEntity[]> {
    return manager.find(BookingSlotEntity, { where: { bookingId }, order: { startsAt: 'ASC' } });
  }

  slotsOfBookings(bookingIds: readonly string[]): Promise<BookingSlotEntity[]> {
    return this.dataSource.manager.find(BookingSlotEntity, {
      where: { bookingId: In([...bookingIds]) },
      order: { startsAt: 'ASC' },
    });
  }

  /** When the booking was confirmed, or null if it has not been (ix_booking_event_booking_seq). */
  async confirmedAt(bookingId: string): Promise<Date | null> {
    const event = await this.dataSource.manager.findOne(BookingEventEntity, {
      where: { bookingId, toStatus: BookingStatus.CONFIRMED },
      order: { seq: 'ASC' },
    });
    return event?.at ?? null;
  }

  /** In the order they were recorded (ix_booking_event_booking_seq): events of one transaction share their `at`. */
  eventsOf(bookingIds: readonly string[]): Promise<BookingEventEntity[]> {
    return this.dataSource.manager.find(BookingEventEntity, {
      where: { bookingId: In([...bookingIds]) },
      order: { seq: 'ASC' },
    });
  }

  /** Served by ix_booking_requester_created. */
  pageForRequester(
    organizationId: string,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(BookingEntity, 'b')
      .where('b.requesterOrganizationId = :organizationId', { organizationId });
    if (status) query.andWhere('b.status = :status', { status });
    return paginate(query, page, 'myBookings');
  }

  /** Served by ix_booking_platform_created. */
  pageForPlatform(
    platformId: string,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(BookingEntity, 'b')
      .where('b.platformId = :platformId', { platformId });
    if (status) query.andWhere('b.status = :status', { status });
    return paginate(query, page, 'platformBookings');
  }

  /** Rated bookings of an offering, newest first (ix_booking_offering_reviews). */
  reviewsOfOffering(offeringId: string, limit: number): Promise<BookingEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(BookingEntity, 'b')
      .where('b.offeringId = :offeringId AND b.rating IS NOT NULL', { offeringId })
      .orderBy('b.updatedAt', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** REQUESTED bookings whose hold has run out, locked and skipped by a concurrent sweep (ix_booking_hold_expiry). */
  lockExpiredHolds(manager: EntityManager, now: Date, limit: number): Promise<BookingEntity[]> {
    return manager
      .createQueryBuilder(BookingEntity, 'b')
      .where('b.status = :status AND b.holdExpiresAt <= :now', { status: BookingStatus.REQUESTED, now })
      .orderBy('b.holdExpiresAt', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Open-access booking slots of a platform overlapping [from, to), grouped by booking (ix_booking_platform_created). */
  async openAccessBookings(platformId: string, from: Date, to: Date): Promise<OpenAccessBookingFact[]> {
    const rows: Array<{
      booking_id: string;
      requester_organization_id: string;
      status: BookingStatus;
      refused_by_operator: boolean;
      completed_at: Date | null;
      starts_at: Date;
      ends_at: Date;
    }> = await this.dataSource.query(
      `SELECT b.id AS booking_id, b.requester_organization_id, b.status, b.completed_at,
                EXISTS (SELECT 1 FROM booking_event e WHERE e.booking_id = b.id AND e.actor_side = 'OPERATOR' AND e.to_status IN ('CANCELLED', 'DECLINED')) AS refused_by_operator,
                bs.starts_at, bs.ends_at
           FROM booking b JOIN booking_slot bs ON bs.booking_id = b.id
          WHERE b.platform_id = $1 AND bs.open_access AND bs.starts_at < $3 AND bs.ends_at > $2
          ORDER BY b.id, bs.starts_at`,
      [platformId, from, to],
    );
    const byBooking = new Map<string, OpenAccessBookingFact>();
    for (const row of rows) {
      const fact = byBooking.get(row.booking_id) ?? {
        bookingId: row.booking_id,
        requesterOrganizationId: row.requester_organization_id,
        status: row.status,
        refusedByOperator: row.refused_by_operator,
        completedAt: row.completed_at,
        slots: [],
      };
      fact.slots.push({ startsAt: row.starts_at, endsAt: row.ends_at });
      byBooking.set(row.booking_id, fact);
    }
    return [...byBooking.values()];
  }

  /**
   * Bookings of these platforms whose slots overlap [from, to) or that were asked for within it, with their slots
   * and the moments that matter (ix_booking_platform_created, ix_booking_event_booking, booking_slot's key).
   */
  async serviceRecords(platformIds: readonly string[], from: Date, to: Date): Promise<ServiceRecordFact[]> {
    if (platformIds.length === 0) return [];
    const rows: Array<{
      id: string;
      platform_id: string;
      operator_organization_id: string;
      requester_organization_id: string;
      status: BookingStatus;
      created_at: Date;
      first_slot_starts_at: Date;
      last_slot_ends_at: Date;
      rating: number | null;
      operator_answered_at: Date | null;
      expired_at: Date | null;
      completed_at: Date | null;
      automatic: boolean;
      slots: Array<{ startsAt: string; endsAt: string }>;
    }> = await this.dataSource.query(
      `SELECT b.id, b.platform_id, b.operator_organization_id, b.requester_organization_id, b.status, b.created_at, b.first_slot_starts_at,
              b.last_slot_ends_at, b.rating,
              (SELECT min(e.at) FROM booking_event e WHERE e.booking_id = b.id AND e.actor_side = 'OPERATOR'
                  AND e.to_status IN ('CONFIRMED', 'DECLINED')) AS operator_answered_at,
              (SELECT min(e.at) FROM booking_event e WHERE e.booking_id = b.id AND e.to_status = 'EXPIRED') AS expired_at,
              (SELECT min(e.at) FROM booking_event e WHERE e.booking_id = b.id AND e.to_status = 'COMPLETED') AS completed_at,
              EXISTS (SELECT 1 FROM booking_event e WHERE e.booking_id = b.id AND e.actor_side = 'SYSTEM'
                  AND e.to_status = 'CONFIRMED') AS automatic,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('startsAt', bs.starts_at, 'endsAt', bs.ends_at)
                  ORDER BY bs.starts_at), '[]') FROM booking_slot bs WHERE bs.booking_id = b.id) AS slots
         FROM booking b
        WHERE b.platform_id = ANY($1::uuid[])
          AND ((b.first_slot_starts_at < $3 AND b.last_slot_ends_at > $2) OR (b.created_at >= $2 AND b.created_at < $3))
        ORDER BY b.created_at, b.id`,
      [platformIds, from, to],
    );
    return rows.map((r) => ({
      bookingId: r.id,
      platformId: r.platform_id,
      operatorOrganizationId: r.operator_organization_id,
      requesterOrganizationId: r.requester_organization_id,
      status: r.status,
      createdAt: r.created_at,
      firstSlotStartsAt: r.first_slot_starts_at,
      lastSlotEndsAt: r.last_slot_ends_at,
      rating: r.rating,
      operatorAnsweredAt: r.operator_answered_at,
      expiredAt: r.expired_at,
      completedAt: r.completed_at,
      automaticallyConfirmed: r.automatic,
      slots: r.slots.map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
    }));
  }

  /** Requests per platform that the operator answered vs. all that needed an answer (ix_booking_platform_created). */
  async responseRates(platformIds: readonly string[]): Promise<Map<string, { answered: number; total: number }>> {
    if (platformIds.length === 0) return new Map();
    const rows: Array<{ platform_id: string; answered: number; total: number }> = await this.dataSource.query(
      `SELECT platform_id,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM booking_event e WHERE e.booking_id = b.id AND e.actor_side IN ('OPERATOR', 'SYSTEM') AND e.to_status IN ('CONFIRMED', 'DECLINED')))::int AS answered,
              count(*) FILTER (WHERE status <> 'REQUESTED' OR hold_expires_at < now())::int AS total
         FROM booking b WHERE platform_id = ANY($1::uuid[]) GROUP BY platform_id`,
      [platformIds],
    );
    return new Map(rows.map((r) => [r.platform_id, { answered: r.answered, total: r.total }]));
  }
}
