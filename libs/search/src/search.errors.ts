import { DomainError, ErrorKind } from '#core';

export enum SearchErrorCode {
  /** The request passed validation but cannot be searched as given (the field is named in details). */
  INVALID_SEARCH = 'INVALID_SEARCH',
  /** A full re-index is already running (in this or another process). */
  REINDEX_IN_PROGRESS = 'REINDEX_IN_PROGRESS',
}

const KINDS: Record<SearchErrorCode, ErrorKind> = {
  INVALID_SEARCH: ErrorKind.BAD_USER_INPUT,
  REINDEX_IN_PROGRESS: ErrorKind.CONFLICT,
};

export class SearchError extends DomainError<SearchErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
