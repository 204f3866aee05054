import { Inject } from '@nestjs/common';
import { Args, Context, GraphQLISODateTime, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  APP_CONFIG,
  IdArg,
  listCost,
  pageCost,
  Public,
  toConnection,
  type AppConfig,
  type ConnectionShape,
} from '#core';
import { BillingLoaders, ChargeModel, QuoteModel, QuoteStatus, toQuoteModel } from '#billing';
import { CatalogLoaders, OfferingModel } from '#catalog';
import {
  ActorCheckedInStatement,
  CurrentActor,
  IdentityLoaders,
  OptionalActor,
  OrganizationModel,
  type Actor,
} from '#identity';
import { BookingStatus } from '../booking.enums.js';
import { BookingLoaders } from '../booking.loaders.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingLifecycleService } from './booking-lifecycle.service.js';
import { BookingQueryService } from './booking-query.service.js';
import { toBookingModel, toReviewModel } from './booking.mapper.js';
import { freeCancellationEnd } from './booking.rules.js';
import { BookingConnection, BookingEventModel, BookingModel, BookingSlotModel, ReviewModel } from './booking.model.js';
import {
  ApplyVoucherArgs,
  BookingsArgs,
  CompleteBookingArgs,
  ConfirmBookingArgs,
  QuoteBookingInput,
  OfferingReviewsArgs,
  OptionalReasonArgs,
  PlatformBookingsArgs,
  ReasonArgs,
  RequestBookingInput,
  ReviewBookingInput,
} from './dto/booking.input.js';

