import { DomainError, ErrorKind } from '#core';

export enum ReportingErrorCode {
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const KINDS: Record<ReportingErrorCode, ErrorKind> = {
  NOT_ALLOWED: ErrorKind.FORBIDDEN,
};

export class ReportingError extends DomainError<ReportingErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
