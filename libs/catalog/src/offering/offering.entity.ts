import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Accreditation, MONEY, NUMERIC, ServiceType } from '#core';
import { Currency, OfferingStatus, PriceModel } from '../catalog.enums.js';
import type { StoredPriceTier } from './pricing.js';

@Entity('service_offering')
// Serves listings of a platform's offerings and keyset pages over all offerings.
@Index('ix_offering_platform_created', ['platformId', 'createdAt', 'id'])
@Index('ix_offering_status_created', ['status', 'createdAt', 'id'])
// GIN over the equipment ids (search re-indexes the offerings using a piece of equipment); created by hand in the
// search migration, declared here so migration:generate leaves it alone.
@Index('ix_offering_equipment_ids', { synchronize: false })
export class OfferingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type' })
  serviceType: ServiceType;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  keywords: string[];

  /** Equipment of the same platform this offering uses. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  equipmentIds: string[];

  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  scaleMin: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  scaleMax: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  scaleUnit: string | null;

  @Column({ type: 'int', default: 0 })
  leadTimeDays: number;

  @Column({ type: 'enum', enum: PriceModel, enumName: 'price_model' })
  priceModel: PriceModel;

  /** The base price in fen (per hour, sample, batch or job, as the model says); absent only for QUOTE. */
  @Column({ name: 'price_amount', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: MONEY })
  priceFen: number | null;

  /** Tier prices and the open-access price (pricing.ts), each an amount in fen or a discount in basis points. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  priceTiers: StoredPriceTier[];

  @Column({ type: 'enum', enum: Currency, enumName: 'currency', default: Currency.CNY })
  currency: Currency;

  @Column({ type: 'enum', enum: Accreditation, enumName: 'accreditation', array: true, default: '{}' })
  accreditations: Accreditation[];

  @Column({ type: 'enum', enum: OfferingStatus, enumName: 'offering_status', default: OfferingStatus.ACTIVE })
  status: OfferingStatus;

  /** Filled by reviews of completed bookings. */
  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: NUMERIC })
  ratingAverage: number | null;

  @Column({ type: 'int', default: 0 })
  ratingCount: number;

  /** The ratings added up, so the average is exact (one rounded at every review drifts from the mean). */
  @Column({ type: 'int', default: 0 })
  ratingSum: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
