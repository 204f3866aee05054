import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { CoreError, Public, PROVINCE_CODES, sendFile, XLSX_TYPE } from '#core';
import { IdentityService, type Actor } from '#identity';
import { EVALUATION_ROUND_REPORT_PATH, RECOMMENDATION_SUMMARY_PATH, ReportService } from './report.service.js';

/**
 * XLSX downloads of the authorities' reports. Authorized like the data: the bearer token, or a link signed for the
 * caller (DownloadLink), checked again against the caller as the database has them now. Never cached.
 */
@Public()
@Controller('reports')
export class ReportDownloadController {
  private readonly logger = new Logger(ReportDownloadController.name);

  constructor(
    private readonly identity: IdentityService,
    private readonly reports: ReportService,
  ) {}

  @Get('recommendation-summary.xlsx')
  recommendationSummary(
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(req, res, RECOMMENDATION_SUMMARY_PATH, query, async (actor) => {
      const { province, year } = query;
      if (typeof province !== 'string' || !PROVINCE_CODES.has(province))
        throw CoreError.invalidField('province', 'province must be a GB/T 2260 province code such as 32');
      if (typeof year !== 'string' || !/^\d{4}$/.test(year) || +year < 2000 || +year > 2100)
        throw CoreError.invalidField('year', 'year must be a year between 2000 and 2100');
      return {
        file: `recommendation-summary-${province}-${year}.xlsx`,
        body: await this.reports.recommendationSummaryXlsx(actor, province, Number(year)),
      };
    });
  }

  @Get('evaluation-round.xlsx')
  evaluationRound(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, EVALUATION_ROUND_REPORT_PATH, query, async (actor) => {
      if (typeof query.id !== 'string' || !isUUID(query.id))
        throw CoreError.invalidField('id', 'id must be an id (UUID)');
      return {
        file: `evaluation-round-${query.id}.xlsx`,
        body: await this.reports.evaluationRoundReportXlsx(actor, query.id),
      };
    });
  }

  private send(
    req: Request,
    res: Response,
    path: string,
    query: Record<string, unknown>,
    build: (actor: Actor) => Promise<{ file: string; body: Buffer }>,
  ): Promise<void> {
    return sendFile(res, this.logger, async () => {
      const actor = await this.identity.downloadActor(path, query, req.headers.authorization);
      return { ...(await build(actor)), type: XLSX_TYPE };
    });
  }
}
