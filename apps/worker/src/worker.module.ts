import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '#core';
import { BillingModule } from '#billing';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { EvaluationModule } from '#evaluation';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { ObligationsModule } from '#obligations';
import { ReportingModule } from '#reporting';
import { SearchModule } from '#search';

/**
 * The worker assembles the same context modules as the API, without HTTP: their jobs (hold and proposal expiry,
 * obligation alerts, outbox drain) and outbox handlers (search indexing, e-mail) run here.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ ...config, runJobsInProcess: true, seedDemo: false }),
        IdentityModule,
        CatalogModule,
        BookingModule,
        BillingModule,
        ObligationsModule,
        MatchingModule,
        ReportingModule,
        EvaluationModule,
        SearchModule,
      ],
    };
  }
}
