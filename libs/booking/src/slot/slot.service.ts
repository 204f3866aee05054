import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, CoreError, enqueueSearchIndex, OutboxWriter, TransactionRunner } from '#core';
import { canSeePlatform, CatalogService, PlatformStatus } from '#catalog';
import { AccessPolicy, type Actor } from '#identity';
import { SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
import { equipmentRuleProblem, offeringBookable, ruleOf, statusAt } from '../booking/booking.rules.js';
import type { CapacitySlotEntity } from './capacity-slot.entity.js';
import type {
  AvailableSlotsArgs,
  BookingRulesInput,
  CapacitySlotsArgs,
  SlotOpenAccessInput,
  PublishRecurringSlotsInput,
  PublishSlotsInput,
  SlotIdsInput,
} from './dto/slot.input.js';
import { expandWeeklyPattern, oneYearAfter, PatternError } from './recurrence.js';
import { SlotOverlapError, SlotRepository, type BookingRules } from './slot.repository.js';
import { runProblem } from './slot.rules.js';

const MAX_WINDOW_DAYS = 366;
const MAX_CALENDAR_DAYS = 62;
const DAY = 86_400_000;

type Run = { startsAt: Date; endsAt: Date; openAccess: boolean; priceOverride?: number };

/**
 * The capacity calendar of each piece of equipment. Time that has begun is history: slots that have started are
 * never blocked, unblocked or removed, and nothing is published into the past or beyond the equipment's horizon.
 */
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
    const rules = await this.writableRules(actor, input.equipmentId);
    const now = this.clock.now();
    input.slots.forEach((run, index) => {
      const problem = runProblem(run, rules, now);
      if (problem) throw CoreError.invalidField(`slots.${index}.${problem.part}`, problem.message);
    });
    return this.insert(input.equipmentId, input.slots, rules);
  }

  /**
   * A weekly pattern between two real calendar days at most a year apart. Runs that would start before now are left
   * out; a pattern with none left, or reaching beyond the equipment's horizon, is refused.
   */
  async publishRecurring(actor: Actor, input: PublishRecurringSlotsInput): Promise<CapacitySlotEntity[]> {
    const lastDay = oneYearAfter(input.fromDay);
    if (input.toDay > lastDay)
      throw CoreError.invalidField('toDay', `toDay must be at most a year after fromDay (${lastDay} at the latest)`);
    input.exceptDays.forEach((day, index) => {
      if (day < input.fromDay || day > input.toDay)
        throw CoreError.invalidField(`exceptDays.${index}`, 'each day left out must lie between fromDay and toDay');
    });
    const rules = await this.writableRules(actor, input.equipmentId);
    let runs: Array<{ startsAt: Date; endsAt: Date }>;
    try {
      runs = expandWeeklyPattern(input);
    } catch (error) {
      if (error instanceof PatternError) throw CoreError.invalidField(error.field, error.message);
      throw error;
    }
    if (runs.length === 0)
      throw CoreError.invalidField('weekdays', 'the pattern makes no slot between fromDay and toDay');
    const now = this.clock.now();
    const future = runs.filter((run) => run.startsAt.getTime() > now.getTime());
    if (future.length === 0)
      throw CoreError.invalidField('fromDay', 'the pattern lies wholly in the past: every run would start before now');
    // Every run of a pattern has the same length, and the last one ends latest: the same rules as a single slot.
    for (const run of future) {
      const problem = runProblem(run, rules, now);
      if (problem)
        throw CoreError.invalidField(problem.rule === 'BEYOND_HORIZON' ? 'toDay' : 'durationHours', problem.message);
    }
    return this.insert(
      input.equipmentId,
      future.map((run) => ({ ...run, openAccess: input.openAccess })),
      rules,
    );
  }

  /** OPEN → BLOCKED (maintenance, calibration), for slots that have not started. */
  async block(actor: Actor, input: SlotIdsInput): Promise<CapacitySlotEntity[]> {
    return this.change(actor, input.slotIds, [SlotStatus.OPEN], async (manager, slots) => {
      await this.slots.setStatus(manager, ids(slots), SlotStatus.BLOCKED, null);
      return slots.map((s) => ({ ...s, status: SlotStatus.BLOCKED, bookingId: null, heldUntil: null }));
    });
  }

  /** BLOCKED → OPEN again, for slots that have not started. */
  async unblock(actor: Actor, input: SlotIdsInput): Promise<CapacitySlotEntity[]> {
    return this.change(actor, input.slotIds, [SlotStatus.BLOCKED], async (manager, slots) => {
      await this.slots.setStatus(manager, ids(slots), SlotStatus.OPEN, null);
      return slots.map((s) => ({ ...s, status: SlotStatus.OPEN }));
    });
  }

  /**
   * Marks OPEN or BLOCKED slots that have not started as open access, or no longer: the same as removing them and
   * publishing them again with the other flag, so the ledger's rule holds (capacity that has begun is frozen).
   */
  async setOpenAccess(actor: Actor, input: SlotOpenAccessInput): Promise<CapacitySlotEntity[]> {
    return this.change(actor, input.slotIds, [SlotStatus.OPEN, SlotStatus.BLOCKED], async (manager, slots) => {
      await this.slots.setOpenAccess(manager, ids(slots), input.openAccess);
      return slots.map((s) => ({ ...s, openAccess: input.openAccess }));
    });
  }

  /**
   * The whole calendar of up to 20 pieces of equipment in a window — free, held, booked and blocked slots as they
   * stand now — for their organization's members and authorities of their region. Equipment the caller may not see
   * does not exist for them (as equipmentById answers), checked for every id before any refusal: seeing a published
   * platform's equipment but not its calendar is FORBIDDEN, as its bookings are.
   */
  async calendar(actor: Actor, args: CapacitySlotsArgs): Promise<CapacitySlotEntity[]> {
    if (args.to.getTime() - args.from.getTime() > MAX_CALENDAR_DAYS * DAY)
      throw CoreError.invalidField('to', `the window may span at most ${MAX_CALENDAR_DAYS} days`);
    const equipment = [];
    for (const equipmentId of args.equipmentIds)
      equipment.push(await this.catalog.visibleEquipment(actor, equipmentId));
    for (const { organizationId, province } of equipment)
      if (!this.access.canReadRegional(actor, organizationId, province))
        this.access.assertCanReadOwn(actor, organizationId);
    const now = this.clock.now();
    const slots = await this.slots.slotsOverlapping(args.equipmentIds, args.from, args.to);
    return slots.map((s) => {
      const status = statusAt(s, now);
      return status === s.status ? s : { ...s, status, bookingId: null, heldUntil: null };
    });
  }

  /**
   * Removes OPEN or BLOCKED slots that have not started from the calendar; their time may be published again. Each is
   * kept as a removal: an obligation period that has begun keeps its hours in a share's base, as it keeps blocked ones.
   */
  async unpublish(actor: Actor, input: SlotIdsInput): Promise<CapacitySlotEntity[]> {
    return this.change(actor, input.slotIds, [SlotStatus.OPEN, SlotStatus.BLOCKED], async (manager, slots) => {
      await this.slots.removeByIds(manager, ids(slots), this.clock.now());
      return slots;
    });
  }

  /** Changes only the rules given; a rule never set keeps its default. `maxRunHours: null` removes the limit. */
  async setRules(actor: Actor, input: BookingRulesInput): Promise<BookingRules & { equipmentId: string }> {
    const equipment = await this.catalog.visibleEquipment(actor, input.equipmentId);
    this.access.assertCanWrite(actor, equipment.organizationId);
    const { equipmentId, ...given } = input;
    const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    return this.transactions.run(async (manager) => {
      // Under the calendar lock: two editors changing different rules at once both keep their change (the merge reads
      // what the other committed), and a slot published meanwhile is checked against the rules that then apply.
      await this.slots.lockCalendar(manager, equipmentId);
      const current = (await this.slots.rulesFor([equipmentId], manager)).get(equipmentId) as BookingRules;
      return this.slots.saveRules(manager, equipmentId, { ...current, ...changes });
    });
  }

  /** Rules of equipment the caller may see: of a published platform, or one of their own (authorities: their region). */
  async rules(actor: Actor | null, equipmentId: string): Promise<BookingRules & { equipmentId: string }> {
    // The same answer as equipmentById gives: an unpublished platform's equipment does not exist for others.
    await this.catalog.visibleEquipment(actor, equipmentId);
    return { equipmentId, ...(await this.slots.rulesFor([equipmentId])).get(equipmentId)! };
  }

  /**
   * Free slots in the window, in time order — OPEN ones and those whose hold has lapsed, which read OPEN — of one
   * equipment or of every equipment an offering uses that its platform shares. Equipment and offerings of an
   * unpublished platform do not exist for those who may not see it (as `bookingRules` and `offering` answer); its
   * operator and authorities see it, with no free slot since nothing of it can be booked.
   */
  async available(actor: Actor | null, args: AvailableSlotsArgs): Promise<CapacitySlotEntity[]> {
    if (!!args.equipmentId === !!args.offeringId)
      throw CoreError.invalidField('equipmentId', 'give either equipmentId or offeringId');
    if (args.to.getTime() - args.from.getTime() > MAX_WINDOW_DAYS * DAY)
      throw CoreError.invalidField('to', `the window may span at most ${MAX_WINDOW_DAYS} days`);
    let equipmentIds: string[];
    if (args.offeringId) {
      // Like the catalog: an archived offering or an unpublished platform is not found by outsiders; those who may see
      // it get no free slots, since a booking on it would be refused (offeringBookable, the claim's rule).
      const offering = await this.catalog.visibleOffering(actor, args.offeringId);
      if (!offeringBookable(offering)) return [];
      equipmentIds = offering.sharedEquipmentIds;
    } else {
      const equipment = await this.catalog.visibleEquipment(actor, args.equipmentId ?? '');
      if (equipment.platformStatus !== PlatformStatus.PUBLISHED || !equipment.shareable) return [];
      equipmentIds = [equipment.equipmentId];
    }
    const now = this.clock.now();
    const [free, rules] = await Promise.all([
      this.slots.findOpenInWindow(equipmentIds, args.from, args.to, now),
      this.slots.rulesFor(equipmentIds),
    ]);
    // Only what can be booked now: a slot inside its equipment's notice, too long or past its horizon is refused.
    return free
      .filter((s) => equipmentRuleProblem(s, ruleOf(rules, s), now) === null)
      .map((s) => ({ ...s, status: statusAt(s, now) }));
  }

  private async writableRules(actor: Actor, equipmentId: string): Promise<BookingRules> {
    const equipment = await this.catalog.visibleEquipment(actor, equipmentId);
    this.access.assertCanWrite(actor, equipment.organizationId);
    return (await this.slots.rulesFor([equipmentId])).get(equipmentId)!;
  }

  /**
   * Inserts validated runs under the equipment's calendar lock: the exclusion constraint refuses overlaps, the
   * buffer check refuses runs closer than the changeover to any other slot of the equipment, new or old.
   */
  private insert(equipmentId: string, runs: Run[], rules: BookingRules): Promise<CapacitySlotEntity[]> {
    return this.transactions.run(async (manager) => {
      await this.slots.lockCalendar(manager, equipmentId);
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
      const tooClose = await this.slots.findBufferViolation(manager, ids(created), rules.bufferMinutes);
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

  /**
   * Locks the slots, checks the caller owns their equipment, that none has started and that each is in one of
   * `allowed` (a lapsed hold counts as OPEN), then applies `apply`.
   */
  private async change(
    actor: Actor,
    slotIds: string[],
    allowed: readonly SlotStatus[],
    apply: (manager: EntityManager, slots: CapacitySlotEntity[]) => Promise<CapacitySlotEntity[]>,
  ): Promise<CapacitySlotEntity[]> {
    return this.transactions.run(async (manager) => {
      const slots = await this.slots.lockByIds(manager, slotIds);
      const equipmentIds = [...new Set(slots.map((s) => s.equipmentId))];
      const owners = await Promise.all(equipmentIds.map((id) => this.catalog.equipmentOwnership(id, manager)));
      // A slot of equipment the caller may not see is missing to it, like an id that does not exist (in the same order).
      const hidden = new Set(owners.filter((owner) => !canSeePlatform(actor, owner)).map((owner) => owner.equipmentId));
      const missing = slotIds.filter((id) => !slots.some((s) => s.id === id && !hidden.has(s.equipmentId)));
      if (missing.length)
        throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing[0]}`, { slotId: missing[0] });
      for (const equipment of owners) this.access.assertCanWrite(actor, equipment.organizationId);
      const now = this.clock.now();
      const started = slots.find((s) => s.startsAt.getTime() <= now.getTime());
      if (started) {
        throw new BookingError(
          BookingErrorCode.ALREADY_STARTED,
          `Slot ${started.id} started at ${started.startsAt.toISOString()}: capacity that has begun is history and stays as published`,
          { slotId: started.id, startedAt: started.startsAt.toISOString() },
        );
      }
      const wrong = slots.find((s) => !allowed.includes(statusAt(s, now)));
      if (wrong) {
        const unblocking = allowed.length === 1 && allowed[0] === SlotStatus.BLOCKED;
        throw new BookingError(
          unblocking ? BookingErrorCode.SLOT_NOT_BLOCKED : BookingErrorCode.SLOT_NOT_OPEN,
          `Slot ${wrong.id} is ${wrong.status}; only ${allowed.join(' or ')} slots can be changed this way`,
          { slotId: wrong.id, currentStatus: wrong.status },
        );
      }
      const changed = await apply(manager, slots);
      await enqueueSearchIndex(this.outbox, manager, { equipmentIds });
      return changed;
    });
  }
}

const ids = (slots: ReadonlyArray<{ id: string }>) => slots.map((s) => s.id);
