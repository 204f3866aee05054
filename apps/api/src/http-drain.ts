import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Graceful stop of the HTTP server. `http.Server.close()` alone closes the listening socket at once, which resets
 * connections the kernel accepted but Node had not (a busy server has many) and drops open connections whose
 * request is not parsed yet: requests the client has sent, reset without an answer. Instead, once draining:
 * requests that arrive are answered 503 with `Connection: close` (the client knows nothing was done and may retry
 * elsewhere), requests already admitted run to the end, then the server stops listening and closes what is left.
 */
export function gracefulHttp(app: NestExpressApplication): { drain(timeoutMs: number): Promise<void> } {
  let admitted = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  // Registered before Nest's routes (they are added at init), so it sees every request first.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (draining) {
      res.set({ connection: 'close', 'retry-after': '1' });
      res.status(503).json({
        errors: [{ message: 'The server is shutting down; retry', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      return;
    }
    admitted += 1;
    res.once('close', () => {
      admitted -= 1;
      if (admitted === 0) idle?.();
    });
    next();
  });
  return {
    async drain(timeoutMs: number) {
      draining = true;
      if (admitted > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, timeoutMs).unref();
        });
      }
      const server = app.getHttpServer() as Server;
      NetServer.prototype.close.call(server);
      server.closeAllConnections();
    },
  };
}
