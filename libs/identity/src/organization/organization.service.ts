import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '#core';
import { AccessPolicy } from '../access/access.policy.js';
import type { Actor } from '../access/actor.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import type { InviteMemberInput, UpdateOrganizationInput } from './dto/organization.input.js';
import type { InvitationEntity } from './invitation.entity.js';
import { OrganizationKind } from '../identity.enums.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

const INVITATION_DAYS = 14;

@Injectable()
export class OrganizationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly organizations: OrganizationRepository,
    private readonly access: AccessPolicy,
  ) {}

  async get(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${id}`);
    return organization;
  }

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    await this.get(input.id);
    this.access.assertCanWrite(actor, input.id);
    return this.transactions.run(async (manager) => {
      if (input.creditCode && (await this.organizations.creditCodeTaken(manager, input.creditCode, input.id))) {
        throw new IdentityError(
          IdentityErrorCode.CREDIT_CODE_TAKEN,
          'An organization with this unified social credit code is already registered',
          {
            fields: [{ field: 'creditCode', message: 'creditCode is already registered' }],
          },
        );
      }
      const { id, ...changes } = input;
      return this.organizations.update(
        manager,
        id,
        Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      );
    });
  }

  /** Site admins verify organizations; a verified GOVERNMENT organization holds authority rights over its region. */
  async verify(actor: Actor, id: string): Promise<OrganizationEntity> {
    this.access.assertSiteAdmin(actor);
    await this.get(id);
    return this.transactions.run((manager) => this.organizations.update(manager, id, { verified: true }));
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<InvitationEntity> {
    if (!actor.organizationId)
      throw new IdentityError(IdentityErrorCode.NOT_A_MEMBER, 'You belong to no organization to invite into');
    const organizationId = actor.organizationId;
    this.access.assertCanWrite(actor, organizationId);
    return this.transactions.run(async (manager) => {
      const existing = await this.organizations.findPendingInvitation(manager, organizationId, input.email);
      if (existing) return existing;
      return this.organizations.createInvitation(manager, {
        organizationId,
        email: input.email,
        role: input.role,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      });
    });
  }

  isAuthority(organization: OrganizationEntity): boolean {
    return organization.kind === OrganizationKind.GOVERNMENT && organization.verified;
  }
}
