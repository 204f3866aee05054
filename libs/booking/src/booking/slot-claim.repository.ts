import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MONEY, prepared } from '#core';
import { offeringChangedUnseenSql, OFFERING_OWNERSHIP_VIEW, type OfferingOwnershipRow } from '#catalog';
import { actorRowSql, type ActorRow } from '#identity';
import type { ConfirmationMode, SlotStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import type { BookingSlotEntity } from './booking-slot.entity.js';
import { DEFAULT_BOOKING_RULES } from '../slot/equipment-booking-rules.entity.js';
import type { BookingRules } from '../slot/slot.repository.js';

/** A booking already made with an idempotency key: what a retry is compared with. */
export interface ReplayRow {
  bookingId: string;
  requestFingerprint: string;
  /** Its slot rows, when the claim's read carried them (what the answer's `slots` shows, without reading them again). */
  slots?: BookingSlotEntity[];
}

/** Everything a claim decides on, read in one statement. */
export interface ClaimRead {
  /** The offering's row of the catalog's ownership view; null when there is no such offering. */
  offering: OfferingOwnershipRow | null;
  /** The asked-for slots that exist, locked, in id order. */
  slots: CapacitySlotEntity[];
  /** The booking rules of those slots' equipment (defaults where none are set), by equipment id. */
  rules: Map<string, BookingRules>;
  /** The booking this user already made with the request's idempotency key, if any. */
  replay: ReplayRow | null;
  /**
   * Some slot is held by a booking this statement's snapshot cannot see: one committed while the claim waited for the
   * slot's lock, possibly a copy of this very request racing under the same key.
   */
  holderUnseen: boolean;
  /** The caller as this statement sees it (identity's actor row; null when the user is gone), when asked for. */
  caller: ActorRow | null;
}

interface ClaimRow {
  caller: ActorRow | null;
  /** With `changed_unseen` when the row was locked (`offeringChangedUnseenSql`). */
  offering: (OfferingOwnershipRow & { changed_unseen?: boolean }) | null;
  replay_id: string | null;
  replay_fingerprint: string | null;
  replay_slots: Array<{
    slotId: string;
    equipmentId: string;
    startsAt: string;
    endsAt: string;
    openAccess: boolean;
  }> | null;
  id: string | null;
  equipment_id: string;
  starts_at: Date;
  ends_at: Date;
  status: SlotStatus;
  open_access: boolean;
  price_override: string | null;
  booking_id: string | null;
  held_until: Date | null;
  created_at: Date;
  updated_at: Date;
  rules_equipment_id: string | null;
  min_notice_hours: number | null;
  max_run_hours: number | null;
  buffer_minutes: number | null;
  confirmation_mode: ConfirmationMode | null;
  max_advance_days: number | null;
  holder_unseen: boolean | null;
}

/**
 * Up to this many slots are named one parameter each (`s.id IN ($5, $6)`), more (or none) as one array
 * (`= ANY($5)`). PostgreSQL plans a prepared statement once for any parameters (a generic plan) only when that plan's
 * estimate is no worse than the plans made for the actual ones; an array parameter is estimated at ten elements
 * where the actual array usually holds one, so the claim was planned again on every execution (0.6 ms of PostgreSQL
 * CPU per booking, three times its execution; pg_stat_statements over bench:booking's (b)). A list of parameters has
 * its length in the text: one prepared text per length, each with a generic plan.
 */
const LISTED_SLOTS = 8;
const listed = (slotIds: readonly string[]) => slotIds.length > 0 && slotIds.length <= LISTED_SLOTS;
const slotMatch = (listedSlots: number) =>
  listedSlots > 0
    ? `s.id IN (${Array.from({ length: listedSlots }, (_, i) => `$${i + 5}::uuid`).join(', ')})`
    : 's.id = ANY($5::uuid[])';

/** The claim's text per shape, built once (a text of 2 kB built and hashed per booking was 0.7 % of the API thread). */
const claimTexts = new Map<string, string>();
function claimSql(lock: boolean, listedSlots: number): string {
  const key = `${lock}:${listedSlots}`;
  let text = claimTexts.get(key);
  if (text === undefined) {
    text = prepared(`WITH locked AS (
         SELECT s.id, s.equipment_id, s.starts_at, s.ends_at, s.status, s.open_access, s.price_override, s.booking_id,
                s.held_until, s.created_at, s.updated_at
           FROM capacity_slot s WHERE ${slotMatch(listedSlots)} ORDER BY s.id ${lock ? 'FOR UPDATE' : ''}
       )
       SELECT (SELECT to_jsonb(o) ${lock ? `|| jsonb_build_object('changed_unseen', ${offeringChangedUnseenSql('o')})` : ''}
                 FROM ${OFFERING_OWNERSHIP_VIEW} o WHERE o.offering_id = $1 ${lock ? 'FOR SHARE' : ''}) AS offering,
              ${actorRowSql('$4')} AS caller,
              b.id AS replay_id, b.request_fingerprint AS replay_fingerprint,
              CASE WHEN b.id IS NOT NULL THEN (
                SELECT jsonb_agg(jsonb_build_object('slotId', bs.slot_id, 'equipmentId', bs.equipment_id,
                         'startsAt', bs.starts_at, 'endsAt', bs.ends_at, 'openAccess', bs.open_access) ORDER BY bs.starts_at)
                  FROM booking_slot bs WHERE bs.booking_id = b.id
              ) END AS replay_slots,
              l.*,
              r.equipment_id AS rules_equipment_id, r.min_notice_hours, r.max_run_hours, r.buffer_minutes,
              r.confirmation_mode, r.max_advance_days,
              l.booking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM booking hb WHERE hb.id = l.booking_id)
                AS holder_unseen
         FROM (SELECT 1) AS one
         LEFT JOIN booking b ON b.requester_user_id = $2 AND b.idempotency_key = $3
         LEFT JOIN locked l ON true
         LEFT JOIN equipment_booking_rules r ON r.equipment_id = l.equipment_id
        ORDER BY l.id`);
    claimTexts.set(key, text);
  }
  return text;
}

/** The SQL of the one claim path (SlotClaimService). */
@Injectable()
export class SlotClaimRepository {
  /**
   * One statement, on the claim's transaction: the offering with its platform and shared equipment (the catalog's
   * ownership view: primary keys), the booking a retry repeats (ux_booking_idempotency) with its slot rows
   * (booking_slot's primary key), and the asked-for slots locked
   * in id order (primary key; one winner per slot, no deadlock between overlapping claims) with their equipment's
   * booking rules (primary key of equipment_booking_rules). Without slots (a proposal of a period) it still reads the
   * rest: one row with no slot. Unless `lock`, the slots are read without locking (a quote's preview of a claim).
   *
   * With `lock`, the offering's and its platform's rows are also locked FOR SHARE until the claim's transaction ends
   * (the view's tables). Read unlocked, a status is the statement's snapshot: a claim could read ACTIVE/PUBLISHED an
   * instant before archiveOffering or suspendPlatform committed and then commit its booking after it. Locked,
   * archiving, suspending or stopping an equipment's sharing (which write those rows: the last writes the rows of the
   * offerings using the equipment) waits for claims in flight, and a claim that waited for them reads the rows as they
   * left them (PostgreSQL re-reads a row it locks after a concurrent change commits) — but the equipment's `shareable`
   * as its snapshot saw it. So when the offering's row it locked is newer than its snapshot (`offeringChangedUnseenSql`,
   * one primary-key read), the statement is sent once more: it waits for nothing now (this transaction holds the
   * locks) and sees every change committed before it. Claims thus lock no equipment row: share locks of every claim on
   * the same rows (MultiXacts) cost 15-20 % of bookings/s (docs/benchmarks.md); the rare writer pays instead.
   * Slot locks cannot do this: slots are the equipment's, which other offerings may share, and a status read by the
   * same statement that locks them is still the snapshot's.
   *
   * With `callerId`, it also reads that user's actor row (identity's `actorRowSql`, primary keys): a booking request
   * decides on its caller as this statement sees it, so the guard needs no read of its own (`@ActorCheckedInStatement`).
   */
  async read(
    manager: EntityManager,
    offeringId: string,
    slotIds: readonly string[],
    replayOf: { userId: string; key: string } | null,
    lock: boolean,
    callerId: string | null = null,
  ): Promise<ClaimRead> {
    const send = (): Promise<ClaimRow[]> =>
      manager.query(claimSql(lock, listed(slotIds) ? slotIds.length : 0), [
        offeringId,
        replayOf?.userId ?? null,
        replayOf?.key ?? null,
        callerId,
        ...(listed(slotIds) ? slotIds : [slotIds]),
      ]);
    let rows = await send();
    if (rows[0]?.offering?.changed_unseen) rows = await send();
    const [first] = rows;
    const slots: CapacitySlotEntity[] = [];
    const rules = new Map<string, BookingRules>();
    for (const row of rows) {
      if (row.id === null) continue;
      slots.push({
        id: row.id,
        equipmentId: row.equipment_id,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        status: row.status,
        openAccess: row.open_access,
        priceOverride: MONEY.from(row.price_override),
        bookingId: row.booking_id,
        heldUntil: row.held_until,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
      rules.set(
        row.equipment_id,
        row.rules_equipment_id === null
          ? { ...DEFAULT_BOOKING_RULES }
          : {
              minNoticeHours: row.min_notice_hours as number,
              maxRunHours: row.max_run_hours,
              bufferMinutes: row.buffer_minutes as number,
              confirmationMode: row.confirmation_mode as ConfirmationMode,
              maxAdvanceDays: row.max_advance_days as number,
            },
      );
    }
    return {
      offering: first?.offering ?? null,
      slots,
      rules,
      replay:
        first?.replay_id && first.replay_fingerprint
          ? {
              bookingId: first.replay_id,
              requestFingerprint: first.replay_fingerprint,
              slots: (first.replay_slots ?? []).map((slot) => ({
                ...slot,
                bookingId: first.replay_id as string,
                startsAt: new Date(slot.startsAt),
                endsAt: new Date(slot.endsAt),
              })),
            }
          : null,
      holderUnseen: rows.some((row) => row.holder_unseen === true),
      caller: first?.caller ?? null,
    };
  }

  /** The booking this user made with an idempotency key, read afresh (ux_booking_idempotency). */
  async findReplay(manager: EntityManager, replayOf: { userId: string; key: string }): Promise<ReplayRow | null> {
    const [row]: Array<{ id: string; request_fingerprint: string }> = await manager.query(
      'SELECT id, request_fingerprint FROM booking WHERE requester_user_id = $1 AND idempotency_key = $2',
      [replayOf.userId, replayOf.key],
    );
    return row ? { bookingId: row.id, requestFingerprint: row.request_fingerprint } : null;
  }
}
