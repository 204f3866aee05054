import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MONEY, NUMERIC, ServiceType } from '#core';
import { Currency, PriceModel, PriceTier } from '#catalog';
import { OrganizationKind } from '#identity';
import { ChargeUnit } from '../billing.enums.js';

/**
 * What a completed booking was charged, issued once and never changed: a trigger refuses any UPDATE or DELETE of it
 * and of its lines (migration), and corrections are credit lines added to it. The booking's facts that exports and
 * authorities' figures group by are copied in at issue, so they read charges alone.
 */
@Entity('booking_charge')
// One charge per booking: a second completion finds the first.
@Index('ux_charge_booking', ['bookingId'], { unique: true })
// Serves an operator's charges of a period (exports, keyset pages).
@Index('ix_charge_operator_created', ['operatorOrganizationId', 'createdAt', 'id'])
// Serves a platform's charges of a period (authorities' figures).
@Index('ix_charge_platform_created', ['platformId', 'createdAt'])
@Check('ck_charge_total', '"total" >= 0')
export class ChargeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @Column({ type: 'uuid' })
  offeringId: string;

  @Column({ type: 'varchar', length: 200 })
  offeringTitle: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'varchar', length: 200 })
  platformName: string;

  @Column({ type: 'uuid' })
  operatorOrganizationId: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', nullable: true })
  requesterKind: OrganizationKind | null;

  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type' })
  serviceType: ServiceType;

  @Column({ type: 'enum', enum: PriceModel, enumName: 'price_model' })
  priceModel: PriceModel;

  /** The requester's tier when the booking was quoted. */
  @Column({ type: 'enum', enum: PriceTier, enumName: 'price_tier' })
  tier: PriceTier;

  @Column({ type: 'enum', enum: Currency, enumName: 'currency', default: Currency.CNY })
  currency: Currency;

  /** Hours, samples or batches delivered, for prices by a quantity; null for fixed, quoted or proposed prices. */
  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  deliveredQuantity: number | null;

  @Column({ type: 'enum', enum: ChargeUnit, enumName: 'charge_unit', nullable: true })
  unit: ChargeUnit | null;

  /** In fen: the priced lines. */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  subtotal: number;

  /** In fen: the operator's adjustments at completion. */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  adjustmentsTotal: number;

  /** In fen: what was charged at issue (credits come after, as lines). */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  total: number;

  /** In fen: the same units at the base price (what a tier saved is the difference); null without a list price. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: MONEY })
  listAmount: number | null;

  /** The innovation voucher programme applied to the booking, if any. */
  @Column({ type: 'uuid', nullable: true })
  voucherProgrammeId: string | null;

  /** When it was issued (the completion, by the app's clock). */
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  issuedByUserId: string;
}
