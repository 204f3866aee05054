import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, NUMERIC } from '#core';
import { PriceTier } from '#catalog';
import { ChargeLineKind, ChargeUnit } from '../billing.enums.js';

/** A line of an issued charge: its priced units, adjustments and later credits. Never changed (a trigger refuses it). */
@Entity('booking_charge_line')
// Serves exports of a period: the lines written in it (an earlier charge's credits included).
@Index('ix_charge_line_created', ['createdAt'])
// A credit sent again under its key is found, and never written twice.
@Index('ux_charge_line_idempotency', ['chargeId', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
export class ChargeLineEntity {
  @PrimaryColumn({ type: 'uuid' })
  chargeId: string;

  /** Lines in the order they were written: the first, then credits. */
  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'enum', enum: ChargeLineKind, enumName: 'charge_line_kind' })
  kind: ChargeLineKind;

  @Column({ type: 'enum', enum: PriceTier, enumName: 'price_tier', nullable: true })
  tier: PriceTier | null;

  @Column({ type: 'enum', enum: ChargeUnit, enumName: 'charge_unit' })
  unit: ChargeUnit;

  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: NUMERIC })
  quantity: number;

  /** In fen. */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  unitPrice: number;

  /** In fen; negative for credits and deductions. */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  amount: number;

  /** In fen: the base price per unit of a SERVICE line. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: MONEY })
  listUnitPrice: number | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** The operator's key for a credit (see CreditChargeInput). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;
}
