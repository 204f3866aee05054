import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { prepared } from '#core';
import { MemberRole, OrganizationKind } from '../identity.enums.js';
import { UserEntity } from './user.entity.js';

export interface ActorRow {
  id: string;
  email: string;
  organization_id: string | null;
  role: MemberRole | null;
  site_admin: boolean;
  kind: OrganizationKind | null;
  verified: boolean | null;
  authority_region: string | null;
  session_version: number;
}

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, data: Omit<UserEntity, 'id' | 'createdAt' | 'sessionVersion'>): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, data));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { email });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(UserEntity, { id: In([...ids]) });
  }

  /** Members of an organization, by name (served by ix_app_user_organization); at most 500. */
  membersOf(organizationId: string, role: MemberRole | undefined): Promise<UserEntity[]> {
    return this.dataSource.manager.find(UserEntity, {
      where: { organizationId, ...(role ? { role } : {}) },
      order: { displayName: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  /** Ends every session of the user: tokens issued before carry an older session version (primary key). */
  async endSessions(userId: string): Promise<void> {
    await this.dataSource.query('UPDATE app_user SET session_version = session_version + 1 WHERE id = $1', [userId]);
  }

  /** One indexed lookup per request: the user with what its organization allows. */
  async findActorRow(userId: string): Promise<ActorRow | undefined> {
    const rows: ActorRow[] = await this.dataSource.query(prepared(`${ACTOR_ROW_SELECT} WHERE u.id = $1`), [userId]);
    return rows[0];
  }
}

const ACTOR_ROW_SELECT = `SELECT u.id, u.email, u.organization_id, u.role, u.site_admin, u.session_version, o.kind, o.verified,
              o.authority_region
         FROM app_user u LEFT JOIN organization o ON o.id = u.organization_id`;

/**
 * An SQL expression for another context's statement: the actor row (`ActorRow` as jsonb, null when there is no such
 * user) of the user whose id is `userIdParam` (a placeholder such as `$5`), as that statement sees it. What an
 * operation marked `@ActorCheckedInStatement()` reads to decide on its caller as it is now (primary keys).
 */
export const actorRowSql = (userIdParam: string): string =>
  `(SELECT to_jsonb(a) FROM (${ACTOR_ROW_SELECT} WHERE u.id = ${userIdParam}::uuid) AS a)`;
