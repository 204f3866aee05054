import { Injectable } from '@nestjs/common';
import {
  CONSTRUCTION_MODE_LABELS,
  ConstructionMode,
  INDUSTRY_DIRECTION_LABELS,
  IndustryDirection,
  PLATFORM_LEVEL_LABELS,
  PlatformLevel,
  provinceByCode,
  type Bilingual,
} from '#core';
import { CatalogService, PlatformStatus } from '#catalog';
import { AccessPolicy, NATIONAL_REGION, type Actor } from '#identity';
import { monthsFrom } from '../periods.js';
import { ServiceFiguresService } from '../service-figures/service-figures.service.js';
import type { AuthorityDashboardModel } from './dashboard.model.js';

export const NATIONAL_LABEL: Bilingual = { zh: '全国', en: 'national' };

/** A scope's label: 全国 / national, or the province's name. */
export const scopeLabel = (scope: string): Bilingual =>
  scope === NATIONAL_REGION ? NATIONAL_LABEL : (provinceByCode(scope)?.name ?? { zh: scope, en: scope });

@Injectable()
export class DashboardService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly figures: ServiceFiguresService,
    private readonly access: AccessPolicy,
  ) {}

  /** Authorities whose jurisdiction covers the scope (national ones everything) and site admins. */
  async dashboard(actor: Actor, scope: string, fromMonth: string, months: number): Promise<AuthorityDashboardModel> {
    this.access.assertCanReadRegion(actor, scope);
    const province = scope === NATIONAL_REGION ? null : scope;
    const [counts, platforms] = await Promise.all([
      this.catalog.platformCounts(province),
      this.catalog.platformsInScope(province),
    ]);
    const series = monthsFrom(fromMonth, months);
    const pooled = await this.figures.pooled(
      platforms.map((p) => p.id),
      series.map((m) => m.period),
    );
    const countOf = <K extends string>(
      rows: ReadonlyArray<{ count: number } & Record<string, unknown>>,
      key: string,
      value: K,
    ) => rows.find((r) => r[key] === value)?.count ?? 0;
    return {
      scope,
      scopeLabel: scopeLabel(scope),
      platformCount: platforms.length,
      byStatus: Object.values(PlatformStatus).map((status) => ({
        status,
        count: countOf(counts.byStatus, 'status', status),
      })),
      byLevel: Object.values(PlatformLevel).map((level) => ({
        level,
        label: PLATFORM_LEVEL_LABELS[level],
        count: countOf(counts.byLevel, 'level', level),
      })),
      byConstructionMode: Object.values(ConstructionMode).map((constructionMode) => ({
        constructionMode,
        label: CONSTRUCTION_MODE_LABELS[constructionMode],
        count: countOf(counts.byConstructionMode, 'constructionMode', constructionMode),
      })),
      byIndustryDirection: Object.values(IndustryDirection).map((industryDirection) => ({
        industryDirection,
        label: INDUSTRY_DIRECTION_LABELS[industryDirection],
        count: countOf(counts.byIndustryDirection, 'industryDirection', industryDirection),
      })),
      monthly: series.map((m, i) => ({ month: m.month, figures: pooled[i] })),
    };
  }
}
