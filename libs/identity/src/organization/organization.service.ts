import { Injectable } from '@nestjs/common';
import { CoreError, isUniqueViolation, TransactionRunner, type Page } from '#core';
import { AccessPolicy } from '../access/access.policy.js';
import { isAuthorityActor, type Actor } from '../access/actor.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import type {
  InviteMemberInput,
  OrganizationFilter,
  ReviewedIdentityInput,
  UpdateOrganizationInput,
} from './dto/organization.input.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import { NotificationService } from '../notification/notification.service.js';
import type { InvitationEntity } from './invitation.entity.js';
import { claimsTakenCreditCode, creditCodeTaken } from './credit-code.js';
import { newInvitationToken } from './invitation-token.js';
import { MEMBER_ROLE_LABELS, MemberRole, OrganizationKind } from '../identity.enums.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';
import { InvitationThrottle } from './invitation.throttle.js';

const INVITATION_DAYS = 14;
/** What a site admin checks when verifying an organization (who it is, where it is registered). */
const VERIFIED_FIELDS = ['name', 'nameEn', 'province', 'creditCode'] as const;

@Injectable()
export class OrganizationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly organizations: OrganizationRepository,
    private readonly access: AccessPolicy,
    private readonly notifications: NotificationService,
    private readonly users: UserRepository,
    private readonly invitationThrottle: InvitationThrottle,
  ) {}

  /** Site admins: every organization, e.g. the GOVERNMENT ones waiting to be verified. */
  list(
    actor: Actor,
    filter: OrganizationFilter,
    page: { first: number; after?: string },
  ): Promise<Page<OrganizationEntity>> {
    this.access.assertSiteAdmin(actor);
    return this.organizations.page(filter, page);
  }

  /** OWNER and ADMIN: the members of their organization (an authority picks its experts for a round here). */
  async members(actor: Actor, role: MemberRole | undefined): Promise<UserEntity[]> {
    if (!actor.organizationId) throw new IdentityError(IdentityErrorCode.NOT_A_MEMBER, 'You belong to no organization');
    this.access.assertCanWrite(actor, actor.organizationId);
    return this.users.membersOf(actor.organizationId, role);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${id}`);
    return organization;
  }

  /**
   * OWNER and ADMIN members change their organization; site admins any organization. What a site admin verified (the
   * names, the province, the credit code) is locked for members once verified, as a registry records a change of
   * name only when it has checked it: a member who could rename a verified organization would carry its verification
   * (and an authority its standing) over to a name nobody checked. A site admin's change is the re-verification. The
   * jurisdiction of an authority (`authorityRegion`) never follows these fields: only `verify` grants one.
   */
  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    await this.get(input.id);
    if (!actor.siteAdmin) this.access.assertCanWrite(actor, input.id);
    const { id, ...changes } = input;
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    return this.transactions.run(async (manager) => {
      const current = await this.organizations.lockById(manager, id);
      if (!current) throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${id}`);
      const locked = VERIFIED_FIELDS.filter((field) => field in sent && sent[field] !== current[field]);
      if (current.verified && !actor.siteAdmin && locked.length)
        throw new IdentityError(
          IdentityErrorCode.VERIFIED_IDENTITY_LOCKED,
          `A site admin verified this organization's ${locked.join(', ')}; ask a site admin to make the change, which re-verifies it`,
          {
            fields: locked.map((field) => ({
              field,
              message: `${field} of a verified organization is changed by a site admin only (it re-verifies it)`,
            })),
          },
        );
      if (input.creditCode && (await this.organizations.creditCodeTaken(manager, input.creditCode, id)))
        throw creditCodeTaken('creditCode');
      return this.organizations.update(manager, id, sent).catch((error: unknown) => {
        if (claimsTakenCreditCode(error)) throw creditCodeTaken('creditCode');
        throw error;
      });
    });
  }

  /**
   * Site admins verify organizations; a verified GOVERNMENT organization holds authority rights over the jurisdiction
   * the admin grants (`grantedJurisdiction`).
   */
  async verify(
    actor: Actor,
    id: string,
    jurisdiction?: string,
    reviewed?: ReviewedIdentityInput,
  ): Promise<OrganizationEntity> {
    this.access.assertSiteAdmin(actor);
    return this.transactions.run(async (manager) => {
      // Under the row lock a member's updateOrganization takes too: what is compared is what gets verified.
      const organization = await this.organizations.lockById(manager, id);
      if (!organization) throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${id}`);
      if (reviewed) assertAsReviewed(organization, reviewed);
      const authorityRegion = grantedJurisdiction(organization, jurisdiction);
      return this.organizations.update(manager, id, {
        verified: true,
        ...(authorityRegion ? { authorityRegion } : {}),
      });
    });
  }

  /**
   * Invites an address and e-mails it a code (through the outbox, in the same transaction); registering with the
   * code proves the mailbox is the invitee's. Inviting a pending address again sends a new code. Only an OWNER may
   * make another OWNER.
   */
  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationEntity> {
    if (!actor.organizationId)
      throw new IdentityError(IdentityErrorCode.NOT_A_MEMBER, 'You belong to no organization to invite into');
    const organizationId = actor.organizationId;
    this.access.assertCanWrite(actor, organizationId);
    if (input.role === MemberRole.OWNER && actor.role !== MemberRole.OWNER) {
      throw new IdentityError(IdentityErrorCode.ROLE_CANNOT_GRANT, 'Only an OWNER may invite another OWNER', {
        fields: [{ field: 'role', message: 'role OWNER may be given by an OWNER only' }],
      });
    }
    if (input.role === MemberRole.EXPERT && !isAuthorityActor(actor)) {
      throw new IdentityError(
        IdentityErrorCode.ROLE_CANNOT_GRANT,
        'Only verified authorities invite evaluation experts',
        { fields: [{ field: 'role', message: 'role EXPERT may be given by a verified authority only' }] },
      );
    }
    // An invitation to someone already in the organization could never be accepted (the address has its account).
    // Only this organization's own members are named so: whether an address has an account elsewhere stays untold.
    const existingUser = await this.users.findByEmail(input.email);
    if (existingUser?.organizationId === organizationId)
      throw new IdentityError(
        IdentityErrorCode.ALREADY_A_MEMBER,
        'This address is already a member of your organization',
        {
          fields: [{ field: 'email', message: 'email is already a member of your organization' }],
        },
      );
    // Two invitations of one address racing: the unique index lets one insert; the other renews it on a second try.
    return this.sendInvitation(actor, organizationId, input).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      return this.sendInvitation(actor, organizationId, input);
    });
  }

  private sendInvitation(actor: Actor, organizationId: string, input: InviteMemberInput): Promise<InvitationEntity> {
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    return this.transactions.run(async (manager) => {
      const organization = await this.organizations.findById(organizationId, manager);
      if (!organization)
        throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${organizationId}`);
      await this.invitationThrottle.admit(manager, organizationId, input.email);
      const existing = await this.organizations.findPendingInvitation(manager, organizationId, input.email);
      const changes = { role: input.role, tokenHash, expiresAt, invitedBy: actor.userId };
      const invitation = existing
        ? await this.organizations.renewInvitation(manager, existing.id, changes)
        : await this.organizations.createInvitation(manager, { organizationId, email: input.email, ...changes });
      const role = MEMBER_ROLE_LABELS[input.role];
      await this.notifications.email(manager, {
        key: `invitation:${invitation.id}`,
        to: input.email,
        subject: `邀请加入 ${organization.name} / Invitation to join ${organization.nameEn ?? organization.name}`,
        text: [
          `您被邀请以${role.zh}身份加入 PilotMatch 上的 ${organization.name}。`,
          `You are invited to join ${organization.nameEn ?? organization.name} on PilotMatch as ${role.en}.`,
          '',
          `organizationId: ${organizationId}`,
          `invitationToken: ${token}`,
          '',
          `注册时填写以上两项（${INVITATION_DAYS} 天内有效）。 Register with both within ${INVITATION_DAYS} days.`,
        ].join('\n'),
      });
      return invitation;
    });
  }

  isAuthority(organization: OrganizationEntity): boolean {
    return organization.kind === OrganizationKind.GOVERNMENT && organization.verified;
  }
}

