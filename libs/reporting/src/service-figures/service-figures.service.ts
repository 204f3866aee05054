import { Injectable } from '@nestjs/common';
import { CoreError, groupByKeys } from '#core';
import { BillingService } from '#billing';
import { BookingService } from '#booking';
import { CatalogService } from '#catalog';
import { AccessPolicy, IdentityService, type Actor, type OrganizationKind } from '#identity';
import { MatchingService } from '#matching';
import { ObligationsService, type Period } from '#obligations';
import { ReportingError, ReportingErrorCode } from '../reporting.errors.js';
import { toServiceFiguresModel } from './service-figures.mapper.js';
import type { ServiceFiguresModel } from './service-figures.model.js';
import { computeServiceFigures, type ServiceFacts } from './service-figures.js';

/** The longest period figures are computed over at once (five years). */
const MAX_PERIOD_MS = 5 * 366 * 86_400_000;

/** Gathers the service records of platforms from the contexts that keep them, and computes their figures. */
@Injectable()
export class ServiceFiguresService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly billing: BillingService,
    private readonly identity: IdentityService,
    private readonly matching: MatchingService,
    private readonly obligations: ObligationsService,
    private readonly access: AccessPolicy,
  ) {}

  /** The operator's members, authorities of its province (national ones everywhere) and site admins. */
  async forPlatform(actor: Actor, platformId: string, period: Period): Promise<ServiceFiguresModel> {
    assertPeriod(period);
    const platform = await this.catalog.visiblePlatform(actor, platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province)) {
      throw new ReportingError(
        ReportingErrorCode.NOT_ALLOWED,
        'Only the platform’s organization, authorities of its province and site admins may see its service figures',
      );
    }
    const [figures] = await this.ofPlatforms([platformId], period);
    return figures;
  }

  /** Figures of each platform over `period`, in `platformIds` order (no access check: callers decide who reads). */
  async ofPlatforms(platformIds: readonly string[], period: Period, now = new Date()): Promise<ServiceFiguresModel[]> {
    const facts = await this.factsOf(platformIds, period);
    // The obligation period containing the end of the figures' period, or now if that is still to come.
    const statusAt = new Date(Math.min(period.end.getTime() - 1, now.getTime()));
    const statuses = await Promise.all(platformIds.map((id) => this.obligations.complianceStatusAt(id, statusAt)));
    return platformIds.map((id, i) =>
      toServiceFiguresModel(id, period, computeServiceFigures(facts.get(id) ?? NO_FACTS, period, now), statuses[i]),
    );
  }

  /** Figures pooled over all these platforms, one per period (a province's or the country's months). */
  async pooled(
    platformIds: readonly string[],
    periods: readonly Period[],
    now = new Date(),
  ): Promise<ServiceFiguresModel[]> {
    if (periods.length === 0) return [];
    const span = { start: periods[0].start, end: periods[periods.length - 1].end };
    const all = [...(await this.factsOf(platformIds, span)).values()];
    const pool: ServiceFacts = {
      slots: all.flatMap((f) => f.slots),
      bookings: all.flatMap((f) => f.bookings),
      requesterKinds: new Map(all.flatMap((f) => [...f.requesterKinds])),
      proposals: all.flatMap((f) => f.proposals),
      charges: all.flatMap((f) => f.charges),
    };
    return periods.map((period) => toServiceFiguresModel(null, period, computeServiceFigures(pool, period, now), null));
  }

  private async factsOf(platformIds: readonly string[], period: Period): Promise<Map<string, ServiceFacts>> {
    const equipment = await this.catalog.equipmentIdsByPlatform(platformIds);
    const platformOfEquipment = new Map(
      [...equipment].flatMap(([platformId, ids]) => ids.map((id) => [id, platformId])),
    );
    const [slots, bookings, proposals, charges] = await Promise.all([
      this.booking.slotsOverlapping([...platformOfEquipment.keys()], period.start, period.end),
      this.booking.serviceRecords(platformIds, period.start, period.end),
      this.matching.proposalResponses(platformIds, period.start, period.end),
      this.billing.chargeFacts(platformIds, period.start, period.end),
    ]);
    const requesterIds = [...new Set(bookings.map((b) => b.requesterOrganizationId))];
    const requesterKinds = new Map<string, OrganizationKind>();
    for (const organization of await this.identity.organizationsByIds(requesterIds))
      if (organization) requesterKinds.set(organization.id, organization.kind);
    const slotsOf = groupByKeys(platformIds, slots, (s) => platformOfEquipment.get(s.equipmentId));
    const bookingsOf = groupByKeys(platformIds, bookings, (b) => b.platformId);
    const proposalsOf = groupByKeys(platformIds, proposals, (p) => p.platformId);
    const chargesOf = groupByKeys(platformIds, charges, (c) => c.platformId);
    return new Map(
      platformIds.map((id, i) => [
        id,
        {
          slots: slotsOf[i],
          bookings: bookingsOf[i],
          requesterKinds,
          proposals: proposalsOf[i],
          charges: chargesOf[i],
        },
      ]),
    );
  }
}

const NO_FACTS: ServiceFacts = { slots: [], bookings: [], requesterKinds: new Map(), proposals: [], charges: [] };

function assertPeriod(period: Period): void {
  if (period.end <= period.start) throw CoreError.invalidField('to', 'to must be after from');
  if (period.end.getTime() - period.start.getTime() > MAX_PERIOD_MS)
    throw CoreError.invalidField('to', 'a period may span at most five years');
}
