import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { amountOf, formatMoney, parseTotal, type ServiceType } from '#core';
import type { OrganizationKind } from '#identity';
import { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import { VoucherRedemptionEntity } from './voucher-redemption.entity.js';

export type NewProgramme = Omit<VoucherProgrammeEntity, 'id' | 'createdAt' | 'committed'>;
export type NewRedemption = Omit<VoucherRedemptionEntity, 'id'>;

export interface UsageRow<K> {
  key: K;
  covered: bigint;
  charges: number;
}

export interface ProgrammeUsage {
  covered: bigint;
  charges: number;
  requesters: number;
  byPlatform: Array<UsageRow<string>>;
  byRequesterKind: Array<UsageRow<OrganizationKind | null>>;
  byServiceType: Array<UsageRow<ServiceType>>;
}

/** A sum of redemptions as PostgreSQL sent it (numeric as text, no precision cast: money.ts, totals). */
const total = (text: string | null): bigint => (text === null ? 0n : parseTotal(text));
/** A sum bounded by one charge or one cap: an amount. */
const amount = (text: string | null): number => amountOf(total(text));

@Injectable()
export class VoucherRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insertProgramme(manager: EntityManager, data: NewProgramme): Promise<VoucherProgrammeEntity> {
    return manager.save(manager.create(VoucherProgrammeEntity, { ...data, committed: 0 }));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<VoucherProgrammeEntity | null> {
    return manager.findOneBy(VoucherProgrammeEntity, { id });
  }

  async insertProgrammes(manager: EntityManager, rows: readonly NewProgramme[]): Promise<void> {
    if (rows.length)
      await manager.insert(
        VoucherProgrammeEntity,
        rows.map((r) => ({ ...r, committed: 0 })),
      );
  }

  /** Every redemption of a programme takes this lock first: its budget and its requesters' caps change one at a time. */
  lockById(manager: EntityManager, id: string): Promise<VoucherProgrammeEntity | null> {
    return manager
      .createQueryBuilder(VoucherProgrammeEntity, 'v')
      .where('v.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Programmes of a province (all, with `province` null), valid at `at` unless `at` is null (ix_voucher_programme_province). */
  list(province: string | null, at: Date | null, limit: number): Promise<VoucherProgrammeEntity[]> {
    const query = this.dataSource.manager.createQueryBuilder(VoucherProgrammeEntity, 'v');
    if (province) query.andWhere('v.province = :province', { province });
    if (at) query.andWhere('v.validFrom <= :at AND v.validTo > :at', { at });
    return query.orderBy('v.createdAt', 'DESC').addOrderBy('v.id', 'DESC').limit(limit).getMany();
  }

  /** What a requester has used of a programme in a year, net of returns (ix_voucher_redemption_cap). */
  async usedInYear(
    programmeId: string,
    requesterOrganizationId: string,
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const [row]: Array<{ used: string }> = await manager.query(
      `SELECT coalesce(sum(amount), 0)::text AS used FROM voucher_redemption
        WHERE programme_id = $1 AND requester_organization_id = $2 AND year = $3`,
      [programmeId, requesterOrganizationId, year],
    );
    return amount(row.used);
  }

  /**
   * Books a redemption (or a return, negative) against the programme, whose row the caller has locked: the budget
   * moves in the same statement as the ledger row, and the CHECK on `committed` refuses any overspend outright.
   */
  async redeem(manager: EntityManager, redemption: NewRedemption): Promise<void> {
    await manager.query(
      `WITH moved AS (
         UPDATE voucher_programme SET committed = committed + $1::numeric WHERE id = $2 RETURNING id)
       INSERT INTO voucher_redemption (programme_id, charge_id, booking_id, requester_organization_id, requester_kind,
              platform_id, province, service_type, amount, year, created_at)
       SELECT $2, $3, $4, $5, $6, $7, $8, $9, $1::numeric, $10, $11 FROM moved`,
      [
        formatMoney(redemption.amount),
        redemption.programmeId,
        redemption.chargeId,
        redemption.bookingId,
        redemption.requesterOrganizationId,
        redemption.requesterKind,
        redemption.platformId,
        redemption.province,
        redemption.serviceType,
        redemption.year,
        redemption.createdAt,
      ],
    );
  }

  /** The year a charge's coverage was counted in (ix_voucher_redemption_charge). */
  async yearOfCharge(manager: EntityManager, chargeId: string): Promise<number | null> {
    const [row]: Array<{ year: number }> = await manager.query(
      `SELECT year FROM voucher_redemption WHERE charge_id = $1 AND amount > 0 ORDER BY created_at LIMIT 1`,
      [chargeId],
    );
    return row?.year ?? null;
  }

  /** Coverage per charge, net of returns (ix_voucher_redemption_charge). */
  async coverageOfCharges(
    chargeIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, number>> {
    if (chargeIds.length === 0) return new Map();
    const rows: Array<{ charge_id: string; covered: string }> = await manager.query(
      `SELECT charge_id, sum(amount)::text AS covered FROM voucher_redemption
        WHERE charge_id = ANY($1::uuid[]) GROUP BY charge_id`,
      [chargeIds],
    );
    return new Map(rows.map((r) => [r.charge_id, amount(r.covered)]));
  }

  /** Coverage booked in [from, to) on an operator's charges (a platform's, when given). */
  async coveredForOperator(
    operatorOrganizationId: string,
    platformId: string | null,
    period: { from: Date; to: Date },
  ): Promise<bigint> {
    const [row]: Array<{ covered: string }> = await this.dataSource.query(
      `SELECT coalesce(sum(r.amount), 0)::text AS covered
         FROM voucher_redemption r JOIN booking_charge c ON c.id = r.charge_id
        WHERE c.operator_organization_id = $1 AND ($2::uuid IS NULL OR c.platform_id = $2)
          AND r.created_at >= $3 AND r.created_at < $4`,
      [operatorOrganizationId, platformId, period.from, period.to],
    );
    return total(row.covered);
  }

  /** Coverage booked in [from, to) per platform, net of returns. */
  async coveredByPlatform(platformIds: readonly string[], from: Date, to: Date): Promise<Map<string, bigint>> {
    if (platformIds.length === 0) return new Map();
    const rows: Array<{ platform_id: string; covered: string }> = await this.dataSource.query(
      `SELECT platform_id, sum(amount)::text AS covered FROM voucher_redemption
        WHERE platform_id = ANY($1::uuid[]) AND created_at >= $2 AND created_at < $3 GROUP BY platform_id`,
      [platformIds, from, to],
    );
    return new Map(rows.map((r) => [r.platform_id, total(r.covered)]));
  }

  /** A programme's use, in total and by platform, requester kind and service type (one pass, grouping sets). */
  async usage(programmeId: string): Promise<ProgrammeUsage> {
    const rows: Array<{
      platform_id: string | null;
      requester_kind: OrganizationKind | null;
      service_type: ServiceType | null;
      g: number;
      covered: string;
      charges: number;
      requesters: number;
    }> = await this.dataSource.query(
      `SELECT platform_id, requester_kind, service_type,
              GROUPING(platform_id, requester_kind, service_type)::int AS g,
              sum(amount)::text AS covered,
              count(DISTINCT charge_id)::int AS charges,
              count(DISTINCT requester_organization_id)::int AS requesters
         FROM voucher_redemption WHERE programme_id = $1
        GROUP BY GROUPING SETS ((platform_id), (requester_kind), (service_type), ())`,
      [programmeId],
    );
    // GROUPING bits: 4 = platform_id rolled up, 2 = requester_kind, 1 = service_type.
    const of = <K>(bits: number, key: (r: (typeof rows)[number]) => K): Array<UsageRow<K>> =>
      rows
        .filter((r) => r.g === bits)
        .map((r) => ({ key: key(r), covered: total(r.covered), charges: r.charges }))
        .sort((a, b) => (a.covered === b.covered ? 0 : a.covered < b.covered ? 1 : -1));
    const all = rows.find((r) => r.g === 7);
    return {
      covered: all ? total(all.covered) : 0n,
      charges: all?.charges ?? 0,
      requesters: all?.requesters ?? 0,
      byPlatform: of(3, (r) => r.platform_id as string),
      byRequesterKind: of(5, (r) => r.requester_kind),
      byServiceType: of(6, (r) => r.service_type as ServiceType),
    };
  }
}
