import type { UserEntity } from './user.entity.js';
import type { UserModel } from './user.model.js';

export const toUserModel = (entity: UserEntity): UserModel => ({
  id: entity.id,
  email: entity.email,
  displayName: entity.displayName,
  role: entity.role,
  siteAdmin: entity.siteAdmin,
  organizationId: entity.organizationId,
});
