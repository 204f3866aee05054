import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EvaluationDimension } from '#core';
import { EvaluationRoundStatus } from '../evaluation.enums.js';

/** 运行绩效评估: an authority's evaluation of platforms over a period of their service records. */
@Entity('evaluation_round')
// Serves the lists of rounds, newest first, per scope.
@Index('ix_evaluation_round_scope_created', ['scope', 'createdAt', 'id'])
export class EvaluationRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** NATIONAL or a province code. */
  @Column({ type: 'varchar', length: 8 })
  scope: string;

  /** The service records evaluated: [periodStart, periodEnd). */
  @Column({ type: 'timestamptz' })
  periodStart: Date;

  @Column({ type: 'timestamptz' })
  periodEnd: Date;

  /** Weight (percent, summing to 100) of each dimension in the total. */
  @Column({ type: 'jsonb' })
  weights: Record<EvaluationDimension, number>;

  @Column({ type: 'enum', enum: EvaluationRoundStatus, enumName: 'evaluation_round_status' })
  status: EvaluationRoundStatus;

  @Column({ type: 'uuid' })
  authorityOrganizationId: string;

  @Column({ type: 'uuid' })
  openedByUserId: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
