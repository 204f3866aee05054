import { Injectable } from '@nestjs/common';
import { CoreError, type Page } from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, isAuthorityFor, type Actor } from '#identity';
import type { BookingStatus } from '../booking.enums.js';
import { bookingNotFound } from '../booking.errors.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingRepository } from './booking.repository.js';

/** What may be read of bookings, and by whom. Changes go through BookingLifecycleService. */
@Injectable()
export class BookingQueryService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
  ) {}

  /** Requester organization, operator organization, authorities of the platform's region and site admins. */
  async readable(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.bookings.findById(id);
    if (!booking) throw bookingNotFound(id);
    const allowed =
      actor.siteAdmin ||
      actor.organizationId === booking.requesterOrganizationId ||
      actor.organizationId === booking.operatorOrganizationId ||
      isAuthorityFor(actor, booking.province);
    if (!allowed) throw bookingNotFound(id);
    return booking;
  }

  /** Public: the rated, completed bookings of an offering, newest first (ratings and comments only reach the model). */
  reviewsOfOffering(offeringId: string, first: number): Promise<BookingEntity[]> {
    return this.bookings.reviewsOfOffering(offeringId, first);
  }

  mine(
    actor: Actor,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    if (!actor.organizationId) throw CoreError.invalidField('status', 'you belong to no organization');
    return this.bookings.pageForRequester(actor.organizationId, status, page);
  }

  async ofPlatform(
    actor: Actor,
    platformId: string,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    const platform = await this.catalog.platformOwnership(platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province))
      this.access.assertCanReadOwn(actor, platform.organizationId);
    return this.bookings.pageForPlatform(platformId, status, page);
  }
}
