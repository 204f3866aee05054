import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { amountOf, paginate, parseTotal, type Page } from '#core';
import { ChargeLineEntity } from './charge-line.entity.js';
import { ChargeEntity } from './charge.entity.js';

export type NewCharge = ChargeEntity;
export type NewChargeLine = ChargeLineEntity;

/** A line of an export with its charge. */
export interface ExportLine {
  line: ChargeLineEntity;
  charge: ChargeEntity;
}

/** Charges and their lines: inserted, locked and read; never updated or deleted (a trigger refuses both). */
@Injectable()
export class ChargeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, charge: NewCharge, lines: readonly NewChargeLine[]): Promise<void> {
    await manager.insert(ChargeEntity, charge);
    await this.insertLines(manager, lines);
  }

  async insertLines(manager: EntityManager, lines: readonly NewChargeLine[]): Promise<void> {
    if (lines.length) await manager.insert(ChargeLineEntity, [...lines]);
  }

  /** Serves credits: one at a time per charge (primary key). A row lock is not a change: the trigger allows it. */
  lockById(manager: EntityManager, id: string): Promise<ChargeEntity | null> {
    return manager
      .createQueryBuilder(ChargeEntity, 'c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ChargeEntity | null> {
    return manager.findOneBy(ChargeEntity, { id });
  }

  /** Served by ux_charge_booking. */
  findByBookingIds(bookingIds: readonly string[]): Promise<ChargeEntity[]> {
    return this.dataSource.manager.findBy(ChargeEntity, { bookingId: In([...bookingIds]) });
  }

  linesOf(chargeIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ChargeLineEntity[]> {
    if (chargeIds.length === 0) return Promise.resolve([]);
    return manager.find(ChargeLineEntity, { where: { chargeId: In([...chargeIds]) }, order: { seq: 'ASC' } });
  }

  /** An operator's charges issued in [from, to), newest first (ix_charge_operator_created). */
  page(
    operatorOrganizationId: string,
    platformId: string | undefined,
    period: { from: Date; to: Date },
    page: { first: number; after?: string },
  ): Promise<Page<ChargeEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(ChargeEntity, 'c')
      .where('c.operatorOrganizationId = :operatorOrganizationId', { operatorOrganizationId })
      .andWhere('c.createdAt >= :from AND c.createdAt < :to', period);
    if (platformId) query.andWhere('c.platformId = :platformId', { platformId });
    return paginate(query, page, 'charges');
  }

  /**
   * The lines an operator wrote in [from, to) — the charges issued then and credits of earlier ones — with their
   * charges, in the order they were written (ix_charge_line_created, then the charges' primary key).
   */
  async exportLines(
    operatorOrganizationId: string,
    platformId: string | null,
    period: { from: Date; to: Date },
    limit: number,
  ): Promise<ExportLine[]> {
    const lines = await this.dataSource.manager
      .createQueryBuilder(ChargeLineEntity, 'l')
      .innerJoin(ChargeEntity, 'c', 'c.id = l.chargeId')
      .where('c.operatorOrganizationId = :operatorOrganizationId', { operatorOrganizationId })
      .andWhere('l.createdAt >= :from AND l.createdAt < :to', period)
      .andWhere(platformId ? 'c.platformId = :platformId' : 'true', { platformId })
      .orderBy('l.createdAt', 'ASC')
      .addOrderBy('l.chargeId', 'ASC')
      .addOrderBy('l.seq', 'ASC')
      .limit(limit)
      .getMany();
    const charges = new Map(
      (await this.dataSource.manager.findBy(ChargeEntity, { id: In([...new Set(lines.map((l) => l.chargeId))]) })).map(
        (c) => [c.id, c],
      ),
    );
    return lines.map((line) => ({ line, charge: charges.get(line.chargeId) as ChargeEntity }));
  }

  /**
   * Sums of an operator's period: charges issued and their totals, credits written (ix_charge_operator_created).
   * Money is summed as numeric, which never overflows, and sent as text without a precision cast (money.ts, totals).
   */
  async totals(
    operatorOrganizationId: string,
    platformId: string | null,
    period: { from: Date; to: Date },
  ): Promise<{ charges: number; issued: bigint; credited: bigint; lines: number }> {
    const [row]: Array<{ charges: number; issued: string; credited: string; lines: number }> =
      await this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM booking_charge c
                  WHERE c.operator_organization_id = $1 AND ($2::uuid IS NULL OR c.platform_id = $2)
                    AND c.created_at >= $3 AND c.created_at < $4) AS charges,
                (SELECT coalesce(sum(c.total), 0)::text FROM booking_charge c
                  WHERE c.operator_organization_id = $1 AND ($2::uuid IS NULL OR c.platform_id = $2)
                    AND c.created_at >= $3 AND c.created_at < $4) AS issued,
                (SELECT coalesce(-sum(l.amount), 0)::text FROM booking_charge_line l
                   JOIN booking_charge c ON c.id = l.charge_id
                  WHERE l.kind = 'CREDIT' AND c.operator_organization_id = $1 AND ($2::uuid IS NULL OR c.platform_id = $2)
                    AND l.created_at >= $3 AND l.created_at < $4) AS credited,
                (SELECT count(*)::int FROM booking_charge_line l JOIN booking_charge c ON c.id = l.charge_id
                  WHERE c.operator_organization_id = $1 AND ($2::uuid IS NULL OR c.platform_id = $2)
                    AND l.created_at >= $3 AND l.created_at < $4) AS lines`,
        [operatorOrganizationId, platformId, period.from, period.to],
      );
    return {
      charges: row.charges,
      issued: parseTotal(row.issued),
      credited: parseTotal(row.credited),
      lines: row.lines,
    };
  }

  /**
   * Charges of these platforms issued in [from, to) with what credits took off them up to `asOf`: what authorities'
   * figures sum (ix_charge_platform_created).
   */
  async platformFacts(
    platformIds: readonly string[],
    from: Date,
    to: Date,
    asOf: Date,
  ): Promise<Array<{ charge: ChargeEntity; credited: number }>> {
    if (platformIds.length === 0) return [];
    const charges = await this.dataSource.manager
      .createQueryBuilder(ChargeEntity, 'c')
      .where('c.platformId IN (:...platformIds)', { platformIds })
      .andWhere('c.createdAt >= :from AND c.createdAt < :to', { from, to })
      .getMany();
    if (charges.length === 0) return [];
    const credits: Array<{ charge_id: string; credited: string }> = await this.dataSource.query(
      `SELECT charge_id, (-sum(amount))::text AS credited FROM booking_charge_line
        WHERE charge_id = ANY($1::uuid[]) AND kind = 'CREDIT' AND created_at <= $2 GROUP BY charge_id`,
      [charges.map((c) => c.id), asOf],
    );
    // What one charge was credited is at most its total: an amount.
    const credited = new Map(credits.map((r) => [r.charge_id, amountOf(parseTotal(r.credited))]));
    return charges.map((charge) => ({ charge, credited: credited.get(charge.id) ?? 0 }));
  }
}
