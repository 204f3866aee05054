import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '#core';
import type { Actor } from '../access/actor.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { MemberRole, OrganizationKind } from '../identity.enums.js';
import { UserRepository } from '../user/user.repository.js';

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync({ sub: userId }, { expiresIn: this.config.auth.tokenTtlSeconds });
    return { token, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /** The token's user as it is now (role and verification are read fresh, never trusted from the token). */
  async actorFor(token: string): Promise<Actor> {
    let userId: unknown;
    try {
      userId = (await this.jwt.verifyAsync<{ sub?: unknown }>(token)).sub;
    } catch {
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token is invalid or expired; sign in again');
    }
    // A correctly signed token with a foreign subject (another system's secret reuse, an old format) is not ours.
    if (typeof userId !== 'string' || !isUUID(userId))
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token names no user; sign in again');
    return this.actorOfUser(userId);
  }

  /** The user as an actor, read fresh (also for signed download links, which name the user who asked for them). */
  async actorOfUser(userId: string): Promise<Actor> {
    const row = await this.users.findActorRow(userId);
    if (!row)
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token belongs to no user; sign in again');
    return {
      userId: row.id,
      email: row.email,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      role: row.role,
      siteAdmin: row.site_admin,
      // Experts an authority invited score what they are assigned; they hold none of the authority's rights.
      authorityRegion:
        row.kind === OrganizationKind.GOVERNMENT && row.verified && row.role !== MemberRole.EXPERT
          ? row.authority_region
          : null,
    };
  }
}
