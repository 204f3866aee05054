import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh invitation code (192 random bits) and the digest that is stored in its place. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time comparison of a presented code with the stored digest. */
export function invitationTokenMatches(token: string, tokenHash: string | null): boolean {
  if (!tokenHash) return false;
  return timingSafeEqual(Buffer.from(hashInvitationToken(token), 'hex'), Buffer.from(tokenHash, 'hex'));
}
