import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { GraphqlClient, GraphqlResponse, TestApp } from './test-app.js';

/** A GraphQL answer's first error code, or OK. */
export const outcome = (res: GraphqlResponse) => (res.errors ? String(res.errors[0].extensions?.code) : 'OK');

/** Runs `burst` while a bystander reads its bookings one request after another; returns both sides' answers. */
export async function whileBystanderReads<T>(
  t: GraphqlClient,
  token: string,
  burst: Promise<T>,
): Promise<{ burst: T; bystander: GraphqlResponse[] }> {
  let settled = false;
  const done = burst.finally(() => (settled = true));
  const reads: GraphqlResponse[] = [];
  do {
    reads.push(await t.gql('{ myBookings(first: 1) { totalCount } }', {}, { token }));
  } while (!settled);
  return { burst: await done, bystander: reads };
}

/**
 * Each answer is `answered` or the typed busy refusal of password work (SERVICE_UNAVAILABLE, PASSWORD_CHECKS_BUSY,
 * `retryAfterSeconds`, no field blamed), never INTERNAL_SERVER_ERROR, and some were refused.
 */
export function expectBusyRefusals(results: GraphqlResponse[], answered: string): void {
  const outcomes = results.map(outcome);
  expect(outcomes).not.toContain('INTERNAL_SERVER_ERROR');
  expect(outcomes.filter((o) => o !== answered && o !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  const refused = results.filter((r) => outcome(r) === 'SERVICE_UNAVAILABLE');
  expect(refused.length).toBeGreaterThan(0);
  for (const r of refused) {
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'PASSWORD_CHECKS_BUSY' });
    expect(r.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(r.errors?.[0].extensions?.fields).toBeUndefined();
  }
}

/**
 * Signs up `passwords.length` new accounts at once, each from an address of its own (the app trusts loopback's
 * X-Forwarded-For), while a bystander reads; then checks that exactly the answered sign-ups created an account.
 */
export async function signUpsAtOnce(
  t: TestApp,
  bystanderToken: string,
  passwords: string[],
): Promise<{ burst: GraphqlResponse[]; bystander: GraphqlResponse[] }> {
  const emails = passwords.map((_, i) => `burst-${i}-${randomUUID().slice(0, 8)}@example.com`);
  const result = await whileBystanderReads(
    t,
    bystanderToken,
    Promise.all(
      emails.map((email, i) =>
        t.gql(
          'mutation($input: RegisterInput!) { register(input: $input) { token } }',
          {
            input: {
              email,
              password: passwords[i],
              displayName: 'Burst',
              organization: { name: `突发注册 ${email}`, kind: 'STARTUP', province: '32', city: '无锡' },
            },
          },
          { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
        ),
      ),
    ),
  );
  const created = await t.app
    .get(DataSource)
    .query<Array<{ email: string }>>('SELECT email FROM app_user WHERE email = ANY($1)', [emails]);
  expect(emails.filter((_, i) => outcome(result.burst[i]) === 'OK').sort()).toEqual(created.map((r) => r.email).sort());
  return result;
}
