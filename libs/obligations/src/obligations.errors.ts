import { DomainError, ErrorKind } from '#core';

export enum ObligationErrorCode {
  NO_OBLIGATION = 'NO_OBLIGATION',
  NOT_ALLOWED = 'NOT_ALLOWED',
  SET_BY_AUTHORITY = 'SET_BY_AUTHORITY',
}

const KINDS: Record<ObligationErrorCode, ErrorKind> = {
  NO_OBLIGATION: ErrorKind.NOT_FOUND,
  NOT_ALLOWED: ErrorKind.FORBIDDEN,
  SET_BY_AUTHORITY: ErrorKind.FORBIDDEN,
};

export class ObligationError extends DomainError<ObligationErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
