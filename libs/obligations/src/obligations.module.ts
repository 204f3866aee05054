import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { ObligationAlertEntity } from './obligation/obligation-alert.entity.js';
import { ObligationJobs } from './obligation/obligation.jobs.js';
import { ObligationPolicy } from './obligation/obligation.policy.js';
import { ObligationRepository } from './obligation/obligation.repository.js';
import { ObligationResolver } from './obligation/obligation.resolver.js';
import { ObligationService } from './obligation/obligation.service.js';
import { ObligationsService } from './obligations.service.js';
import { OpenAccessObligationEntity } from './obligation/open-access-obligation.entity.js';

/** Open-access obligations of leading enterprises, measured from capacity slots and bookings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OpenAccessObligationEntity, ObligationAlertEntity]),
    IdentityModule,
    CatalogModule,
    BookingModule,
  ],
  providers: [
    ObligationJobs,
    ObligationPolicy,
    ObligationRepository,
    ObligationResolver,
    ObligationService,
    ObligationsService,
  ],
  exports: [ObligationsService],
})
export class ObligationsModule {}
