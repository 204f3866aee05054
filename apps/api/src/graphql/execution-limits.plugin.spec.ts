import { describe, expect, it } from '@jest/globals';
import type { GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import type { AppConfig } from '#core';
import { ExecutionLimitsPlugin } from './execution-limits.plugin.js';

const config = (timeoutMs: number) => ({ graphql: { timeoutMs, maxResponseBytes: 1_000_000 } }) as unknown as AppConfig;

async function run(timeoutMs: number, fields: number) {
  const listener = (await new ExecutionLimitsPlugin(
    config(timeoutMs),
  ).requestDidStart()) as GraphQLRequestListener<object>;
  const execution = await listener.executionDidStart?.({} as never);
  const thrown: unknown[] = [];
  for (let i = 0; i < fields; i += 1) {
    try {
      execution?.willResolveField?.({} as never);
    } catch (error) {
      thrown.push(error);
    }
  }
  const response = {
    body: { kind: 'single', singleResult: { data: { a: 1 }, errors: thrown.map(() => ({ message: 'x' })) } },
    http: { status: undefined as number | undefined, headers: new Map() },
  };
  await listener.willSendResponse?.({ response } as unknown as GraphQLRequestContextWillSendResponse<object>);
  return { thrown: thrown.length, response };
}

describe('ExecutionLimitsPlugin', () => {
  it('lets fields resolve before the deadline and leaves the response alone', async () => {
    const { thrown, response } = await run(60_000, 50);
    expect(thrown).toBe(0);
    expect(response.http.status).toBeUndefined();
    expect(response.body.singleResult).toEqual({ data: { a: 1 }, errors: [] });
  });

  it('stops every field once the deadline has passed and answers one QUERY_TIMEOUT error with HTTP 400', async () => {
    const { thrown, response } = await run(-1, 50);
    expect(thrown).toBe(50);
    expect(response.http.status).toBe(400);
    expect(response.body.singleResult.data).toBeNull();
    expect(response.body.singleResult.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ reason: 'QUERY_TIMEOUT', code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });
});
