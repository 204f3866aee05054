import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { Server as NetServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** How long the server keeps answering 503 after the last connection arrived before it stops listening. */
const QUIET_MS = 300;

/**
 * Graceful stop of the HTTP server. `http.Server.close()` alone closes the listening socket at once, which resets
 * connections the kernel accepted but Node had not (a busy server has many in its backlog) and drops open
 * connections whose request is not parsed yet: requests the client has sent, reset without an answer. Instead, once
 * draining: requests that arrive are answered 503 with `Connection: close` (the client knows nothing was done and may
 * retry elsewhere), requests already admitted run to the end, and the server keeps listening until connections have
 * stopped arriving for a moment and every open one has been answered — so the backlog is emptied by answers, not by
 * resets. Then it stops listening and closes what is left (idle keep-alive connections).
 */
export function gracefulHttp(app: NestExpressApplication): { drain(timeoutMs: number): Promise<void> } {
  let admitted = 0;
  let draining = false;
  let lastConnectionAt = 0;
  // Open connections, and since when each has been idle after answering (absent: never asked yet, or busy).
  const sockets = new Set<Socket>();
  const idleSince = new Map<Socket, number>();
  const server = app.getHttpServer() as Server;
  server.on('connection', (socket: Socket) => {
    lastConnectionAt = Date.now();
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      idleSince.delete(socket);
    });
  });
  server.on('request', (req: Request, res: Response) => {
    idleSince.delete(req.socket);
    res.once('finish', () => idleSince.set(req.socket, Date.now()));
  });
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
    res.once('close', () => (admitted -= 1));
    next();
  });
  return {
    async drain(timeoutMs: number) {
      draining = true;
      const deadline = Date.now() + timeoutMs;
      // Timers run late on a busy event loop, which only lengthens the quiet period: the check adapts to the load.
      while (Date.now() < deadline) {
        closeIdleKeepAlive(idleSince, QUIET_MS);
        const quiet = Date.now() - lastConnectionAt >= QUIET_MS;
        if (admitted === 0 && quiet && sockets.size === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      NetServer.prototype.close.call(server);
      server.closeAllConnections();
    },
  };
}

/**
 * Closes keep-alive connections that answered and have been idle a while. Not `server.closeIdleConnections()`: it
 * also destroys a connection accepted a moment ago whose request Node has not parsed yet, the very reset we avoid.
 */
function closeIdleKeepAlive(idleSince: Map<Socket, number>, idleMs: number): void {
  const now = Date.now();
  for (const [socket, since] of idleSince) if (now - since >= idleMs) socket.destroy();
}
