import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC } from '#core';
import { OrganizationKind } from '#identity';
import { ObligationBasis, ObligationPeriod, ObligationVersionKind } from '../obligations.enums.js';

/**
 * One version of a platform's open-access obligation, never edited: a change writes a new version, so the history of
 * what was promised — and of every correction — stays readable. Which version judges a period: obligation-timeline.ts.
 */
@Entity('open_access_obligation')
// Serves a platform's versions in order (compliance, eligibility, the regional report).
@Index('ux_obligation_version', ['platformId', 'version'], { unique: true })
export class OpenAccessObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({
    type: 'enum',
    enum: ObligationVersionKind,
    enumName: 'obligation_version_kind',
    default: ObligationVersionKind.PROMISE,
  })
  kind: ObligationVersionKind;

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

  /** Why an authority corrected periods that had begun (a correction always has one). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** PROMISE: when a newer promise was recorded (this one still judges the periods before that one's start). */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
