export { MatchingModule } from './matching.module.js';
export { MatchService } from './request/match.service.js';
export { PilotRequestService } from './request/pilot-request.service.js';
export { EXPIRE_PROPOSALS_JOB } from './proposal/proposal.jobs.js';
export {
  MATCH_WEIGHTS,
  scoreCandidates,
  type CandidateFacts,
  type RequestFacts,
  type ScoredMatch,
} from './scoring/match-scorer.js';
export {
  dcg,
  maxPrecisionAtK,
  ndcgAtK,
  precisionAtK,
  RELEVANT_FROM,
  type Judgments,
} from './scoring/ranking-metrics.js';
export { MatchFactor, PilotRequestKind, PilotRequestStatus, ProposalStatus } from './matching.enums.js';
