import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '#core';
import type { Actor } from '../access/actor.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { MemberRole, OrganizationKind } from '../identity.enums.js';
import { UserRepository, type ActorRow } from '../user/user.repository.js';

/** Users whose actor is remembered, and tokens whose signature was checked (bounded maps: the oldest entry goes first). */
const RECENT_ACTORS = 10_000;
const VERIFIED_TOKENS = 10_000;

/** Adds `key` as the newest entry of a bounded map, evicting the oldest beyond `max`. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key); // re-inserted last: a map's order is its eviction order
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as string);
}

@Injectable()
export class TokenService {
  /**
   * The actor each user's last fresh lookup found, by user id: only for operations that read their caller again in
   * their own statement (`@ActorCheckedInStatement()`) and decide on that, never as the answer to who calls.
   */
  private readonly recent = new Map<string, Actor>();
  /**
   * Tokens whose signature checked out, with their user and expiry: a token is an immutable string, so the same
   * string verifies the same way until it expires (HS256 over the process's one secret; nothing revokes a token).
   * Saves the HMAC and JSON parsing of every request after a token's first.
   */
  private readonly verified = new Map<string, { userId: string; expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync({ sub: userId }, { expiresIn: this.config.auth.tokenTtlSeconds });
    return { token, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /** The token's user as it is now (role and verification are read fresh, never trusted from the token). */
  async actorFor(token: string): Promise<Actor> {
    return this.actorOfUser(await this.userOf(token));
  }

  /**
   * The token's user as its last lookup found it, without a read when there was one (else read fresh): for an
   * operation that reads its caller again inside its own statement and decides on that (`actorFromRow`). The token
   * itself is verified as always.
   */
  async recentActorFor(token: string): Promise<Actor> {
    const userId = await this.userOf(token);
    return this.recent.get(userId) ?? this.actorOfUser(userId);
  }

  /** The user a valid token names. */
  private async userOf(token: string): Promise<string> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAt) return known.userId;
    let userId: unknown;
    let payload: { sub?: unknown; exp?: unknown; nbf?: unknown };
    try {
      payload = await this.jwt.verifyAsync<typeof payload>(token);
      userId = payload.sub;
    } catch {
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token is invalid or expired; sign in again');
    }
    // A correctly signed token with a foreign subject (another system's secret reuse, an old format) is not ours.
    if (typeof userId !== 'string' || !isUUID(userId))
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token names no user; sign in again');
    // jsonwebtoken refuses a token from its `exp` second on; one without `exp` or with `nbf` is verified every time.
    if (typeof payload.exp === 'number' && payload.nbf === undefined)
      remember(this.verified, token, { userId, expiresAt: payload.exp * 1000 }, VERIFIED_TOKENS);
    return userId;
  }

  /** The user as an actor, read fresh (also for signed download links, which name the user who asked for them). */
  async actorOfUser(userId: string): Promise<Actor> {
    return this.actorFromRow(userId, (await this.users.findActorRow(userId)) ?? null);
  }

  /**
   * The actor of a row read by `findActorRow` or by another context's statement (`actorRowSql`), remembered for
   * `recentActorFor`; TOKEN_INVALID when the user no longer exists.
   */
  actorFromRow(userId: string, row: ActorRow | null): Actor {
    if (!row) {
      this.recent.delete(userId);
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token belongs to no user; sign in again');
    }
    const actor: Actor = {
      userId: row.id,
      email: row.email,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      role: row.role,
      siteAdmin: row.site_admin,
      // Experts an authority invited score what they are assigned; they hold none of the authority's rights.
      authorityRegion:
        row.kind === OrganizationKind.GOVERNMENT && row.verified && row.role !== MemberRole.EXPERT
          ? row.authority_region
          : null,
    };
    remember(this.recent, userId, actor, RECENT_ACTORS);
    return actor;
  }
}
