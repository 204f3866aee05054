import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ConfirmationMode } from '../booking.enums.js';

/** How a piece of equipment may be booked; equipment without a row uses the defaults below. */
@Entity('equipment_booking_rules')
export class EquipmentBookingRulesEntity {
  @PrimaryColumn({ type: 'uuid' })
  equipmentId: string;

  @Column({ type: 'int', default: 24 })
  minNoticeHours: number;

  /** Longest single slot that may be published or booked; null for no limit. */
  @Column({ type: 'int', nullable: true })
  maxRunHours: number | null;

  /** Changeover / cleaning time kept free between two slots. */
  @Column({ type: 'int', default: 0 })
  bufferMinutes: number;

  @Column({ type: 'enum', enum: ConfirmationMode, enumName: 'confirmation_mode', default: ConfirmationMode.MANUAL })
  confirmationMode: ConfirmationMode;

  /** How far ahead slots may be published and booked, in days from now. */
  @Column({ type: 'int', default: 365 })
  maxAdvanceDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const DEFAULT_BOOKING_RULES = {
  minNoticeHours: 24,
  maxRunHours: null,
  bufferMinutes: 0,
  confirmationMode: ConfirmationMode.MANUAL,
  maxAdvanceDays: 365,
} as const;

/** The longest booking horizon an operator may choose: two years. */
export const MAX_ADVANCE_DAYS_LIMIT = 730;
