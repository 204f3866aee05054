import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EvaluationDimension, NUMERIC } from '#core';

/** One expert's scoring of one platform in a round: the five dimensions and the site-visit notes. */
@Entity('evaluation_sheet')
@Index('ux_evaluation_sheet', ['roundId', 'platformId', 'expertUserId'], { unique: true })
export class EvaluationSheetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'uuid' })
  expertUserId: string;

  /** 场地, 设备, 设施, 团队 (technical, service and operations teams). */
  @Column({ type: 'text', default: '' })
  siteNotes: string;

  @Column({ type: 'text', default: '' })
  equipmentNotes: string;

  @Column({ type: 'text', default: '' })
  facilitiesNotes: string;

  @Column({ type: 'text', default: '' })
  teamsNotes: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}

@Entity('evaluation_score')
@Check('ck_evaluation_score_range', '"score" BETWEEN 0 AND 100')
export class EvaluationScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  sheetId: string;

  @PrimaryColumn({ type: 'enum', enum: EvaluationDimension, enumName: 'evaluation_dimension' })
  dimension: EvaluationDimension;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', default: '' })
  comment: string;
}

/** A platform's result once the round is closed: mean score per dimension, weighted total and rank. */
@Entity('evaluation_result')
export class EvaluationResultEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'jsonb' })
  dimensionMeans: Record<EvaluationDimension, number>;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: NUMERIC })
  total: number;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'int' })
  experts: number;
}
