import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { LoaderRegistry } from '#core';
import { IdentityService } from './identity.service.js';
import type { OrganizationModel } from './organization/organization.model.js';
import type { UserModel } from './user/user.model.js';

/**
 * Identity's per-request batch loaders, for its own resolvers and other contexts' nested fields alike: one loader
 * per entity, so a request loads an organization once however many fields point at it.
 */
@Injectable()
export class IdentityLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly identity: IdentityService,
  ) {}

  organization(context: object): DataLoader<string, OrganizationModel | null> {
    return this.registry.get(context, 'identity.organization', (ids: readonly string[]) =>
      this.identity.organizationsByIds(ids),
    );
  }

  user(context: object): DataLoader<string, UserModel | null> {
    return this.registry.get(context, 'identity.user', (ids: readonly string[]) => this.identity.userModelsByIds(ids));
  }
}
