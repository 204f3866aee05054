import { Injectable } from '@nestjs/common';
import {
  CoreError,
  enqueueSearchIndex,
  locationOutsideProvince,
  OutboxWriter,
  TransactionRunner,
  type Page,
} from '#core';
import { AccessPolicy, OrganizationKind, type Actor } from '#identity';
import { CatalogError, CatalogErrorCode, platformNotFound } from '../catalog.errors.js';
import { PlatformStatus } from '../catalog.enums.js';
import { seesPlatform, viewerOf, type Viewer } from '../viewer.js';
import type { CreatePlatformInput, PlatformFilter, UpdatePlatformInput } from './dto/platform.input.js';
import type { PlatformEntity } from './platform.entity.js';
import { PlatformRepository, type NewPlatform } from './platform.repository.js';
import { PLATFORM_LIFECYCLE, type PlatformAction } from './platform.state-machine.js';

const OPERATOR_KINDS = [
  OrganizationKind.STARTUP,
  OrganizationKind.SME,
  OrganizationKind.LARGE_ENTERPRISE,
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
] as const;

@Injectable()
export class PlatformService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly platforms: PlatformRepository,
    private readonly outbox: OutboxWriter,
    private readonly access: AccessPolicy,
  ) {}

  /** A platform the viewer may see; others' unpublished platforms read as not found. */
  async get(viewer: Viewer, id: string): Promise<PlatformEntity> {
    const platform = await this.platforms.findById(id);
    if (!platform || !seesPlatform(viewer, platform)) throw platformNotFound(id);
    return platform;
  }

  list(viewer: Viewer, filter: PlatformFilter, page: { first: number; after?: string }): Promise<Page<PlatformEntity>> {
    return this.platforms.page(viewer, filter, page);
  }

  /**
   * The platform, checked writable by the actor (its organization's OWNER or ADMIN). One the actor may not see is not
   * found, as by `get`; one it sees but may not change is FORBIDDEN.
   */
  async getWritable(actor: Actor, id: string): Promise<PlatformEntity> {
    const platform = await this.get(viewerOf(actor), id);
    this.access.assertCanWrite(actor, platform.organizationId);
    return platform;
  }

  async create(actor: Actor, input: CreatePlatformInput): Promise<PlatformEntity> {
    this.access.assertOrganizationKind(actor, OPERATOR_KINDS, 'operate pilot platforms');
    const organizationId = this.access.writableOwnOrganization(actor);
    assertLocationInProvince(input.province, input.location);
    return this.transactions.run(async (manager) => {
      const platform = await this.platforms.insert(manager, {
        ...toColumns(input),
        organizationId,
        status: PlatformStatus.DRAFT,
      } as NewPlatform);
      await enqueueSearchIndex(this.outbox, manager, { platformId: platform.id });
      return platform;
    });
  }

  async update(actor: Actor, input: UpdatePlatformInput): Promise<PlatformEntity> {
    await this.getWritable(actor, input.id);
    const { id, ...changes } = input;
    return this.transactions.run(async (manager) => {
      // Locked, so a publish racing this update cannot slip a fixed field past the check below.
      const current = await this.platforms.lockById(manager, id);
      if (!current) throw platformNotFound(id);
      assertFixedFieldsKept(current, changes);
      // Checked when either side changes, so a draft moved to another province cannot keep a location in the old one.
      if (changes.province !== undefined || changes.location !== undefined)
        assertLocationInProvince(
          changes.province ?? current.province,
          changes.location !== undefined
            ? changes.location
            : current.lat === null || current.lng === null
              ? null
              : { lat: current.lat, lng: current.lng },
        );
      const platform = await this.platforms.update(manager, id, toColumns(changes));
      await enqueueSearchIndex(this.outbox, manager, { platformId: id });
      return platform;
    });
  }

  publish(actor: Actor, id: string): Promise<PlatformEntity> {
    return this.transition(actor, id, 'publish');
  }

  suspend(actor: Actor, id: string): Promise<PlatformEntity> {
    return this.transition(actor, id, 'suspend');
  }

  private async transition(actor: Actor, id: string, action: PlatformAction): Promise<PlatformEntity> {
    const current = await this.get(viewerOf(actor), id);
    // Site admins may suspend any platform (moderation) and publish again what they suspended; everything else is the
    // operator's, who cannot undo a site admin's suspension.
    const moderating = actor.siteAdmin && (action === 'suspend' || current.suspendedBySiteAdmin);
    if (!moderating) this.access.assertCanWrite(actor, current.organizationId);
    return this.transactions.run(async (manager) => {
      // The row lock also waits for booking claims in flight (they lock the platform's row FOR SHARE): once a
      // suspension commits, none of them commits a booking of the platform.
      const platform = await this.platforms.lockById(manager, id);
      if (!platform) throw platformNotFound(id);
      if (action === 'publish' && platform.suspendedBySiteAdmin && !actor.siteAdmin)
        throw new CatalogError(
          CatalogErrorCode.SUSPENDED_BY_SITE_ADMIN,
          'A site admin suspended this platform; only a site admin can publish it again',
        );
      // A site admin's hold on a platform its operator suspended first: the status stays, the hold is added, so the
      // operator cannot publish it again on its own.
      const holding =
        action === 'suspend' &&
        actor.siteAdmin &&
        platform.status === PlatformStatus.SUSPENDED &&
        !platform.suspendedBySiteAdmin;
      const to = holding ? platform.status : PLATFORM_LIFECYCLE.next(platform.status, action);
      const updated = await this.platforms.update(manager, id, {
        status: to,
        suspendedBySiteAdmin: action === 'suspend' && actor.siteAdmin,
      });
      await enqueueSearchIndex(this.outbox, manager, { platformId: id });
      return updated;
    });
  }
}

/**
 * Fields that decide who oversees a platform and what it owes, so they are settled while it is a DRAFT: its province
 * names the authority that oversees, evaluates and grades it (moving it would hand its level, history and
 * open-access record to another province without either one deciding); its construction mode decides whether an
 * open-access obligation applies (switching it would take a platform out of that regime on its own say-so).
 */
const FIXED_ONCE_PUBLISHED = ['province', 'constructionMode'] as const;

function assertFixedFieldsKept(current: PlatformEntity, changes: Partial<CreatePlatformInput>): void {
  if (current.status === PlatformStatus.DRAFT) return;
  for (const field of FIXED_ONCE_PUBLISHED) {
    if (changes[field] !== undefined && changes[field] !== current[field])
      throw new CatalogError(
        CatalogErrorCode.PLATFORM_FIELD_FIXED,
        `${field} of a platform that is ${current.status} cannot change: it was settled when the platform left DRAFT`,
        { field, currentStatus: current.status },
      );
  }
}

/** A platform is found by distance from its location: one outside its province would be found in the wrong place. */
function assertLocationInProvince(province: string, location: { lat: number; lng: number } | null | undefined): void {
  const problem = location ? locationOutsideProvince(province, location) : undefined;
  if (problem) throw CoreError.invalidField('location', problem);
}

function toColumns(input: Partial<CreatePlatformInput>): Partial<NewPlatform> {
  const { location, contact, ...rest } = input;
  const columns: Partial<NewPlatform> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (location !== undefined) Object.assign(columns, { lat: location?.lat ?? null, lng: location?.lng ?? null });
  if (contact !== undefined)
    Object.assign(columns, {
      contactName: contact?.name ?? null,
      contactPhone: contact?.phone ?? null,
      contactEmail: contact?.email ?? null,
    });
  return columns;
}