/** CONFLICT naming each verified field whose value is no longer the one the site admin reviewed. */
function assertAsReviewed(organization: OrganizationEntity, reviewed: ReviewedIdentityInput): void {
  const changed = VERIFIED_FIELDS.filter((field) => (reviewed[field] ?? null) !== (organization[field] ?? null));
  if (!changed.length) return;
  throw new IdentityError(
    IdentityErrorCode.REVIEWED_IDENTITY_CHANGED,
    `${organization.name} changed its ${changed.join(', ')} since you reviewed it: review it again before verifying`,
    {
      fields: changed.map((field) => ({
        field: `reviewed.${field}`,
        message: `${field} is now ${JSON.stringify(organization[field] ?? null)}, not what you reviewed`,
      })),
    },
  );
}

/**
 * A jurisdiction is granted, never taken by signing up: what a GOVERNMENT organization asked for is granted without a
 * word only when it is the province it is in; anything else (a claim to be the national authority) is granted only
 * when the site admin names it, and the refusal tells the admin what was asked for.
 */
function grantedJurisdiction(organization: OrganizationEntity, jurisdiction: string | undefined): string | null {
  if (organization.kind !== OrganizationKind.GOVERNMENT) {
    if (jurisdiction !== undefined)
      throw CoreError.invalidField('jurisdiction', 'jurisdiction is for GOVERNMENT organizations only');
    return null;
  }
  if (jurisdiction !== undefined) return jurisdiction;
  if (organization.authorityRegion === organization.province) return organization.province;
  throw CoreError.invalidField(
    'jurisdiction',
    `${organization.name} asks for ${organization.authorityRegion ?? 'no'} jurisdiction but is in province ` +
      `${organization.province}: name the jurisdiction you grant (NATIONAL or a province code)`,
  );
}
