import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LevelDecisionEntity } from './level-decision.entity.js';

export type NewLevelDecision = Omit<LevelDecisionEntity, 'id' | 'sequence' | 'createdAt'>;

@Injectable()
export class LevelDecisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Decisions about one platform happen one at a time: two authorities acting at once are serialized here. */
  async lockPlatform(manager: EntityManager, platformId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`level:${platformId}`]);
  }

  /** The current standing's decision (ux_level_decision_sequence). */
  latest(manager: EntityManager, platformId: string): Promise<LevelDecisionEntity | null> {
    return manager.findOne(LevelDecisionEntity, { where: { platformId }, order: { sequence: 'DESC' } });
  }

  /** Appends a decision after `previous` (the caller holds the platform's lock). */
  insert(
    manager: EntityManager,
    previous: LevelDecisionEntity | null,
    data: NewLevelDecision,
  ): Promise<LevelDecisionEntity> {
    return manager.save(manager.create(LevelDecisionEntity, { ...data, sequence: (previous?.sequence ?? 0) + 1 }));
  }

  async insertMany(manager: EntityManager, rows: Array<NewLevelDecision & { sequence: number }>): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) await manager.insert(LevelDecisionEntity, rows.slice(i, i + 1000));
  }

  /** Newest first (ux_level_decision_sequence). */
  history(platformId: string): Promise<LevelDecisionEntity[]> {
    return this.dataSource.manager.find(LevelDecisionEntity, { where: { platformId }, order: { sequence: 'DESC' } });
  }

  /** Each platform's latest decision taken before `instant`, if any (ux_level_decision_sequence per platform). */
  async latestBefore(platformIds: readonly string[], instant: Date): Promise<Map<string, LevelDecisionEntity>> {
    if (platformIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(LevelDecisionEntity, 'd')
      .distinctOn(['d.platformId'])
      .where('d.platformId IN (:...platformIds) AND d.decidedAt < :instant', { platformIds, instant })
      .orderBy('d.platformId')
      .addOrderBy('d.sequence', 'DESC')
      .getMany();
    return new Map(rows.map((r) => [r.platformId, r]));
  }
}
