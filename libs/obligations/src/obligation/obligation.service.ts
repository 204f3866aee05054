import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoreError, OBLIGATED_CONSTRUCTION_MODES, provinceByCode, TransactionRunner } from '#core';
import { BookingService, DEFAULT_ELIGIBLE_KINDS } from '#booking';
import { CatalogService } from '#catalog';
import { AccessPolicy, IdentityService, isAuthorityFor, NotificationService, type Actor } from '#identity';
import { ObligationError, ObligationErrorCode } from '../obligations.errors.js';
import {
  computeCompliance,
  countedBookings,
  periodContaining,
  type ComplianceFigures,
  type Period,
} from './compliance.js';
import type { SetOpenAccessObligationInput } from './dto/obligation.input.js';
import { ComplianceStatus, ObligationBasis, ObligationPeriod } from '../obligations.enums.js';
import { toComplianceModel } from './obligation.mapper.js';
import type { ComplianceModel, ComplianceReportModel } from './obligation.model.js';
import { ObligationRepository } from './obligation.repository.js';
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

@Injectable()
export class ObligationService implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly obligations: ObligationRepository,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly access: AccessPolicy,
  ) {}

  /** Booking asks us who may book a platform's open-access slots: the kinds of the obligation in force. */
  onModuleInit(): void {
    this.booking.useOpenAccessEligibility(
      async (platformId) =>
        (await this.obligations.findEffectiveAt(platformId, new Date()))?.eligibleRequesterKinds ?? null,
    );
  }

  /** The operator (OWNER/ADMIN), an authority of the platform's region or a site admin records a new version. */
  async set(actor: Actor, input: SetOpenAccessObligationInput): Promise<OpenAccessObligationEntity> {
    const platform = await this.catalog.platformOwnership(input.platformId);
    let side: 'OPERATOR' | 'AUTHORITY' | 'ADMIN';
    if (actor.organizationId === platform.organizationId) {
      this.access.assertCanWrite(actor, platform.organizationId);
      side = 'OPERATOR';
    } else if (isAuthorityFor(actor, platform.province)) {
      side = 'AUTHORITY';
    } else if (actor.siteAdmin) {
      side = 'ADMIN';
    } else {
      throw new ObligationError(
        ObligationErrorCode.NOT_ALLOWED,
        'Only the platform’s operator or an authority of its region may set its obligation',
      );
    }
    if (input.basis === ObligationBasis.SHARE_OF_PUBLISHED_HOURS && input.target > 1) {
      throw CoreError.invalidField('target', 'target must be a share between 0 and 1 for SHARE_OF_PUBLISHED_HOURS');
    }
    return this.transactions.run(async (manager) => {
      const obligation = await this.obligations.insertVersion(manager, {
        platformId: input.platformId,
        basis: input.basis,
        target: input.target,
        period: input.period,
        eligibleRequesterKinds: input.eligibleRequesterKinds ?? [...DEFAULT_ELIGIBLE_KINDS],
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
        reference: input.reference,
        setByUserId: actor.userId,
        setBySide: side,
      });
      if (side !== 'OPERATOR') {
        await this.notifications.notify(
          manager,
          { organizationIds: [platform.organizationId] },
          {
            kind: 'obligation.set',
            title: { zh: '开放共享义务已更新', en: 'Open-access obligation updated' },
            body: {
              zh: `主管部门更新了「${platform.platformName}」的开放共享义务（${input.reference}）`,
              en: `An authority updated the open-access obligation of ${platform.platformName} (${input.reference})`,
            },
            subjectId: obligation.id,
          },
        );
      }
      return obligation;
    });
  }

  /** Bulk insert of first versions (demo data), in the caller's transaction. */
  async importObligations(manager: EntityManager, rows: readonly ObligationImport[]): Promise<void> {
    for (const row of rows) {
      await this.obligations.insertVersion(manager, {
        ...row,
        eligibleRequesterKinds: [...DEFAULT_ELIGIBLE_KINDS],
        effectiveTo: null,
      });
    }
  }

  async current(actor: Actor, platformId: string): Promise<OpenAccessObligationEntity | null> {
    await this.assertCanRead(actor, platformId);
    return this.obligations.findCurrent(platformId);
  }

  async history(actor: Actor, platformId: string): Promise<OpenAccessObligationEntity[]> {
    await this.assertCanRead(actor, platformId);
    return this.obligations.history(platformId);
  }

  /** Compliance in the period containing `instant`, judged by the obligation version in force then. */
  async compliance(actor: Actor, platformId: string, instant: Date): Promise<ComplianceModel> {
    await this.assertCanRead(actor, platformId);
    const obligation = await this.obligations.findEffectiveAt(platformId, instant);
    if (!obligation)
      throw new ObligationError(
        ObligationErrorCode.NO_OBLIGATION,
        `Platform ${platformId} has no open-access obligation in force at ${instant.toISOString()}`,
      );
    const period = periodContaining(instant, obligation.period);
    return toComplianceModel(obligation, period, await this.figures(obligation, period, new Date()));
  }

  /** The status of the obligation in force at `instant`, in its period containing it; null without one. */
  async statusAt(platformId: string, instant: Date): Promise<ComplianceStatus | null> {
    const obligation = await this.obligations.findEffectiveAt(platformId, instant);
    if (!obligation) return null;
    return (await this.figures(obligation, periodContaining(instant, obligation.period), new Date())).status;
  }

  /** Every platform of the province with an obligation and its status; obligated modes without one are flagged. */
  async report(actor: Actor, province: string, instant: Date): Promise<ComplianceReportModel> {
    this.access.assertCanReadRegion(actor, province);
    const platforms = await this.catalog.platformsInProvince(province);
    const entries: ComplianceReportModel['entries'] = [];
    const platformsWithoutObligation: ComplianceReportModel['platformsWithoutObligation'] = [];
    const now = new Date();
    for (const platform of platforms) {
      const obligation = await this.obligations.findEffectiveAt(platform.platformId, instant);
      const summary = {
        platformId: platform.platformId,
        platformName: platform.platformName,
        operatorOrganizationId: platform.organizationId,
        constructionMode: platform.constructionMode,
      };
      if (!obligation) {
        if (OBLIGATED_CONSTRUCTION_MODES.includes(platform.constructionMode)) platformsWithoutObligation.push(summary);
        continue;
      }
      const period = periodContaining(instant, obligation.period);
      entries.push({
        ...summary,
        compliance: toComplianceModel(obligation, period, await this.figures(obligation, period, now)),
      });
    }
    return {
      province,
      provinceLabel: provinceByCode(province)?.name ?? { zh: province, en: province },
      entries,
      platformsWithoutObligation,
    };
  }

  /** Worker job: tell operators once per period and status when an obligation turns AT_RISK. */
  async alertAtRisk(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const obligation of await this.obligations.allCurrent()) {
      if (obligation.effectiveFrom > now || (obligation.effectiveTo && obligation.effectiveTo <= now)) continue;
      const period = periodContaining(now, obligation.period);
      const figures = await this.figures(obligation, period, now);
      if (figures.status !== ComplianceStatus.AT_RISK) continue;
      const platform = await this.catalog.platformOwnership(obligation.platformId);
      await this.transactions.run(async (manager) => {
        if (!(await this.obligations.recordAlert(manager, obligation.id, period.start, figures.status))) return;
        await this.notifications.notify(
          manager,
          { organizationIds: [platform.organizationId] },
          {
            kind: 'obligation.at_risk',
            title: { zh: '开放共享义务存在风险', en: 'Open-access obligation at risk' },
            body: {
              zh: `「${platform.platformName}」本期需开放 ${figures.requiredHours} 机时，已预约 ${figures.openAccessBookedHours} 机时，尚缺 ${figures.shortfallHours} 机时。`,
              en: `${platform.platformName} must open ${figures.requiredHours} h this period; ${figures.openAccessBookedHours} h are booked, ${figures.shortfallHours} h short.`,
            },
            subjectId: obligation.id,
          },
        );
        sent += 1;
      });
    }
    return sent;
  }

  private async figures(obligation: OpenAccessObligationEntity, period: Period, now: Date): Promise<ComplianceFigures> {
    const platform = await this.catalog.platformOwnership(obligation.platformId);
    const equipmentIds = await this.catalog.equipmentIdsOfPlatform(obligation.platformId);
    const [slots, bookings] = await Promise.all([
      this.booking.slotsOverlapping(equipmentIds, period.start, period.end),
      this.booking.openAccessBookings(obligation.platformId, period.start, period.end),
    ]);
    // Only eligible outsiders count: never the operator itself, never a kind the obligation leaves out.
    const requesters = await this.identity.organizationsByIds([
      ...new Set(bookings.map((b) => b.requesterOrganizationId)),
    ]);
    const kindOf = new Map(requesters.filter((o) => o !== null).map((o) => [o.id, o.kind]));
    const counted = countedBookings(
      bookings,
      { operatorOrganizationId: platform.organizationId, eligibleKinds: obligation.eligibleRequesterKinds },
      kindOf,
    );
    return computeCompliance({
      basis: obligation.basis,
      target: obligation.target,
      period,
      now,
      slots,
      bookings: counted,
    });
  }

  private async assertCanRead(actor: Actor, platformId: string): Promise<void> {
    const platform = await this.catalog.platformOwnership(platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province)) {
      throw new ObligationError(
        ObligationErrorCode.NOT_ALLOWED,
        'Only the platform’s organization, authorities of its region and site admins may see its obligation',
      );
    }
  }
}
