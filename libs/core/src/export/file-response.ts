import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_TROUBLE_MESSAGES, databaseTrouble } from '../errors/database-trouble.js';
import { DomainError, ErrorKind } from '../errors/domain-error.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

const STATUS: Record<ErrorKind, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

export interface FileToSend {
  file: string;
  type: string;
  body: Buffer;
}

/**
 * Answers a download: the file, never cached; or a refusal as JSON with the same `code`/`reason`/`fields` GraphQL
 * errors carry (401, 403, 400 naming the field…), 503 when the database cannot serve it; anything unexpected is a
 * 500 without details, logged.
 */
export async function sendFile(res: Response, logger: Logger, produce: () => Promise<FileToSend>): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  try {
    const { file, type, body } = await produce();
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    res.status(200).send(body);
  } catch (error) {
    if (error instanceof DomainError) {
      res.status(STATUS[error.kind]).json({
        code: error.kind,
        reason: error.code,
        message: error.message,
        ...(error.details.fields ? { fields: error.details.fields } : {}),
      });
      return;
    }
    // The request's id (requestLogging), as the resolvers' unexpected errors carry it: the line to find it by.
    const requestId = (res.req as { id?: unknown } | undefined)?.id;
    logger.error(
      { err: error, requestId: requestId === undefined ? undefined : String(requestId) },
      'unexpected error in a download',
    );
    const trouble = databaseTrouble(error);
    if (trouble) {
      const code = ErrorKind.SERVICE_UNAVAILABLE;
      res.status(STATUS[code]).json({ code, reason: trouble, message: DATABASE_TROUBLE_MESSAGES[trouble] });
      return;
    }
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error' });
  }
}
