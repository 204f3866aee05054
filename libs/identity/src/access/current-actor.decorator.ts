import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
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
