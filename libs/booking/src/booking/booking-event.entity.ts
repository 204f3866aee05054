import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BookingStatus } from '../booking.enums.js';

/** One transition of a booking: who, when, from → to, and why. */
@Entity('booking_event')
@Index('ix_booking_event_booking', ['bookingId', 'at'])
export class BookingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
