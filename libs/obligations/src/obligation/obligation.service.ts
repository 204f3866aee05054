import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Clock,
  CoreError,
  decimalPlaces,
  OBLIGATED_CONSTRUCTION_MODES,
  provinceByCode,
  TransactionRunner,
} from '#core';
import { BookingService, DEFAULT_ELIGIBLE_KINDS } from '#booking';
import { CatalogService, type PlatformOwnership } from '#catalog';
import { IdentityService, NotificationService, type Actor, type NotificationDraft } from '#identity';
import { ObligationError, ObligationErrorCode } from '../obligations.errors.js';
import {
  computeCompliance,
  countedBookings,
  periodContaining,
  type ComplianceFigures,
  type Period,
} from './compliance.js';
import type { CorrectOpenAccessObligationInput, SetOpenAccessObligationInput } from './dto/obligation.input.js';
import { ComplianceStatus, ObligationBasis, ObligationPeriod, ObligationVersionKind } from '../obligations.enums.js';
import { toComplianceModel } from './obligation.mapper.js';
import type { ComplianceModel, ComplianceReportModel } from './obligation.model.js';
import { ObligationPolicy, type ObligationSide } from './obligation.policy.js';
import { ObligationRepository } from './obligation.repository.js';
import { assertCorrectionFits, assertPromiseFits, governingVersion, replacedBy } from './obligation-timeline.js';
import type { OpenAccessObligationEntity } from './open-access-obligation.entity.js';

/** A first obligation version as the demo data records it. */
export interface ObligationImport {
  platformId: string;
  setByUserId: string;
  setBySide: 'OPERATOR' | 'AUTHORITY' | 'ADMIN';
  basis: ObligationBasis;
  target: number;
  period: ObligationPeriod;
  reference: string;
  effectiveFrom: Date;
}

/** A version of a platform's obligation and the period of it containing an instant. */
interface Judged {
  obligation: OpenAccessObligationEntity;
  period: Period;
}

