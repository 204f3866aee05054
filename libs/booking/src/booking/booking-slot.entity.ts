import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The slots a booking asked for, as they were: kept after a cancellation frees the slot itself, so hours booked,
 * delivered and cancelled can be counted later (open-access obligations).
 */
@Entity('booking_slot')
@Index('ix_booking_slot_slot', ['slotId'])
export class BookingSlotEntity {
  @PrimaryColumn({ type: 'uuid' })
  bookingId: string;

  @PrimaryColumn({ type: 'uuid' })
  slotId: string;

  @Column({ type: 'uuid' })
  equipmentId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean' })
  openAccess: boolean;
}
