import { Injectable } from '@nestjs/common';
import { CoreError, isUniqueViolation, TransactionRunner } from '#core';
import type { Actor } from '../access/actor.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { claimsTakenCreditCode, creditCodeTaken } from '../organization/credit-code.js';
import { invitationTokenMatches } from '../organization/invitation-token.js';
import { MemberRole, NATIONAL_REGION, OrganizationKind } from '../identity.enums.js';
import { OrganizationRepository } from '../organization/organization.repository.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import type { LoginInput, RegisterInput } from './dto/auth.input.js';
import { LoginThrottle } from './login.throttle.js';
import { PasswordHasher } from './password.hasher.js';
import { RegistrationThrottle } from './registration.throttle.js';
import { TokenService } from './token.service.js';

export interface Session {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

const LEADING_ENTERPRISE_KINDS: readonly OrganizationKind[] = [OrganizationKind.LARGE_ENTERPRISE, OrganizationKind.SME];

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly registrations: RegistrationThrottle,
  ) {}

  /** `address`: the client's, for the registration throttle. */
  async register(input: RegisterInput, address: string): Promise<Session> {
    if (!!input.organization === !!input.organizationId) {
      throw CoreError.invalidField(
        'organization',
        'give either organization (to create one) or organizationId (to join by invitation), not both or neither',
      );
    }
    if (input.organization?.isLeadingEnterprise && !LEADING_ENTERPRISE_KINDS.includes(input.organization.kind)) {
      throw CoreError.invalidField(
        'organization.isLeadingEnterprise',
        'only LARGE_ENTERPRISE and SME organizations can be leading enterprises',
      );
    }
    if (input.organization?.nationalAuthority && input.organization.kind !== OrganizationKind.GOVERNMENT) {
      throw CoreError.invalidField(
        'organization.nationalAuthority',
        'only GOVERNMENT organizations can be national authorities',
      );
    }
    if (input.organizationId && !input.invitationToken) {
      throw CoreError.invalidField(
        'invitationToken',
        'invitationToken (the code e-mailed with the invitation) is required',
      );
    }
    // Counted before the e-mail address is looked up: the answer "taken" is what an enumerating script wants.
    await this.registrations.admit(address);
    if (await this.users.findByEmail(input.email)) throw this.emailTaken(input.email);
    const passwordHash = await this.hasher.hash(input.password);

    const user = await this.transactions
      .run(async (manager) => {
        let organizationId: string;
        let role: MemberRole;
        if (input.organization) {
          const org = input.organization;
          if (org.creditCode && (await this.organizations.creditCodeTaken(manager, org.creditCode)))
            throw creditCodeTaken('organization.creditCode');
          const created = await this.organizations.create(manager, {
            name: org.name,
            nameEn: org.nameEn ?? null,
            kind: org.kind,
            isLeadingEnterprise: org.isLeadingEnterprise ?? false,
            province: org.province,
            city: org.city,
            creditCode: org.creditCode ?? null,
            // Nobody becomes an authority by signing up: a site admin verifies GOVERNMENT organizations.
            verified: false,
            authorityRegion:
              org.kind === OrganizationKind.GOVERNMENT
                ? org.nationalAuthority
                  ? NATIONAL_REGION
                  : org.province
                : null,
          });
          organizationId = created.id;
          role = MemberRole.OWNER;
        } else {
          organizationId = input.organizationId ?? '';
          if (!(await this.organizations.findById(organizationId, manager))) {
            throw new IdentityError(IdentityErrorCode.ORGANIZATION_NOT_FOUND, `No organization ${organizationId}`);
          }
          const invitation = await this.organizations.findPendingInvitation(manager, organizationId, input.email);
          if (!invitation || !invitationTokenMatches(input.invitationToken ?? '', invitation.tokenHash)) {
            // One answer for "not invited", "expired" and "wrong code": the caller learns nothing about invitations.
            throw new IdentityError(
              IdentityErrorCode.INVITATION_REQUIRED,
              'No pending invitation of this organization matches this e-mail address and invitation code',
              {
                fields: [{ field: 'invitationToken', message: 'invitationToken does not match a pending invitation' }],
              },
            );
          }
          await this.organizations.markInvitationAccepted(manager, invitation.id);
          role = invitation.role;
        }
        return this.users.create(manager, {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          organizationId,
          role,
          siteAdmin: false,
        });
      })
      .catch((error: unknown) => {
        // Two registrations racing for one address or one credit code: the unique index decides.
        if (claimsTakenCreditCode(error)) throw creditCodeTaken('organization.creditCode');
        if (isUniqueViolation(error)) throw this.emailTaken(input.email);
        throw error;
      });
    await this.throttle.signedUp(input.email, address);
    return { ...(await this.tokens.issue(user.id, user.sessionVersion)), user };
  }

  /**
   * Ends every session of the caller's account, on every device: each token issued so far is refused from now on
   * (TOKEN_INVALID), as are download links it signed. One version per user, read by the lookup every request makes
   * anyway: no session table, and no round trip of its own.
   */
  async signOut(actor: Actor): Promise<void> {
    await this.users.endSessions(actor.userId);
    this.tokens.forget(actor.userId);
  }

  async login(input: LoginInput, address: string): Promise<Session> {
    // Counted before the password is checked, atomically: parallel guesses cannot slip past the limit.
    await this.throttle.admit(input.email, address);
    const user = await this.users.findByEmail(input.email);
    if (!(await this.hasher.verify(user?.passwordHash, input.password)) || !user) {
      // The same answer for an unknown e-mail and a wrong password.
      throw new IdentityError(IdentityErrorCode.INVALID_CREDENTIALS, 'E-mail or password is incorrect');
    }
    await this.throttle.succeeded(input.email, address);
    return { ...(await this.tokens.issue(user.id, user.sessionVersion)), user };
  }

  private emailTaken(email: string): IdentityError {
    return new IdentityError(IdentityErrorCode.EMAIL_TAKEN, `An account with e-mail ${email} already exists`, {
      fields: [{ field: 'email', message: 'email is already registered' }],
    });
  }
}
