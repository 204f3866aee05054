import { Injectable } from '@nestjs/common';
import { Clock, CoreError, enqueueSearchIndex, OutboxWriter, TransactionRunner } from '#core';
import { CatalogService, PlatformStatus } from '#catalog';
import { AccessPolicy, type Actor } from '#identity';
import { SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
import type { CapacitySlotEntity } from './capacity-slot.entity.js';
import type {
  AvailableSlotsArgs,
  BookingRulesInput,
  PublishRecurringSlotsInput,
  PublishSlotsInput,
  SlotIdsInput,
  SlotInput,
} from './dto/slot.input.js';
import { expandWeeklyPattern } from './recurrence.js';
import { hoursBetween } from './slot.mapper.js';
import { SlotOverlapError, SlotRepository, type BookingRules } from './slot.repository.js';

const MAX_WINDOW_DAYS = 366;

@Injectable()
export class SlotService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly slots: SlotRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async publish(actor: Actor, input: PublishSlotsInput): Promise<CapacitySlotEntity[]> {
    return this.publishRuns(actor, input.equipmentId, input.slots, 'slots');
  }

  async publishRecurring(actor: Actor, input: PublishRecurringSlotsInput): Promise<CapacitySlotEntity[]> {
    if (Date.parse(input.toDay) - Date.parse(input.fromDay) > MAX_WINDOW_DAYS * 86_400_000) {
      throw CoreError.invalidField('toDay', `toDay must be within ${MAX_WINDOW_DAYS} days of fromDay`);
    }
    let runs: Array<{ startsAt: Date; endsAt: Date }>;
    try {
      runs = expandWeeklyPattern(input);
    } catch (error) {
      throw CoreError.invalidField('weekdays', (error as Error).message);
    }
    if (runs.length === 0)
      throw CoreError.invalidField('weekdays', 'the pattern makes no slot between fromDay and toDay');
    const future = runs.filter((run) => run.startsAt.getTime() > this.clock.now().getTime());
    return this.publishRuns(
      actor,
      input.equipmentId,
      future.map((run) => ({ ...run, openAccess: input.openAccess })),
      'fromDay',
    );
  }

  /** OPEN → BLOCKED (maintenance, calibration); refused for slots in any other state. */
  async block(actor: Actor, input: SlotIdsInput): Promise<CapacitySlotEntity[]> {
    return this.changeOpenSlots(actor, input.slotIds, async (manager, slots) => {
      await this.slots.setStatus(
        manager,
        slots.map((s) => s.id),
        SlotStatus.BLOCKED,
        null,
      );
      return slots.map((s) => ({ ...s, status: SlotStatus.BLOCKED }));
    });
  }

  /** Removes OPEN slots from the calendar; refused for slots in any other state. */
  async unpublish(actor: Actor, input: SlotIdsInput): Promise<CapacitySlotEntity[]> {
    return this.changeOpenSlots(actor, input.slotIds, async (manager, slots) => {
      await this.slots.deleteByIds(
        manager,
        slots.map((s) => s.id),
      );
      return slots;
    });
  }

  async setRules(actor: Actor, input: BookingRulesInput): Promise<BookingRules & { equipmentId: string }> {
    const equipment = await this.catalog.equipmentOwnership(input.equipmentId);
    this.access.assertCanWrite(actor, equipment.organizationId);
    const { equipmentId, ...rules } = input;
    return this.transactions.run((manager) =>
      this.slots.saveRules(manager, equipmentId, { ...rules, maxRunHours: rules.maxRunHours ?? null }),
    );
  }

  async rules(equipmentId: string): Promise<BookingRules & { equipmentId: string }> {
    return { equipmentId, ...(await this.slots.rulesFor([equipmentId])).get(equipmentId)! };
  }

  /** OPEN slots in the window, in time order: of one equipment, or of every equipment an offering uses. */
  async available(args: AvailableSlotsArgs): Promise<CapacitySlotEntity[]> {
    if (!!args.equipmentId === !!args.offeringId)
      throw CoreError.invalidField('equipmentId', 'give either equipmentId or offeringId');
    if (args.to.getTime() - args.from.getTime() > MAX_WINDOW_DAYS * 86_400_000)
      throw CoreError.invalidField('to', `the window may span at most ${MAX_WINDOW_DAYS} days`);
    let equipmentIds: string[];
    if (args.offeringId) {
      const offering = await this.catalog.offeringOwnership(args.offeringId);
      if (offering.platformStatus !== PlatformStatus.PUBLISHED) return [];
      equipmentIds = offering.equipmentIds;
    } else {
      const equipment = await this.catalog.equipmentOwnership(args.equipmentId ?? '');
      if (equipment.platformStatus !== PlatformStatus.PUBLISHED || !equipment.shareable) return [];
      equipmentIds = [equipment.equipmentId];
    }
    return this.slots.findOpenInWindow(equipmentIds, args.from, args.to);
  }

  private async publishRuns(
    actor: Actor,
    equipmentId: string,
    runs: Array<Omit<SlotInput, 'priceOverride'> & { priceOverride?: number }>,
    field: string,
  ): Promise<CapacitySlotEntity[]> {
    const equipment = await this.catalog.equipmentOwnership(equipmentId);
    this.access.assertCanWrite(actor, equipment.organizationId);
    const rules = (await this.slots.rulesFor([equipmentId])).get(equipmentId)!;
    runs.forEach((run, index) => {
      if (run.endsAt.getTime() <= run.startsAt.getTime())
        throw CoreError.invalidField(`${field}.${index}.endsAt`, 'endsAt must be after startsAt');
      if (run.startsAt.getTime() <= this.clock.now().getTime())
        throw CoreError.invalidField(`${field}.${index}.startsAt`, 'startsAt must be in the future');
      if (rules.maxRunHours !== null && hoursBetween(run.startsAt, run.endsAt) > rules.maxRunHours) {
        throw CoreError.invalidField(
          `${field}.${index}.endsAt`,
          `a run of this equipment may last at most ${rules.maxRunHours} hours`,
        );
      }
    });
    return this.transactions.run(async (manager) => {
      let created: CapacitySlotEntity[];
      try {
        created = await this.slots.insertMany(
          manager,
          runs.map((run) => ({
            equipmentId,
            startsAt: run.startsAt,
            endsAt: run.endsAt,
            openAccess: run.openAccess,
            priceOverride: run.priceOverride ?? null,
          })),
        );
      } catch (error) {
        if (error instanceof SlotOverlapError)
          throw new BookingError(
            BookingErrorCode.SLOT_OVERLAP,
            'A slot overlaps another slot of this equipment; slots of one equipment never overlap',
          );
        throw error;
      }
      const tooClose = await this.slots.findBufferViolation(
        manager,
        created.map((s) => s.id),
        rules.bufferMinutes,
      );
      if (tooClose) {
        throw new BookingError(
          BookingErrorCode.SLOT_OVERLAP,
          `A slot is closer than the ${rules.bufferMinutes}-minute changeover buffer to slot ${tooClose.other}`,
          { slotId: tooClose.other },
        );
      }
      await enqueueSearchIndex(this.outbox, manager, { equipmentIds: [equipmentId] });
      return created;
    });
  }

  private async changeOpenSlots(
    actor: Actor,
    slotIds: string[],
    change: (
      manager: Parameters<Parameters<TransactionRunner['run']>[0]>[0],
      slots: CapacitySlotEntity[],
    ) => Promise<CapacitySlotEntity[]>,
  ): Promise<CapacitySlotEntity[]> {
    return this.transactions.run(async (manager) => {
      const slots = await this.slots.lockByIds(manager, slotIds);
      const missing = slotIds.filter((id) => !slots.some((s) => s.id === id));
      if (missing.length)
        throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing[0]}`, { slotId: missing[0] });
      const equipmentIds = [...new Set(slots.map((s) => s.equipmentId))];
      for (const equipmentId of equipmentIds) {
        const equipment = await this.catalog.equipmentOwnership(equipmentId, manager);
        this.access.assertCanWrite(actor, equipment.organizationId);
      }
      const notOpen = slots.find((s) => s.status !== SlotStatus.OPEN);
      if (notOpen)
        throw new BookingError(
          BookingErrorCode.SLOT_NOT_OPEN,
          `Slot ${notOpen.id} is ${notOpen.status}; only OPEN slots can be changed`,
          { slotId: notOpen.id, currentStatus: notOpen.status },
        );
      const changed = await change(manager, slots);
      await enqueueSearchIndex(this.outbox, manager, { equipmentIds });
      return changed;
    });
  }
}
