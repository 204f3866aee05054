import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { EntityColumns, MONEY } from '#core';
import { SlotStatus } from '../booking.enums.js';
import { CapacitySlotEntity } from './capacity-slot.entity.js';
import { DEFAULT_BOOKING_RULES, EquipmentBookingRulesEntity } from './equipment-booking-rules.entity.js';
import { RemovedSlotEntity } from './removed-slot.entity.js';

export interface OpenSlotFact {
  equipmentId: string;
  startsAt: Date;
  endsAt: Date;
  openAccess: boolean;
}

export interface SlotFact {
  slotId: string;
  equipmentId: string;
  startsAt: Date;
  endsAt: Date;
  status: SlotStatus;
  openAccess: boolean;
}

/** A slot taken off the calendar: its hours and when it was removed. */
export interface RemovedSlotFact {
  equipmentId: string;
  startsAt: Date;
  endsAt: Date;
  openAccess: boolean;
  removedAt: Date;
}

export type BookingRules = Pick<
  EquipmentBookingRulesEntity,
  'minNoticeHours' | 'maxRunHours' | 'bufferMinutes' | 'confirmationMode' | 'maxAdvanceDays'
>;

const EXCLUSION_VIOLATION = '23P01';

export class SlotOverlapError extends Error {}

@Injectable()
export class SlotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Slots of these equipment free at `now` (OPEN, or held by a lapsed hold) that have not ended (ix_slot_equipment_starts). */
  async openSlotsOf(equipmentIds: readonly string[], now: Date): Promise<OpenSlotFact[]> {
    if (equipmentIds.length === 0) return [];
    const rows: Array<{ equipment_id: string; starts_at: Date; ends_at: Date; open_access: boolean }> =
      await this.dataSource.query(
        `SELECT equipment_id, starts_at, ends_at, open_access FROM capacity_slot
        WHERE equipment_id = ANY($1::uuid[]) AND (status = 'OPEN' OR (status = 'HELD' AND held_until <= $2)) AND ends_at > $2
        ORDER BY equipment_id, starts_at`,
        [equipmentIds, now],
      );
    return rows.map((r) => ({
      equipmentId: r.equipment_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      openAccess: r.open_access,
    }));
  }

  /** All slots of these equipment overlapping [from, to), as stored (served by ix_slot_equipment_starts). */
  async slotsOverlapping(equipmentIds: readonly string[], from: Date, to: Date): Promise<CapacitySlotEntity[]> {
    if (equipmentIds.length === 0) return [];
    const rows = await this.dataSource.manager
      .createQueryBuilder(CapacitySlotEntity, 's')
      .where('s.equipmentId IN (:...equipmentIds) AND s.startsAt < :to AND s.endsAt > :from', {
        equipmentIds,
        from,
        to,
      })
      .orderBy('s.startsAt', 'ASC')
      .getMany();
    return rows;
  }

  /**
   * Slots of these equipment free at `now` (OPEN, or held by a lapsed hold) overlapping [from, to), in time order
   * (served by ix_slot_equipment_starts).
   */
  findOpenInWindow(equipmentIds: readonly string[], from: Date, to: Date, now: Date): Promise<CapacitySlotEntity[]> {
    if (equipmentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(CapacitySlotEntity, 's')
      .where(
        `s.equipmentId IN (:...equipmentIds) AND (s.status = :open OR (s.status = :held AND s.heldUntil <= :now))
         AND s.startsAt < :to AND s.endsAt > :from`,
        { equipmentIds, open: SlotStatus.OPEN, held: SlotStatus.HELD, now, from, to },
      )
      .orderBy('s.startsAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /**
   * Inserts slots in one statement, answered in the caller's order; the exclusion constraint refuses any overlap with
   * existing slots of the equipment (or between the new ones), which surfaces as SlotOverlapError. A year's pattern is
   * up to 2 000 slots: as five arrays (unnest) its text stays short, where TypeORM's multi-row VALUES (a parameter per
   * column of each row) took ~300 ms of the event loop to build, holding every other request (docs/benchmarks.md).
   */
  async insertMany(
    manager: EntityManager,
    slots: Array<Pick<CapacitySlotEntity, 'equipmentId' | 'startsAt' | 'endsAt' | 'openAccess' | 'priceOverride'>>,
  ): Promise<CapacitySlotEntity[]> {
    if (slots.length === 0) return [];
    const { columns, sql } = (this.inserted ??= this.insertStatement());
    try {
      const rows: Array<Record<string, unknown>> = await manager.query(sql, [
        slots.map((s) => s.equipmentId),
        slots.map((s) => s.startsAt),
        slots.map((s) => s.endsAt),
        slots.map((s) => s.openAccess),
        slots.map((s) => MONEY.to(s.priceOverride)),
      ]);
      // In the caller's order, so clients can match returned slots to what they sent: slots of one equipment never
      // share a start (they never overlap).
      const created = new Map(
        rows.map((row) => {
          const slot = columns.hydrate(row) as CapacitySlotEntity;
          return [`${slot.equipmentId} ${slot.startsAt.getTime()}`, slot];
        }),
      );
      return slots.map((s) => created.get(`${s.equipmentId} ${s.startsAt.getTime()}`) as CapacitySlotEntity);
    } catch (error) {
      if ((error as { code?: string }).code === EXCLUSION_VIOLATION)
        throw new SlotOverlapError((error as Error).message);
      throw error;
    }
  }

  private inserted?: { columns: EntityColumns<CapacitySlotEntity>; sql: string };

  /** Built on first use: the entity's metadata is there once the data source is initialised. */
  private insertStatement() {
    const columns = new EntityColumns(this.dataSource, CapacitySlotEntity, 's');
    const sql = `WITH "s" AS (
        INSERT INTO capacity_slot (equipment_id, starts_at, ends_at, open_access, price_override)
        SELECT equipment_id, starts_at, ends_at, open_access, price_override
          FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::boolean[], $5::numeric[])
               AS u(equipment_id, starts_at, ends_at, open_access, price_override)
        RETURNING *)
      SELECT ${columns.select} FROM "s"`;
    return { columns, sql };
  }

  /** A new slot closer than `bufferMinutes` to another slot of the same equipment, if any. */
  async findBufferViolation(
    manager: EntityManager,
    slotIds: string[],
    bufferMinutes: number,
  ): Promise<{ id: string; other: string } | undefined> {
    if (bufferMinutes <= 0 || slotIds.length === 0) return undefined;
    const rows: Array<{ id: string; other: string }> = await manager.query(
      `SELECT a.id, b.id AS other FROM capacity_slot a
         JOIN capacity_slot b ON b.equipment_id = a.equipment_id AND b.id <> a.id
        WHERE a.id = ANY($1::uuid[])
          AND tstzrange(a.starts_at - make_interval(mins => $2), a.ends_at + make_interval(mins => $2)) && tstzrange(b.starts_at, b.ends_at)
        LIMIT 1`,
      [slotIds, bufferMinutes],
    );
    return rows[0];
  }

  /**
   * Serializes changes to one equipment's calendar (publishing, unblocking, its booking rules), so two neighbours published at the same
   * moment cannot both pass the buffer check, which the exclusion constraint does not cover. Claims do not take it.
   */
  async lockCalendar(manager: EntityManager, equipmentId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`slot-calendar:${equipmentId}`]);
  }

  /**
   * A slot of the same equipment, held or booked by another holder and not lapsed at `now`, closer to one of these
   * slots than its equipment's buffer (they would leave no changeover between two users' runs). Slots of the same
   * claim may touch: they are one run. Served by ix_slot_equipment_starts.
   */
  async findBusyNeighbour(
    manager: EntityManager,
    slotIds: readonly string[],
    now: Date,
  ): Promise<{ id: string; other: string; bufferMinutes: number } | undefined> {
    const rows: Array<{ id: string; other: string; buffer_minutes: number }> = await manager.query(
      `SELECT a.id, b.id AS other, r.buffer_minutes FROM capacity_slot a
         JOIN equipment_booking_rules r ON r.equipment_id = a.equipment_id AND r.buffer_minutes > 0
         JOIN capacity_slot b ON b.equipment_id = a.equipment_id AND NOT (b.id = ANY($1::uuid[]))
          AND b.starts_at < a.ends_at + make_interval(mins => r.buffer_minutes)
          AND b.ends_at > a.starts_at - make_interval(mins => r.buffer_minutes)
        WHERE a.id = ANY($1::uuid[])
          AND (b.status = 'BOOKED' OR (b.status = 'HELD' AND (b.held_until IS NULL OR b.held_until > $2)))
        LIMIT 1`,
      [slotIds, now],
    );
    return rows[0] && { id: rows[0].id, other: rows[0].other, bufferMinutes: rows[0].buffer_minutes };
  }

  /** Locks the slots in id order, so two claims over overlapping sets cannot deadlock. */
  lockByIds(manager: EntityManager, ids: readonly string[]): Promise<CapacitySlotEntity[]> {
    return manager
      .createQueryBuilder(CapacitySlotEntity, 's')
      .where('s.id IN (:...ids)', { ids })
      .orderBy('s.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  async setOpenAccess(manager: EntityManager, ids: readonly string[], openAccess: boolean): Promise<void> {
    if (ids.length) await manager.update(CapacitySlotEntity, { id: In([...ids]) }, { openAccess });
  }

  /** Marks slots; `heldUntil` is when a HELD slot's hold lapses (null for any other status). */
  async setStatus(
    manager: EntityManager,
    ids: readonly string[],
    status: SlotStatus,
    bookingId: string | null,
    heldUntil: Date | null = null,
  ): Promise<void> {
    if (ids.length) await manager.update(CapacitySlotEntity, { id: In([...ids]) }, { status, bookingId, heldUntil });
  }

  /** Takes slots off the calendar and keeps each as a removal at `removedAt`, in one statement. */
  async removeByIds(manager: EntityManager, ids: readonly string[], removedAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `WITH gone AS (DELETE FROM capacity_slot WHERE id = ANY($1::uuid[]) RETURNING id, equipment_id, starts_at, ends_at, open_access)
       INSERT INTO removed_capacity_slot (id, equipment_id, starts_at, ends_at, open_access, removed_at)
       SELECT id, equipment_id, starts_at, ends_at, open_access, $2 FROM gone`,
      [ids, removedAt],
    );
  }

  /** Removals of these equipment's slots overlapping [from, to) (served by ix_removed_slot_equipment_starts). */
  removedOverlapping(equipmentIds: readonly string[], from: Date, to: Date): Promise<RemovedSlotEntity[]> {
    if (equipmentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(RemovedSlotEntity, 's')
      .where('s.equipmentId IN (:...equipmentIds) AND s.startsAt < :to AND s.endsAt > :from', {
        equipmentIds,
        from,
        to,
      })
      .getMany();
  }

  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CapacitySlotEntity[]> {
    return manager.find(CapacitySlotEntity, {
      where: { id: In([...ids]) },
      order: { startsAt: 'ASC' },
    });
  }

  async rulesFor(
    equipmentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, BookingRules>> {
    const rows = equipmentIds.length
      ? await manager.findBy(EquipmentBookingRulesEntity, { equipmentId: In([...equipmentIds]) })
      : [];
    const found = new Map(rows.map((r) => [r.equipmentId, r as BookingRules]));
    return new Map(equipmentIds.map((id) => [id, found.get(id) ?? { ...DEFAULT_BOOKING_RULES }]));
  }

  async saveRules(
    manager: EntityManager,
    equipmentId: string,
    rules: BookingRules,
  ): Promise<EquipmentBookingRulesEntity> {
    await manager.upsert(EquipmentBookingRulesEntity, { equipmentId, ...rules }, ['equipmentId']);
    return manager.findOneByOrFail(EquipmentBookingRulesEntity, { equipmentId });
  }
}
