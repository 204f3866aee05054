import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '#core';
import { IdentityService, type MemberRole } from '#identity';
import type { GraphqlClient, TestApp } from './test-app.js';

export type OrganizationKindName =
  'STARTUP' | 'SME' | 'LARGE_ENTERPRISE' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'GOVERNMENT';

export interface SignedIn {
  token: string;
  userId: string;
  organizationId: string;
  email: string;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** Registers a user with a new organization through the public API, as a real client would. */
export async function registerUser(
  t: GraphqlClient,
  options: {
    kind?: OrganizationKindName;
    province?: string;
    isLeadingEnterprise?: boolean;
    nationalAuthority?: boolean;
    name?: string;
  } = {},
): Promise<SignedIn> {
  const email = `user-${randomUUID().slice(0, 8)}@example.com`;
  const res = await t.gql<{ register: { token: string; user: { id: string; organization: { id: string } } } }>(
    `mutation($input: RegisterInput!) { register(input: $input) { token user { id organization { id } } } }`,
    {
      input: {
        email,
        password: TEST_PASSWORD,
        displayName: 'Test User',
        organization: {
          name: options.name ?? `测试机构 ${email}`,
          kind: options.kind ?? 'STARTUP',
          province: options.province ?? '32',
          city: '苏州',
          isLeadingEnterprise: options.isLeadingEnterprise ?? false,
          nationalAuthority: options.nationalAuthority ?? false,
        },
      },
    },
  );
  if (!res.data) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return {
    token: res.data.register.token,
    userId: res.data.register.user.id,
    organizationId: res.data.register.user.organization.id,
    email,
  };
}

export async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await t.gql<{ login: { token: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { email, password } },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** Site admins cannot sign up; tests create one directly, as the demo seed does. */
export async function createSiteAdmin(t: TestApp): Promise<SignedIn> {
  const email = `admin-${randomUUID().slice(0, 8)}@example.com`;
  const identity = t.app.get(IdentityService);
  const { id } = await t.app.get(TransactionRunner).run((manager) =>
    identity.createUser(manager, {
      email,
      password: TEST_PASSWORD,
      displayName: 'Site Admin',
      organizationId: null,
      role: null,
      siteAdmin: true,
    }),
  );
  return { token: await login(t, email), userId: id, organizationId: '', email };
}

/** A verified authority: registers a GOVERNMENT organization and has a site admin verify it. */
export async function createAuthority(t: TestApp, region: { province: string } | 'NATIONAL'): Promise<SignedIn> {
  const authority = await registerUser(
    t,
    region === 'NATIONAL'
      ? { kind: 'GOVERNMENT', province: '11', nationalAuthority: true }
      : { kind: 'GOVERNMENT', province: region.province },
  );
  return verifyOrganization(t, authority, region === 'NATIONAL' ? 'NATIONAL' : region.province);
}

/** A site admin verifies the organization of `who` (an authority's with its jurisdiction); returns `who`. */
export async function verifyOrganization(t: TestApp, who: SignedIn, jurisdiction?: string): Promise<SignedIn> {
  const admin = await createSiteAdmin(t);
  const res = await t.gql(
    `mutation($id: ID!, $jurisdiction: String) { verifyOrganization(id: $id, jurisdiction: $jurisdiction) { id } }`,
    { id: who.organizationId, jurisdiction },
    { token: admin.token },
  );
  if (!res.data) throw new Error(`verify failed: ${JSON.stringify(res.errors)}`);
  return who;
}

/** Invites an address into the inviter's organization and registers it with `role`. */
export async function addMember(
  t: TestApp,
  inviter: SignedIn,
  role: MemberRole | 'OWNER' | 'ADMIN' | 'MEMBER' | 'EXPERT',
): Promise<SignedIn> {
  const email = `member-${randomUUID().slice(0, 8)}@example.com`;
  const invited = await t.gql(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    { input: { email, role } },
    { token: inviter.token },
  );
  if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const invitationToken = await invitationTokenFor(t, email);
  const res = await t.gql<{ register: { token: string; user: { id: string } } }>(
    `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`,
    {
      input: {
        email,
        password: TEST_PASSWORD,
        displayName: 'Member',
        organizationId: inviter.organizationId,
        invitationToken,
      },
    },
  );
  if (!res.data) throw new Error(`register by invitation failed: ${JSON.stringify(res.errors)}`);
  return {
    token: res.data.register.token,
    userId: res.data.register.user.id,
    organizationId: inviter.organizationId,
    email,
  };
}

/** The invitation code from the latest invitation e-mail to `email`, read from the outbox as the mailer would. */
export async function invitationTokenFor(t: TestApp, email: string): Promise<string> {
  const [row]: Array<{ text: string }> = await t.app
    .get(DataSource)
    .query(
      `SELECT payload->>'text' AS text FROM outbox_message WHERE topic = 'notification.email' AND payload->>'to' = $1 ORDER BY id DESC LIMIT 1`,
      [email],
    );
  const token = /invitationToken: (\S+)/.exec(row?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation e-mail to ${email} in the outbox`);
  return token;
}
