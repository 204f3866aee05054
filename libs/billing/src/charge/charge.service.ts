import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, CoreError, formatMoney, groupByKeys, TransactionRunner, type Page, type ServiceType } from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, IdentityService, type Actor, type OrganizationKind } from '#identity';
import { BillingError, BillingErrorCode } from '../billing.errors.js';
import type { ChargeFact } from '../billing.types.js';
import { ChargeLineKind, ChargeUnit } from '../billing.enums.js';
import { priceDelivery, type Adjustment, type StoredQuote } from '../quote/quote.js';
import { VoucherService } from '../voucher/voucher.service.js';
import type { ChargeLineEntity } from './charge-line.entity.js';
import type { ChargeEntity } from './charge.entity.js';
import { chargeLinesCsv, chargesWorkbook, type ExportChargeRow, type ExportLineRow } from './charge.exports.js';
import { creditedOf, toChargeModel } from './charge.mapper.js';
import type { ChargeModel } from './charge.model.js';
import { ChargeRepository } from './charge.repository.js';

/** The longest period one export or list covers. */
const MAX_PERIOD_MS = 366 * 86_400_000;
/** The most lines one export holds: a year of a busy platform's work is far fewer. */
export const MAX_EXPORT_LINES = 50_000;

/** What booking hands billing when a booking completes. */
export interface ChargeIssue {
  bookingId: string;
  offeringId: string;
  offeringTitle: string;
  platformId: string;
  platformName: string;
  operatorOrganizationId: string;
  requesterOrganizationId: string;
  requesterKind: OrganizationKind | null;
  /** A site admin verified the requester's organization (a voucher covers nothing otherwise). */
  requesterVerified: boolean;
  province: string;
  serviceType: ServiceType;
  quote: StoredQuote;
  voucherProgrammeId: string | null;
  deliveredQuantity?: number | null;
  adjustments: readonly Adjustment[];
  issuedByUserId: string;
  at: Date;
}

export interface ChargePeriod {
  from: Date;
  to: Date;
  platformId?: string | null;
}

/**
 * Charges: issued once when a booking completes (in its transaction), corrected only by credit lines, read by the
 * booking's two sides, and exported by the operator for a period. Nothing here updates or deletes a charge row.
 */
