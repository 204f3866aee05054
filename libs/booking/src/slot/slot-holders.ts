import { Injectable } from '@nestjs/common';
import type { Actor } from '#identity';
import { SlotHolderKind } from '../booking.enums.js';
import { BookingRepository } from '../booking/booking.repository.js';

/**
 * The requester organization of each of these proposals that exists; null where the viewer may not know it (a
 * confidential request, unless shared with the viewer's proposing platform).
 */
export type ProposalRequesterLookup = (
  proposalIds: readonly string[],
  viewer: Actor | null,
) => Promise<Map<string, string | null>>;

export interface SlotHolderFact {
  kind: SlotHolderKind;
  id: string;
  organizationId: string | null;
}

/**
 * Who holds a slot: a slot's holder id names a booking or a proposal. Bookings are booking's own; the matching
 * context, which depends on booking, plugs in its proposals here at start-up (as obligations plug in eligibility).
 */
@Injectable()
export class SlotHolders {
  private proposals: ProposalRequesterLookup = () => Promise.resolve(new Map());

  constructor(private readonly bookings: BookingRepository) {}

  use(lookup: ProposalRequesterLookup): void {
    this.proposals = lookup;
  }

  /**
   * The holder of each id, in order, as `viewer` may know it; null for an id that is neither a booking nor a proposal.
   * A booking's requester is known to whoever reads the calendar (its operator, the region's authorities).
   */
  async resolve(ids: readonly string[], viewer: Actor | null): Promise<Array<SlotHolderFact | null>> {
    const bookings = await this.bookings.requestersOf(ids);
    const rest = ids.filter((id) => !bookings.has(id));
    const proposals = rest.length ? await this.proposals(rest, viewer) : new Map<string, string | null>();
    return ids.map((id) => {
      const booking = bookings.get(id);
      if (booking) return { kind: SlotHolderKind.BOOKING, id, organizationId: booking };
      return proposals.has(id)
        ? { kind: SlotHolderKind.PROPOSAL, id, organizationId: proposals.get(id) as string | null }
        : null;
    });
  }
}
