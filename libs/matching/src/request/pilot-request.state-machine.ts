import { StateMachine } from '#core';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { PilotRequestStatus } from '../matching.enums.js';

export type PilotRequestAction = 'close';

/**
 * The requester closes a request, matched or not. (An accepted proposal marks it MATCHED.) Closing a MATCHED request
 * records that the need is met or dropped; its booking is the booking's own business (cancelled there, if at all).
 */
export const PILOT_REQUEST_LIFECYCLE = new StateMachine<PilotRequestStatus, PilotRequestAction, MatchingErrorCode>(
  'pilot request',
  { close: { from: [PilotRequestStatus.OPEN, PilotRequestStatus.MATCHED], to: PilotRequestStatus.CLOSED } },
  MatchingError,
  MatchingErrorCode.REQUEST_NOT_OPEN,
);
