import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PlatformLevel } from '#core';
import { LevelAction, LevelStanding } from '../evaluation.enums.js';

/**
 * One decision of an authority about a platform's level: never edited, so the platform's history is the list of
 * them. The platform's `level` (catalog) is the level the latest one granted.
 */
@Entity('level_decision')
// One sequence per platform: the latest decision is the current standing; serves the history too.
@Index('ux_level_decision_sequence', ['platformId', 'sequence'], { unique: true })
export class LevelDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'enum', enum: LevelAction, enumName: 'level_action' })
  action: LevelAction;

  @Column({ type: 'enum', enum: LevelStanding, enumName: 'level_standing' })
  fromStanding: LevelStanding;

  @Column({ type: 'enum', enum: LevelStanding, enumName: 'level_standing' })
  toStanding: LevelStanding;

  @Column({ type: 'enum', enum: PlatformLevel, enumName: 'platform_level' })
  levelBefore: PlatformLevel;

  @Column({ type: 'enum', enum: PlatformLevel, enumName: 'platform_level' })
  levelAfter: PlatformLevel;

  @Column({ type: 'text' })
  reason: string;

  /** References to the evidence: documents, site-visit reports, file numbers. */
  @Column({ type: 'text', array: true, default: '{}' })
  evidence: string[];

  /** The jurisdiction it was decided under: NATIONAL or the province code. */
  @Column({ type: 'varchar', length: 8 })
  authorityRegion: string;

  /** Null only for decisions imported from before PilotMatch (the evidence names the document). */
  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByOrganizationId: string | null;

  @Index('ix_level_decision_round', { where: 'evaluation_round_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  evaluationRoundId: string | null;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
