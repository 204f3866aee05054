import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OFFERING_SEARCH_ENGINE, SearchError, SearchErrorCode, type OfferingSearchEngine } from '#search';
import { createSiteAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A Meilisearch that hangs: a real TCP server on loopback that accepts every connection and never answers. With
 * MEILI_TIMEOUT_MS set, searches fail with a typed SERVICE_UNAVAILABLE error and /health reports the engine down,
 * instead of hanging with the request (without a timeout these tests would never finish).
 */
describe('a Meilisearch that accepts connections and never answers', () => {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  let server: net.Server;
  let t: TestApp;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      accepted += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    t = await startTestApp({
      MEILI_URL: `http://127.0.0.1:${port}`,
      MEILI_API_KEY: 'a-scoped-api-key-for-the-app',
      MEILI_TIMEOUT_MS: '300',
    });
  }, 30_000);

  afterAll(async () => {
    await t?.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails a search with SERVICE_UNAVAILABLE naming the timeout', async () => {
    const before = accepted;
    const res = await t.gql<{ searchOfferings: unknown }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total } }`,
      { input: { query: '锂电池正极材料' } },
    );
    expect(res.data?.searchOfferings ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0].extensions?.reason).toBe('ENGINE_UNAVAILABLE');
    expect(res.errors?.[0].message).toContain('no answer within 300 ms');
    expect(JSON.stringify(res.errors)).not.toContain('a-scoped-api-key');
    // The request reached the hung server: it was the timeout that ended it, not a refused connection.
    expect(accepted).toBeGreaterThan(before);
  }, 10_000);

  it('fails suggestions the same way', async () => {
    const res = await t.gql(`query { searchSuggestions(prefix: "锂电", limit: 5) { text } }`);
    expect(res.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 10_000);

  it('throws the typed error from the engine itself', async () => {
    const engine = t.app.get<OfferingSearchEngine>(OFFERING_SEARCH_ENGINE);
    expect(engine.name).toBe('meilisearch');
    const error = await engine.search({ query: 'cathode', sort: 'RELEVANCE', limit: 10, offset: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(SearchError);
    expect((error as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
  }, 10_000);

  it('answers /health with the engine down, in time', async () => {
    const anonymous = await t.http().get('/health');
    expect(anonymous.status).toBe(503);
    expect(anonymous.body.details.search).toEqual({ status: 'down' });
    // Why, to a site admin.
    const admin = await createSiteAdmin(t);
    const res = await t.http().get('/health').set('authorization', `Bearer ${admin.token}`);
    expect(res.status).toBe(503);
    const search = (res.body as { details: { search: { status: string; engine: string; message: string } } }).details
      .search;
    expect(search).toMatchObject({ status: 'down', engine: 'meilisearch' });
    expect(search.message).toContain('no answer within 300 ms');
  }, 10_000);

  it('still answers a query of stop words only with an empty result, without asking the engine', async () => {
    const res = await t.gql<{ searchOfferings: { total: number; hits: unknown[] } }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total hits { score } } }`,
      { input: { query: '有没有 的 机构？' } },
    );
    expect(res.data?.searchOfferings).toEqual({ total: 0, hits: [] });
  }, 10_000);
});
