import { isAuthorityFor, type Actor } from '#identity';
import type { BookingEntity } from './booking.entity.js';

/** Who may see a booking: its requester's and its operator's organizations, authorities of its region, site admins. */
export function mayReadBooking(
  actor: Actor,
  booking: Pick<BookingEntity, 'requesterOrganizationId' | 'operatorOrganizationId' | 'province'>,
): boolean {
  return (
    actor.siteAdmin ||
    actor.organizationId === booking.requesterOrganizationId ||
    actor.organizationId === booking.operatorOrganizationId ||
    isAuthorityFor(actor, booking.province)
  );
}
