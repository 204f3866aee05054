export { IdentityModule } from './identity.module.js';
export { IdentityService, type NewOrganization, type NewUser, type UserSummary } from './identity.service.js';
export type { SignedLink } from './auth/download-link.js';
export { DownloadLinkModel } from './auth/download-link.model.js';
export { IdentityLoaders } from './identity.loaders.js';
export { AccessPolicy } from './access/access.policy.js';
export { covers, isAuthorityFor, type Actor, type Jurisdiction } from './access/actor.js';
export { ActorCheckedInStatement, CurrentActor, OptionalActor } from './access/current-actor.decorator.js';
export { actorRowSql, type ActorRow } from './user/user.repository.js';
export { AUTHORITY_SCOPES, IsAuthorityScope } from './access/authority-scope.js';
export { IdentityError, IdentityErrorCode } from './identity.errors.js';
export {
  AuthorityTier,
  MemberRole,
  NATIONAL_REGION,
  OrganizationKind,
  ORGANIZATION_KIND_LABELS,
  MEMBER_ROLE_LABELS,
} from './identity.enums.js';
export { OrganizationModel } from './organization/organization.model.js';
export { NotificationService, type NotificationDraft, type Recipients } from './notification/notification.service.js';
