import { DomainError, ErrorKind } from '#core';

export enum CatalogErrorCode {
  PLATFORM_NOT_FOUND = 'PLATFORM_NOT_FOUND',
  EQUIPMENT_NOT_FOUND = 'EQUIPMENT_NOT_FOUND',
  OFFERING_NOT_FOUND = 'OFFERING_NOT_FOUND',
  ILLEGAL_PLATFORM_TRANSITION = 'ILLEGAL_PLATFORM_TRANSITION',
  OFFERING_ARCHIVED = 'OFFERING_ARCHIVED',
  INVALID_OFFERING = 'INVALID_OFFERING',
  /** A field settled when the platform left DRAFT (province, construction mode) was asked to change. */
  PLATFORM_FIELD_FIXED = 'PLATFORM_FIELD_FIXED',
  /** The operator asked to publish a platform a site admin suspended (moderation). */
  SUSPENDED_BY_SITE_ADMIN = 'SUSPENDED_BY_SITE_ADMIN',
}

const KINDS: Record<CatalogErrorCode, ErrorKind> = {
  PLATFORM_NOT_FOUND: ErrorKind.NOT_FOUND,
  EQUIPMENT_NOT_FOUND: ErrorKind.NOT_FOUND,
  OFFERING_NOT_FOUND: ErrorKind.NOT_FOUND,
  ILLEGAL_PLATFORM_TRANSITION: ErrorKind.CONFLICT,
  OFFERING_ARCHIVED: ErrorKind.CONFLICT,
  INVALID_OFFERING: ErrorKind.BAD_USER_INPUT,
  PLATFORM_FIELD_FIXED: ErrorKind.CONFLICT,
  SUSPENDED_BY_SITE_ADMIN: ErrorKind.FORBIDDEN,
};

export class CatalogError extends DomainError<CatalogErrorCode> {
  get kind(): ErrorKind {
    return KINDS[this.code];
  }
}

/** What an id that does not exist — or names something the caller may not see — is answered with. */
export const platformNotFound = (id: string) =>
  new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${id}`);
export const equipmentNotFound = (id: string) =>
  new CatalogError(CatalogErrorCode.EQUIPMENT_NOT_FOUND, `No equipment ${id}`);
export const offeringNotFound = (id: string) =>
  new CatalogError(CatalogErrorCode.OFFERING_NOT_FOUND, `No offering ${id}`);
