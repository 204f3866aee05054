import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupByKeys, LoaderRegistry } from '#core';
import type { Actor } from '#identity';
import { toBookingEventModel, toBookingSlotModel } from './booking/booking.mapper.js';
import type { BookingSlotEntity } from './booking/booking-slot.entity.js';
import type { BookingEventModel, BookingSlotModel } from './booking/booking.model.js';
import { BookingRepository } from './booking/booking.repository.js';
import { SlotHolders, type SlotHolderFact } from './slot/slot-holders.js';

/**
 * Booking's per-request batch loaders: a nested field of a page of bookings costs one query whatever the page size.
 * They apply no access rule: the booking the field hangs on was already read under one.
 */
@Injectable()
export class BookingLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly bookings: BookingRepository,
    private readonly holders: SlotHolders,
  ) {}

  /**
   * The booking or proposal behind each holder id of a slot (a calendar shows many slots of few holders), as the
   * request's caller may know it.
   */
  slotHolder(context: object, viewer: Actor | null): DataLoader<string, SlotHolderFact | null> {
    return this.registry.get(context, 'booking.slotHolder', (ids: readonly string[]) =>
      this.holders.resolve(ids, viewer),
    );
  }

  /** The slots of each booking, in time order. */
  slotsOfBooking(context: object): DataLoader<string, BookingSlotModel[]> {
    return this.registry.get(context, 'booking.slotsOfBooking', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.bookings.slotsOfBookings(ids), (s) => s.bookingId).map((slots) =>
        slots.map(toBookingSlotModel),
      ),
    );
  }

  /** Records the slots of a booking just created, so that its `slots` field is answered without a query. */
  primeSlotsOfBooking(context: object, bookingId: string, slots: readonly BookingSlotEntity[]): void {
    const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    this.slotsOfBooking(context).prime(bookingId, ordered.map(toBookingSlotModel));
  }

  /** The history of each booking, oldest first. */
  eventsOfBooking(context: object): DataLoader<string, BookingEventModel[]> {
    return this.registry.get(context, 'booking.eventsOfBooking', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.bookings.eventsOf(ids), (e) => e.bookingId).map((events) =>
        events.map(toBookingEventModel),
      ),
    );
  }
}
