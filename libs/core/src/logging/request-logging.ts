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

// pino-http's types declare `id` and `log` on every IncomingMessage; this works with or without them.
type LoggedRequest = IncomingMessage & { id?: unknown; log?: unknown };

/**
 * Gives every request its id (the caller's X-Request-Id when well-formed), echoes it in the response and binds it
 * to the request's logger (nestjs-pino hands that logger to every log line made while the request runs), then logs
 * the request once when its response is done: `error` for a 5xx or a response cut short, `warn` when slower than
 * `slowMs`, else `info`. Unlike pino-http, which serialises the whole request (headers, redaction) into a child
 * logger on every request whatever the level, a request costs one small child logger here, and its line is built
 * only when the level is enabled: at `LOG_LEVEL=warn` an ordinary request writes and serialises nothing.
 */
export function requestLogging(root: Logger, options: RequestLoggingOptions = {}) {
  const slowMs = options.slowMs ?? SLOW_REQUEST_MS;
  return function requestLogger(req: LoggedRequest, res: ServerResponse, next: () => void): void {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    req.id = id;
    res.setHeader('x-request-id', id);
    const log = root.child({ reqId: id });
    req.log = log;
    const { method, url } = req; // routers rewrite req.url on the way (Apollo sees '/')
    const started = performance.now();
    // 'close' comes once, after 'finish' or when the connection went away before the response was sent.
    res.once('close', () => {
      const responseTime = Math.round(performance.now() - started);
      const failed = res.statusCode >= 500 || !res.writableFinished;
      const level: Level = failed ? 'error' : responseTime >= slowMs ? 'warn' : 'info';
      if (!log.isLevelEnabled(level) || (level === 'info' && options.quiet?.(req))) return;
      log[level](
        {
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
