import type { ValidationOptions } from 'class-validator';
import { IsIn } from 'class-validator';
import { PROVINCE_CODES } from '#core';
import { NATIONAL_REGION } from '../identity.enums.js';

/** What an authority's jurisdiction, an evaluation round or a dashboard covers: NATIONAL or a province code. */
export const AUTHORITY_SCOPES: readonly string[] = [NATIONAL_REGION, ...PROVINCE_CODES];

export const IsAuthorityScope = (options?: ValidationOptions) =>
  IsIn([...AUTHORITY_SCOPES], {
    message: '$property must be NATIONAL or a GB/T 2260 province code such as 32',
    ...options,
  });
