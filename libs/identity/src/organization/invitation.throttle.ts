import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LoginAttemptRepository, type ThrottleRow, type ThrottleUpdate } from '../auth/login-attempt.repository.js';
import { decideCounted, waitText } from '../auth/login.throttle.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';

/**
 * Invitation e-mails go to any address an organization names, with its chosen name in the subject, from the moment it
 * signs up: without a limit, a mail cannon. Each organization sends a few invitations freely — 3 to one address
 * (a lost e-mail, a changed role), 30 in all — then one per growing delay, as sign-ins are throttled (30 s, 1 min …
 * at most 15 min; forgotten after an hour without one). Counted in the sign-in throttle's table, under digests.
 */
export const INVITATION_FREE = { address: 3, organization: 30 } as const;

type Scope = keyof typeof INVITATION_FREE;

const digest = (scope: Scope, value: string) => `invite-${scope}:${createHash('sha256').update(value).digest('hex')}`;

export function invitationKeys(organizationId: string, email: string): Record<Scope, string> {
  return {
    address: digest('address', `${organizationId}\n${email.toLowerCase()}`),
    organization: digest('organization', organizationId),
  };
}

/** Pure: whether an invitation may be sent now, and the counts to write if so; a refused one counts nowhere. */
export function decideInvitation(
  keys: Record<Scope, string>,
  rows: Map<string, ThrottleRow>,
  now: Date,
): { updates: ThrottleUpdate[]; retryAfterSeconds: number } {
  return decideCounted(keys, INVITATION_FREE, rows, now);
}

@Injectable()
export class InvitationThrottle {
  constructor(private readonly attempts: LoginAttemptRepository) {}

  /** Counts this invitation in the caller's transaction (row locks: parallel invitations queue), or refuses it. */
  async admit(manager: EntityManager, organizationId: string, email: string): Promise<void> {
    const keys = invitationKeys(organizationId, email);
    const { rows, now } = await this.attempts.lock(manager, Object.values(keys));
    const { updates, retryAfterSeconds } = decideInvitation(keys, rows, now);
    if (retryAfterSeconds > 0)
      throw new IdentityError(
        IdentityErrorCode.TOO_MANY_INVITATIONS,
        `Too many invitations sent; try again in ${waitText(retryAfterSeconds)}`,
        { retryAfterSeconds },
      );
    await this.attempts.save(manager, updates, now);
  }
}
