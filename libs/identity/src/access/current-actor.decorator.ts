import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import type { Actor } from './actor.js';

export interface RequestWithActor {
  actor?: Actor;
}

export const actorOf = (context: ExecutionContext): Actor | undefined =>
  GqlExecutionContext.create(context).getContext<{ req?: RequestWithActor }>().req?.actor;

/** The signed-in caller; resolvers of non-public operations always have one (the guard made sure). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context);
  if (!actor)
    throw new IdentityError(
      IdentityErrorCode.AUTHENTICATION_REQUIRED,
      'Sign in first: send Authorization: Bearer <token>',
    );
  return actor;
});

/** The caller if signed in, else null (public operations such as `me`). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => actorOf(context) ?? null,
);

export const ACTOR_CHECKED_IN_STATEMENT = 'pilotmatch:actorCheckedInStatement';

/**
 * The operation reads its caller again inside its own transaction's statement (`actorRowSql`, mapped by
 * `IdentityService.actorFromRow`) and decides only on that: the guard may then give it the actor its user's last
 * lookup found, without a read of its own. A member removed or demoted a moment ago is still refused at once, by the
 * statement, which sees the change as any fresh lookup would. Not for public operations.
 */
export const ActorCheckedInStatement = () => SetMetadata(ACTOR_CHECKED_IN_STATEMENT, true);
