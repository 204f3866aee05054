import { Injectable } from '@nestjs/common';
import { CoreError, enqueueSearchIndex, OutboxWriter, TransactionRunner, type Page } from '#core';
import { AccessPolicy, OrganizationKind, type Actor } from '#identity';
import { CatalogError, CatalogErrorCode } from '../catalog.errors.js';
import { PlatformStatus } from '../catalog.enums.js';
import { canSeeAnyStatus, type Viewer } from '../viewer.js';
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
    if (!platform || (platform.status !== PlatformStatus.PUBLISHED && !canSeeAnyStatus(viewer, platform))) {
      throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${id}`);
    }
    return platform;
  }

  list(viewer: Viewer, filter: PlatformFilter, page: { first: number; after?: string }): Promise<Page<PlatformEntity>> {
    return this.platforms.page(viewer, filter, page);
  }

  /** The platform, checked writable by the actor (its organization's OWNER or ADMIN). */
  async getWritable(actor: Actor, id: string): Promise<PlatformEntity> {
    const platform = await this.platforms.findById(id);
    if (!platform) throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${id}`);
    this.access.assertCanWrite(actor, platform.organizationId);
    return platform;
  }

  async create(actor: Actor, input: CreatePlatformInput): Promise<PlatformEntity> {
    this.access.assertOrganizationKind(actor, OPERATOR_KINDS, 'operate pilot platforms');
    const organizationId = this.access.writableOwnOrganization(actor);
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
    const current = await this.getWritable(actor, input.id);
    // A platform is overseen, evaluated and graded by the authority of its province: once it has left DRAFT, moving
    // it would hand its level, history and open-access record to another province without either one deciding.
    if (input.province !== undefined && input.province !== current.province && current.status !== PlatformStatus.DRAFT)
      throw CoreError.invalidField(
        'province',
        'a published platform stays in the province whose authority oversees it',
      );
    const { id, ...changes } = input;
    return this.transactions.run(async (manager) => {
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
    const current = await this.platforms.findById(id);
    if (!current) throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${id}`);
    // Site admins may suspend any platform (moderation); everything else is the operator's.
    if (!(actor.siteAdmin && action === 'suspend')) this.access.assertCanWrite(actor, current.organizationId);
    return this.transactions.run(async (manager) => {
      const platform = await this.platforms.lockById(manager, id);
      if (!platform) throw new CatalogError(CatalogErrorCode.PLATFORM_NOT_FOUND, `No platform ${id}`);
      const to = PLATFORM_LIFECYCLE.next(platform.status, action);
      const updated = await this.platforms.update(manager, id, { status: to });
      await enqueueSearchIndex(this.outbox, manager, { platformId: id });
      return updated;
    });
  }
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
