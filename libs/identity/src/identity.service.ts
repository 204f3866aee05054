import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DownloadLinks, type SignedLink } from './auth/download-link.js';
import { PasswordHasher } from './auth/password.hasher.js';
import { TokenService } from './auth/token.service.js';
import type { Actor } from './access/actor.js';
import { bearerToken } from './access/auth.guard.js';
import { MemberRole, OrganizationKind } from './identity.enums.js';
import type { OrganizationEntity } from './organization/organization.entity.js';
import { toOrganizationModel } from './organization/organization.mapper.js';
import type { OrganizationModel } from './organization/organization.model.js';
import { OrganizationRepository } from './organization/organization.repository.js';
import { UserRepository, type ActorRow } from './user/user.repository.js';
import { toUserModel } from './user/user.mapper.js';
import type { UserModel } from './user/user.model.js';

export interface NewOrganization {
  name: string;
  nameEn: string | null;
  kind: OrganizationKind;
  isLeadingEnterprise: boolean;
  province: string;
  city: string;
  creditCode: string | null;
  verified: boolean;
  authorityRegion: string | null;
}

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  organizationId: string | null;
  role: MemberRole | null;
  siteAdmin: boolean;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  organizationId: string | null;
  role: MemberRole | null;
}

/** Identity's public API for other contexts: organizations by id, and account creation for seeding. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly downloads: DownloadLinks,
  ) {}

  /** In `ids` order; null where none exists (DataLoader's contract). */
  async organizationsByIds(ids: readonly string[]): Promise<Array<OrganizationModel | null>> {
    const found = new Map((await this.organizations.findByIds(ids)).map((o) => [o.id, toOrganizationModel(o)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async organizationById(id: string): Promise<OrganizationModel | null> {
    const organization = await this.organizations.findById(id);
    return organization ? toOrganizationModel(organization) : null;
  }

  /** Bulk insert with caller-chosen ids (demo data, benchmarks), in chunks. */
  async importOrganizations(manager: EntityManager, rows: Array<NewOrganization & { id: string }>): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) await this.organizations.insertMany(manager, rows.slice(i, i + 1000));
  }

  createOrganization(manager: EntityManager, data: NewOrganization): Promise<OrganizationEntity> {
    return this.organizations.create(manager, data);
  }

  async createUser(manager: EntityManager, data: NewUser): Promise<{ id: string }> {
    const { password, ...rest } = data;
    const user = await this.users.create(manager, {
      ...rest,
      email: rest.email.trim().toLowerCase(),
      passwordHash: await this.hasher.hash(password),
    });
    return { id: user.id };
  }

  /** The actor a bearer token stands for (scripts and benchmarks that act as a user). */
  actorForToken(token: string): Promise<Actor> {
    return this.tokens.actorFor(token);
  }

  /** Whether an `Authorization` header carries a site admin's valid bearer token; never throws (health details). */
  async isSiteAdmin(authorization: string | undefined): Promise<boolean> {
    const token = bearerToken(authorization);
    if (!token) return false;
    return this.tokens.actorFor(token).then(
      (actor) => actor.siteAdmin,
      () => false,
    );
  }

  /** The caller as an actor, read now (a refusal decided on a remembered actor is confirmed with this). */
  actorOfUser(caller: Actor): Promise<Actor> {
    return this.tokens.actorOfUser(caller.userId, caller.sessionVersion);
  }

  /**
   * The caller as a statement of the operation read it (`actorRowSql`): what an `@ActorCheckedInStatement()`
   * operation decides on; TOKEN_INVALID when the user no longer exists or the caller's session has ended since.
   */
  actorFromRow(caller: Actor, row: ActorRow | null): Actor {
    return this.tokens.actorFromRow(caller.userId, row, caller.sessionVersion);
  }

  /** A link to `path` with `params` that works for this actor only, for a few minutes (XLSX downloads). */
  signDownloadLink(actor: Actor, path: string, params: Record<string, string>): SignedLink {
    return this.downloads.sign(actor, path, params);
  }

  /** Who calls a download: the bearer token if sent, else the link's signature (refused when forged or expired). */
  downloadActor(path: string, query: Record<string, unknown>, authorization: string | undefined): Promise<Actor> {
    return this.downloads.actorFor(path, query, authorization);
  }

  /** Users by id, null for an id that names none (an account gone since its token was issued). */
  async userModelsByIds(ids: readonly string[]): Promise<Array<UserModel | null>> {
    const found = new Map((await this.users.findByIds(ids)).map((u) => [u.id, toUserModel(u)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Users by id with their role and organization, for naming experts and deciders. */
  async usersByIds(ids: readonly string[]): Promise<UserSummary[]> {
    return (await this.users.findByIds(ids)).map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      organizationId: u.organizationId,
      role: u.role,
    }));
  }

  async hasAnyOrganization(): Promise<boolean> {
    return (await this.organizations.count()) > 0;
  }
}
