import type { NextFunction, Request, Response } from 'express';

/**
 * What body-parser attaches to the errors it raises (`http-errors`): a 4xx status and a `type` naming the failure —
 * except for a body that does not decompress, which it passes on as zlib's own error (incorrect header check,
 * unexpected end of file, Brotli's codes…) given a 400 status and no `type`.
 */
interface BodyParserError {
  status?: unknown;
  type?: unknown;
}

const DECOMPRESSION_FAILED = 'decompression.failed';

/** body-parser's refusal of a compressed body that its decompressor could not read. */
const failedToDecompress = (req: Request, type: unknown): boolean =>
  type === undefined && !['identity', undefined].includes(req.headers['content-encoding']?.toLowerCase());

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is larger than the server accepts',
  'encoding.unsupported': 'The request body has a content encoding the server does not accept',
  'charset.unsupported': 'The request body has a charset the server does not accept',
  [DECOMPRESSION_FAILED]: 'The request body cannot be decompressed',
};

/**
 * An Express error handler registered right after the JSON body parser, so a body it refuses is answered in the
 * GraphQL error shape every client of /graphql reads (`{ errors: [{ message, extensions: { code, fields } }] }`, the
 * field being `body`) with the parser's 4xx status, instead of Nest's `{ message, error, statusCode }`. The parser's
 * own message (e.g. "Unexpected token } in JSON at position 9") helps a developer and exposes nothing; other errors
 * pass on. Like every GraphQL answer it is `no-store`.
 */
export function answerBodyErrorsAsGraphql(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { status, type: given } = (error ?? {}) as BodyParserError;
  const type = failedToDecompress(req, given) ? DECOMPRESSION_FAILED : given;
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const detail = type === 'entity.parse.failed' && error instanceof Error ? `: ${error.message}` : '';
  const message = `${MESSAGES[type] ?? 'The request body cannot be read'}${detail}`;
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({
    errors: [{ message, extensions: { code: 'BAD_REQUEST', fields: [{ field: 'body', message }] } }],
  });
}
