import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Graceful stop of the HTTP server: `http.Server.close()` would also drop connections that are open but whose
 * request is not parsed yet, resetting requests the client has already sent. Instead: stop listening (new
 * connections are refused), answer every request received with `Connection: close`, and once none is left in
 * flight (or `timeoutMs` passed) close the remaining connections.
 */
export function trackRequests(server: Server): { drain(timeoutMs: number): Promise<void> } {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight += 1;
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
  });
  return {
    async drain(timeoutMs: number) {
      draining = true;
      NetServer.prototype.close.call(server);
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, timeoutMs).unref();
        });
      }
      server.closeAllConnections();
    },
  };
}
