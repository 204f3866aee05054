import { hostname } from 'node:os';
import type { Params } from 'nestjs-pino';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/** Injection token of the process's root pino logger (the request logging middleware derives from it). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Structured JSON logs at LOG_LEVEL; every line names the service. */
export function createRootLogger(config: AppConfig): Logger {
  return pino({ level: config.logLevel, base: { pid: process.pid, hostname: hostname(), service: 'pilotmatch' } });
}

/**
 * nestjs-pino logs through `root` and binds nothing to requests (`forRoutes: []`, its documented way of "removing
 * request context from following logs"): its binding runs each request in an AsyncLocalStorage, whose promise hooks
 * Node 20 then calls for every promise of the process (0.1–0.6 ms of API CPU per search without words, paired:
 * docs/benchmarks.md). Each request's line comes from `requestLogging` (request-logging.ts), with its id; the lines an
 * operator follows a request by (an unexpected error in a resolver or a download) carry that id themselves
 * (`requestId`).
 */
export function loggerOptions(root: Logger): Params {
  return { pinoHttp: { logger: root }, useExisting: true, forRoutes: [] };
}
