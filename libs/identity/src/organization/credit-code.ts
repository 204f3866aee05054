import { isUniqueViolation } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';

/** The unique index on organization.credit_code (organization.entity.ts). */
const CREDIT_CODE_INDEX = 'ux_organization_credit_code';

/** An organization already holds this unified social credit code; `field` names where the caller sent it. */
export const creditCodeTaken = (field: string): IdentityError =>
  new IdentityError(
    IdentityErrorCode.CREDIT_CODE_TAKEN,
    'An organization with this unified social credit code is already registered',
    { fields: [{ field, message: 'creditCode is already registered' }] },
  );

/**
 * Two organizations claiming one code at once both pass the check before writing; the unique index lets one write
 * and refuses the other, which is told the code is taken (not an internal error, nor that its e-mail is).
 */
export const claimsTakenCreditCode = (error: unknown): boolean => {
  return isUniqueViolation(error, CREDIT_CODE_INDEX);
};
