import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { createSiteAdmin, registerUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('foundation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers { __typename } on POST /graphql', async () => {
    const res = await t.gql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('marks every GraphQL answer Cache-Control: no-store (answers carry private data)', async () => {
    const post = (body: object | string) =>
      t.http().post('/graphql').set('content-type', 'application/json').send(body);
    const answers = {
      query: await post({ query: '{ __typename }' }),
      mutation: await post({
        query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { email: 'nobody@example.com', password: 'not-the-password' } },
      }),
      badVariables: await post({ query: 'query($n: Int!) { __typename }', variables: { n: 'one' } }),
      invalid: await post({ query: '{ noSuchField }' }),
      unparsable: await post({ query: '{ __typename' }),
      badJson: await post('{"query": '),
    };
    expect(answers.query.body.data).toEqual({ __typename: 'Query' });
    expect(answers.mutation.body.errors?.[0].extensions?.code).toBeDefined();
    for (const [kind, res] of Object.entries(answers)) {
      if (kind !== 'query') expect({ kind, errors: res.body.errors?.length }).toEqual({ kind, errors: 1 });
      expect({ kind, cacheControl: res.headers['cache-control'] }).toEqual({ kind, cacheControl: 'no-store' });
    }
  });

  it('reports database and search engine on GET /health: up or down to anyone, the backlog to site admins only', async () => {
    const anonymous = await t.http().get('/health');
    expect(anonymous.status).toBe(200);
    const up = { database: { status: 'up' }, search: { status: 'up' } };
    expect(anonymous.body).toEqual({ status: 'ok', info: up, error: {}, details: up });
    // A signed-in user who is no site admin, or a token that is no token, sees what anyone sees.
    const user = await registerUser(t);
    for (const authorization of [`Bearer ${user.token}`, 'Bearer not-a-token'])
      expect((await t.http().get('/health').set('authorization', authorization)).body).toEqual(anonymous.body);
    const admin = await createSiteAdmin(t);
    const res = await t.http().get('/health').set('authorization', `Bearer ${admin.token}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
    expect(res.body.info.search).toMatchObject({
      status: 'up',
      engine: 'postgres',
      outboxPending: 0,
      outboxFailing: 0,
    });
  });

  it('sends nosniff and the app’s other security headers on every answer: GraphQL, /health, a JSON 404, a bad body', async () => {
    const answers = {
      graphql: await t.http().post('/graphql').send({ query: '{ __typename }' }),
      health: await t.http().get('/health'),
      notFound: await t.http().get('/no-such-thing').set('accept', 'application/json'),
      badBody: await t.http().post('/graphql').set('content-type', 'application/json').send('{"query":'),
    };
    for (const [kind, res] of Object.entries(answers))
      expect({
        kind,
        nosniff: res.headers['x-content-type-options'],
        frames: res.headers['x-frame-options'],
        hsts: res.headers['strict-transport-security'],
      }).toEqual({ kind, nosniff: 'nosniff', frames: 'DENY', hsts: undefined });
    // Plain HTTP, and a proxy's word that it was HTTPS not trusted (TRUST_PROXY unset): no HSTS.
    const claimed = await t.http().get('/health').set('x-forwarded-proto', 'https');
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS on answers to HTTPS requests, as a trusted proxy reports them', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const secure = await proxied
        .http()
        .post('/graphql')
        .set('x-forwarded-proto', 'https')
        .send({ query: '{ __typename }' });
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
      const plain = await proxied.http().post('/graphql').send({ query: '{ __typename }' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('tags every response with a request id, reusing the caller’s', async () => {
    const res = await t.http().post('/graphql').set('x-request-id', 'trace-123').send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('trace-123');
  });

  it('serves an offline GraphiQL page whose assets come from this server', async () => {
    const page = await t.http().get('/graphiql');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/graphiql/assets/boot.js');
    expect(page.text).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    for (const asset of ['boot.js', 'graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const res = await t.http().get(`/graphiql/assets/${asset}`);
      expect(res.status).toBe(200);
    }
  });

  it('serves the domain vocabulary with both labels', async () => {
    const res = await t.gql<{
      vocabulary: Array<{ name: string; values: Array<{ value: string; label: { zh: string; en: string } }> }>;
    }>('{ vocabulary { name values { value label { zh en } } } }');
    const serviceTypes = res.data?.vocabulary.find((v) => v.name === 'ServiceType');
    expect(serviceTypes?.values).toContainEqual({
      value: 'TYPE_TESTING',
      label: { zh: '产品型式试验', en: 'product type testing' },
    });
  });

  it('labels every value of every enum in the schema (the web app keeps no copy of a label)', async () => {
    const res = await t.gql<{
      vocabulary: Array<{ name: string; values: Array<{ value: string; label: { zh: string; en: string } }> }>;
      __schema: { types: Array<{ name: string; kind: string; enumValues: Array<{ name: string }> | null }> };
    }>('{ vocabulary { name values { value label { zh en } } } __schema { types { name kind enumValues { name } } } }');
    const vocabulary = new Map(res.data?.vocabulary.map((v) => [v.name, v.values]));
    // Currency has one value, shown as the ¥ sign; the rest are GraphQL's own introspection enums.
    const unlabelled = new Set(['Currency']);
    const enums = (res.data?.__schema.types ?? []).filter(
      (type) => type.kind === 'ENUM' && !type.name.startsWith('__') && !unlabelled.has(type.name),
    );
    expect(enums.length).toBeGreaterThan(20);
    for (const type of enums) {
      const values = vocabulary.get(type.name);
      expect({ name: type.name, values: values?.map((v) => v.value).sort() }).toEqual({
        name: type.name,
        values: type.enumValues?.map((v) => v.name).sort(),
      });
      for (const entry of values ?? []) {
        expect(entry.label.zh.trim()).not.toBe('');
        expect(entry.label.en.trim()).not.toBe('');
      }
    }
    expect(vocabulary.get('Province')?.length).toBe(34);
  });

  it('serves the provinces with their capitals, for searches near a city', async () => {
    const res = await t.gql<{
      provinces: Array<{ code: string; capital: { zh: string; en: string }; capitalLocation: { lat: number } }>;
    }>('{ provinces { code name { zh en } capital { zh en } capitalLocation { lat lng } } }');
    expect(res.data?.provinces).toHaveLength(34);
    expect(res.data?.provinces.find((p) => p.code === '32')).toMatchObject({
      capital: { zh: '南京', en: 'Nanjing' },
      capitalLocation: { lat: expect.closeTo(32.06, 1) },
    });
  });

  it('refuses a query whose estimated cost is over the limit with HTTP 400', async () => {
    // Each costs 1 + 100 × 15 (a page of 100 counts its selection 100 times, a page of 10 inside it ten times): 7 of
    // them pass the 10 000 limit.
    const fields = Array.from(
      { length: 7 },
      (_, i) => `a${i}: platforms(first: 100) { edges { node { id name offerings(first: 10) { id } } } }`,
    ).join(' ');
    const res = await t.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers the full introspection query an IDE sends (the schema is not data: it costs nothing)', async () => {
    const res = await t.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses a request body over the size limit', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      fields: [{ field: 'body', message: 'The request body is larger than the server accepts' }],
    });
    expect(res.text).not.toMatch(/at \w+ \(/);
  });

  it('refuses an argument the field does not have with a GraphQL validation error', async () => {
    const res = await t.gql('{ vocabulary(name: 1) { name } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the argument, field or variable of every document error in extensions.fields', async () => {
    const cases: Array<[query: string, field: string, message: RegExp]> = [
      // An unknown argument, at the root and nested: named as arguments are named (class-validator's paths).
      ['{ myBookings(frist: 2) { totalCount } }', 'frist', /Unknown argument "frist" on field "Query.myBookings"/],
      [
        '{ platforms(first: 1) { edges { node { offerings(frist: 2) { id } } } } }',
        'frist',
        /Unknown argument "frist" on field "Platform.offerings"/,
      ],
      // A field the type does not have: by its place in the response, aliases as the response names them.
      ['{ platforms(first: 1) { edges { node { nmae } } } }', 'platforms.edges.node.nmae', /Cannot query field "nmae"/],
      ['{ p: platforms(first: 1) { totalCount bogus } }', 'p.bogus', /Cannot query field "bogus"/],
      // A type that does not exist, in a variable's definition: by the variable, as its value's errors are.
      ['query($input: NoSuchInput!) { vocabulary { name } }', 'input', /Unknown type "NoSuchInput"/],
      [
        '{ platforms(first: 1) { edges { node { ... on NoSuchType { id } } } } }',
        'platforms.edges.node',
        /Unknown type "NoSuchType"/,
      ],
      // A required argument left out: by the argument.
      ['{ offering { id } }', 'id', /argument "id" of type "ID!" is required/],
      // A selection missing, or given to a scalar: by the field.
      ['{ platforms(first: 1) }', 'platforms', /must have a selection of subfields/],
      ['{ platforms(first: 1) { totalCount { x } } }', 'platforms.totalCount', /must not have a selection/],
    ];
    for (const [query, field, message] of cases) {
      const res = await t.gql(query);
      expect({ query, status: res.status, code: res.errors?.[0].extensions?.code }).toEqual({
        query,
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
      expect({ query, fields: res.errors?.[0].extensions?.fields }).toEqual({
        query,
        fields: [{ field, message: expect.stringMatching(message) }],
      });
    }
  });

  it('names the part of a request that is not a GraphQL request', async () => {
    const noQuery = await t.http().post('/graphql').set('content-type', 'application/json').send({ variables: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      fields: [{ field: 'query', message: expect.any(String) }],
    });
    const badVariables = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }', variables: 'x' });
    expect(badVariables.status).toBe(400);
    expect(badVariables.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      fields: [{ field: 'variables', message: expect.any(String) }],
    });
  });

  it('answers a compressed body that does not decompress with the GraphQL error shape, status 400, no-store', async () => {
    // The bytes as they are: supertest would send a Buffer declared JSON as JSON text.
    const post = (encoding: string, body: Buffer) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('content-encoding', encoding)
        .serialize((bytes: Buffer) => bytes as unknown as string)
        .send(body);
    const valid = gzipSync(JSON.stringify({ query: '{ __typename }' }));
    const answered = await post('gzip', valid);
    expect(answered.body).toEqual({ data: { __typename: 'Query' } });
    // Not gzip at all, gzip cut short, and gzip sent as Brotli.
    for (const [encoding, body] of [
      ['gzip', Buffer.from('not compressed at all')],
      ['gzip', valid.subarray(0, valid.length - 8)],
      ['br', valid],
      ['deflate', Buffer.from([0xff, 0x00, 0x12])],
    ] as const) {
      const res = await post(encoding, body);
      expect(res.status).toBe(400);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        errors: [
          {
            message: 'The request body cannot be decompressed',
            extensions: {
              code: 'BAD_REQUEST',
              fields: [{ field: 'body', message: 'The request body cannot be decompressed' }],
            },
          },
        ],
      });
    }
  });

  it('answers a malformed JSON body with the GraphQL error shape, status 400 and no stack', async () => {
    for (const body of ['{"query": "{ __typename }"', '{query: 1}', '{"query": "{ __typename }"}}']) {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send(body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body)).toEqual(['errors']);
      expect(res.body.errors).toEqual([
        {
          message: expect.stringMatching(/^The request body is not valid JSON/),
          extensions: {
            code: 'BAD_REQUEST',
            fields: [{ field: 'body', message: expect.stringMatching(/^The request body is not valid JSON/) }],
          },
        },
      ]);
      expect(res.text).not.toMatch(/at \w+ \(|node_modules/);
    }
  });

  it('answers bad literals written in the query text exactly as the same values sent as variables', async () => {
    const cases: Array<[literal: string, variables: string, values: Record<string, unknown>, field: string]> = [
      [
        `{ complianceReport(province: "32", periodStart: "garbage") { province } }`,
        `query($periodStart: DateTime!) { complianceReport(province: "32", periodStart: $periodStart) { province } }`,
        { periodStart: 'garbage' },
        'periodStart',
      ],
      [
        `mutation { publishSlots(input: { equipmentId: "00000000-0000-4000-8000-000000000000", slots: [{ startsAt: "2027-01-01T09:00:00Z", endsAt: "2027-02-30T09:00:00Z" }] }) { id } }`,
        `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
        {
          input: {
            equipmentId: '00000000-0000-4000-8000-000000000000',
            slots: [{ startsAt: '2027-01-01T09:00:00Z', endsAt: '2027-02-30T09:00:00Z' }],
          },
        },
        'slots.0.endsAt',
      ],
      [
        `mutation { publishSlots(input: { equipmentId: "00000000-0000-4000-8000-000000000000", slots: [{ endsAt: "2027-01-01T09:00:00Z" }] }) { id } }`,
        `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
        { input: { equipmentId: '00000000-0000-4000-8000-000000000000', slots: [{ endsAt: '2027-01-01T09:00:00Z' }] } },
        'slots.0.startsAt',
      ],
      [
        `{ platforms(first: 1.5) { totalCount } }`,
        `query($first: Int!) { platforms(first: $first) { totalCount } }`,
        { first: 1.5 },
        'first',
      ],
      [
        `{ platforms(filter: { levels: [PROVINCIAL, NOPE] }) { totalCount } }`,
        `query($filter: PlatformFilter) { platforms(filter: $filter) { totalCount } }`,
        { filter: { levels: ['PROVINCIAL', 'NOPE'] } },
        'filter.levels.1',
      ],
    ];
    for (const [literal, withVariables, values, field] of cases) {
      const inline = await t.gql(literal);
      const asVariable = await t.gql(withVariables, values);
      expect(asVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
      expect(inline.status).toBe(asVariable.status);
      expect(inline.errors?.[0].extensions).toEqual(asVariable.errors?.[0].extensions);
    }
  });

  it('names the list, not the index, in the message about broken text in one of its values', async () => {
    // The message is shown under the field: "0 must not contain control characters" named nothing a person typed.
    const res = await t.gql(`query($p: [String!]) { searchOfferings(input: { provinces: $p }) { total } }`, {
      p: ['32', '3\u00003'],
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'provinces.1', message: 'provinces must not contain control characters such as NUL' },
    ]);
  });

  it('keeps the committed schema (apps/api/schema.gql) in step with the code', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const committed = await readFile(new URL('../../apps/api/schema.gql', import.meta.url), 'utf8');
    // Regenerate with `npm run schema:generate` when this fails.
    expect(committed.trim()).toBe(printSchema(lexicographicSortSchema(schema)).trim());
  });
});

describe('query depth limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '2' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH and accepts one within it', async () => {
    const tooDeep = await t.gql('{ vocabulary { values { label { zh } } } }');
    expect(tooDeep.errors?.[0].message).toMatch(/exceeds maximum operation depth of 2/);
    expect(tooDeep.data ?? null).toBeNull();
    const shallow = await t.gql('{ vocabulary { name } }');
    expect(shallow.errors).toBeUndefined();
  });
});
