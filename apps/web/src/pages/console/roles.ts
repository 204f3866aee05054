import type { CurrentUser } from '../../app/session';

/** Platform operators: members of any organization but an authority (authorities oversee, they do not operate). */
export const isOperator = (user: CurrentUser): boolean =>
  Boolean(user.organization) && user.organization?.kind !== 'GOVERNMENT';

/** Whether the user may change what the organization publishes (OWNER and ADMIN; members read). */
export const canWrite = (user: CurrentUser | null): boolean => user?.role === 'OWNER' || user?.role === 'ADMIN';

/** Verified authorities and their members and experts, and site admins. */
export const isAuthorityUser = (user: CurrentUser): boolean =>
  user.siteAdmin || (user.organization?.kind === 'GOVERNMENT' && user.organization.verified);
