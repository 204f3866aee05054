import { DomainError, ErrorKind } from '#core';

export enum EvaluationErrorCode {
  PLATFORM_NOT_FOUND = 'PLATFORM_NOT_FOUND',
  PLATFORM_NOT_PUBLISHED = 'PLATFORM_NOT_PUBLISHED',
  ROUND_NOT_FOUND = 'ROUND_NOT_FOUND',
  ILLEGAL_LEVEL_STEP = 'ILLEGAL_LEVEL_STEP',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_ASSIGNED = 'NOT_ASSIGNED',
  ROUND_CLOSED = 'ROUND_CLOSED',
  ROUND_NOT_CLOSED = 'ROUND_NOT_CLOSED',
  UNSCORED_PLATFORMS = 'UNSCORED_PLATFORMS',
}

const KINDS: Record<EvaluationErrorCode, ErrorKind> = {
  PLATFORM_NOT_FOUND: ErrorKind.NOT_FOUND,
  PLATFORM_NOT_PUBLISHED: ErrorKind.CONFLICT,
  ROUND_NOT_FOUND: ErrorKind.NOT_FOUND,
  ILLEGAL_LEVEL_STEP: ErrorKind.CONFLICT,
  NOT_ALLOWED: ErrorKind.FORBIDDEN,
  NOT_ASSIGNED: ErrorKind.FORBIDDEN,
  ROUND_CLOSED: ErrorKind.CONFLICT,
  ROUND_NOT_CLOSED: ErrorKind.CONFLICT,
  UNSCORED_PLATFORMS: ErrorKind.CONFLICT,
};

export class EvaluationError extends DomainError<EvaluationErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}

/** A round that does not exist, or that the caller may not see (`RoundQueryService.assertVisible`). */
export const roundNotFound = (id: string) =>
  new EvaluationError(EvaluationErrorCode.ROUND_NOT_FOUND, `No evaluation round ${id}`);
