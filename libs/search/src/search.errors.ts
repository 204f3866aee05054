import { DomainError, ErrorKind } from '#core';

export enum SearchErrorCode {
  /** The request passed validation but cannot be searched as given (the field is named in details). */
  INVALID_SEARCH = 'INVALID_SEARCH',
  /** A full re-index is already running (in this or another process). */
  REINDEX_IN_PROGRESS = 'REINDEX_IN_PROGRESS',
  /** A full re-index was not swapped in: a transaction kept the live search tables past the statement timeout. */
  REINDEX_BLOCKED = 'REINDEX_BLOCKED',
  /** The search engine did not answer in time, or not at all (a hung or stopped Meilisearch). */
  ENGINE_UNAVAILABLE = 'ENGINE_UNAVAILABLE',
  /**
   * The search engine refused or abandoned work it had accepted (a Meilisearch task failed or was canceled: a document
   * write, the settings, a swap); the details name the task. Writes are retried by the outbox.
   */
  ENGINE_TASK_FAILED = 'ENGINE_TASK_FAILED',
}

const KINDS: Record<SearchErrorCode, ErrorKind> = {
  INVALID_SEARCH: ErrorKind.BAD_USER_INPUT,
  REINDEX_IN_PROGRESS: ErrorKind.CONFLICT,
  REINDEX_BLOCKED: ErrorKind.SERVICE_UNAVAILABLE,
  ENGINE_UNAVAILABLE: ErrorKind.SERVICE_UNAVAILABLE,
  ENGINE_TASK_FAILED: ErrorKind.SERVICE_UNAVAILABLE,
};

export class SearchError extends DomainError<SearchErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
