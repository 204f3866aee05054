import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Documents that are cheap to send and costly to read: parsing and validation run before the cost and depth limits,
 * on the event loop every other request shares. The outside probe held it for a second with one request each.
 */
describe('parse limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['100 000 repeated directives', `{ __typename ${'@a '.repeat(100_000)}}`],
    ['50 000 aliases', `{ ${Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    ['20 000 operations', Array.from({ length: 20_000 }, (_, i) => `query q${i} { __typename }`).join('\n')],
  ])('refuses a document of %s before validating it (HTTP 400, GRAPHQL_PARSE_FAILED)', async (_label, query) => {
    const res = await t.gql(query);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining('tokens'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('still answers a long document: a thousand aliases', async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await t.gql<Record<string, string>>(`{ ${aliases} }`);
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data ?? {})).toHaveLength(1_000);
  });
});
