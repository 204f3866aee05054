import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLID, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { AppConfig } from '#core';
import { ExecutionLimitsPlugin } from './execution-limits.plugin.js';
import { graphqlOptions } from './graphql.options.js';

const config = (timeoutMs: number, maxResponseBytes = 1_000_000) =>
  ({
    graphql: { timeoutMs, maxResponseBytes, introspection: false, suggestions: false, maxDepth: 10 },
  }) as unknown as AppConfig;

/** `items` has a resolver of its own; an item's fields are read as properties. `slow` makes time pass. */
let now = 0;
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) }, name: { type: GraphQLString } },
});
const plainSchema = new GraphQLSchema({
  // A mutation that takes long (as argon2 under load or a lock wait does) and commits before its selection is read.
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      saveItems: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
        resolve: () => {
          now += 1_000;
          return Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `saved ${i}` }));
        },
      },
    },
  }),
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { slow: { type: GraphQLString } },
        resolve: (_source, args: { slow?: string }) => {
          if (args.slow) now += 1_000;
          return Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `item ${i}` }));
        },
      },
    },
  }),
});

/** An Apollo server configured as the API configures it (schema transform, serialisation) with the plugin. */
async function server(limits: AppConfig, after: ApolloServerPlugin[] = []) {
  const options = graphqlOptions(limits);
  if (!options.transformSchema) throw new Error('the API transforms its schema');
  const schema = await options.transformSchema(plainSchema);
  return new ApolloServer({
    schema,
    stringifyResult: options.stringifyResult,
    plugins: [new ExecutionLimitsPlugin(limits), ...after],
  });
}

/** The body sent over HTTP. */
async function sent(apollo: ApolloServer, query: string): Promise<string> {
  await apollo.start();
  try {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => ({}),
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return response.body.string;
  } finally {
    await apollo.stop();
  }
}

async function run(query: string, limits: AppConfig) {
  const apollo = await server(limits);
  try {
    const response = await apollo.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  } finally {
    await apollo.stop();
  }
}

describe('ExecutionLimitsPlugin', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('lets fields resolve before the deadline and leaves the response alone', async () => {
    const { status, result } = await run('{ items { id name } }', config(60_000));
    expect(status).toBeUndefined();
    expect(result.errors).toBeUndefined();
    expect(result.data?.items).toHaveLength(10);
  });

  it('starts no field of a query once the deadline has passed, property reads included, and answers one retryable QUERY_TIMEOUT (HTTP 503)', async () => {
    now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    // The list's resolver starts in time and makes a second pass; the items' fields come after the deadline.
    const { status, result } = await run('{ items(slow: "yes") { id name } }', config(500));
    expect(status).toBe(503);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        extensions: { reason: 'QUERY_TIMEOUT', code: 'SERVICE_UNAVAILABLE', limit: 500 },
      }),
    ]);
  });

  it('answers a mutation that outlived the deadline with its result, its selection read in full', async () => {
    now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { status, result } = await run('mutation { saveItems { id name } }', config(500));
    expect(status).toBeUndefined();
    expect(result.errors).toBeUndefined();
    expect(result.data?.saveItems).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `saved ${i}` })),
    );
  });

  it('never replaces a mutation’s result for its size: it was done', async () => {
    const { status, result } = await run('mutation { saveItems { id name } }', config(60_000, 100));
    expect(status).toBeUndefined();
    expect(result.errors).toBeUndefined();
    expect(result.data?.saveItems).toHaveLength(10);
  });

  it('replaces a response over the byte limit with one RESPONSE_TOO_LARGE error (HTTP 400)', async () => {
    const { status, result } = await run('{ items { id name } }', config(60_000, 100));
    expect(status).toBe(400);
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.reason)).toEqual(['RESPONSE_TOO_LARGE']);
  });

  it('sends what Apollo itself would send, also when a later plugin replaced the result', async () => {
    const query = '{ items { id name } }';
    const body = await sent(await server(config(60_000)), query);
    const items = Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `item ${i}` }));
    expect(body).toBe(`${JSON.stringify({ data: { items } })}\n`);
    const replacing: ApolloServerPlugin = {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind === 'single') response.body.singleResult = { data: { items: [] } };
          },
        };
      },
    };
    expect(await sent(await server(config(60_000), [replacing]), query)).toBe(
      `${JSON.stringify({ data: { items: [] } })}\n`,
    );
  });
});
