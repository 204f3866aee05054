import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import {
  CoreError,
  CSV_TYPE,
  DATE_TIME_EXAMPLE,
  DateTimeError,
  parseDateTime,
  Public,
  sendFile,
  XLSX_TYPE,
} from '#core';
import { IdentityService } from '#identity';
import { CHARGES_CSV_PATH, CHARGES_XLSX_PATH, ChargeService, type ChargePeriod } from './charge.service.js';

/**
 * An operator's charges of a period as CSV or XLSX, authorized like the data: the bearer token, or a link signed for
 * the caller by `chargesExport`, checked again against the caller as the database has them now. Never cached.
 */
@Public()
@Controller('charges')
export class ChargeDownloadController {
  private readonly logger = new Logger(ChargeDownloadController.name);

  constructor(
    private readonly identity: IdentityService,
    private readonly charges: ChargeService,
  ) {}

  @Get('export.csv')
  csv(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendFile(res, this.logger, async () => {
      const actor = await this.identity.downloadActor(CHARGES_CSV_PATH, query, req.headers.authorization);
      const period = periodOf(query);
      return { file: fileName(period, 'csv'), type: CSV_TYPE, body: await this.charges.csv(actor, period) };
    });
  }

  @Get('export.xlsx')
  xlsx(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendFile(res, this.logger, async () => {
      const actor = await this.identity.downloadActor(CHARGES_XLSX_PATH, query, req.headers.authorization);
      const period = periodOf(query);
      return { file: fileName(period, 'xlsx'), type: XLSX_TYPE, body: await this.charges.xlsx(actor, period) };
    });
  }
}

function instant(query: Record<string, unknown>, name: string): Date {
  const value = query[name];
  if (typeof value !== 'string')
    throw CoreError.invalidField(name, `${name} must be a date-time with a time zone, ${DATE_TIME_EXAMPLE}`);
  // The DateTime of GraphQL's arguments: a link and a query name the same instants.
  try {
    return parseDateTime(value);
  } catch (error) {
    if (error instanceof DateTimeError) throw CoreError.invalidField(name, `${name} ${error.message}`);
    throw error;
  }
}

function periodOf(query: Record<string, unknown>): ChargePeriod {
  const platformId = query.platformId;
  if (platformId !== undefined && (typeof platformId !== 'string' || !isUUID(platformId)))
    throw CoreError.invalidField('platformId', 'platformId must be an id (UUID)');
  return { from: instant(query, 'from'), to: instant(query, 'to'), platformId: platformId ?? null };
}

const fileName = (period: ChargePeriod, extension: string) =>
  `charges-${period.from.toISOString().slice(0, 10)}-${period.to.toISOString().slice(0, 10)}.${extension}`;
