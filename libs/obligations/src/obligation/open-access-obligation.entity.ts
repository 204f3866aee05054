import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC } from '#core';
import { OrganizationKind } from '#identity';
import { ObligationBasis, ObligationPeriod } from '../obligations.enums.js';

/**
 * One version of a platform's open-access obligation. A change writes a new version and marks the previous one
 * superseded, so the history of what was promised stays readable.
 */
@Entity('open_access_obligation')
@Index('ux_obligation_version', ['platformId', 'version'], { unique: true })
// Serves "the current obligation of a platform" and the regional report.
@Index('ix_obligation_current', ['platformId'], { where: 'superseded_at IS NULL' })
export class OpenAccessObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: ObligationBasis, enumName: 'obligation_basis' })
  basis: ObligationBasis;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: NUMERIC })
  target: number;

  @Column({ type: 'enum', enum: ObligationPeriod, enumName: 'obligation_period' })
  period: ObligationPeriod;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', array: true })
  eligibleRequesterKinds: OrganizationKind[];

  @Column({ type: 'timestamptz' })
  effectiveFrom: Date;

  @Column({ type: 'timestamptz', nullable: true })
  effectiveTo: Date | null;

  /** The document the obligation comes from (agreement, notice, contract number). */
  @Column({ type: 'varchar', length: 500 })
  reference: string;

  @Column({ type: 'uuid' })
  setByUserId: string;

  /** OPERATOR, AUTHORITY or ADMIN. */
  @Column({ type: 'varchar', length: 20 })
  setBySide: string;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
