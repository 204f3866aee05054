import { Injectable } from '@nestjs/common';
import type { PlatformOwnership } from '#catalog';
import { AccessPolicy, isAuthorityFor, type Actor } from '#identity';
import { ObligationError, ObligationErrorCode } from '../obligations.errors.js';

export type ObligationSide = 'OPERATOR' | 'AUTHORITY' | 'ADMIN';

/**
 * Who may read, promise and correct a platform's obligation — the one place that decides. Jurisdiction is asked of
 * `hasJurisdiction` only, so finer authority rules (national or provincial, invited experts) change it here.
 */
@Injectable()
export class ObligationPolicy {
  constructor(private readonly access: AccessPolicy) {}

  /** An authority whose region covers the platform. */
  hasJurisdiction(actor: Actor, platform: Pick<PlatformOwnership, 'province'>): boolean {
    return isAuthorityFor(actor, platform.province);
  }

  /** The platform's organization, authorities with jurisdiction and site admins read its obligation and compliance. */
  assertMayRead(actor: Actor, platform: Pick<PlatformOwnership, 'organizationId' | 'province'>): void {
    if (this.access.canReadOwn(actor, platform.organizationId) || this.hasJurisdiction(actor, platform)) return;
    throw new ObligationError(
      ObligationErrorCode.NOT_ALLOWED,
      'Only the platform’s organization, authorities of its region and site admins may see its obligation',
    );
  }

  /** The authorities' regional report: authorities of the province and site admins. */
  assertMayReadRegion(actor: Actor, province: string): void {
    this.access.assertCanReadRegion(actor, province);
  }

  /**
   * Promises for periods to come: the operator (OWNER/ADMIN), an authority with jurisdiction (OWNER/ADMIN), or a
   * site admin.
   */
  promiseSide(actor: Actor, platform: Pick<PlatformOwnership, 'organizationId' | 'province'>): ObligationSide {
    if (actor.organizationId === platform.organizationId) {
      this.access.assertCanWrite(actor, platform.organizationId);
      return 'OPERATOR';
    }
    if (this.hasJurisdiction(actor, platform)) {
      this.access.assertAuthorityActs(actor, platform.province, 'set the obligation of a platform');
      return 'AUTHORITY';
    }
    if (actor.siteAdmin) return 'ADMIN';
    throw new ObligationError(
      ObligationErrorCode.NOT_ALLOWED,
      'Only the platform’s operator or an authority of its region may set its obligation',
    );
  }

  /**
   * An obligation an authority (or a site admin) set is theirs to change: the operator may not replace, weaken or end
   * it by a promise of its own, only promise for periods no such version judges.
   */
  assertMayReplace(side: ObligationSide, replaced: ReadonlyArray<{ setBySide: string; version: number }>): void {
    if (side !== 'OPERATOR') return;
    const imposed = replaced.find((v) => v.setBySide !== 'OPERATOR');
    if (!imposed) return;
    throw new ObligationError(
      ObligationErrorCode.SET_BY_AUTHORITY,
      `Version ${imposed.version} of this obligation was set by ${imposed.setBySide === 'ADMIN' ? 'a site admin' : 'an authority of the region'}: only an authority of the region changes or ends it`,
    );
  }

  /** Periods that have begun are history: only an authority with jurisdiction (OWNER/ADMIN) corrects them. */
  assertMayCorrect(actor: Actor, platform: Pick<PlatformOwnership, 'province'>): ObligationSide {
    if (this.hasJurisdiction(actor, platform)) {
      // Its OWNER and ADMIN act; its other members read (AccessPolicy, the one place authorities are scoped).
      this.access.assertAuthorityActs(actor, platform.province, 'correct periods that have begun');
      return 'AUTHORITY';
    }
    throw new ObligationError(
      ObligationErrorCode.NOT_ALLOWED,
      'Only an authority whose region covers the platform may correct periods that have begun, with a reason',
    );
  }
}
