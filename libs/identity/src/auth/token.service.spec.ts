import { createSecretKey, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '#core';
import { IdentityErrorCode } from '../identity.errors.js';
import type { ActorRow, UserRepository } from '../user/user.repository.js';
import { TokenService } from './token.service.js';

const HS256 = { signOptions: { algorithm: 'HS256' as const }, verifyOptions: { algorithms: ['HS256' as const] } };
const jwtWith = (secret: string) => new JwtService({ secret: createSecretKey(Buffer.from(secret, 'utf8')), ...HS256 });

/** A TokenService over a real JwtService; the users table is a map here (the e2e suites read the real one). */
function tokenService(jwt: JwtService, rows: Map<string, ActorRow>) {
  const users = { findActorRow: async (id: string) => rows.get(id) } as unknown as UserRepository;
  return new TokenService(jwt, users, { auth: { tokenTtlSeconds: 60 } } as AppConfig);
}

const rowOf = (id: string): ActorRow => ({
  id,
  email: 'member@example.com',
  organization_id: randomUUID(),
  role: null,
  site_admin: false,
  kind: null,
  verified: null,
  authority_region: null,
  session_version: 0,
});

describe('bearer tokens', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('checks a token’s signature once, then knows it until it expires, and never a token it did not check', async () => {
    jest.useFakeTimers({ now: new Date('2026-06-01T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const jwt = jwtWith('the-secret-of-this-process');
    const userId = randomUUID();
    const service = tokenService(jwt, new Map([[userId, rowOf(userId)]]));
    const token = await jwt.signAsync({ sub: userId }, { expiresIn: 60 });
    const verify = jest.spyOn(jwt, 'verifyAsync');

    expect((await service.actorFor(token)).userId).toBe(userId);
    expect((await service.actorFor(token)).userId).toBe(userId);
    expect(verify).toHaveBeenCalledTimes(1);

    // Another string is checked, however close: a forged signature or a token of another secret is refused.
    const [head, body] = token.split('.');
    const forged = `${head}.${body}.${Buffer.from('not the signature').toString('base64url')}`;
    const foreign = await jwtWith('another-secret').signAsync({ sub: userId }, { expiresIn: 60 });
    for (const bad of [forged, foreign])
      await expect(service.actorFor(bad)).rejects.toMatchObject({ code: IdentityErrorCode.TOKEN_INVALID });
    expect(verify).toHaveBeenCalledTimes(3);

    // From its `exp` second on, the known token is checked again, and refused as expired.
    jest.setSystemTime(new Date('2026-06-01T08:01:00Z'));
    await expect(service.actorFor(token)).rejects.toMatchObject({ code: IdentityErrorCode.TOKEN_INVALID });
    expect(verify).toHaveBeenCalledTimes(4);
  });

  it('remembers a user’s actor only for recentActorFor, and forgets a user found gone', async () => {
    const jwt = jwtWith('the-secret-of-this-process');
    const userId = randomUUID();
    const rows = new Map([[userId, rowOf(userId)]]);
    const service = tokenService(jwt, rows);
    const token = await jwt.signAsync({ sub: userId }, { expiresIn: 60 });
    const first = await service.actorFor(token);

    rows.set(userId, { ...rowOf(userId), organization_id: null });
    // recentActorFor answers what the last lookup found; actorFor always reads the user now.
    expect(await service.recentActorFor(token)).toEqual(first);
    expect((await service.actorFor(token)).organizationId).toBeNull();
    expect((await service.recentActorFor(token)).organizationId).toBeNull();

    rows.delete(userId);
    expect(() => service.actorFromRow(userId, null, 0)).toThrow(expect.objectContaining({ code: 'TOKEN_INVALID' }));
    // Forgotten: the next recentActorFor reads the user, and finds none.
    await expect(service.recentActorFor(token)).rejects.toMatchObject({ code: IdentityErrorCode.TOKEN_INVALID });
  });

  it('refuses a token of an ended session, where its actor is read, and knows the one after it', async () => {
    const jwt = jwtWith('the-secret-of-this-process');
    const userId = randomUUID();
    const rows = new Map([[userId, rowOf(userId)]]);
    const service = tokenService(jwt, rows);
    // Issued before sessions had versions: the first session.
    const before = await jwt.signAsync({ sub: userId }, { expiresIn: 60 });
    expect((await service.recentActorFor(before)).sessionVersion).toBe(0);

    rows.set(userId, { ...rowOf(userId), session_version: 1 });
    await expect(service.actorFor(before)).rejects.toMatchObject({ code: IdentityErrorCode.TOKEN_INVALID });
    // Signed out in another process: the remembered actor is still given without a read, and the operation's own
    // statement, reading the row as it is, refuses it.
    const remembered = await service.recentActorFor(before);
    expect(() => service.actorFromRow(userId, rows.get(userId) ?? null, remembered.sessionVersion)).toThrow(
      expect.objectContaining({ code: 'TOKEN_INVALID' }),
    );
    // Signed out here: nothing is remembered, so the lookup reads the user and refuses.
    service.forget(userId);
    await expect(service.recentActorFor(before)).rejects.toMatchObject({ code: IdentityErrorCode.TOKEN_INVALID });
    const after = (await service.issue(userId, 1)).token;
    expect((await service.actorFor(after)).sessionVersion).toBe(1);
    expect((await service.recentActorFor(after)).sessionVersion).toBe(1);
    for (const sv of [-1, 1.5, '1'])
      await expect(service.actorFor(await jwt.signAsync({ sub: userId, sv }, { expiresIn: 60 }))).rejects.toMatchObject(
        {
          code: IdentityErrorCode.TOKEN_INVALID,
        },
      );
  });
});
