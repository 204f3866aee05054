import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { IS_PUBLIC } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { TokenService } from '../auth/token.service.js';
import type { Actor } from './actor.js';
import { ACTOR_CHECKED_IN_STATEMENT, type RequestWithActor } from './current-actor.decorator.js';

type GuardedRequest = Request &
  RequestWithActor & { actorLookup?: Promise<ActorLookup>; recentActorLookup?: Promise<ActorLookup> };
type ActorLookup = { actor: Actor | undefined; error?: unknown };

const isRefusedToken = (error: unknown) =>
  error instanceof IdentityError && error.code === IdentityErrorCode.TOKEN_INVALID;

/** `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Global guard: every GraphQL operation needs a valid bearer token unless marked @Public(). Public operations
 * still see the caller when a valid token is sent, and ignore a bad one (an expired token must not block login);
 * a lookup that failed for another reason (the database) fails them too.
 * The token is checked once per request: the first field stores the lookup's promise on the request and every
 * field, however many run in parallel, awaits that same promise. An operation that reads its caller again in its own
 * statement (`@ActorCheckedInStatement()`) gets the actor the user's last lookup found, without a read (a lookup of
 * its own, kept apart, so that no other field of the request is given that actor).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const checkedInStatement =
      !isPublic && (this.reflector.getAllAndOverride<boolean>(ACTOR_CHECKED_IN_STATEMENT, targets) ?? false);
    const req = GqlExecutionContext.create(context).getContext<{ req: GuardedRequest }>().req;
    const { actor, error } = await (checkedInStatement
      ? (req.recentActorLookup ??= this.lookUp(req.headers.authorization, true))
      : (req.actorLookup ??= this.lookUp(req.headers.authorization, false)));
    req.actor = actor;
    // A public operation ignores a bad token only: a caller who could not be looked up (the database is down) is
    // not anonymous, and answering as if they were (`me: null`, base prices) tells a signed-in user they are not.
    if (error && !(isPublic && isRefusedToken(error))) throw error;
    if (!actor && !isPublic) {
      throw new IdentityError(
        IdentityErrorCode.AUTHENTICATION_REQUIRED,
        'Sign in first: send Authorization: Bearer <token>',
      );
    }
    return true;
  }

  /** Never rejects: a bad token is remembered as an error, so public fields can ignore it and others refuse. */
  private async lookUp(header: string | undefined, recent: boolean): Promise<ActorLookup> {
    if (!header) return { actor: undefined };
    const token = bearerToken(header);
    if (!token) {
      return {
        actor: undefined,
        error: new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'Send the token as Authorization: Bearer <token>'),
      };
    }
    try {
      return { actor: await (recent ? this.tokens.recentActorFor(token) : this.tokens.actorFor(token)) };
    } catch (error) {
      return { actor: undefined, error };
    }
  }
}
