import { OrganizationKind, ORGANIZATION_KIND_LABELS } from '../identity.enums.js';
import type { InvitationEntity } from './invitation.entity.js';
import type { OrganizationEntity } from './organization.entity.js';
import type { InvitationModel, OrganizationModel } from './organization.model.js';

export const toOrganizationModel = (entity: OrganizationEntity): OrganizationModel => ({
  id: entity.id,
  name: entity.name,
  nameEn: entity.nameEn,
  kind: entity.kind,
  kindLabel: ORGANIZATION_KIND_LABELS[entity.kind],
  isLeadingEnterprise: entity.isLeadingEnterprise,
  province: entity.province,
  city: entity.city,
  creditCode: entity.creditCode,
  verified: entity.verified,
  authorityRegion: entity.kind === OrganizationKind.GOVERNMENT && entity.verified ? entity.authorityRegion : null,
});

export const toInvitationModel = (entity: InvitationEntity): InvitationModel => ({
  id: entity.id,
  email: entity.email,
  role: entity.role,
  expiresAt: entity.expiresAt,
});
