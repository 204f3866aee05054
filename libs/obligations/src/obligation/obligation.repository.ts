import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ObligationAlertEntity } from './obligation-alert.entity.js';
import type { ComplianceStatus } from '../obligations.enums.js';
import { OpenAccessObligationEntity } from './open-access-obligation.entity.js';

export type NewObligation = Omit<OpenAccessObligationEntity, 'id' | 'createdAt' | 'version' | 'supersededAt'>;

@Injectable()
export class ObligationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Supersedes the current version and writes the next one; the platform's rows are locked meanwhile. */
  async insertVersion(manager: EntityManager, data: NewObligation): Promise<OpenAccessObligationEntity> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`obligation:${data.platformId}`]);
    const [{ next }]: Array<{ next: number }> = await manager.query(
      'SELECT COALESCE(max(version), 0) + 1 AS next FROM open_access_obligation WHERE platform_id = $1',
      [data.platformId],
    );
    await manager.query(
      'UPDATE open_access_obligation SET superseded_at = now() WHERE platform_id = $1 AND superseded_at IS NULL',
      [data.platformId],
    );
    return manager.save(manager.create(OpenAccessObligationEntity, { ...data, version: next, supersededAt: null }));
  }

  /** Served by ix_obligation_current. */
  findCurrent(platformId: string): Promise<OpenAccessObligationEntity | null> {
    return this.dataSource.manager.findOne(OpenAccessObligationEntity, {
      where: { platformId, supersededAt: IsNull() },
      order: { version: 'DESC' },
    });
  }

  /**
   * The version that governed `instant`: the latest one recorded whose effective window contains it (history
   * is never edited, so a period is judged by the promise recorded for it).
   */
  findEffectiveAt(platformId: string, instant: Date): Promise<OpenAccessObligationEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(OpenAccessObligationEntity, 'o')
      .where(
        'o.platformId = :platformId AND o.effectiveFrom <= :instant AND (o.effectiveTo IS NULL OR o.effectiveTo > :instant)',
        { platformId, instant },
      )
      .orderBy('o.version', 'DESC')
      .getOne();
  }

  history(platformId: string): Promise<OpenAccessObligationEntity[]> {
    return this.dataSource.manager.find(OpenAccessObligationEntity, {
      where: { platformId },
      order: { version: 'DESC' },
    });
  }

  /** Current obligations of these platforms (ix_obligation_current). */
  findCurrentForPlatforms(platformIds: readonly string[]): Promise<OpenAccessObligationEntity[]> {
    if (platformIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(OpenAccessObligationEntity, 'o')
      .where('o.platformId IN (:...platformIds) AND o.supersededAt IS NULL', { platformIds })
      .getMany();
  }

  allCurrent(): Promise<OpenAccessObligationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(OpenAccessObligationEntity, 'o')
      .where('o.supersededAt IS NULL')
      .getMany();
  }

  /** Records an alert unless it was already sent; true when this call recorded it. */
  async recordAlert(
    manager: EntityManager,
    obligationId: string,
    periodStart: Date,
    status: ComplianceStatus,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ObligationAlertEntity)
      .values({ obligationId, periodStart, status })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
