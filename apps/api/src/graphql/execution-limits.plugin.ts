import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { APP_CONFIG, ErrorKind, type AppConfig } from '#core';

/**
 * Backstops behind the cost estimate, for what it cannot see (slow resolvers, long texts): after
 * GRAPHQL_TIMEOUT_MS no further field starts resolving and the answer is one QUERY_TIMEOUT error; a response over
 * GRAPHQL_MAX_RESPONSE_BYTES is replaced by one RESPONSE_TOO_LARGE error. Both answer HTTP 400 with no data.
 */
@Plugin()
export class ExecutionLimitsPlugin implements ApolloServerPlugin {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { timeoutMs, maxResponseBytes } = this.config.graphql;
    let deadline = Infinity;
    let timedOut = false;
    return {
      async executionDidStart() {
        deadline = Date.now() + timeoutMs;
        return {
          willResolveField() {
            if (Date.now() <= deadline) return;
            timedOut = true;
            throw new GraphQLError('stopped: the query ran out of time');
          },
        };
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        let refusal: GraphQLError | undefined;
        if (timedOut) {
          refusal = limitError(
            `Query took longer than ${timeoutMs} ms and was stopped. Ask for fewer fields or smaller pages.`,
            'QUERY_TIMEOUT',
            timeoutMs,
          );
        } else if (result.data && Buffer.byteLength(JSON.stringify(result)) > maxResponseBytes) {
          refusal = limitError(
            `The response would exceed ${maxResponseBytes} bytes. Ask for fewer fields or smaller pages.`,
            'RESPONSE_TOO_LARGE',
            maxResponseBytes,
          );
        }
        if (!refusal) return;
        response.body.singleResult = { data: null, errors: [refusal.toJSON()] };
        response.http.status = 400;
      },
    };
  }
}

const limitError = (message: string, reason: string, limit: number) =>
  new GraphQLError(message, { extensions: { code: ErrorKind.BAD_USER_INPUT, reason, limit } });
