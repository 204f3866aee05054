import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BookingStatus } from '../booking.enums.js';

/** One transition of a booking: who, when, from → to, and why. */
@Entity('booking_event')
// Serves a booking's history in the order it happened.
@Index('ix_booking_event_booking_seq', ['bookingId', 'seq'])
export class BookingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The order events were recorded in. Two events of one transaction share their `at` (PostgreSQL's now() is the
   * transaction's start), so history is ordered by this, never by time alone.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  /** Null when the system acted (hold expiry). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Which side acted: REQUESTER, OPERATOR, ADMIN or SYSTEM. */
  @Column({ type: 'varchar', length: 20 })
  actorSide: string;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status', nullable: true })
  fromStatus: BookingStatus | null;

  @Column({ type: 'enum', enum: BookingStatus, enumName: 'booking_status' })
  toStatus: BookingStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
