import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingService } from './booking.service.js';
import { CapacitySlotEntity } from './slot/capacity-slot.entity.js';
import { SlotRepository } from './slot/slot.repository.js';

/** Capacity slots and bookings: holds, approvals, no double booking, idempotent requests. */
@Module({
  imports: [TypeOrmModule.forFeature([CapacitySlotEntity])],
  providers: [BookingService, SlotRepository],
  exports: [BookingService],
})
export class BookingModule {}
