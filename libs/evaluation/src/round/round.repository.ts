import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { paginate, type EvaluationDimension, type Page } from '#core';
import { EvaluationRoundStatus } from '../evaluation.enums.js';
import { EvaluationAssignmentEntity } from './evaluation-assignment.entity.js';
import { EvaluationRoundEntity } from './evaluation-round.entity.js';
import { EvaluationResultEntity, EvaluationScoreEntity, EvaluationSheetEntity } from './evaluation-sheet.entity.js';

export type NewRound = Omit<EvaluationRoundEntity, 'id' | 'createdAt' | 'closedAt' | 'closedByUserId'>;

/** A sheet with its five scores, as stored. */
export interface SheetWithScores extends EvaluationSheetEntity {
  scores: EvaluationScoreEntity[];
}

/** Who may see which rounds in a list: everything, some scopes, or the rounds an expert is assigned to. */
export type RoundVisibility = { all: true } | { scopes: readonly string[] } | { expertUserId: string };

@Injectable()
export class RoundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewRound): Promise<EvaluationRoundEntity> {
    return manager.save(manager.create(EvaluationRoundEntity, { ...data, closedAt: null, closedByUserId: null }));
  }

  async insertAssignments(manager: EntityManager, rows: EvaluationAssignmentEntity[]): Promise<void> {
    if (rows.length) await manager.insert(EvaluationAssignmentEntity, rows);
  }

  findById(id: string): Promise<EvaluationRoundEntity | null> {
    return this.dataSource.manager.findOneBy(EvaluationRoundEntity, { id });
  }

  /** Scoring holds the round shared, closing holds it exclusively: no sheet changes once the round is closed. */
  lockShared(manager: EntityManager, id: string): Promise<EvaluationRoundEntity | null> {
    return manager
      .createQueryBuilder(EvaluationRoundEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_read')
      .getOne();
  }

  lockById(manager: EntityManager, id: string): Promise<EvaluationRoundEntity | null> {
    return manager
      .createQueryBuilder(EvaluationRoundEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async close(manager: EntityManager, id: string, closedByUserId: string): Promise<EvaluationRoundEntity> {
    await manager.update(
      EvaluationRoundEntity,
      { id },
      { status: EvaluationRoundStatus.CLOSED, closedAt: new Date(), closedByUserId },
    );
    return manager.findOneByOrFail(EvaluationRoundEntity, { id });
  }

  /** Served by the primary key (round first). */
  assignments(
    roundIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvaluationAssignmentEntity[]> {
    if (roundIds.length === 0) return Promise.resolve([]);
    return manager.find(EvaluationAssignmentEntity, { where: { roundId: In([...roundIds]) } });
  }

  async isAssigned(
    manager: EntityManager,
    roundId: string,
    platformId: string,
    expertUserId: string,
  ): Promise<boolean> {
    return (await manager.countBy(EvaluationAssignmentEntity, { roundId, platformId, expertUserId })) > 0;
  }

  /** Replaces the expert's sheet of the platform (ux_evaluation_sheet), in the caller's transaction. */
  async saveSheet(
    manager: EntityManager,
    sheet: Pick<
      EvaluationSheetEntity,
      'roundId' | 'platformId' | 'expertUserId' | 'siteNotes' | 'equipmentNotes' | 'facilitiesNotes' | 'teamsNotes'
    >,
    scores: ReadonlyArray<{ dimension: EvaluationDimension; score: number; comment: string }>,
  ): Promise<SheetWithScores> {
    await manager.upsert(EvaluationSheetEntity, { ...sheet, submittedAt: new Date() }, [
      'roundId',
      'platformId',
      'expertUserId',
    ]);
    const saved = await manager.findOneByOrFail(EvaluationSheetEntity, {
      roundId: sheet.roundId,
      platformId: sheet.platformId,
      expertUserId: sheet.expertUserId,
    });
    await manager.delete(EvaluationScoreEntity, { sheetId: saved.id });
    await manager.insert(
      EvaluationScoreEntity,
      scores.map((s) => ({ ...s, sheetId: saved.id })),
    );
    return { ...saved, scores: await manager.findBy(EvaluationScoreEntity, { sheetId: saved.id }) };
  }

  /** Every sheet of these rounds with its scores (ux_evaluation_sheet, the scores' primary key). */
  async sheets(
    roundIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SheetWithScores[]> {
    if (roundIds.length === 0) return [];
    const sheets = await manager.find(EvaluationSheetEntity, {
      where: { roundId: In([...roundIds]) },
      order: { submittedAt: 'ASC' },
    });
    const scores = sheets.length
      ? await manager.findBy(EvaluationScoreEntity, { sheetId: In(sheets.map((s) => s.id)) })
      : [];
    return sheets.map((sheet) => ({ ...sheet, scores: scores.filter((s) => s.sheetId === sheet.id) }));
  }

  async insertResults(manager: EntityManager, rows: EvaluationResultEntity[]): Promise<void> {
    if (rows.length) await manager.insert(EvaluationResultEntity, rows);
  }

  results(roundIds: readonly string[]): Promise<EvaluationResultEntity[]> {
    if (roundIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(EvaluationResultEntity, {
      where: { roundId: In([...roundIds]) },
      order: { rank: 'ASC' },
    });
  }

  async result(roundId: string, platformId: string): Promise<EvaluationResultEntity | null> {
    return this.dataSource.manager.findOneBy(EvaluationResultEntity, { roundId, platformId });
  }

  /** Each platform's result in the latest round closed before `instant` that evaluated it. */
  async latestResultsBefore(
    platformIds: readonly string[],
    instant: Date,
  ): Promise<Map<string, { total: number; roundId: string; roundName: string; closedAt: Date }>> {
    if (platformIds.length === 0) return new Map();
    const rows: Array<{ platform_id: string; total: string; round_id: string; name: string; closed_at: Date }> =
      await this.dataSource.query(
        `SELECT DISTINCT ON (res.platform_id) res.platform_id, res.total, r.id AS round_id, r.name, r.closed_at
           FROM evaluation_result res JOIN evaluation_round r ON r.id = res.round_id
          WHERE res.platform_id = ANY($1::uuid[]) AND r.closed_at < $2
          ORDER BY res.platform_id, r.closed_at DESC`,
        [platformIds, instant],
      );
    return new Map(
      rows.map((r) => [
        r.platform_id,
        { total: Number(r.total), roundId: r.round_id, roundName: r.name, closedAt: r.closed_at },
      ]),
    );
  }

  /** Newest first, keyset-paged (ix_evaluation_round_scope_created; an expert's via ix_evaluation_assignment_expert). */
  page(visibility: RoundVisibility, page: { first: number; after?: string }): Promise<Page<EvaluationRoundEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(EvaluationRoundEntity, 'r');
    if ('scopes' in visibility) query.where('r.scope IN (:...scopes)', { scopes: visibility.scopes });
    if ('expertUserId' in visibility)
      query.where('r.id IN (SELECT a.round_id FROM evaluation_assignment a WHERE a.expert_user_id = :expert)', {
        expert: visibility.expertUserId,
      });
    return paginate(query, page, 'evaluationRounds');
  }
}
