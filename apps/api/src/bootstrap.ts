import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { createValidationPipe, requestLogging, ROOT_LOGGER, type AppConfig } from '#core';
import { AppModule } from './app.module.js';
import { answerBodyErrorsAsGraphql } from './graphql/body-errors.js';
import { securityHeaders } from './security-headers.js';
import { serveWebApp } from './web/web-app.js';

/** Builds the API application (not yet listening); main.ts, tests and the schema printer share it. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // First: every request gets its id (and its line) whatever a later middleware does with it.
  app.use(requestLogging(app.get<PinoLogger>(ROOT_LOGGER), { quiet: (req) => req.url === '/health' }));
  // Then the headers every answer carries, whatever answers it (a page, GraphQL, a refused body, a 404).
  app.use(securityHeaders);
  app.useBodyParser('json', { limit: config.requestBodyLimit });
  app.use(answerBodyErrorsAsGraphql);
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag (SHA-1 of a page of search hits, on every answer); the API's
  // answers are POSTs or `no-store` and never revalidated. Files keep theirs (serve-static and sendFile make their own).
  app.set('etag', false);
  // Behind a reverse proxy the client address (sign-in throttle) is in X-Forwarded-For, trusted only as configured.
  app.set('trust proxy', config.trustProxy);
  serveWebApp(app);
  return app;
}
