import { DomainError, ErrorKind } from '#core';

export enum BillingErrorCode {
  CHARGE_NOT_FOUND = 'CHARGE_NOT_FOUND',
  /** An issued charge is never changed: only credited. */
  CHARGE_IMMUTABLE = 'CHARGE_IMMUTABLE',
  PROGRAMME_NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  VOUCHER_NOT_ELIGIBLE = 'VOUCHER_NOT_ELIGIBLE',
  VOUCHER_CAP_REACHED = 'VOUCHER_CAP_REACHED',
  VOUCHER_BUDGET_EXHAUSTED = 'VOUCHER_BUDGET_EXHAUSTED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** A credit's idempotencyKey sent again for another amount or reason. */
  CREDIT_KEY_REUSED = 'CREDIT_KEY_REUSED',
}

const KINDS: Record<BillingErrorCode, ErrorKind> = {
  CHARGE_NOT_FOUND: ErrorKind.NOT_FOUND,
  CHARGE_IMMUTABLE: ErrorKind.CONFLICT,
  PROGRAMME_NOT_FOUND: ErrorKind.NOT_FOUND,
  VOUCHER_NOT_ELIGIBLE: ErrorKind.BAD_USER_INPUT,
  VOUCHER_CAP_REACHED: ErrorKind.CONFLICT,
  VOUCHER_BUDGET_EXHAUSTED: ErrorKind.CONFLICT,
  NOT_ALLOWED: ErrorKind.FORBIDDEN,
  CREDIT_KEY_REUSED: ErrorKind.CONFLICT,
};

/** Errors of billing: quotes, charges and innovation vouchers. */
export class BillingError extends DomainError<BillingErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}
