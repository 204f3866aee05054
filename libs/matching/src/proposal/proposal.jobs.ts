import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '#core';
import { ProposalService } from './proposal.service.js';

export const EXPIRE_PROPOSALS_JOB = 'matching.expire-proposals';

@Injectable()
export class ProposalJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly proposals: ProposalService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: EXPIRE_PROPOSALS_JOB, intervalMs: 60_000, run: () => this.proposals.expire() });
  }
}
