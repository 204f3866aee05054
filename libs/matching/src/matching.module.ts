import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { SearchModule } from '#search';
import { MatchingService } from './matching.service.js';
import { ProposalEntity } from './proposal/proposal.entity.js';
import { ProposalJobs } from './proposal/proposal.jobs.js';
import { ProposalRepository } from './proposal/proposal.repository.js';
import { ProposalResolver } from './proposal/proposal.resolver.js';
import { ProposalService } from './proposal/proposal.service.js';
import { MatchCandidateSearch } from './request/match-candidate.search.js';
import { MatchService } from './request/match.service.js';
import { PilotRequestShareEntity } from './request/pilot-request-share.entity.js';
import { PilotRequestEntity } from './request/pilot-request.entity.js';
import { PilotRequestRepository } from './request/pilot-request.repository.js';
import { PilotRequestResolver } from './request/pilot-request.resolver.js';
import { PilotRequestService } from './request/pilot-request.service.js';

/** Pilot requests, ranked matches and proposals that hold capacity. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PilotRequestEntity, PilotRequestShareEntity, ProposalEntity]),
    IdentityModule,
    CatalogModule,
    BookingModule,
    SearchModule,
  ],
  providers: [
    MatchCandidateSearch,
    MatchingService,
    MatchService,
    PilotRequestRepository,
    PilotRequestResolver,
    PilotRequestService,
    ProposalJobs,
    ProposalRepository,
    ProposalResolver,
    ProposalService,
  ],
  exports: [MatchingService],
})
export class MatchingModule {}
