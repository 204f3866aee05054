import type { CurrentUser } from './session';

/**
 * What each person may use, by their organization's kind and their role: the navigation offers only these pages and
 * the pages turn others away with a reason. The API stays the authority (it refuses all the same); these mirror its
 * rules so the web app offers no dead ends. Keep them beside the API's: `REQUESTER_KINDS` in
 * libs/matching/src/request/pilot-request.service.ts, `OPERATOR_KINDS` in libs/catalog/src/platform/platform.service.ts,
 * `AccessPolicy` (OWNER and ADMIN write) in libs/identity.
 */
const REQUESTER_KINDS: ReadonlySet<string> = new Set(['STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE']);

type User = CurrentUser | null | undefined;

/** Whether the user may change what the organization owns (OWNER and ADMIN; members read). */
export const canWrite = (user: User): boolean => user?.role === 'OWNER' || user?.role === 'ADMIN';

/** Members of an organization that may run pilot platforms: any but an authority (authorities oversee). */
export const isOperator = (user: User): boolean =>
  Boolean(user?.organization) && user?.organization?.kind !== 'GOVERNMENT';

/** Members of organizations that book capacity (the same as those that may operate it): My bookings. */
export const usesBookings = isOperator;

/** Who may book: an OWNER or ADMIN of such an organization. */
export const canBook = (user: User): boolean => usesBookings(user) && canWrite(user);

/** Members of start-ups, SMEs, universities and institutes: the organizations that post pilot requests. */
export const usesPilotRequests = (user: User): boolean => REQUESTER_KINDS.has(user?.organization?.kind ?? '');

/** Who may post one: an OWNER or ADMIN of such an organization. */
export const canPostPilotRequests = (user: User): boolean => usesPilotRequests(user) && canWrite(user);

/** Verified authorities (their OWNER, ADMIN and MEMBER members, and their experts), and site admins. */
export const isAuthorityUser = (user: User): boolean =>
  Boolean(user?.siteAdmin || (user?.organization?.kind === 'GOVERNMENT' && user.organization.verified));

/** An authority's expert: scores the evaluation rounds that assign it, and nothing else of the workspace. */
export const isExpert = (user: User): boolean => isAuthorityUser(user) && user?.role === 'EXPERT';
