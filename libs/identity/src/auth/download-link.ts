import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '#core';
import type { Actor } from '../access/actor.js';
import { bearerToken } from '../access/auth.guard.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { TokenService } from './token.service.js';

/** How long a signed download link works: long enough to click, too short to be worth forwarding. */
export const DOWNLOAD_LINK_TTL_SECONDS = 300;

export interface SignedLink {
  /** Path and query, relative to the API's origin. */
  url: string;
  expiresAt: Date;
}

/**
 * Downloads (XLSX reports) are authorized like the data they hold: by the bearer token, or by a link signed for
 * one user, one path and its parameters, expiring within minutes. The signature (HMAC-SHA256 under a key derived
 * from the JWT secret, so it can never pass as an access token) proves who asked; the download still checks, with
 * the user as the database has them now, that they may read the data.
 */
@Injectable()
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (!config.auth.jwtSecret) throw new Error('JWT secret missing: prepareRuntime provides one');
    this.key = createHmac('sha256', config.auth.jwtSecret).update('pilotmatch download links v1').digest();
  }

  sign(actor: Actor, path: string, params: Record<string, string>, now: Date = new Date()): SignedLink {
    const expires = Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS;
    const signed = { ...params, expires: String(expires), user: actor.userId, session: String(actor.sessionVersion) };
    const query = new URLSearchParams({ ...signed, signature: this.signature(path, signed) });
    return { url: `${path}?${query.toString()}`, expiresAt: new Date(expires * 1000) };
  }

  /** The caller of a download: from `Authorization: Bearer`, else from the link's signature. */
  async actorFor(
    path: string,
    query: Record<string, unknown>,
    authorization: string | undefined,
    now: Date = new Date(),
  ): Promise<Actor> {
    if (authorization) {
      const token = bearerToken(authorization);
      if (!token)
        throw new IdentityError(IdentityErrorCode.TOKEN_INVALID, 'Send the token as Authorization: Bearer <token>');
      return this.tokens.actorFor(token);
    }
    const { signature, ...signed } = query;
    const strings = Object.entries(signed).every(([, v]) => typeof v === 'string');
    if (typeof signature !== 'string' || !strings || typeof signed.user !== 'string' || !isUUID(signed.user)) {
      throw this.invalid('Sign in (Authorization: Bearer <token>) or use a signed download link');
    }
    const expected = Buffer.from(this.signature(path, signed as Record<string, string>));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw this.invalid('This download link is not valid: ask for a new one');
    }
    if (!(Number(signed.expires) * 1000 > now.getTime())) {
      throw this.invalid('This download link has expired: ask for a new one');
    }
    // Only while the session that asked for it stands: signing out ends its links too.
    return this.tokens.actorOfUser(signed.user, Number(signed.session));
  }

  private signature(path: string, params: Record<string, string>): string {
    const canonical = Object.keys(params)
      .sort()
      .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`)
      .join('&');
    return createHmac('sha256', this.key).update(`${path}\n${canonical}`).digest('base64url');
  }

  private invalid(message: string): IdentityError {
    return new IdentityError(IdentityErrorCode.DOWNLOAD_LINK_INVALID, message);
  }
}
