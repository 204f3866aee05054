import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MONEY } from '#core';
import type { StoredQuote } from '#billing';
import { BookingStatus } from '../booking.enums.js';

@Entity('booking')
// A retry with the same key by the same user finds the first booking instead of creating a second one.
@Index('ux_booking_idempotency', ['requesterUserId', 'idempotencyKey'], { unique: true })
// Serve the requester's and the operator's lists, newest first.
@Index('ix_booking_requester_created', ['requesterOrganizationId', 'createdAt', 'id'])
@Index('ix_booking_platform_created', ['platformId', 'createdAt', 'id'])
// Serves an offering's reviews, newest first.
@Index('ix_booking_offering_reviews', ['offeringId', 'updatedAt'], { where: 'rating IS NOT NULL' })
// Serves the hold-expiry sweep.
@Index('ix_booking_hold_expiry', ['holdExpiresAt'], { where: "status = 'REQUESTED'" })
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  offeringId: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'uuid' })
  operatorOrganizationId: string;

  /** Province of the platform: authorities of it read booking summaries. */
  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @Column({ type: 'uuid' })
  requesterUserId: string;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status' })
  status: BookingStatus;

  @Column({ type: 'text', default: '' })
  brief: string;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** Hash of what was asked, so a reused key with a different request is refused. */
  @Column({ type: 'char', length: 64 })
  requestFingerprint: string;

  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  @Column({ type: 'timestamptz' })
  firstSlotStartsAt: Date;

  @Column({ type: 'timestamptz' })
  lastSlotEndsAt: Date;

  /** At least one of its slots is an open-access slot. */
  @Column({ type: 'boolean', default: false })
  openAccess: boolean;

  /** Set when it came from an accepted proposal (matching). */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /**
   * What it is expected to cost, line by line (billing's quote.ts), computed from the price list the claim read and
   * written with the row itself: a quote costs the booking path no statement. Null only for bookings from before quotes.
   */
  @Column({ type: 'jsonb', nullable: true })
  quote: StoredQuote | null;

  /** The quote's total in fen, for sorting and summing without the breakdown; null while awaiting a quotation. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: MONEY })
  quoteAmount: number | null;

  /** The innovation voucher programme the requester applied; redeemed when the booking completes. */
  @Column({ type: 'uuid', nullable: true })
  voucherProgrammeId: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** When the operator recorded it COMPLETED (the service clock's time): the ledger counts deliveries recorded in time. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
