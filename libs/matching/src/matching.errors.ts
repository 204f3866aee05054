import { DomainError, ErrorKind } from '#core';

export enum MatchingErrorCode {
  REQUEST_NOT_FOUND = 'REQUEST_NOT_FOUND',
  PROPOSAL_NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  REQUEST_NOT_OPEN = 'REQUEST_NOT_OPEN',
  ILLEGAL_PROPOSAL_TRANSITION = 'ILLEGAL_PROPOSAL_TRANSITION',
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** A proposal's idempotencyKey sent again by its author for another proposal. */
  PROPOSAL_KEY_REUSED = 'PROPOSAL_KEY_REUSED',
}

const KINDS: Record<MatchingErrorCode, ErrorKind> = {
  REQUEST_NOT_FOUND: ErrorKind.NOT_FOUND,
  PROPOSAL_NOT_FOUND: ErrorKind.NOT_FOUND,
  REQUEST_NOT_OPEN: ErrorKind.CONFLICT,
  ILLEGAL_PROPOSAL_TRANSITION: ErrorKind.CONFLICT,
  NOT_ALLOWED: ErrorKind.FORBIDDEN,
  PROPOSAL_KEY_REUSED: ErrorKind.CONFLICT,
};

export class MatchingError extends DomainError<MatchingErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
