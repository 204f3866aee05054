import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { defaultWebDir } from '../../apps/api/src/web/web-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROOT_ELEMENT = '<div id="root"></div>';

describe('web app served by the API', () => {
  let t: TestApp;
  const webDir = defaultWebDir();

  beforeAll(async () => {
    if (!existsSync(path.join(webDir, 'index.html'))) {
      throw new Error(`${webDir}/index.html is missing: run npm run build:web (npm test does it in pretest)`);
    }
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('serves the app at / with a strict Content-Security-Policy', async () => {
    const res = await t.http().get('/').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain(ROOT_ELEMENT);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers client routes with the app, so links and reloads work', async () => {
    for (const route of ['/offerings/3f1c2d9e-0000-4000-8000-000000000000', '/bookings', '/requests/new?x=1']) {
      const res = await t.http().get(route).set('accept', 'text/html,application/xhtml+xml');
      expect({ route, status: res.status, app: res.text.includes(ROOT_ELEMENT) }).toEqual({
        route,
        status: 200,
        app: true,
      });
    }
  });

  it('serves hashed assets with a long cache and leaves a missing file a 404', async () => {
    // The largest script: compression leaves files under its 1 kB threshold alone, and some chunks are that small.
    const assets = readdirSync(path.join(webDir, 'assets')).filter((f) => f.endsWith('.js'));
    const size = (f: string) => statSync(path.join(webDir, 'assets', f)).size;
    const asset = assets.sort((a, b) => size(b) - size(a))[0];
    const res = await t.http().get(`/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    const gzipped = await t.http().get(`/assets/${asset}`).set('accept-encoding', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const missing = await t.http().get('/assets/not-there-123.js').set('accept', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain(ROOT_ELEMENT);
  });

  it('never shadows the API: /graphql, /graphiql and /health answer as before, even when a page is asked for', async () => {
    const graphql = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-encoding', 'gzip')
      .send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    expect(graphql.headers['content-encoding']).toBeUndefined();
    const graphqlGet = await t
      .http()
      .get('/graphql?query=%7B__typename%7D')
      .set('accept', 'text/html,application/json')
      .set('apollo-require-preflight', 'true');
    expect(graphqlGet.text).not.toContain(ROOT_ELEMENT);
    const graphiql = await t.http().get('/graphiql').set('accept', 'text/html');
    expect(graphiql.text).toContain('/graphiql/assets/boot.js');
    const health = await t.http().get('/health').set('accept', 'text/html');
    expect(health.body.status).toBe('ok');
    const unknownUnderApi = await t.http().get('/graphiql/assets/nothing').set('accept', 'text/html');
    expect(unknownUnderApi.text).not.toContain(ROOT_ELEMENT);
  });

  it('serves the GraphiQL page, on the origin that keeps the session token, with the app’s headers: no inline script, no framing', async () => {
    const page = await t.http().get('/graphiql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy'] ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    // Every script is a file of this server: an inline one would need 'unsafe-inline' (a data block is not run).
    const inline = [...page.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter(
      ([, attributes]) => !/type="application\/json"/.test(attributes),
    );
    expect(inline).toEqual([]);
    const boot = await t.http().get('/graphiql/assets/boot.js');
    expect(boot.status).toBe(200);
    expect(boot.text).toContain('GraphiQL.createFetcher');
    for (const asset of ['boot.js', 'graphiql.js', 'graphiql.css']) {
      const res = await t.http().get(`/graphiql/assets/${asset}`);
      expect({ asset, nosniff: res.headers['x-content-type-options'] }).toEqual({ asset, nosniff: 'nosniff' });
    }
  });

  it('answers a non-page request for an unknown path with a 404, not the app', async () => {
    const res = await t.http().get('/no-such-thing').set('accept', 'application/json');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(ROOT_ELEMENT);
  });
});