@Resolver(() => BookingModel)
export class BookingResolver {
  constructor(
    private readonly lifecycle: BookingLifecycleService,
    private readonly queries: BookingQueryService,
    private readonly loaders: BookingLoaders,
    private readonly catalogLoaders: CatalogLoaders,
    private readonly billingLoaders: BillingLoaders,
    private readonly identityLoaders: IdentityLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private model = (entity: BookingEntity) => toBookingModel(entity, this.config.booking.cancellationWindowHours);

  @Mutation(() => BookingModel, {
    description: 'Hold OPEN slots for an offering; retries with the same idempotencyKey return the same booking.',
  })
  @ActorCheckedInStatement() // the claim's statement reads the caller again and decides on that
  async requestBooking(
    @CurrentActor() caller: Actor,
    @Args('input') input: RequestBookingInput,
    @Context() context: { req: { actor?: Actor } },
  ): Promise<BookingModel> {
    const { booking, slots, actor } = await this.lifecycle.request(caller, input);
    // The answer's fields see the caller as the claim read it, not as the guard remembered it.
    context.req.actor = actor;
    // A new booking's slots are known: its `slots` field needs no read.
    if (slots) this.loaders.primeSlotsOfBooking(context, booking.id, slots);
    return this.model(booking);
  }

  @Mutation(() => BookingModel, {
    description:
      'Operator: REQUESTED → CONFIRMED; the held slots become BOOKED. For an offering priced on quotation, with the ' +
      'amount for the job (quotedAmount), which becomes the booking’s quote.',
  })
  async confirmBooking(@CurrentActor() actor: Actor, @Args() args: ConfirmBookingArgs): Promise<BookingModel> {
    return this.model(await this.lifecycle.confirm(actor, args.id, args.quotedAmount));
  }

  @Query(() => QuoteModel, {
    description:
      'What a booking request would cost you, line by line, checked as the request would be — without booking ' +
      '(the slots are not held: a request may still find them taken).',
  })
  async quoteBooking(@CurrentActor() actor: Actor, @Args('input') input: QuoteBookingInput): Promise<QuoteModel> {
    return toQuoteModel(await this.queries.quote(actor, input));
  }

  @Mutation(() => BookingModel, {
    description:
      'Requester (OWNER or ADMIN): apply an innovation voucher programme to a REQUESTED or CONFIRMED booking; it is ' +
      'redeemed when the booking completes. Applying another replaces it.',
  })
  async applyVoucher(@CurrentActor() actor: Actor, @Args() args: ApplyVoucherArgs): Promise<BookingModel> {
    return this.model(await this.lifecycle.applyVoucher(actor, args.bookingId, args.programmeId));
  }

  @Mutation(() => BookingModel, { description: 'Operator: REQUESTED → DECLINED, with a reason; the slots open again.' })
  async declineBooking(@CurrentActor() actor: Actor, @Args() args: ReasonArgs): Promise<BookingModel> {
    return this.model(await this.lifecycle.decline(actor, args.id, args.reason));
  }

  @Mutation(() => BookingModel, {
    description: 'Either side: → CANCELLED; the requester only until the cancellation window.',
  })
  async cancelBooking(@CurrentActor() actor: Actor, @Args() args: OptionalReasonArgs): Promise<BookingModel> {
    return this.model(await this.lifecycle.cancel(actor, args.id, args.reason));
  }

  @Mutation(() => BookingModel, {
    description:
      'Operator: CONFIRMED → COMPLETED, with what was delivered; issues the booking’s charge (from its quote, the ' +
      'delivered quantity and any adjustments) and redeems its voucher. A charge is never changed afterwards.',
  })
  async completeBooking(@CurrentActor() actor: Actor, @Args() args: CompleteBookingArgs): Promise<BookingModel> {
    return this.model(
      await this.lifecycle.complete(actor, args.id, {
        outcome: args.outcome,
        deliveredQuantity: args.deliveredQuantity,
        adjustments: args.adjustments,
      }),
    );
  }

  @Mutation(() => BookingModel, {
    description: 'Requester: rate a COMPLETED booking 1–5 (once); updates the offering’s rating.',
  })
  async reviewBooking(@CurrentActor() actor: Actor, @Args('input') input: ReviewBookingInput): Promise<BookingModel> {
    return this.model(await this.lifecycle.review(actor, input.id, input.rating, input.comment));
  }

  @Public()
  @Query(() => [ReviewModel], {
    description:
      'Ratings and comments of an offering’s completed bookings, newest first (NOT_FOUND for an offering you cannot see).',
  })
  async offeringReviews(
    @OptionalActor() actor: Actor | null,
    @Args() args: OfferingReviewsArgs,
  ): Promise<ReviewModel[]> {
    return (await this.queries.reviewsOfOffering(actor, args.offeringId, args.first)).map(toReviewModel);
  }

  @Query(() => BookingModel)
  async booking(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<BookingModel> {
    return this.model(await this.queries.readable(actor, id));
  }

  @Query(() => BookingConnection, { description: 'Bookings your organization requested.', complexity: pageCost() })
  async myBookings(@CurrentActor() actor: Actor, @Args() args: BookingsArgs): Promise<ConnectionShape<BookingModel>> {
    return toConnection(await this.queries.mine(actor, args.status, args), this.model);
  }

  @Query(() => BookingConnection, {
    description: 'Bookings of one of your platforms (authorities: of their region).',
    complexity: pageCost(),
  })
  async platformBookings(
    @CurrentActor() actor: Actor,
    @Args() args: PlatformBookingsArgs,
  ): Promise<ConnectionShape<BookingModel>> {
    return toConnection(await this.queries.ofPlatform(actor, args.platformId, args.status, args), this.model);
  }

  // At most 50 slots per booking (RequestBookingInput); a booking's events are a handful of transitions.
  @ResolveField(() => [BookingSlotModel], { complexity: listCost(50) })
  slots(@Parent() booking: BookingModel, @Context() context: object): Promise<BookingSlotModel[]> {
    return this.loaders.slotsOfBooking(context).load(booking.id);
  }

  @ResolveField(() => GraphQLISODateTime, { description: 'The requester may cancel free of charge until then.' })
  async freeCancellationUntil(@Parent() booking: BookingModel, @Context() context: object): Promise<Date> {
    if (booking.quote?.status !== QuoteStatus.OPERATOR_QUOTED) return booking.freeCancellationUntil;
    const events = await this.loaders.eventsOfBooking(context).load(booking.id);
    const quotedAt = events.find((e) => e.to === BookingStatus.CONFIRMED)?.at ?? null;
    return freeCancellationEnd(booking.firstSlotStartsAt, this.config.booking.cancellationWindowHours, quotedAt);
  }

  @ResolveField(() => [BookingEventModel], { complexity: listCost(10) })
  events(@Parent() booking: BookingModel, @Context() context: object): Promise<BookingEventModel[]> {
    return this.loaders.eventsOfBooking(context).load(booking.id);
  }

  @ResolveField(() => ChargeModel, {
    nullable: true,
    description: 'What it was charged, once COMPLETED: both sides and authorities of the region see it.',
  })
  charge(@Parent() booking: BookingModel, @Context() context: object): Promise<ChargeModel | null> {
    return this.billingLoaders.chargeOfBooking(context).load(booking.id);
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The requesting organization’s public profile (an operator’s inbox shows who asks).',
  })
  requesterOrganization(
    @Parent() booking: BookingModel,
    @Context() context: object,
  ): Promise<OrganizationModel | null> {
    return this.identityLoaders.organization(context).load(booking.requesterOrganizationId);
  }

  @ResolveField(() => OfferingModel, { nullable: true })
  offering(@Parent() booking: BookingModel, @Context() context: object): Promise<OfferingModel | null> {
    return this.catalogLoaders.offering(context).load(booking.offeringId);
  }
}
