import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MONEY } from '#core';
import { SlotStatus } from '../booking.enums.js';

/**
 * A bookable run of one piece of equipment. Slots of one equipment never overlap: an exclusion constraint
 * (btree_gist) enforces it in the database, whatever the code does.
 */
@Entity('capacity_slot')
@Check('ck_slot_period', '"ends_at" > "starts_at"')
@Exclusion('ex_slot_no_overlap', `USING gist ("equipment_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)`)
// Serves availability windows of one equipment in time order.
@Index('ix_slot_equipment_starts', ['equipmentId', 'startsAt'])
export class CapacitySlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  equipmentId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'enum', enum: SlotStatus, enumName: 'slot_status', default: SlotStatus.OPEN })
  status: SlotStatus;

  /** Counts toward the platform's open-access obligation. */
  @Column({ type: 'boolean', default: false })
  openAccess: boolean;

  /** The slot's own price per hour in fen (money.ts): what a booking of it is charged, whoever books it. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: MONEY })
  priceOverride: number | null;

  /** The booking (or proposal) holding or owning the slot while HELD or BOOKED. */
  @Index('ix_slot_booking')
  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  /**
   * While HELD: when the hold lapses (the booking's hold or the proposal's validity). From then on the slot is free
   * for any claim and reads as OPEN, whether or not the sweep has run.
   */
  @Column({ type: 'timestamptz', nullable: true })
  heldUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