@Injectable()
export class ObligationService implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly obligations: ObligationRepository,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly policy: ObligationPolicy,
    private readonly clock: Clock,
  ) {}

  /** Booking asks us who may book a platform's open-access slots: the kinds of the version judging each slot's period. */
  onModuleInit(): void {
    this.booking.useOpenAccessEligibility(async (manager, platformId, instants) => {
      const versions = await this.obligations.versionsOf([platformId], manager);
      return instants.map((instant) => governingVersion(versions, instant)?.eligibleRequesterKinds ?? null);
    });
  }

  /** A promise for periods to come, by the operator, an authority of the region or a site admin (obligation-timeline). */
  async promise(actor: Actor, input: SetOpenAccessObligationInput): Promise<OpenAccessObligationEntity> {
    const platform = await this.catalog.visiblePlatform(actor, input.platformId);
    const side = this.policy.promiseSide(actor, platform);
    assertTarget(input, false);
    return this.record(
      actor,
      platform,
      side,
      { ...input, effectiveTo: input.effectiveTo ?? null },
      null,
      (versions) => {
        assertPromiseFits(versions, { ...input, effectiveTo: input.effectiveTo ?? null }, this.clock.now());
        this.policy.assertMayReplace(side, replacedBy(versions, input.effectiveFrom));
      },
    );
  }

  /** An authority with jurisdiction corrects periods that have begun, with a reason the operator is told. */
  async correct(actor: Actor, input: CorrectOpenAccessObligationInput): Promise<OpenAccessObligationEntity> {
    const platform = await this.catalog.visiblePlatform(actor, input.platformId);
    const side = this.policy.assertMayCorrect(actor, platform);
    assertTarget(input, true);
    return this.record(actor, platform, side, input, input.reason, (versions) =>
      assertCorrectionFits(versions, input, this.clock.now()),
    );
  }

  /** Bulk insert of first versions (demo data), in the caller's transaction. */
  async importObligations(manager: EntityManager, rows: readonly ObligationImport[]): Promise<void> {
    for (const row of rows) {
      await this.obligations.insertVersion(manager, {
        ...row,
        kind: ObligationVersionKind.PROMISE,
        eligibleRequesterKinds: [...DEFAULT_ELIGIBLE_KINDS],
        effectiveTo: null,
        reason: null,
      });
    }
  }

  /** The version judging the running period, or null. */
  async current(actor: Actor, platformId: string): Promise<OpenAccessObligationEntity | null> {
    await this.readablePlatform(actor, platformId);
    return governingVersion(await this.obligations.versionsOf([platformId]), this.clock.now());
  }

  async history(actor: Actor, platformId: string): Promise<OpenAccessObligationEntity[]> {
    await this.readablePlatform(actor, platformId);
    return (await this.obligations.versionsOf([platformId])).reverse();
  }

  /** Compliance in the period containing `instant`, judged by the version governing it. */
  async compliance(actor: Actor, platformId: string, instant: Date): Promise<ComplianceModel> {
    const platform = await this.readablePlatform(actor, platformId);
    const judged = judge(await this.obligations.versionsOf([platformId]), instant);
    if (!judged)
      throw new ObligationError(
        ObligationErrorCode.NO_OBLIGATION,
        `Platform ${platformId} has no open-access obligation judging ${instant.toISOString()}`,
      );
    return this.measure(platform, judged, this.clock.now());
  }

  /**
   * The running period and up to `periods - 1` before it, oldest first, each judged by the version governing it
   * (so a change of period kind shows as it happened); it stops at the first period no version governs.
   */
  async trend(actor: Actor, platformId: string, periods: number): Promise<ComplianceModel[]> {
    const platform = await this.readablePlatform(actor, platformId);
    const versions = await this.obligations.versionsOf([platformId]);
    const now = this.clock.now();
    const trend: ComplianceModel[] = [];
    let instant = now;
    while (trend.length < periods) {
      const judged = judge(versions, instant);
      if (!judged) break;
      trend.unshift(await this.measure(platform, judged, now));
      instant = new Date(judged.period.start.getTime() - 1);
    }
    return trend;
  }

  /** The status of the version governing `instant`, in its period containing it; null without one. */
  async statusAt(platformId: string, instant: Date): Promise<ComplianceStatus | null> {
    const judged = judge(await this.obligations.versionsOf([platformId]), instant);
    if (!judged) return null;
    const platform = await this.catalog.platformOwnership(platformId);
    return (await this.figures(platform, judged, this.clock.now())).status;
  }

  /** Every platform of the province with an obligation and its status; obligated modes without one are flagged. */
  async report(actor: Actor, province: string, instant: Date): Promise<ComplianceReportModel> {
    this.policy.assertMayReadRegion(actor, province);
    const platforms = await this.catalog.platformsInProvince(province);
    const versions = await this.obligations.versionsOf(platforms.map((p) => p.platformId));
    const entries: ComplianceReportModel['entries'] = [];
    const platformsWithoutObligation: ComplianceReportModel['platformsWithoutObligation'] = [];
    const now = this.clock.now();
    for (const platform of platforms) {
      const judged = judge(
        versions.filter((v) => v.platformId === platform.platformId),
        instant,
      );
      const summary = {
        platformId: platform.platformId,
        platformName: platform.platformName,
        platformNameEn: platform.platformNameEn,
        operatorOrganizationId: platform.organizationId,
        constructionMode: platform.constructionMode,
      };
      if (!judged) {
        if (OBLIGATED_CONSTRUCTION_MODES.includes(platform.constructionMode)) platformsWithoutObligation.push(summary);
        continue;
      }
      entries.push({ ...summary, compliance: await this.measure(platform, judged, now) });
    }
    return {
      province,
      provinceLabel: provinceByCode(province)?.name ?? { zh: province, en: province },
      entries,
      platformsWithoutObligation,
    };
  }

  /** Worker job: tell operators once per period and status when the version judging the running period turns AT_RISK. */
  async alertAtRisk(now: Date = this.clock.now()): Promise<number> {
    const versions = await this.obligations.versionsStartedBy(now);
    let sent = 0;
    for (const platformId of new Set(versions.map((v) => v.platformId))) {
      const judged = judge(
        versions.filter((v) => v.platformId === platformId),
        now,
      );
      if (!judged) continue;
      const platform = await this.catalog.platformOwnership(platformId);
      const figures = await this.figures(platform, judged, now);
      if (figures.status !== ComplianceStatus.AT_RISK) continue;
      const { obligation, period } = judged;
      await this.transactions.run(async (manager) => {
        if (!(await this.obligations.recordAlert(manager, obligation.id, period.start, figures.status))) return;
        await this.tell(manager, platform, {
          kind: 'obligation.at_risk',
          title: { zh: '开放共享义务存在风险', en: 'Open-access obligation at risk' },
          body: {
            zh: `「${platform.platformName}」本期需开放 ${figures.requiredHours} 机时，已预约 ${figures.openAccessBookedHours} 机时、已交付 ${figures.openAccessDeliveredHours} 机时，尚缺 ${figures.shortfallHours} 机时。`,
            en: `${platform.platformName} must open ${figures.requiredHours} h this period; ${figures.openAccessBookedHours} h are booked and ${figures.openAccessDeliveredHours} h delivered, ${figures.shortfallHours} h short.`,
          },
          subjectId: obligation.id,
        });
        sent += 1;
      });
    }
    return sent;
  }

  /**
   * Writes a version under the platform's lock, after `fits` checked it against every version before it; the
   * operator is told of any version it did not record itself.
   */
  private async record(
    actor: Actor,
    platform: PlatformOwnership,
    side: ObligationSide,
    terms: Omit<SetOpenAccessObligationInput, 'effectiveTo'> & { effectiveTo: Date | null },
    reason: string | null,
    fits: (versions: OpenAccessObligationEntity[]) => void,
  ): Promise<OpenAccessObligationEntity> {
    return this.transactions.run(async (manager) => {
      await this.obligations.lockPlatform(manager, platform.platformId);
      fits(await this.obligations.versionsOf([platform.platformId], manager));
      const kind = reason === null ? ObligationVersionKind.PROMISE : ObligationVersionKind.CORRECTION;
      const obligation = await this.obligations.insertVersion(manager, {
        platformId: platform.platformId,
        kind,
        basis: terms.basis,
        target: terms.target,
        period: terms.period,
        eligibleRequesterKinds: terms.eligibleRequesterKinds ?? [...DEFAULT_ELIGIBLE_KINDS],
        effectiveFrom: terms.effectiveFrom,
        effectiveTo: terms.effectiveTo,
        reference: terms.reference,
        setByUserId: actor.userId,
        setBySide: side,
        reason,
      });
      if (kind === ObligationVersionKind.CORRECTION) {
        await this.tell(manager, platform, {
          kind: 'obligation.corrected',
          title: { zh: '开放共享义务已由主管部门更正', en: 'Open-access obligation corrected by an authority' },
          body: {
            zh: `主管部门更正了「${platform.platformName}」已开始期间的开放共享义务。理由：${reason}`,
            en: `An authority corrected the open-access obligation of ${platform.platformName} for periods that had begun. Reason: ${reason}`,
          },
          subjectId: obligation.id,
        });
      } else if (side !== 'OPERATOR') {
        await this.tell(manager, platform, {
          kind: 'obligation.set',
          title: { zh: '开放共享义务已更新', en: 'Open-access obligation updated' },
          body: {
            zh: `主管部门更新了「${platform.platformName}」的开放共享义务（${terms.reference}）`,
            en: `An authority updated the open-access obligation of ${platform.platformName} (${terms.reference})`,
          },
          subjectId: obligation.id,
        });
      }
      return obligation;
    });
  }

  private tell(manager: EntityManager, platform: PlatformOwnership, draft: NotificationDraft): Promise<void> {
    return this.notifications.notify(manager, { organizationIds: [platform.organizationId] }, draft);
  }

  private async measure(platform: PlatformOwnership, judged: Judged, now: Date): Promise<ComplianceModel> {
    return toComplianceModel(judged.obligation, judged.period, await this.figures(platform, judged, now));
  }

  private async figures(
    platform: PlatformOwnership,
    { obligation, period }: Judged,
    now: Date,
  ): Promise<ComplianceFigures> {
    const equipmentIds = await this.catalog.equipmentIdsOfPlatform(platform.platformId);
    const [slots, removedSlots, bookings] = await Promise.all([
      this.booking.slotsOverlapping(equipmentIds, period.start, period.end, now),
      this.booking.removedSlotsOverlapping(equipmentIds, period.start, period.end),
      this.booking.openAccessBookings(platform.platformId, period.start, period.end),
    ]);
    // Only verified, eligible outsiders count: never the operator itself, never a kind the obligation leaves out.
    const requesters = await this.identity.organizationsByIds([
      ...new Set(bookings.map((b) => b.requesterOrganizationId)),
    ]);
    const { counted, unverified } = countedBookings(
      bookings,
      { operatorOrganizationId: platform.organizationId, eligibleKinds: obligation.eligibleRequesterKinds },
      new Map(requesters.filter((o) => o !== null).map((o) => [o.id, { kind: o.kind, verified: o.verified }])),
    );
    return computeCompliance({
      basis: obligation.basis,
      target: obligation.target,
      period,
      now,
      slots,
      removedSlots,
      bookings: counted,
      unverifiedBookings: unverified,
    });
  }

  private async readablePlatform(actor: Actor, platformId: string): Promise<PlatformOwnership> {
    const platform = await this.catalog.visiblePlatform(actor, platformId);
    this.policy.assertMayRead(actor, platform);
    return platform;
  }
}

