import { Injectable } from '@nestjs/common';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { AuthorityTier, MemberRole, OrganizationKind, ORGANIZATION_KIND_LABELS } from '../identity.enums.js';
import { covers, isAuthorityFor, jurisdictionOf, type Actor, type Jurisdiction } from './actor.js';

const WRITE_ROLES: ReadonlySet<MemberRole> = new Set([MemberRole.OWNER, MemberRole.ADMIN]);

/**
 * The access rules, in one place. Organizations change only their own data, and only through OWNER or ADMIN
 * members; members read. Authorities read their region; site admins read everything. Services call these
 * before touching data; they throw FORBIDDEN with the reason.
 *
 * Authorities are scoped here and nowhere else: a verified GOVERNMENT organization has a jurisdiction, NATIONAL or
 * one province (`jurisdictionOf`); it acts (`assertAuthorityActs`) only inside it, national authorities everywhere,
 * through its OWNER and ADMIN members; its other members read (`assertCanReadRegion`). EXPERT members hold no
 * authority rights at all: what they may score is decided by the evaluations that assign them.
 */
@Injectable()
export class AccessPolicy {
  /** The caller may change data owned by `ownerOrganizationId`. */
  assertCanWrite(actor: Actor, ownerOrganizationId: string): void {
    // A caller without an organization (a site admin) owns nothing: refused as FORBIDDEN, not as a bug.
    if (!actor.organizationId) {
      throw new IdentityError(
        IdentityErrorCode.NOT_A_MEMBER,
        'You belong to no organization, so you cannot change this',
      );
    }
    if (!ownerOrganizationId) throw new Error('assertCanWrite needs the owning organization id');
    if (actor.organizationId !== ownerOrganizationId) {
      throw new IdentityError(
        IdentityErrorCode.NOT_A_MEMBER,
        'Only members of the organization that owns this may change it',
      );
    }
    if (!actor.role || !WRITE_ROLES.has(actor.role)) {
      throw new IdentityError(
        IdentityErrorCode.ROLE_CANNOT_WRITE,
        `Your role ${actor.role ?? 'none'} may read but not change this; an OWNER or ADMIN can`,
      );
    }
  }

  /** The caller's own organization, which the caller may change (OWNER or ADMIN): what it creates belongs to it. */
  writableOwnOrganization(actor: Actor): string {
    this.assertCanWrite(actor, actor.organizationId ?? '');
    return actor.organizationId as string;
  }

  /** The caller belongs to `organizationId` (any role) or is a site admin. */
  canReadOwn(actor: Actor, organizationId: string): boolean {
    return actor.siteAdmin || actor.organizationId === organizationId;
  }

  assertCanReadOwn(actor: Actor, organizationId: string): void {
    if (!this.canReadOwn(actor, organizationId)) {
      throw new IdentityError(IdentityErrorCode.NOT_A_MEMBER, 'Only members of the owning organization may see this');
    }
  }

  /** Data of an organization that authorities of its region may read (platforms, booking summaries, compliance). */
  canReadRegional(actor: Actor, organizationId: string, province: string): boolean {
    return this.canReadOwn(actor, organizationId) || isAuthorityFor(actor, province);
  }

  assertCanReadRegion(actor: Actor, province: string): void {
    if (actor.siteAdmin || isAuthorityFor(actor, province)) return;
    throw new IdentityError(
      IdentityErrorCode.OUTSIDE_AUTHORITY_REGION,
      actor.authorityRegion
        ? `Your authority covers region ${actor.authorityRegion}, not ${province}`
        : 'Only verified authorities of this region and site admins may see this',
    );
  }

  /** The caller's jurisdiction as an authority (null for everyone else, experts included). */
  jurisdictionOf(actor: Actor): Jurisdiction | null {
    return jurisdictionOf(actor);
  }

  /**
   * The caller may act as an authority on `scope` (a province code, or NATIONAL for what concerns the country):
   * an OWNER or ADMIN of a verified authority whose jurisdiction covers it. `tier` narrows who may, for acts that
   * belong to one tier (MIIT admits to its cultivation pool; provinces recommend). `action` explains a refusal.
   */
  assertAuthorityActs(actor: Actor, scope: string, action: string, tier?: AuthorityTier): Jurisdiction {
    const jurisdiction = jurisdictionOf(actor);
    if (!jurisdiction) {
      throw new IdentityError(IdentityErrorCode.NOT_AN_AUTHORITY, `Only verified authorities may ${action}`);
    }
    if (tier && jurisdiction.tier !== tier) {
      throw new IdentityError(
        IdentityErrorCode.AUTHORITY_TIER_REQUIRED,
        `Only ${tier === AuthorityTier.NATIONAL ? 'the national authority' : 'a provincial authority'} may ${action}`,
        { requiredTier: tier },
      );
    }
    if (!covers(jurisdiction, scope)) {
      throw new IdentityError(
        IdentityErrorCode.OUTSIDE_AUTHORITY_REGION,
        `Your authority covers region ${jurisdiction.region}, not ${scope}: you may not ${action}`,
      );
    }
    if (!actor.role || !WRITE_ROLES.has(actor.role)) {
      throw new IdentityError(
        IdentityErrorCode.ROLE_CANNOT_WRITE,
        `Your role ${actor.role ?? 'none'} may read but not ${action}; an OWNER or ADMIN of the authority can`,
      );
    }
    return jurisdiction;
  }

  assertSiteAdmin(actor: Actor): void {
    if (!actor.siteAdmin)
      throw new IdentityError(IdentityErrorCode.SITE_ADMIN_ONLY, 'Only PilotMatch site admins may do this');
  }

  /** The caller's organization is of one of `kinds`; `action` explains the refusal (e.g. "post pilot requests"). */
  assertOrganizationKind(actor: Actor, kinds: readonly OrganizationKind[], action: string): void {
    if (actor.organizationKind && kinds.includes(actor.organizationKind)) return;
    const allowed = kinds.map((k) => ORGANIZATION_KIND_LABELS[k].en).join(', ');
    throw new IdentityError(
      IdentityErrorCode.ORGANIZATION_KIND_NOT_ALLOWED,
      `Only organizations of kind ${allowed} may ${action}`,
    );
  }
}
