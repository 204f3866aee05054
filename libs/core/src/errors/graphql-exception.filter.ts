import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { Request } from 'express';
import { toGraphQLError } from './graphql-error.mapper.js';

/** Turns exceptions thrown in resolvers into GraphQL errors; unexpected ones are logged with their stack, never shown. */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const context = GqlArgumentsHost.create(host).getContext<{ req?: Request & { id?: string } }>();
    const requestId = context.req?.id === undefined ? undefined : String(context.req.id);
    const { error, unexpected } = toGraphQLError(exception, requestId);
    if (unexpected) this.logger.error({ err: exception, requestId }, 'unexpected error in a resolver');
    return error;
  }
}
