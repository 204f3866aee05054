import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { INTERNAL_SERVER_ERROR, type AppConfig } from '#core';

export interface GraphqlContext {
  req: Request & { id?: string };
  res: Response;
}

/** Code-first schema served at POST /graphql; the IDE is our own offline GraphiQL at GET /graphiql. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
    validationRules: [depthLimit(config.graphql.maxDepth)],
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
      // Errors that bypass the resolver filter (plugins, serialization) must not leak internals either.
      if (formatted.extensions?.code === INTERNAL_SERVER_ERROR && !formatted.extensions.requestId) {
        return { message: 'Internal server error', extensions: { code: INTERNAL_SERVER_ERROR } };
      }
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    },
  };
}
