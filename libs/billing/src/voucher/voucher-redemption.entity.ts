import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MONEY, ServiceType } from '#core';
import { OrganizationKind } from '#identity';

/**
 * A movement of a programme's budget: the share of a charge a voucher covered at completion (positive), or the part
 * returned when a credit lowered the charge (negative). The facts usage is read by are copied in.
 */
@Entity('voucher_redemption')
// Serves the cap: what a requester used of a programme in a year.
@Index('ix_voucher_redemption_cap', ['programmeId', 'requesterOrganizationId', 'year'])
// Serves a charge's coverage.
@Index('ix_voucher_redemption_charge', ['chargeId'])
export class VoucherRedemptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @Column({ type: 'uuid' })
  chargeId: string;

  @Column({ type: 'uuid' })
  bookingId: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', nullable: true })
  requesterKind: OrganizationKind | null;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type' })
  serviceType: ServiceType;

  /** In fen: covered (positive) or returned to the budget (negative). */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  amount: number;

  /** The calendar year (Asia/Shanghai) the cap counts it in: the year of the charge. */
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
