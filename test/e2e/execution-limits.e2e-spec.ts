import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { OutboxProcessor } from '#core';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TIMEOUT_MS = 2000;

/**
 * The execution deadline (a wrapper on every field) and the response's single serialisation, over real HTTP: a query
 * whose first field outlives the deadline answers one QUERY_TIMEOUT (the server's trouble, retryable) and no data,
 * whatever fields follow (lists, nested lists, fields of default resolvers); a mutation that outlives it is answered
 * with what it did; a response within the limits is the plain JSON Apollo would send.
 */
describe('execution limits over HTTP', () => {
  let t: TestApp;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_TIMEOUT_MS: String(TIMEOUT_MS) });
    const operator = await registerUser(t, { kind: 'SME' });
    catalog = await createCatalog(t, operator);
    await createCatalog(t, operator);
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  /** Sends the query while another session locks `table` for twice the deadline: its root field outlives it. */
  const whileLocked = async (table: string, body: object) => {
    const holder = new pg.Client({ connectionString: t.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      const sent = t.http().post('/graphql').set('content-type', 'application/json').send(body);
      const pending = sent.then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 1000));
      await holder.query('ROLLBACK');
      return await pending;
    } finally {
      await holder.end();
    }
  };

  const expectTimeout = (res: { status: number; body: Record<string, unknown> }) => {
    expect(res.status).toBe(503);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toEqual([
      {
        message: expect.stringContaining(`${TIMEOUT_MS} ms`),
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'QUERY_TIMEOUT', limit: TIMEOUT_MS },
      },
    ]);
  };

  it('answers a sign-up that committed after the deadline with its account, selection and all', async () => {
    const email = `late-${Date.now()}@example.com`;
    const input = {
      email,
      password: TEST_PASSWORD,
      displayName: 'Late Sign-up',
      organization: { name: '超时注册测试', kind: 'SME', province: '32', city: '南京' },
    };
    // The organization's table is locked past the deadline: the sign-up commits only after it.
    const res = await whileLocked('organization', {
      query: `mutation($input: RegisterInput!) { register(input: $input) { token user { id email organization { name } } } }`,
      variables: { input },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.data.register).toEqual({
      token: expect.any(String),
      user: { id: expect.any(String), email, organization: { name: '超时注册测试' } },
    });
    // What the client was told is what happened: the account exists and its token works.
    const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, undefined, { token: res.body.data.register.token });
    expect(me.data?.me.id).toBe(res.body.data.register.user.id);
  });

  it('stops nested lists of default-resolved fields after the deadline: one QUERY_TIMEOUT, no partial data', async () => {
    const res = await whileLocked('service_offering', {
      query: `{ offerings(first: 5) { edges { cursor node { id title keywords platform { name offerings { id title } } } } } }`,
    });
    expectTimeout(res);
  });

  it('stops a search page whose offerings are read after the deadline', async () => {
    const res = await whileLocked('service_offering', {
      query: `{ searchOfferings(input: { limit: 10 }) { total hits { score price { amount tier } offering { id title platform { name } } } } }`,
    });
    expectTimeout(res);
  });

  it('answers the same queries in full once nothing holds them', async () => {
    const res = await t.gql<{ offerings: { edges: Array<{ node: { platform: { offerings: unknown[] } } }> } }>(
      `{ offerings(first: 5) { edges { cursor node { id title keywords platform { name offerings { id title } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.offerings.edges).toHaveLength(2);
  });

  it('sends the JSON Apollo would: data alone, errors first then data, once encoded, a line feed at the end', async () => {
    const ok = await t
      .http()
      .post('/graphql')
      .send({ query: `{ offering(id: "${catalog.offeringId}") { id title } }` });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    expect(ok.text).toBe(`${JSON.stringify({ data: { offering: ok.body.data.offering } })}\n`);
    expect(ok.body.data.offering.id).toBe(catalog.offeringId);

    // A field's error: errors then data, each error with its code and no stack.
    const partial = await t.http().post('/graphql').send({
      query: `{ vocabulary { name } offerings(first: 1) { edges { node { id platform { id } } } } gone: offerings(first: 1, after: "not-a-cursor") { edges { node { id } } } }`,
    });
    expect(partial.body.errors?.length).toBeGreaterThan(0);
    expect(Object.keys(JSON.parse(partial.text))).toEqual(['errors', 'data']);
    expect(partial.text).toBe(`${JSON.stringify(partial.body)}\n`);
    for (const error of partial.body.errors ?? []) {
      expect(error.extensions?.code).toEqual(expect.any(String));
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|\bat \w+ \(/);
    }
  });

  it('answers a domain error of a root field with its code, no stack, and no data', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .send({
        query: `query($id: ID!) { offering(id: $id) { id } }`,
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.text).not.toMatch(/stacktrace/);
    expect(res.text).toBe(`${JSON.stringify(res.body)}\n`);
  });

  it('runs the operation named among several in one document, and still answers introspection', async () => {
    const named = await t.gql<{ vocabulary: unknown[] }>(
      `query A { vocabulary { name } } query B { __typename }`,
      undefined,
      { headers: {} },
    );
    // Two operations without a name to pick: refused as the client's mistake.
    expect(named.status).toBe(400);
    const picked = await t
      .http()
      .post('/graphql')
      .send({ query: `query A { vocabulary { name } } query B { __typename }`, operationName: 'B' });
    expect(picked.status).toBe(200);
    expect(picked.text).toBe(`${JSON.stringify({ data: { __typename: 'Query' } })}\n`);
    const introspection = await t.gql<{ __schema: { queryType: { name: string }; types: unknown[] } }>(
      `{ __schema { queryType { name } types { name fields { name } } } }`,
    );
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    expect(introspection.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses a batch (an array of operations) as the client’s mistake, not a server error', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/stacktrace|\bat \w+ \(/);
  });
});
