import { Injectable } from '@nestjs/common';
import {
  CONSTRUCTION_MODE_LABELS,
  INDUSTRY_DIRECTION_LABELS,
  KEY_DOMAIN_LABELS,
  PLATFORM_LEVEL_LABELS,
  provinceByCode,
} from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, IdentityService, type Actor } from '#identity';
import { ReportingService, yearPeriod } from '#reporting';
import { LEVEL_OF_STANDING, LevelStanding } from '../evaluation.enums.js';
import { LevelDecisionRepository } from '../level/level-decision.repository.js';
import { RoundQueryService } from '../round/round-query.service.js';
import { RoundRepository } from '../round/round.repository.js';
import type { EvaluationRoundReportModel, RecommendationSummaryModel } from './report.model.js';
import { evaluationRoundWorkbook, recommendationSummaryWorkbook } from './report.workbooks.js';

export const RECOMMENDATION_SUMMARY_PATH = '/reports/recommendation-summary.xlsx';
export const EVALUATION_ROUND_REPORT_PATH = '/reports/evaluation-round.xlsx';

const LEVEL_ORDER = [
  LevelStanding.NATIONAL,
  LevelStanding.NOMINATED_NATIONAL,
  LevelStanding.PROVINCIAL,
  LevelStanding.CULTIVATION,
  LevelStanding.NOMINATED,
];

/** Authorities' reports, as GraphQL data and as XLSX files, authorized like the data they hold. */
@Injectable()
export class ReportService {
  constructor(
    private readonly decisions: LevelDecisionRepository,
    private readonly rounds: RoundRepository,
    private readonly roundQueries: RoundQueryService,
    private readonly catalog: CatalogService,
    private readonly identity: IdentityService,
    private readonly reporting: ReportingService,
    private readonly access: AccessPolicy,
  ) {}

  /** Authorities of the province (national ones any) and site admins. */
  async recommendationSummary(actor: Actor, province: string, year: number): Promise<RecommendationSummaryModel> {
    this.access.assertCanReadRegion(actor, province);
    const period = yearPeriod(year);
    const platforms = await this.catalog.platformsInScope(province);
    const standings = await this.decisions.latestBefore(
      platforms.map((p) => p.id),
      period.end,
    );
    const listed = platforms
      .filter((p) => (standings.get(p.id)?.toStanding ?? LevelStanding.NONE) !== LevelStanding.NONE)
      .sort(
        (a, b) =>
          LEVEL_ORDER.indexOf(standings.get(a.id)!.toStanding) - LEVEL_ORDER.indexOf(standings.get(b.id)!.toStanding) ||
          a.name.localeCompare(b.name, 'zh'),
      );
    const ids = listed.map((p) => p.id);
    const [figures, evaluations, operators] = await Promise.all([
      this.reporting.serviceFiguresOf(ids, period),
      this.rounds.latestResultsBefore(ids, period.end),
      this.identity.organizationsByIds([...new Set(listed.map((p) => p.organizationId))]),
    ]);
    const operatorName = new Map(operators.filter((o) => o !== null).map((o) => [o.id, o.name]));
    return {
      province,
      provinceLabel: provinceByCode(province)?.name ?? { zh: province, en: province },
      year,
      rows: listed.map((p, i) => {
        const decision = standings.get(p.id)!;
        const level = LEVEL_OF_STANDING[decision.toStanding];
        return {
          platformId: p.id,
          platformName: p.name,
          platformNameEn: p.nameEn,
          operatorOrganizationId: p.organizationId,
          operatorName: operatorName.get(p.organizationId) ?? p.organizationId,
          constructionMode: p.constructionMode,
          constructionModeLabel: CONSTRUCTION_MODE_LABELS[p.constructionMode],
          industryDirection: p.industryDirection,
          industryDirectionLabel: INDUSTRY_DIRECTION_LABELS[p.industryDirection],
          keyDomains: p.keyDomains,
          keyDomainLabels: p.keyDomains.map((d) => KEY_DOMAIN_LABELS[d]),
          level,
          levelLabel: PLATFORM_LEVEL_LABELS[level],
          standing: decision.toStanding,
          levelDecidedAt: decision.decidedAt,
          city: p.city,
          address: p.address,
          contact: p.contact,
          serviceFigures: figures[i],
          latestEvaluationTotal: evaluations.get(p.id)?.total ?? null,
          latestEvaluationRound: evaluations.get(p.id)?.roundName ?? null,
        };
      }),
      download: this.identity.signDownloadLink(actor, RECOMMENDATION_SUMMARY_PATH, { province, year: String(year) }),
    };
  }

  async recommendationSummaryXlsx(actor: Actor, province: string, year: number): Promise<Buffer> {
    return recommendationSummaryWorkbook(await this.recommendationSummary(actor, province, year));
  }

  /** Authorities of the round's scope and site admins (not its experts). */
  async evaluationRoundReport(actor: Actor, id: string): Promise<EvaluationRoundReportModel> {
    const round = await this.roundQueries.getForAuthority(actor, id);
    const period = { start: round.periodStart, end: round.periodEnd };
    const figures = await this.reporting.serviceFiguresOf(
      round.platforms.map((p) => p.platformId),
      period,
    );
    return {
      roundId: round.id,
      name: round.name,
      rows: round.platforms.map((p, i) => ({
        rank: p.result?.rank ?? null,
        platformId: p.platformId,
        platformName: p.platformName,
        province: p.province,
        total: p.result?.total ?? null,
        dimensionMeans: p.result?.dimensionMeans ?? [],
        sheets: p.sheets.length,
        experts: p.expertIds.length,
        serviceFigures: figures[i],
      })),
      download: this.identity.signDownloadLink(actor, EVALUATION_ROUND_REPORT_PATH, { id }),
    };
  }

  async evaluationRoundReportXlsx(actor: Actor, id: string): Promise<Buffer> {
    const [round, report] = await Promise.all([
      this.roundQueries.getForAuthority(actor, id),
      this.evaluationRoundReport(actor, id),
    ]);
    const experts = await this.identity.usersByIds([...new Set(round.platforms.flatMap((p) => p.expertIds))]);
    return evaluationRoundWorkbook(round, report, new Map(experts.map((e) => [e.id, e.displayName])));
  }
}