@Injectable()
export class ChargeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly charges: ChargeRepository,
    private readonly vouchers: VoucherService,
    private readonly catalog: CatalogService,
    private readonly identity: IdentityService,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** Prices the delivery from the quote, writes the charge and its lines, and redeems the booking's voucher. */
  async issue(manager: EntityManager, issue: ChargeIssue): Promise<ChargeEntity> {
    const draft = priceDelivery(issue.quote, issue.deliveredQuantity, issue.adjustments);
    const charge: ChargeEntity = {
      id: randomUUID(),
      bookingId: issue.bookingId,
      offeringId: issue.offeringId,
      offeringTitle: issue.offeringTitle,
      platformId: issue.platformId,
      platformName: issue.platformName,
      operatorOrganizationId: issue.operatorOrganizationId,
      requesterOrganizationId: issue.requesterOrganizationId,
      requesterKind: issue.requesterKind,
      province: issue.province,
      serviceType: issue.serviceType,
      priceModel: issue.quote.priceModel,
      tier: issue.quote.tier,
      currency: issue.quote.currency,
      deliveredQuantity: draft.deliveredMilli === null ? null : draft.deliveredMilli / 1000,
      unit: draft.unit,
      subtotal: draft.subtotalFen,
      adjustmentsTotal: draft.adjustmentsFen,
      total: draft.totalFen,
      listAmount: draft.listFen,
      voucherProgrammeId: issue.voucherProgrammeId,
      createdAt: issue.at,
      issuedByUserId: issue.issuedByUserId,
    };
    await this.charges.insert(
      manager,
      charge,
      draft.lines.map((l, index) => ({
        chargeId: charge.id,
        seq: index + 1,
        kind: l.kind,
        tier: l.tier,
        unit: l.unit,
        quantity: l.quantityMilli / 1000,
        unitPrice: l.unitFen,
        amount: l.amountFen,
        listUnitPrice: l.listUnitFen,
        reason: l.reason,
        createdAt: issue.at,
        createdByUserId: issue.issuedByUserId,
        idempotencyKey: null,
      })),
    );
    if (issue.voucherProgrammeId)
      await this.vouchers.redeem(
        manager,
        { ...voucherCharge(charge), requesterVerified: issue.requesterVerified },
        charge.total,
        issue.at,
      );
    return charge;
  }

  /**
   * The operator (OWNER or ADMIN) takes an amount off an issued charge with a reason: a CREDIT line, never a change
   * to what was issued. The charge's row is locked, so credits of one charge go one at a time and never take it below
   * zero; a voucher's coverage follows the net amount down. A credit sent again with its idempotency key is found
   * under that lock and taken once.
   */
  async credit(
    actor: Actor,
    input: { chargeId: string; amount: number; reason: string; idempotencyKey?: string },
  ): Promise<ChargeModel> {
    const found = await this.charges.findById(input.chargeId);
    if (!found) throw chargeNotFound(input.chargeId);
    // Who may see it (its booking's two sides, authorities of the region, site admins) is told why not; others, that
    // there is no such charge.
    const visible =
      this.access.canReadRegional(actor, found.operatorOrganizationId, found.province) ||
      actor.organizationId === found.requesterOrganizationId;
    if (!visible) throw chargeNotFound(input.chargeId);
    this.access.assertCanWrite(actor, found.operatorOrganizationId);
    await this.transactions.run(async (manager) => {
      const charge = (await this.charges.lockById(manager, input.chargeId)) as ChargeEntity;
      const lines = await this.charges.linesOf([charge.id], manager);
      const sent = input.idempotencyKey ? lines.find((l) => l.idempotencyKey === input.idempotencyKey) : undefined;
      if (sent) {
        if (sent.amount === -input.amount && sent.reason === input.reason) return;
        throw new BillingError(
          BillingErrorCode.CREDIT_KEY_REUSED,
          'This idempotencyKey was already used for another credit of this charge; use a new key',
          { fields: [{ field: 'idempotencyKey', message: 'already used for another credit of this charge' }] },
        );
      }
      const net = charge.total - creditedOf(lines);
      if (input.amount > net) {
        throw CoreError.invalidField(
          'amount',
          `amount must be at most ${formatMoney(net)} CNY, what the charge still amounts to: a charge cannot go below zero`,
        );
      }
      const at = this.clock.now();
      await this.charges.insertLines(manager, [
        {
          chargeId: charge.id,
          seq: Math.max(0, ...lines.map((l) => l.seq)) + 1,
          kind: ChargeLineKind.CREDIT,
          tier: null,
          unit: ChargeUnit.JOB,
          quantity: 1,
          unitPrice: -input.amount,
          amount: -input.amount,
          listUnitPrice: null,
          reason: input.reason,
          createdAt: at,
          createdByUserId: actor.userId,
          idempotencyKey: input.idempotencyKey ?? null,
        },
      ]);
      if (charge.voucherProgrammeId)
        await this.vouchers.afterCredit(manager, voucherCharge(charge), net - input.amount, at);
    });
    const [model] = await this.models([(await this.charges.findById(input.chargeId)) as ChargeEntity]);
    return model;
  }

  /** The charges of these bookings, by booking id (no access check: the booking was read under one). */
  async ofBookings(bookingIds: readonly string[]): Promise<Array<ChargeModel | null>> {
    const models = await this.models(await this.charges.findByBookingIds(bookingIds));
    const byBooking = new Map(models.map((m) => [m.bookingId, m]));
    return bookingIds.map((id) => byBooking.get(id) ?? null);
  }

  /** Charges of these platforms issued in [from, to), as facts for authorities' figures (no access check). */
  async factsOf(platformIds: readonly string[], from: Date, to: Date): Promise<ChargeFact[]> {
    const found = await this.charges.platformFacts(platformIds, from, to, this.clock.now());
    const coverage = await this.vouchers.coverageOf(found.map((f) => f.charge.id));
    return found.map(({ charge, credited }) => ({
      chargeId: charge.id,
      platformId: charge.platformId,
      requesterOrganizationId: charge.requesterOrganizationId,
      requesterKind: charge.requesterKind,
      issuedAt: charge.createdAt,
      net: charge.total - credited,
      voucherCovered: coverage.get(charge.id) ?? 0,
      tierSavings: charge.listAmount === null ? null : charge.listAmount - charge.subtotal,
    }));
  }

  /** Charges the caller's organization issued in a period, newest first: its members and site admins. */
  async page(actor: Actor, period: ChargePeriod, page: { first: number; after?: string }): Promise<Page<ChargeModel>> {
    const organizationId = await this.operatorScope(actor, period);
    const found = await this.charges.page(organizationId, period.platformId ?? undefined, period, page);
    return { ...found, items: await this.models(found.items) };
  }

  /** A period's totals and signed links to its files. */
  async exportSummary(actor: Actor, period: ChargePeriod) {
    const organizationId = await this.operatorScope(actor, period);
    const platformId = period.platformId ?? null;
    const [totals, covered] = await Promise.all([
      this.charges.totals(organizationId, platformId, period),
      this.vouchers.coveredForOperator(organizationId, platformId, period),
    ]);
    const params = {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      ...(platformId ? { platformId } : {}),
    };
    return {
      from: period.from,
      to: period.to,
      platformId,
      totals: {
        charges: totals.charges,
        issued: totals.issued,
        credited: totals.credited,
        net: totals.issued - totals.credited,
        voucherCovered: covered,
      },
      lineCount: totals.lines,
      csv: this.identity.signDownloadLink(actor, CHARGES_CSV_PATH, params),
      xlsx: this.identity.signDownloadLink(actor, CHARGES_XLSX_PATH, params),
    };
  }

  /** The period's lines as CSV, one row per line written in it. */
  async csv(actor: Actor, period: ChargePeriod): Promise<Buffer> {
    return chargeLinesCsv(await this.lineRows(actor, period));
  }

  /** The period's charges and lines as an XLSX workbook. */
  async xlsx(actor: Actor, period: ChargePeriod): Promise<Buffer> {
    const lines = await this.lineRows(actor, period);
    const issued = [...new Map(lines.map((r) => [r.charge.id, r])).values()].filter(
      (r) => r.charge.createdAt >= period.from && r.charge.createdAt < period.to,
    );
    const models = await this.models(issued.map((r) => r.charge));
    const charges: ExportChargeRow[] = models.map((charge, i) => ({
      charge,
      platformName: issued[i].charge.platformName,
      requesterName: issued[i].requesterName,
    }));
    const title = `费用明细 Charges ${period.from.toISOString().slice(0, 10)} – ${period.to.toISOString().slice(0, 10)}`;
    return chargesWorkbook(title, charges, lines);
  }

  private async lineRows(actor: Actor, period: ChargePeriod): Promise<ExportLineRow[]> {
    const organizationId = await this.operatorScope(actor, period);
    const rows = await this.charges.exportLines(organizationId, period.platformId ?? null, period, MAX_EXPORT_LINES);
    const requesters = await this.identity.organizationsByIds([
      ...new Set(rows.map((r) => r.charge.requesterOrganizationId)),
    ]);
    const names = new Map(requesters.filter((o) => o !== null).map((o) => [o.id, o.name]));
    return rows.map((r) => ({
      ...r,
      requesterName: names.get(r.charge.requesterOrganizationId) ?? r.charge.requesterOrganizationId,
    }));
  }

  /** The organization whose charges the caller reads: their own (any role); a platform given must be one of its. */
  private async operatorScope(actor: Actor, period: ChargePeriod): Promise<string> {
    if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_MS)
      throw CoreError.invalidField('to', 'a period may span at most a year');
    if (period.to.getTime() <= period.from.getTime()) throw CoreError.invalidField('to', 'to must be after from');
    const organizationId = actor.organizationId;
    if (!organizationId)
      throw new BillingError(BillingErrorCode.NOT_ALLOWED, 'You belong to no organization, so you have no charges');
    if (period.platformId) {
      const platform = await this.catalog.visiblePlatform(actor, period.platformId);
      if (platform.organizationId !== organizationId)
        throw new BillingError(BillingErrorCode.NOT_ALLOWED, 'Only the platform’s own organization sees its charges');
    }
    return organizationId;
  }

  private async models(charges: readonly ChargeEntity[]): Promise<ChargeModel[]> {
    const ids = charges.map((c) => c.id);
    const [lines, coverage] = await Promise.all([this.charges.linesOf(ids), this.vouchers.coverageOf(ids)]);
    const linesOf = groupByKeys(ids, lines, (l: ChargeLineEntity) => l.chargeId);
    return charges.map((c, i) => toChargeModel(c, linesOf[i], coverage.get(c.id) ?? 0));
  }
}

export const CHARGES_CSV_PATH = '/charges/export.csv';
export const CHARGES_XLSX_PATH = '/charges/export.xlsx';

const chargeNotFound = (id: string) => new BillingError(BillingErrorCode.CHARGE_NOT_FOUND, `No charge ${id}`);

const voucherCharge = (charge: ChargeEntity) => ({
  programmeId: charge.voucherProgrammeId as string,
  chargeId: charge.id,
  bookingId: charge.bookingId,
  requesterOrganizationId: charge.requesterOrganizationId,
  requesterKind: charge.requesterKind,
  platformId: charge.platformId,
  province: charge.province,
  serviceType: charge.serviceType,
});
