import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { QueryCounter } from '#core';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Abusive queries are refused before they cost anything; what the estimate cannot see is capped. */
describe('query limits', () => {
  let t: TestApp;
  let operator: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_RESPONSE_BYTES: '10000', DATABASE_STATEMENT_TIMEOUT_MS: '1500' });
    operator = await registerUser(t, { kind: 'SME' });
    catalog = await createCatalog(t, operator);
  });

  afterAll(async () => {
    await t.close();
  });

  const sqlDuring = async (work: () => Promise<unknown>) => {
    const counter = t.app.get(QueryCounter);
    const before = counter.queries;
    await work();
    return counter.queries - before;
  };

  it('answers the nested-list query of the outside probe with QUERY_TOO_COMPLEX (HTTP 400) before any SQL runs', async () => {
    // offerings → platform → offerings → platform → offerings: lists inside lists, each costing its page size.
    const nested = `{ offerings(first: 100) { edges { node { platform { offerings { platform { offerings {
      platform { offerings { id title description } } } } } } } } } }`;
    let res: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await sqlDuring(async () => {
      res = await t.gql(nested);
    });
    expect(res?.status).toBe(400);
    expect(res?.data ?? null).toBeNull();
    expect(res?.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(res?.errors?.[0].extensions?.complexity).toBeGreaterThan(10_000);
    expect(statements).toBe(0);
  });

  it('costs a nested list by its page size: a platform’s offerings take `first`, 1–100', async () => {
    const cheap = await t.gql<{ platforms: { edges: Array<{ node: { offerings: unknown[] } }> } }>(
      `{ platforms(first: 10) { edges { node { offerings(first: 2) { id } equipment(first: 1) { id } } } } }`,
    );
    expect(cheap.errors).toBeUndefined();
    for (const edge of cheap.data?.platforms.edges ?? []) expect(edge.node.offerings.length).toBeLessThanOrEqual(2);
    const tooMany = await t.gql(`{ platforms(first: 1) { edges { node { offerings(first: 101) { id } } } } }`);
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([
      { field: 'first', message: 'first must not be greater than 100' },
    ]);
    const expensive = await t.gql(
      `{ platforms(first: 100) { edges { node { offerings(first: 100) { id title platform { id name } } } } } }`,
    );
    expect(expensive.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('estimates one query text again for other page sizes: the estimate kept for a document depends on its variables', async () => {
    // The plugin keeps estimates per parsed document and scalar variables: the same text must not answer with the
    // estimate of a cheaper call.
    const query = `query($outer: Int, $inner: Int) { platforms(first: $outer) { edges { node { offerings(first: $inner) { id title platform { id name } } } } } }`;
    const cheap = await t.gql(query, { outer: 1, inner: 1 });
    expect(cheap.errors).toBeUndefined();
    const again = await t.gql(query, { outer: 1, inner: 1 });
    expect(again.errors).toBeUndefined();
    const expensive = await t.gql(query, { outer: 100, inner: 100 });
    expect(expensive.status).toBe(400);
    expect(expensive.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
    expect((await t.gql(query, { outer: 1, inner: 1 })).errors).toBeUndefined();
  });

  it.each([
    ['a fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['an unknown fragment', '{ platforms { ...Missing } }'],
    ['a fragment spreading itself', '{ ...A } fragment A on Query { me { id } ...A }'],
  ])('refuses %s with a validation error (HTTP 400), not a crash', async (_name, query) => {
    const res = await t.gql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses fragments that spread each other twice (2^30 fields from 30 lines) at once, and keeps answering', async () => {
    // The outside probe's document: each F(i) spreads F(i-1) twice. Walked without memoizing, it held the event loop
    // for minutes (the depth rule, then the cost estimate, expand every spread again).
    const fragments = ['fragment F0 on Query { __typename }'];
    for (let i = 1; i < 30; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} a: __typename ...F${i - 1} }`);
    const res = await t.gql(`query { ...F29 }\n${fragments.join('\n')}`);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_LARGE' });
    const health = await t.http().get('/health');
    expect(health.status).toBe(200);
  });

  it('refuses more than 20 root fields in one operation (aliases included), naming the limit, and answers 20', async () => {
    // 1 600 aliases of `me` cost 7.8 s of server time, 500 aliased searches 9.1 s: each root field reads the database.
    const aliases = (count: number, prefix = 'm') =>
      Array.from({ length: count }, (_, i) => `${prefix}${i}: me { id }`).join(' ');
    const tooMany = await t.gql(`query Many { ${aliases(21)} }`, undefined, { token: operator.token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.data ?? null).toBeNull();
    expect(tooMany.errors?.[0]).toMatchObject({
      message: expect.stringContaining('at most 20'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_MANY_ROOT_FIELDS', limit: 20 },
    });
    // Spread from fragments, they count the same.
    const spread = await t.gql(
      `{ ...A ... on Query { ...B } } fragment A on Query { ${aliases(11)} } fragment B on Query { ${aliases(10, 'n')} }`,
    );
    expect(spread.errors?.[0].extensions?.reason).toBe('TOO_MANY_ROOT_FIELDS');
    const twenty = await t.gql<Record<string, { id: string }>>(`{ ${aliases(20)} __typename }`, undefined, {
      token: operator.token,
    });
    expect(twenty.errors).toBeUndefined();
    expect(Object.keys(twenty.data ?? {})).toHaveLength(21);
  });

  it('reads the signed-in user once however many aliases of me ask for it', async () => {
    const once = await sqlDuring(() => t.gql('{ me { id } }', undefined, { token: operator.token }));
    const aliased = await sqlDuring(() =>
      t.gql('{ a: me { id } b: me { email } c: me { id displayName } }', undefined, { token: operator.token }),
    );
    expect(aliased).toBe(once);
  });

  it.each([3_000, 5_000, 20_000])(
    'answers a list variable nested %d arrays deep with BAD_USER_INPUT naming it, not a server error',
    async (levels) => {
      // The cost estimate's cache key serialised the variable and overflowed the stack from about 5 000 levels on.
      // Written by hand: JSON.stringify here would overflow too.
      const query = 'query($p: [String!]) { searchOfferings(input: { provinces: $p }) { total } }';
      const body = `{"query":${JSON.stringify(query)},"variables":{"p":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send(body);
      expect({ status: res.status, errors: res.body?.errors }).toEqual({
        status: 400,
        errors: [
          expect.objectContaining({
            extensions: expect.objectContaining({
              code: 'BAD_USER_INPUT',
              fields: [expect.objectContaining({ field: expect.stringMatching(/^p\b/) })],
            }),
          }),
        ],
      });
    },
  );

  it('answers more than 50 wrong variable values with typed errors, the last one saying the rest were not checked', async () => {
    const res = await t.gql(`query($f: OfferingFilter) { offerings(filter: $f) { totalCount } }`, {
      f: { constructionModes: Array.from({ length: 60 }, () => 'NOT_A_MODE') },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.length).toBeGreaterThan(50);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(res.errors?.map(() => 'BAD_USER_INPUT'));
    expect(res.errors?.every((e) => (e.extensions?.fields?.length ?? 0) > 0)).toBe(true);
  });

  it('refuses an input object of 50 000 members (a 700 KB body) with one error naming it', async () => {
    // graphql-js refuses each unknown field with a message quoting the whole object, and the cost estimate coerced
    // the variables without its 50-error cap: 2 000 members held the event loop for 10 s, 50 000 for hours.
    const filter = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    const res = await t.gql(`query($filter: OfferingFilter) { offerings(first: 1, filter: $filter) { totalCount } }`, {
      filter,
    });
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_TOO_LARGE',
      fields: [{ field: 'filter', message: 'filter has 50000 members; no input takes more than 100' }],
    });
  });

  it('quotes a refused value in 100 characters, however large', async () => {
    const filter = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, '长'.repeat(5_000)]));
    const res = await t.gql(`query($filter: OfferingFilter) { offerings(first: 1, filter: $filter) { totalCount } }`, {
      filter,
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.k0', message: 'Field "k0" is not defined by type "OfferingFilter"' }],
    });
    expect(Math.max(...(res.errors ?? []).map((e) => e.message.length))).toBeLessThan(400);
  });

  it.each([
    ['platforms', 'PlatformFilter', 'provinces', '32', 70_000],
    ['platforms', 'PlatformFilter', 'levels', 'NONE', 51],
    ['offerings', 'OfferingFilter', 'serviceTypes', 'SCALE_UP', 70_000],
    ['offerings', 'OfferingFilter', 'statuses', 'ACTIVE', 51],
  ])(
    'refuses %s filtered by %s.%s with %s values naming the field, not a crash',
    async (list, type, field, value, count) => {
      // 70 000 valid values fit the body limit and went to PostgreSQL as 70 000 parameters (INTERNAL_SERVER_ERROR).
      const res = await t.gql(`query($f: ${type}) { ${list}(first: 1, filter: $f) { totalCount } }`, {
        f: { [field]: Array.from({ length: count }, () => value) },
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: `filter.${field}`, message: `${field} must contain no more than 50 elements` }],
      });
    },
  );

  it('marks at most 100 notifications read by id in one call', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const res = await t.gql(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids },
      { token: operator.token },
    );
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'ids', message: 'ids must contain no more than 100 elements' },
    ]);
  });

  it('replaces a response over GRAPHQL_MAX_RESPONSE_BYTES with one RESPONSE_TOO_LARGE error', async () => {
    const small = await t.gql(`{ vocabulary { name } }`);
    expect(small.errors).toBeUndefined();
    const res = await t.gql(
      `{ a: vocabulary { name values { value label { zh en } } } b: vocabulary { values { value label { zh en } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RESPONSE_TOO_LARGE',
      limit: 10_000,
    });
  });

  it('stops a statement held past DATABASE_STATEMENT_TIMEOUT_MS: a typed, retryable refusal and nothing changed', async () => {
    const UPDATE = `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { id name } }`;
    // Another session holds the platform's row, so the update's statement waits until the limit stops it.
    const holder = new pg.Client({ connectionString: t.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM platform WHERE id = $1 FOR UPDATE', [catalog.platformId]);
      const stopped = await t.gql(
        UPDATE,
        { input: { id: catalog.platformId, name: '被拦下的名称' } },
        { token: operator.token },
      );
      expect(stopped.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'STATEMENT_TIMEOUT',
      });
      expect(JSON.stringify(stopped.errors)).not.toMatch(/platform|SELECT|UPDATE|at \w/);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const [row] = await t.app.get(DataSource).query('SELECT name FROM platform WHERE id = $1', [catalog.platformId]);
    expect(row.name).not.toBe('被拦下的名称');
    const retried = await t.gql(
      UPDATE,
      { input: { id: catalog.platformId, name: '重试后的名称' } },
      { token: operator.token },
    );
    expect(retried.data).toEqual({ updatePlatform: { id: catalog.platformId, name: '重试后的名称' } });
  });
});
