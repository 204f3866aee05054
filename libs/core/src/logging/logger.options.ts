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
 * nestjs-pino logs through `root`; each HTTP request's logger (with its id) is set by `requestLogging`
 * (request-logging.ts) rather than by pino-http, and nestjs-pino binds it to every line of that request.
 */
export function loggerOptions(root: Logger): Params {
  return { pinoHttp: { logger: root }, useExisting: true };
}
