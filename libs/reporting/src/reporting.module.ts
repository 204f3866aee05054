import { Module } from '@nestjs/common';
import { BillingModule } from '#billing';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { ObligationsModule } from '#obligations';
import { DashboardResolver } from './dashboard/dashboard.resolver.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { ReportingService } from './reporting.service.js';
import { ServiceFiguresResolver } from './service-figures/service-figures.resolver.js';
import { ServiceFiguresService } from './service-figures/service-figures.service.js';

/** Service results computed from the service records, and authorities' dashboards. Reads only: no tables of its own. */
@Module({
  imports: [IdentityModule, CatalogModule, BookingModule, BillingModule, ObligationsModule, MatchingModule],
  providers: [DashboardResolver, DashboardService, ReportingService, ServiceFiguresResolver, ServiceFiguresService],
  exports: [ReportingService],
})
export class ReportingModule {}
