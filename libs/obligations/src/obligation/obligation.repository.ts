import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ObligationAlertEntity } from './obligation-alert.entity.js';
import { ObligationVersionKind, type ComplianceStatus } from '../obligations.enums.js';
import { OpenAccessObligationEntity } from './open-access-obligation.entity.js';

export type NewObligation = Omit<OpenAccessObligationEntity, 'id' | 'createdAt' | 'version' | 'supersededAt'>;

@Injectable()
export class ObligationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serializes new versions of one platform until the transaction ends: each is checked against all before it. */
  async lockPlatform(manager: EntityManager, platformId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`obligation:${platformId}`]);
  }

  /** Writes the next version (under lockPlatform); a promise marks the promises recorded before it superseded. */
  async insertVersion(manager: EntityManager, data: NewObligation): Promise<OpenAccessObligationEntity> {
    const [{ next }]: Array<{ next: number }> = await manager.query(
      'SELECT COALESCE(max(version), 0) + 1 AS next FROM open_access_obligation WHERE platform_id = $1',
      [data.platformId],
    );
    if (data.kind === ObligationVersionKind.PROMISE) {
      await manager.query(
        `UPDATE open_access_obligation SET superseded_at = now()
          WHERE platform_id = $1 AND kind = 'PROMISE' AND superseded_at IS NULL`,
        [data.platformId],
      );
    }
    return manager.save(manager.create(OpenAccessObligationEntity, { ...data, version: next, supersededAt: null }));
  }

  /** Every version of these platforms, oldest first (served by ux_obligation_version). */
  versionsOf(
    platformIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OpenAccessObligationEntity[]> {
    if (platformIds.length === 0) return Promise.resolve([]);
    return manager.find(OpenAccessObligationEntity, {
      where: { platformId: In([...platformIds]) },
      order: { platformId: 'ASC', version: 'ASC' },
    });
  }

  /** Versions in effect from `instant` or earlier, of every platform: the ones that can govern it (alerts). */
  versionsStartedBy(instant: Date): Promise<OpenAccessObligationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(OpenAccessObligationEntity, 'o')
      .where('o.effectiveFrom <= :instant', { instant })
      .orderBy('o.platformId', 'ASC')
      .addOrderBy('o.version', 'ASC')
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
