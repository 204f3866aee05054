import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MONEY, ServiceType } from '#core';
import { OrganizationKind } from '#identity';

/**
 * An innovation voucher programme (科技创新券) an authority issued for a province: a share of eligible charges is
 * covered, capped per requester and calendar year, within a budget. `committed` is what redemptions have booked
 * against the budget; the CHECK keeps it within the budget whatever the code does.
 */
@Entity('voucher_programme')
@Index('ix_voucher_programme_province', ['province', 'validTo'])
@Check('ck_voucher_programme_committed', '"committed" >= 0 AND "committed" <= "budget"')
@Check('ck_voucher_programme_share', '"share_basis_points" BETWEEN 1 AND 10000')
@Check('ck_voucher_programme_validity', '"valid_to" > "valid_from"')
export class VoucherProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  issuerOrganizationId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  /** The policy document it was issued under (e.g. 苏科资〔2026〕12号). */
  @Column({ type: 'varchar', length: 200 })
  reference: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', array: true })
  eligibleKinds: OrganizationKind[];

  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type', array: true })
  eligibleServiceTypes: ServiceType[];

  /** Share of a charge covered, in basis points (5 000 = 50 %). */
  @Column({ type: 'int' })
  shareBasisPoints: number;

  /** In fen: at most this much per requester organization per calendar year (Asia/Shanghai). */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  capPerRequesterPerYear: number;

  /** In fen. */
  @Column({ type: 'numeric', precision: 15, scale: 2, transformer: MONEY })
  budget: number;

  /** In fen: booked against the budget by redemptions (net of reversals). */
  @Column({ type: 'numeric', precision: 15, scale: 2, transformer: MONEY, default: 0 })
  committed: number;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  /** Exclusive. */
  @Column({ type: 'timestamptz' })
  validTo: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
