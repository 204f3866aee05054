import { Injectable } from '@nestjs/common';
import { SlotHolderKind } from '../booking.enums.js';
import { BookingRepository } from '../booking/booking.repository.js';

/** The requester organization of each of these proposals that exists. */
export type ProposalRequesterLookup = (proposalIds: readonly string[]) => Promise<Map<string, string>>;

export interface SlotHolderFact {
  kind: SlotHolderKind;
  id: string;
  organizationId: string;
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

  /** The holder of each id, in order; null for an id that is neither a booking nor a proposal. */
  async resolve(ids: readonly string[]): Promise<Array<SlotHolderFact | null>> {
    const bookings = await this.bookings.requestersOf(ids);
    const rest = ids.filter((id) => !bookings.has(id));
    const proposals = rest.length ? await this.proposals(rest) : new Map<string, string>();
    return ids.map((id) => {
      const booking = bookings.get(id);
      if (booking) return { kind: SlotHolderKind.BOOKING, id, organizationId: booking };
      const proposal = proposals.get(id);
      return proposal ? { kind: SlotHolderKind.PROPOSAL, id, organizationId: proposal } : null;
    });
  }
}
