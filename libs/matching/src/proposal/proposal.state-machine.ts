import { StateMachine } from '#core';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { ProposalStatus } from '../matching.enums.js';

export type ProposalAction = 'accept' | 'decline' | 'withdraw' | 'expire' | 'supersede';

/**
 * A SUBMITTED proposal ends once: accepted or declined by the requester, withdrawn by the operator, expired, or
 * superseded when the requester accepts another proposal for the same request.
 */
export const PROPOSAL_LIFECYCLE = new StateMachine<ProposalStatus, ProposalAction, MatchingErrorCode>(
  'proposal',
  {
    accept: { from: [ProposalStatus.SUBMITTED], to: ProposalStatus.ACCEPTED },
    decline: { from: [ProposalStatus.SUBMITTED], to: ProposalStatus.DECLINED },
    withdraw: { from: [ProposalStatus.SUBMITTED], to: ProposalStatus.WITHDRAWN },
    expire: { from: [ProposalStatus.SUBMITTED], to: ProposalStatus.EXPIRED },
    supersede: { from: [ProposalStatus.SUBMITTED], to: ProposalStatus.SUPERSEDED },
  },
  MatchingError,
  MatchingErrorCode.ILLEGAL_PROPOSAL_TRANSITION,
);
