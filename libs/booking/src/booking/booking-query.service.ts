import { Injectable } from '@nestjs/common';
import { Clock, CoreError, TransactionRunner, type Page } from '#core';
import { buildQuote, quantityProblems, type StoredQuote } from '#billing';
import { CatalogService } from '#catalog';
import { AccessPolicy, type Actor } from '#identity';
import type { BookingStatus } from '../booking.enums.js';
import { bookingNotFound } from '../booking.errors.js';
import { mayReadBooking } from './booking.access.js';
import { BookingLifecycleService } from './booking-lifecycle.service.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingRepository } from './booking.repository.js';
import type { QuoteBookingInput } from './dto/booking.input.js';
import { SlotClaimService } from './slot-claim.service.js';

type PageRequest = { first: number; after?: string };

/**
 * What may be read of bookings, and by whom. Changes go through BookingLifecycleService; a read that finds a hold
 * lapsed has it recorded as EXPIRED first, so nobody reads a REQUESTED booking whose hold has ended.
 */
@Injectable()
export class BookingQueryService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly lifecycle: BookingLifecycleService,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly claims: SlotClaimService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * The quote a booking request would get: the claim's checks for the caller (without locking the slots), then the
   * same pricing as requestBooking. The slots are not held, so a request may still find them taken.
   */
  async quote(actor: Actor, input: QuoteBookingInput): Promise<StoredQuote> {
    const { offering, slots } = await this.transactions.run((manager) =>
      this.claims.claim(manager, {
        offeringId: input.offeringId,
        slotIds: input.slotIds,
        requester: { organizationId: actor.organizationId ?? '', kind: actor.organizationKind },
        now: this.clock.now(),
        preview: true,
        namedBy: actor,
      }),
    );
    const problems = quantityProblems(offering.pricing.model, input.quantity);
    if (problems.length) throw CoreError.invalidInput(problems);
    return buildQuote({
      pricing: offering.pricing,
      requesterKind: actor.organizationKind,
      slots,
      quantity: input.quantity,
    });
  }

  /** Requester organization, operator organization, authorities of the platform's region and site admins. */
  async readable(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.bookings.findById(id);
    if (!booking || !mayReadBooking(actor, booking)) throw bookingNotFound(id);
    if (!(await this.lifecycle.expireLapsed([booking]))) return booking;
    return (await this.bookings.findById(id)) as BookingEntity;
  }

  /**
   * Public: the rated, completed bookings of an offering the caller may see, newest first (ratings and comments only
   * reach the model); an offering it may not see is not found, as by `offering(id)`.
   */
  async reviewsOfOffering(actor: Actor | null, offeringId: string, first: number): Promise<BookingEntity[]> {
    await this.catalog.visibleOffering(actor, offeringId);
    return this.bookings.reviewsOfOffering(offeringId, first);
  }

  mine(actor: Actor, status: BookingStatus | undefined, page: PageRequest): Promise<Page<BookingEntity>> {
    const organizationId = actor.organizationId;
    if (!organizationId) throw CoreError.invalidField('status', 'you belong to no organization');
    return this.current(() => this.bookings.pageForRequester(organizationId, status, page));
  }

  async ofPlatform(
    actor: Actor,
    platformId: string,
    status: BookingStatus | undefined,
    page: PageRequest,
  ): Promise<Page<BookingEntity>> {
    const platform = await this.catalog.visiblePlatform(actor, platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province))
      this.access.assertCanReadOwn(actor, platform.organizationId);
    return this.current(() => this.bookings.pageForPlatform(platformId, status, page));
  }

  /** A page as of now: when it shows a lapsed hold, the expiry is recorded and the page read again. */
  private async current(read: () => Promise<Page<BookingEntity>>): Promise<Page<BookingEntity>> {
    const page = await read();
    return (await this.lifecycle.expireLapsed(page.items)) ? read() : page;
  }
}