/** The version judging `instant` and its period containing it (obligation-timeline's one rule). */
function judge(versions: readonly OpenAccessObligationEntity[], instant: Date): Judged | null {
  const obligation = governingVersion(versions, instant);
  return obligation && { obligation, period: periodContaining(instant, obligation.period) };
}

/** The smallest share of published hours a promise (or an authority's correction that is no waiver) may set: 1 %. */
const MIN_SHARE = 0.01;

/**
 * What a target may be (the DTO already bounds it to 0–100 000 with 4 decimals). A promise promises something: a share
 * of the published hours from MIN_SHARE to 1 (a share of one in ten thousand opens six minutes of 1 000 hours: a
 * token, not the moderate opening the notice asks for), or at least one hour a period in hundredths (compliance reports hours in
 * hundredths, so a finer target would be rounded behind the operator's back). An authority's correction may also
 * waive the periods it covers (target 0, with its reason): that is a decision, not a promise.
 */
function assertTarget(input: { basis: ObligationBasis; target: number }, mayWaive: boolean): void {
  if (mayWaive && input.target === 0) return;
  if (input.basis === ObligationBasis.SHARE_OF_PUBLISHED_HOURS) {
    if (input.target < MIN_SHARE || input.target > 1)
      throw CoreError.invalidField(
        'target',
        `target must be a share from ${MIN_SHARE} (1 %) to 1 for SHARE_OF_PUBLISHED_HOURS (0.2 for 20 %)`,
      );
    return;
  }
  if (input.target < 1) throw CoreError.invalidField('target', 'target must be at least 1 hour per period for HOURS');
  if (decimalPlaces(input.target) > 2)
    throw CoreError.invalidField('target', 'target must be hours in hundredths at most (10.25, not 10.125)');
}
