import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Clock,
  CoreError,
  percentToBasisPoints,
  SERVICE_TYPE_LABELS,
  TransactionRunner,
  type ServiceType,
} from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, MemberRole, ORGANIZATION_KIND_LABELS, type Actor, type OrganizationKind } from '#identity';
import { BillingError, BillingErrorCode } from '../billing.errors.js';
import type { VoucherProgrammeImport } from '../billing.types.js';
import type { IssueVoucherProgrammeInput } from './dto/voucher.input.js';
import type { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import { toVoucherProgrammeModel } from './voucher.mapper.js';
import type { VoucherUsageModel } from './voucher.model.js';
import { VoucherRepository } from './voucher.repository.js';
import {
  budgetLeft,
  capLeft,
  coverage,
  coverageAfterCredit,
  describeAmount,
  ineligibility,
  shanghaiYear,
  type VoucherUse,
} from './voucher.rules.js';

/** The longest a programme may run. */
const MAX_VALIDITY_MS = 5 * 366 * 86_400_000;

/** A charge a voucher may cover: the facts its rules and usage read. */
export interface VoucherCharge {
  programmeId: string;
  chargeId: string;
  bookingId: string;
  requesterOrganizationId: string;
  requesterKind: OrganizationKind | null;
  platformId: string;
  province: string;
  serviceType: ServiceType;
}

const field = (message: string) => ({ fields: [{ field: 'programmeId', message }] });

/**
 * Innovation vouchers: authorities issue programmes within their jurisdiction; requesters apply one to a booking
 * (booking checks it here); completion redeems it and credits return what the charge no longer justifies. Every
 * redemption and return locks the programme row first, so concurrent completions book its budget one at a time and
 * never past it (the CHECK on `committed` would refuse it anyway).
 */
@Injectable()
export class VoucherService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vouchers: VoucherRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** An authority (OWNER or ADMIN) issues a programme for a province in its jurisdiction. */
  async issue(actor: Actor, input: IssueVoucherProgrammeInput): Promise<VoucherProgrammeEntity> {
    this.access.assertAuthorityActs(actor, input.province, 'issue innovation voucher programmes');
    if (input.validTo.getTime() - input.validFrom.getTime() > MAX_VALIDITY_MS)
      throw CoreError.invalidField('validTo', 'a programme may run at most five years');
    if (input.validTo.getTime() <= this.clock.now().getTime())
      throw CoreError.invalidField(
        'validTo',
        'validTo must be in the future: a programme that has ended covers nothing',
      );
    if (input.capPerRequesterPerYear > input.budget)
      throw CoreError.invalidField('capPerRequesterPerYear', 'capPerRequesterPerYear may not exceed the budget');
    return this.transactions.run((manager) =>
      this.vouchers.insertProgramme(manager, {
        issuerOrganizationId: actor.organizationId as string,
        createdByUserId: actor.userId,
        province: input.province,
        name: input.name,
        nameEn: input.nameEn ?? null,
        reference: input.reference,
        eligibleKinds: input.eligibleKinds,
        eligibleServiceTypes: input.eligibleServiceTypes,
        shareBasisPoints: percentToBasisPoints(input.sharePercent),
        capPerRequesterPerYear: input.capPerRequesterPerYear,
        budget: input.budget,
        validFrom: input.validFrom,
        validTo: input.validTo,
      }),
    );
  }

  importProgrammes(manager: EntityManager, rows: readonly VoucherProgrammeImport[]): Promise<void> {
    return this.vouchers.insertProgrammes(manager, rows);
  }

  /** Programmes are public policy: anyone may list them (a province's, those valid now). */
  list(province: string | null, validNow: boolean, first: number): Promise<VoucherProgrammeEntity[]> {
    return this.vouchers.list(province, validNow ? this.clock.now() : null, first);
  }

  /** How a programme was used: its issuer, authorities of its province (national ones everywhere), site admins. */
  async usage(actor: Actor, id: string): Promise<VoucherUsageModel> {
    const programme = await this.programme(id);
    // The issuer's staff read it; its EXPERT members hold no authority rights (they see only the rounds they score).
    const issuerStaff = actor.organizationId === programme.issuerOrganizationId && actor.role !== MemberRole.EXPERT;
    if (!issuerStaff) this.access.assertCanReadRegion(actor, programme.province);
    const usage = await this.vouchers.usage(id);
    const platforms = await this.catalog.platformsByIds(usage.byPlatform.map((p) => p.key));
    return {
      programme: toVoucherProgrammeModel(programme),
      covered: usage.covered,
      charges: usage.charges,
      requesters: usage.requesters,
      byPlatform: usage.byPlatform.map((p, i) => ({
        platformId: p.key,
        platformName: platforms[i]?.name ?? null,
        covered: p.covered,
        charges: p.charges,
      })),
      byRequesterKind: usage.byRequesterKind.map((k) => ({
        requesterKind: k.key,
        requesterKindLabel: k.key ? ORGANIZATION_KIND_LABELS[k.key] : null,
        covered: k.covered,
        charges: k.charges,
      })),
      byServiceType: usage.byServiceType.map((t) => ({
        serviceType: t.key,
        serviceTypeLabel: SERVICE_TYPE_LABELS[t.key],
        covered: t.covered,
        charges: t.charges,
      })),
    };
  }

  /**
   * A requester may apply the programme to a booking with these facts now: refused naming `programmeId` when it does
   * not apply, its cap for the year is used up or its budget is spent.
   */
  async assertApplicable(programmeId: string, use: VoucherUse & { requesterOrganizationId: string }): Promise<void> {
    const programme = await this.programme(programmeId);
    const problem = ineligibility(programme, use);
    if (problem)
      throw new BillingError(
        BillingErrorCode.VOUCHER_NOT_ELIGIBLE,
        `This voucher does not apply: ${problem}`,
        field(problem),
      );
    const used = await this.vouchers.usedInYear(programmeId, use.requesterOrganizationId, shanghaiYear(use.at));
    if (capLeft(programme, used) === 0) {
      const message = `your organization has used this year’s cap of ${describeAmount(programme.capPerRequesterPerYear)}`;
      throw new BillingError(
        BillingErrorCode.VOUCHER_CAP_REACHED,
        `This voucher cannot be used: ${message}`,
        field(message),
      );
    }
    if (budgetLeft(programme) === 0) {
      const message = `the programme’s budget of ${describeAmount(programme.budget)} is spent`;
      throw new BillingError(
        BillingErrorCode.VOUCHER_BUDGET_EXHAUSTED,
        `This voucher cannot be used: ${message}`,
        field(message),
      );
    }
  }

  /**
   * At completion, in the caller's transaction: covers the programme's share of the charge within the requester's
   * cap left for the year and the budget left (nothing when the programme no longer applies), booked against the
   * budget under the programme's row lock. Returns the amount covered.
   */
  async redeem(
    manager: EntityManager,
    charge: VoucherCharge & { requesterVerified: boolean },
    chargeFen: number,
    at: Date,
  ): Promise<number> {
    const programme = await this.vouchers.lockById(manager, charge.programmeId);
    if (!programme) return 0;
    if (ineligibility(programme, { ...charge, at })) return 0;
    const year = shanghaiYear(at);
    const used = await this.vouchers.usedInYear(programme.id, charge.requesterOrganizationId, year, manager);
    const covered = coverage(programme, chargeFen, used);
    if (covered > 0) await this.vouchers.redeem(manager, { ...charge, amount: covered, year, createdAt: at });
    return covered;
  }

  /** A credit lowered a covered charge to `netFen`: what its share no longer justifies goes back to the budget. */
  async afterCredit(manager: EntityManager, charge: VoucherCharge, netFen: number, at: Date): Promise<void> {
    const programme = await this.vouchers.lockById(manager, charge.programmeId);
    if (!programme) return;
    const covered = (await this.vouchers.coverageOfCharges([charge.chargeId], manager)).get(charge.chargeId) ?? 0;
    const returned = covered - coverageAfterCredit(programme, covered, netFen);
    if (returned > 0) {
      // Counted in the year it was covered in, so the requester's cap for that year is freed by as much.
      const year = (await this.vouchers.yearOfCharge(manager, charge.chargeId)) ?? shanghaiYear(at);
      await this.vouchers.redeem(manager, { ...charge, amount: -returned, year, createdAt: at });
    }
  }

  /** Coverage per charge, net of returns. */
  coverageOf(chargeIds: readonly string[]): Promise<Map<string, number>> {
    return this.vouchers.coverageOfCharges(chargeIds);
  }

  /** Coverage booked in a period on an operator's charges. */
  coveredForOperator(organizationId: string, platformId: string | null, period: { from: Date; to: Date }) {
    return this.vouchers.coveredForOperator(organizationId, platformId, period);
  }

  private async programme(id: string): Promise<VoucherProgrammeEntity> {
    const programme = await this.vouchers.findById(id);
    if (!programme) throw new BillingError(BillingErrorCode.PROGRAMME_NOT_FOUND, `No voucher programme ${id}`);
    return programme;
  }
}
