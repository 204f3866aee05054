export { MatchingModule } from './matching.module.js';
export { MatchingService } from './matching.service.js';
export { MatchingError, MatchingErrorCode } from './matching.errors.js';
export { MatchFactor, PilotRequestKind, PilotRequestStatus, ProposalStatus } from './matching.enums.js';
export { EXPIRE_PROPOSALS_JOB } from './proposal/proposal.jobs.js';
export type { ScoredMatch } from './scoring/match-scorer.js';
export type { ProposalResponseFact } from './proposal/proposal.repository.js';
// Pure ranking metrics, shared by the matching and search evaluations.
export {
  dcg,
  maxPrecisionAtK,
  ndcgAtK,
  precisionAtK,
  RELEVANT_FROM,
  type Judgments,
} from './scoring/ranking-metrics.js';
