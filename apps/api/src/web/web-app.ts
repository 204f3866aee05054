import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API owns: the web app's fallback never answers them, whatever their suffix. */
export const API_PATHS = ['/graphql', '/graphiql', '/health'] as const;

/** dist/web, built by `npm run build:web` (Vite), found from this file in apps/ (jest) or dist/apps/ (node). */
export function defaultWebDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.join(dir, 'dist', 'web');
}

const isApiPath = (url: string) =>
  API_PATHS.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

/**
 * Serves the single-page app at `/`: its hashed assets (cached for a year), and index.html for every other GET
 * that asks for a page (client routes such as /offerings/:id), except the API's own paths.
 */
export function serveWebApp(app: NestExpressApplication, webDir = defaultWebDir()): void {
  const index = path.join(webDir, 'index.html');
  // gzip for the app's files only (what a browser downloads first); the API's own responses are left as they are.
  const gzip = compression();
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApiPath(req.originalUrl) ? next() : gzip(req, res, next),
  );
  app.useStaticAssets(webDir, {
    index: false,
    redirect: false,
    fallthrough: true,
    // Security headers: every answer has them (security-headers.ts).
    setHeaders: (res, file) => {
      // Vite names assets by content hash: a new build has new names, so old ones never change.
      res.setHeader(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !isApiPath(req.originalUrl) &&
      // A missing file (/assets/x.js, /favicon.ico) stays a 404 instead of becoming the page.
      !path.posix.extname(req.path) &&
      req.accepts('html') === 'html';
    if (!wantsPage) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build:web` (npm start does it).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
