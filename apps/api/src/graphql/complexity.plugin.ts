import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG, ErrorKind, undeclaredListEstimator, type AppConfig } from '#core';

/**
 * Refuses a query whose estimated cost exceeds the limit before any resolver runs (HTTP 400). Lists cost their
 * length: declared per field (`pageCost`, `listCost` in libs/core/src/graphql/complexity.ts), else assumed.
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const max = this.config.graphql.maxComplexity;
    let refused = false;
    return {
      async willSendResponse({ response }) {
        // Apollo answers 200 to errors thrown while planning: a refused query is the client's to fix.
        if (refused) response.http.status = 400;
      },
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              undeclaredListEstimator,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
        } catch {
          // Variables that do not fit their types: execution refuses them next, with a BAD_USER_INPUT naming the field.
          return;
        }
        if (complexity > max) {
          refused = true;
          throw new GraphQLError(
            `Query is too complex: estimated cost ${complexity}, the limit is ${max}. Ask for fewer fields or smaller pages.`,
            {
              extensions: {
                code: ErrorKind.BAD_USER_INPUT,
                reason: 'QUERY_TOO_COMPLEX',
                complexity,
                limit: max,
              },
            },
          );
        }
      },
    };
  }
}
