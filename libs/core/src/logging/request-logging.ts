import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Level, Logger } from 'pino';

/** A request slower than this is logged at `warn`, so `LOG_LEVEL=warn` still shows it. */
export const SLOW_REQUEST_MS = 1000;

export interface RequestLoggingOptions {
  slowMs?: number;
  /** Requests logged only when they fail (health checks). */
  quiet?: (req: IncomingMessage) => boolean;
}

// pino-http's types declare `id` on every IncomingMessage; this works with or without them.
type LoggedRequest = IncomingMessage & { id?: unknown };

/**
 * Gives every request its id (the caller's X-Request-Id when well-formed; `req.id`, which error lines name as
 * `requestId`) and echoes it in the response, then logs the request once when its response is done, with that id
 * (`reqId`): `error` for a 5xx or a response cut short, `warn` when slower than `slowMs`, else `info`. Unlike
 * pino-http, which serialises the whole request (headers, redaction) into a child logger on every request whatever
 * the level, a line is built here only when its level is enabled: at `LOG_LEVEL=warn` an ordinary request writes and
 * serialises nothing.
 */
export function requestLogging(root: Logger, options: RequestLoggingOptions = {}) {
  const slowMs = options.slowMs ?? SLOW_REQUEST_MS;
  return function requestLogger(req: LoggedRequest, res: ServerResponse, next: () => void): void {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    req.id = id;
    res.setHeader('x-request-id', id);
    const { method, url } = req; // routers rewrite req.url on the way (Apollo sees '/')
    const started = performance.now();
    // 'close' comes once, after 'finish' or when the connection went away before the response was sent.
    res.once('close', () => {
      const responseTime = Math.round(performance.now() - started);
      const failed = res.statusCode >= 500 || !res.writableFinished;
      const level: Level = failed ? 'error' : responseTime >= slowMs ? 'warn' : 'info';
      if (!root.isLevelEnabled(level) || (level === 'info' && options.quiet?.(req))) return;
      root[level](
        {
          reqId: id,
          method,
          url,
          statusCode: res.statusCode,
          responseTime,
          remoteAddress: req.socket.remoteAddress,
        },
        failed
          ? res.writableFinished
            ? 'request failed'
            : 'request aborted before its response was sent'
          : level === 'warn'
            ? 'slow request'
            : 'request completed',
      );
    });
    next();
  };
}
