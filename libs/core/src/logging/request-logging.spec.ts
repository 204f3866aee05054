import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import { pino, type Level } from 'pino';
import { requestLogging } from './request-logging.js';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  url?: string;
  statusCode?: number;
  responseTime?: number;
  [key: string]: unknown;
}

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A real HTTP server behind the middleware, logging at `level` into memory; `handle` answers each request. */
async function serve(level: Level, handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Line);
      done();
    },
  });
  const middleware = requestLogging(pino({ level }, sink), { slowMs: 50, quiet: (req) => req.url === '/health' });
  server = createServer((req, res) => middleware(req, res, () => handle(req, res)));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const call = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; id: string | undefined }>((resolve, reject) => {
      request({ port, path, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, id: res.headers['x-request-id'] as string }));
      })
        .on('error', reject)
        .end();
    });
  // The line is written on 'close', just after the client has its response.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { lines, call, settle };
}

const answer =
  (status: number, delayMs = 0) =>
  (_req: IncomingMessage, res: ServerResponse) =>
    setTimeout(() => {
      res.statusCode = status;
      res.end('ok');
    }, delayMs);

describe('requestLogging', () => {
  it('logs every request at info, with its id, method, url, status and time', async () => {
    const { lines, call, settle } = await serve('info', answer(200));
    const res = await call('/graphql', { 'x-request-id': 'trace-1' });
    await settle();
    expect(res.id).toBe('trace-1');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        reqId: 'trace-1',
        method: 'GET',
        url: '/graphql',
        statusCode: 200,
      }),
    ]);
  });

  it('gives a request without a usable X-Request-Id a fresh id', async () => {
    const { lines, call, settle } = await serve('info', answer(200));
    const res = await call('/graphql', { 'x-request-id': 'not allowed: spaces' });
    await settle();
    expect(res.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0].reqId).toBe(res.id);
  });

  it('at warn, logs failed and slow requests only', async () => {
    const { lines, call, settle } = await serve('warn', (req, res) =>
      answer(req.url === '/fail' ? 500 : 200, req.url === '/slow' ? 80 : 0)(req, res),
    );
    await call('/fast');
    await call('/slow');
    await call('/fail');
    await settle();
    expect(lines.map(({ level, msg, url, statusCode }) => ({ level, msg, url, statusCode }))).toEqual([
      { level: 40, msg: 'slow request', url: '/slow', statusCode: 200 },
      { level: 50, msg: 'request failed', url: '/fail', statusCode: 500 },
    ]);
    expect(lines[0].responseTime).toBeGreaterThanOrEqual(50);
  });

  it('logs health checks only when they fail', async () => {
    const { lines, call, settle } = await serve('info', (req, res) =>
      answer(req.headers['x-fail'] ? 503 : 200)(req, res),
    );
    await call('/health');
    await call('/health', { 'x-fail': '1' });
    await settle();
    expect(lines.map(({ msg, statusCode }) => ({ msg, statusCode }))).toEqual([
      { msg: 'request failed', statusCode: 503 },
    ]);
  });

  it('logs a request whose client went away before the answer as an error', async () => {
    const { lines, settle } = await serve('warn', answer(200, 100));
    const port = (server?.address() as AddressInfo).port;
    await new Promise<void>((resolve) => {
      const req = request({ port, path: '/gone' });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => req.destroy(), 20);
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await settle();
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'request aborted before its response was sent', url: '/gone' }),
    ]);
  });
});
