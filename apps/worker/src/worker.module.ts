import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '#core';
import { SearchModule } from '#search';

/** The worker assembles the same context modules as the API, without HTTP: their jobs and outbox handlers run here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot({ ...config, runJobsInProcess: true }), SearchModule],
    };
  }
}
