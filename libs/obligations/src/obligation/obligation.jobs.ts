import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '#core';
import { ObligationService } from './obligation.service.js';

export const OBLIGATION_ALERTS_JOB = 'obligations.at-risk-alerts';

/** Checked hourly; the alert table makes it once per obligation, period and status, as a daily job would. */
@Injectable()
export class ObligationJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly obligations: ObligationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: OBLIGATION_ALERTS_JOB,
      intervalMs: 3_600_000,
      run: () => this.obligations.alertAtRisk(),
    });
  }
}
