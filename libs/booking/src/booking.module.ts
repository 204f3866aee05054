import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillingModule } from '#billing';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { BookingEventEntity } from './booking/booking-event.entity.js';
import { BookingLifecycleService } from './booking/booking-lifecycle.service.js';
import { BookingQueryService } from './booking/booking-query.service.js';
import { BookingSlotEntity } from './booking/booking-slot.entity.js';
import { BookingEntity } from './booking/booking.entity.js';
import { BookingJobs } from './booking/booking.jobs.js';
import { BookingRepository } from './booking/booking.repository.js';
import { BookingResolver } from './booking/booking.resolver.js';
import { OpenAccessEligibility } from './booking/open-access.eligibility.js';
import { SlotClaimRepository } from './booking/slot-claim.repository.js';
import { SlotClaimService } from './booking/slot-claim.service.js';
import { BookingLoaders } from './booking.loaders.js';
import { BookingService } from './booking.service.js';
import { CapacitySlotEntity } from './slot/capacity-slot.entity.js';
import { EquipmentBookingRulesEntity } from './slot/equipment-booking-rules.entity.js';
import { RemovedSlotEntity } from './slot/removed-slot.entity.js';
import { SlotHolders } from './slot/slot-holders.js';
import { SlotRepository } from './slot/slot.repository.js';
import { SlotHolderResolver, SlotResolver } from './slot/slot.resolver.js';
import { SlotService } from './slot/slot.service.js';

/** Capacity slots and bookings: holds, approvals, no double booking, idempotent requests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CapacitySlotEntity,
      RemovedSlotEntity,
      EquipmentBookingRulesEntity,
      BookingEntity,
      BookingSlotEntity,
      BookingEventEntity,
    ]),
    BillingModule,
    CatalogModule,
    IdentityModule,
  ],
  providers: [
    BookingJobs,
    BookingLifecycleService,
    BookingLoaders,
    BookingQueryService,
    BookingRepository,
    BookingResolver,
    BookingService,
    OpenAccessEligibility,
    SlotClaimRepository,
    SlotClaimService,
    SlotHolders,
    SlotRepository,
    SlotHolderResolver,
    SlotResolver,
    SlotService,
  ],
  exports: [BookingLoaders, BookingService],
})
export class BookingModule {}
