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

/** What a token says: its user, and the session version it was issued under. */
interface TokenClaims {
  userId: string;
  sessionVersion: number;
}

@Injectable()
export class TokenService {
  /**
   * The actor each user's last fresh lookup found, by user id: only for operations that read their caller again in
   * their own statement (`@ActorCheckedInStatement()`) and decide on that, never as the answer to who calls.
   */
  private readonly recent = new Map<string, Actor>();
  /**
   * Tokens whose signature checked out, with their user, session version and expiry: a token is an immutable string,
   * so the same string verifies the same way until it expires (HS256 over the process's one secret). Whether its
   * session still stands is not the signature's business: the actor lookup compares the version every request.
   * Saves the HMAC and JSON parsing of every request after a token's first.
   */
  private readonly verified = new Map<string, TokenClaims & { expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A token for the user's current session (`sessionVersion`, as the user's row holds it). */
  async issue(userId: string, sessionVersion: number): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync(
      { sub: userId, sv: sessionVersion },
      { expiresIn: this.config.auth.tokenTtlSeconds },
    );
    return { token, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /**
   * The token's user as it is now (role and verification are read fresh, never trusted from the token), in the
   * same lookup that finds whether its session still stands.
   */
  async actorFor(token: string): Promise<Actor> {
    const { userId, sessionVersion } = await this.claimsOf(token);
    return this.actorOfUser(userId, sessionVersion);
  }

  /**
   * The token's user as its last lookup found it, without a read when there was one (else read fresh): for an
   * operation that reads its caller again inside its own statement and decides on that (`actorFromRow`). The token
   * itself is verified as always.
   */
  async recentActorFor(token: string): Promise<Actor> {
    const { userId, sessionVersion } = await this.claimsOf(token);
    const recent = this.recent.get(userId);
    return recent?.sessionVersion === sessionVersion ? recent : this.actorOfUser(userId, sessionVersion);
  }

  /** A signed-out user's remembered actor is of no use any more. */
  forget(userId: string): void {
    this.recent.delete(userId);
  }

  /** The user and session a validly signed token names. */
  private async claimsOf(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAt) return known;
    let userId: unknown;
    let payload: { sub?: unknown; sv?: unknown; exp?: unknown; nbf?: unknown };
    try {
      payload = await this.jwt.verifyAsync<typeof payload>(token);
      userId = payload.sub;
    } catch {
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token is invalid or expired; sign in again');
    }
    // A correctly signed token with a foreign subject (another system's secret reuse, an old format) is not ours.
    if (typeof userId !== 'string' || !isUUID(userId))
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token names no user; sign in again');
    // Tokens issued before sessions had versions carry none: the first, until their user signs out.
    const sessionVersion = payload.sv ?? 0;
    if (typeof sessionVersion !== 'number' || !Number.isSafeInteger(sessionVersion) || sessionVersion < 0)
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token names no session; sign in again');
    const claims = { userId, sessionVersion };
    // jsonwebtoken refuses a token from its `exp` second on; one without `exp` or with `nbf` is verified every time.
    if (typeof payload.exp === 'number' && payload.nbf === undefined)
      remember(this.verified, token, { ...claims, expiresAt: payload.exp * 1000 }, VERIFIED_TOKENS);
    return claims;
  }

  /**
   * The user as an actor, read fresh, if the session `sessionVersion` still stands (also for signed download links,
   * which name the user who asked for them and that user's session).
   */
  async actorOfUser(userId: string, sessionVersion: number): Promise<Actor> {
    return this.actorFromRow(userId, (await this.users.findActorRow(userId)) ?? null, sessionVersion);
  }

  /**
   * The actor of a row read by `findActorRow` or by another context's statement (`actorRowSql`), remembered for
   * `recentActorFor`; TOKEN_INVALID when the user no longer exists or the session `sessionVersion` has ended.
   */
  actorFromRow(userId: string, row: ActorRow | null, sessionVersion: number): Actor {
    if (!row) {
      this.recent.delete(userId);
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'The bearer token belongs to no user; sign in again');
    }
    if (row.session_version !== sessionVersion)
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'This session has ended (signed out); sign in again');
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
      sessionVersion,
    };
    remember(this.recent, userId, actor, RECENT_ACTORS);
    return actor;
  }
}
