import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { IS_PUBLIC } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { TokenService } from '../auth/token.service.js';
import type { RequestWithActor } from './current-actor.decorator.js';

/**
 * Global guard: every GraphQL operation needs a valid bearer token unless marked @Public(). Public operations
 * still see the caller when a valid token is sent, and ignore a bad one (an expired token must not block login).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic =
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ?? false;
    const req = GqlExecutionContext.create(context).getContext<{
      req: Request & RequestWithActor & { actorResolved?: boolean };
    }>().req;
    if (!req.actorResolved) {
      req.actorResolved = true;
      const header = req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (token) {
        try {
          req.actor = await this.tokens.actorFor(token);
        } catch (error) {
          if (!isPublic) throw error;
        }
      }
    }
    if (!req.actor && !isPublic) {
      throw new IdentityError(
        IdentityErrorCode.AUTHENTICATION_REQUIRED,
        'Sign in first: send Authorization: Bearer <token>',
      );
    }
    return true;
  }
}
