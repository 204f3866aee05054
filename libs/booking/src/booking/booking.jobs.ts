import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '#core';
import { BookingLifecycleService } from './booking-lifecycle.service.js';

export const EXPIRE_HOLDS_JOB = 'booking.expire-holds';

@Injectable()
export class BookingJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly lifecycle: BookingLifecycleService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: EXPIRE_HOLDS_JOB, intervalMs: 60_000, run: () => this.lifecycle.expireHolds() });
  }
}
