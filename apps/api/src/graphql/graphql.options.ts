import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { Request, Response } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseTrouble, DomainError, INTERNAL_SERVER_ERROR, toGraphQLError, type AppConfig } from '#core';
import { StrictDateTime } from './date-time.scalar.js';
import { depthLimitRule } from './depth-limit.rule.js';
import { stopFieldsAfterDeadline, stringifyResult } from './execution-limits.plugin.js';
import { documentFieldErrors, literalFieldErrors, requestFieldErrors, withInputFields } from './input-errors.js';

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

export interface GraphqlContext {
  req: Request & { id?: string };
  res: Response;
}

/** Code-first schema served at POST /graphql; the IDE is our own offline GraphiQL at GET /graphiql. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const { introspection, suggestions, maxDepth } = config.graphql;
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection,
    // Apollo drops "Did you mean …?" from validation errors; formatError drops it from variable errors too.
    hideSchemaDetailsFromClientErrors: !suggestions,
    includeStacktraceInErrorResponses: false,
    // One DateTime for every field: strict RFC 3339 instead of whatever `new Date()` accepts (date-time.scalar.ts);
    // every field checks the request's deadline before it starts (execution-limits.plugin.ts).
    transformSchema: (schema) =>
      mapSchema(schema, {
        [MapperKind.SCALAR_TYPE]: (type) => (type.name === 'DateTime' ? StrictDateTime : type),
        ...stopFieldsAfterDeadline,
      }),
    // Apollo's default cache-control plugin wraps every field's resolver to collect cache hints we never give (a
    // page of search hits resolves ~300 fields); all it did for us was answer `no-store`, which the context now sets,
    // once per request (answers carry private data). Answers made before the context (a body that is not JSON:
    // body-errors.ts) set it themselves.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    context: ({ req, res }: GraphqlContext): GraphqlContext => {
      res.setHeader('cache-control', 'no-store');
      return { req, res };
    },
    // The response size check serialised the result already: sent as it is.
    stringifyResult,
    validationRules: [depthLimitRule(maxDepth)],
    // Parsing and validating run before any cost limit and block the event loop: 100 000 repeated directives or
    // 50 000 aliases (under the 1 MB body limit) took a second each. The web app's largest document has ~540 tokens.
    parseOptions: { maxTokens: 10_000 },
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      // Field resolvers run without the exception filter (Nest applies filters to root fields only): their domain
      // errors get the same mapping here.
      const original = unwrapResolverError(error);
      if (original instanceof DomainError) {
        const { extensions } = toGraphQLError(original, undefined).error.toJSON();
        return withInputFields({ ...formatted, message: original.message, extensions }, { suggestions });
      }
      // So do the database's troubles (a lost connection, a statement timeout) met by a field resolver.
      if (databaseTrouble(original)) {
        const { message, extensions } = toGraphQLError(original, undefined).error.toJSON();
        return { message, locations: formatted.locations, path: formatted.path, extensions };
      }
      // graphql-js stops coercing variables after 50 errors with an error of no code: the client's doing too.
      if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
        return {
          message: formatted.message,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'TOO_MANY_ERRORS',
            fields: [{ field: 'variables', message: 'more than 50 values are wrong; the first 50 are listed' }],
          },
        };
      }
      // Errors that bypass the resolver filter (plugins, serialization) must not leak internals either.
      if (formatted.extensions?.code === INTERNAL_SERVER_ERROR && !formatted.extensions.requestId) {
        return { message: 'Internal server error', extensions: { code: INTERNAL_SERVER_ERROR } };
      }
      // A bad value written inline answers as the same value sent as a variable does.
      const literal =
        formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && error instanceof GraphQLError
          ? literalFieldErrors(error)
          : undefined;
      if (literal)
        return withInputFields(
          {
            message: formatted.message,
            locations: formatted.locations,
            extensions: { code: 'BAD_USER_INPUT', fields: literal },
          },
          { suggestions },
        );
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // Other refusals of the query text, and of a request that is no GraphQL request, name where they are too (the
      // limits of depth-limit.rule.ts name a reason and a limit instead).
      const named =
        extensions.code === 'GRAPHQL_VALIDATION_FAILED' && !extensions.reason && error instanceof GraphQLError
          ? documentFieldErrors(error)
          : extensions.code === 'BAD_REQUEST'
            ? requestFieldErrors(formatted.message)
            : undefined;
      return withInputFields({ ...formatted, extensions }, { suggestions }, named);
    },
  };
}
