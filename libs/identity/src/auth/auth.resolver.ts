import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public } from '#core';
import type { Actor } from '../access/actor.js';
import { CurrentActor, OptionalActor } from '../access/current-actor.decorator.js';
import { UserModel, AuthPayloadModel } from '../user/user.model.js';
import { toUserModel } from '../user/user.mapper.js';
import { IdentityLoaders } from '../identity.loaders.js';
import { AuthService, type Session } from './auth.service.js';
import { LoginInput, RegisterInput } from './dto/auth.input.js';

const toPayload = (session: Session): AuthPayloadModel => ({
  token: session.token,
  expiresAt: session.expiresAt,
  user: toUserModel(session.user),
});

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Create an account: with a new organization (as OWNER), or joining one that invited you.',
  })
  async register(@Args('input') input: RegisterInput, @Context('req') req: Request): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.register(input, req.ip ?? 'unknown'));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(@Args('input') input: LoginInput, @Context('req') req: Request): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.login(input, req.ip ?? 'unknown'));
  }

  @Mutation(() => Boolean, {
    description:
      'Sign out everywhere: every token of your account (on every device) and every download link it signed is refused from now on (TOKEN_INVALID); sign in again for a new one.',
  })
  async signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.auth.signOut(actor);
    return true;
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@OptionalActor() actor: Actor | null, @Context() context: object): Promise<UserModel | null> {
    // Through the loader: aliases of `me` in one operation read the user once.
    return actor ? this.loaders.user(context).load(actor.userId) : null;
  }
}
