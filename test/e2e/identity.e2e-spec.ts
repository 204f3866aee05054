import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isEnumType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import {
  addMember,
  createAuthority,
  createSiteAdmin,
  invitationTokenFor,
  login,
  registerUser,
  TEST_PASSWORD,
} from '../support/factories.js';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id email displayName role organization { id name kind } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id email } } }`;
const ME = `{ me { id email role siteAdmin organization { id name kind verified authorityRegion } } }`;

const registration = (email: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    email,
    password: TEST_PASSWORD,
    displayName: '张工',
    organization: {
      name: '苏州新材料初创',
      nameEn: 'Suzhou New Materials',
      kind: 'STARTUP',
      province: '32',
      city: '苏州',
      isLeadingEnterprise: false,
    },
    ...overrides,
  },
});

describe('identity', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('registers a user with a new organization as OWNER, then logs in and reads me', async () => {
    const res = await t.gql<{
      register: { token: string; user: { email: string; role: string; organization: { name: string; kind: string } } };
    }>(REGISTER, registration('  Zhang.Gong@Example.COM '));
    expect(res.errors).toBeUndefined();
    expect(res.data?.register.user).toMatchObject({
      email: 'zhang.gong@example.com',
      role: 'OWNER',
      organization: { name: '苏州新材料初创', kind: 'STARTUP' },
    });

    const logged = await t.gql<{ login: { token: string; user: { email: string } } }>(LOGIN, {
      input: { email: 'ZHANG.GONG@example.com', password: TEST_PASSWORD },
    });
    expect(logged.data?.login.user.email).toBe('zhang.gong@example.com');

    const me = await t.gql<{ me: { email: string; organization: { kind: string } } }>(
      ME,
      {},
      { token: logged.data?.login.token },
    );
    expect(me.data?.me).toMatchObject({
      email: 'zhang.gong@example.com',
      siteAdmin: false,
      organization: { kind: 'STARTUP', verified: false },
    });
  });

  it('answers me with null when anonymous', async () => {
    const me = await t.gql(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
  });

  it('refuses a wrong password and an unknown e-mail with the same UNAUTHENTICATED error', async () => {
    const user = await registerUser(t);
    const wrongPassword = await t.gql(LOGIN, { input: { email: user.email, password: 'not-the-password' } });
    const unknownEmail = await t.gql(LOGIN, { input: { email: 'nobody@example.com', password: 'not-the-password' } });
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('refuses a duplicate e-mail with CONFLICT and creates no second organization', async () => {
    await t.gql(REGISTER, registration('dup@example.com'));
    const again = await t.gql(
      REGISTER,
      registration('DUP@example.com', { organization: { name: '重复', kind: 'SME', province: '44', city: '深圳' } }),
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.fields).toEqual([{ field: 'email', message: 'email is already registered' }]);
    const [{ count }] = await queryOne(t, `SELECT count(*)::int AS count FROM organization WHERE name = '重复'`);
    expect(count).toBe(0);
  });

  it.each([
    ['password', { password: 'short' }, /at least 10 characters/],
    ['email', { email: 'not-an-email' }, /e-mail address/],
    ['organization.province', { organization: { name: 'x', kind: 'SME', province: '99', city: 'x' } }, /GB\/T 2260/],
    [
      'organization.creditCode',
      { organization: { name: 'x', kind: 'SME', province: '32', city: 'x', creditCode: '91320000MA1234567X' } },
      /check character/,
    ],
    [
      'organization.isLeadingEnterprise',
      { organization: { name: 'x', kind: 'UNIVERSITY', province: '32', city: 'x', isLeadingEnterprise: true } },
      /LARGE_ENTERPRISE and SME/,
    ],
    ['organization', { organization: undefined }, /either organization/],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, overrides, message) => {
    const res = await t.gql(REGISTER, registration(`bad-${field}@example.com`, overrides));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fields ?? [];
    expect(fields.map((f) => f.field)).toContain(field);
    expect(fields.find((f) => f.field === field)?.message).toMatch(message);
    const [{ count }] = await queryOne(t, `SELECT count(*)::int AS count FROM app_user WHERE email = $1`, [
      `bad-${field}@example.com`,
    ]);
    expect(count).toBe(0);
  });

  it('refuses unknown input fields rather than ignoring them', async () => {
    const res = await t.gql(REGISTER, registration('extra@example.com', { admin: true }));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/Field "admin" is not defined by type "RegisterInput"/);
    const [{ count }] = await queryOne(
      t,
      `SELECT count(*)::int AS count FROM app_user WHERE email = 'extra@example.com'`,
    );
    expect(count).toBe(0);
  });

  it('registers a GOVERNMENT organization unverified, without authority, until a site admin verifies it', async () => {
    const authority = await registerUser(t, { kind: 'GOVERNMENT', province: '44' });
    const before = await t.gql<{ me: { organization: { verified: boolean; authorityRegion: string | null } } }>(
      ME,
      {},
      { token: authority.token },
    );
    expect(before.data?.me.organization).toMatchObject({ verified: false, authorityRegion: null });

    const outsider = await registerUser(t);
    const refused = await t.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      { id: authority.organizationId },
      { token: outsider.token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const admin = await createSiteAdmin(t);
    const verified = await t.gql(
      `mutation($id: ID!) { verifyOrganization(id: $id) { verified authorityRegion } }`,
      { id: authority.organizationId },
      { token: admin.token },
    );
    expect(verified.data).toEqual({ verifyOrganization: { verified: true, authorityRegion: '44' } });
  });

  it('grants NATIONAL jurisdiction only when the site admin names it, never because the sign-up claimed it', async () => {
    // A county bureau in Gansu signs up claiming to be the national authority.
    const claimant = await registerUser(t, { kind: 'GOVERNMENT', province: '62', nationalAuthority: true });
    const admin = await createSiteAdmin(t);
    const VERIFY = `mutation($id: ID!, $jurisdiction: String) {
      verifyOrganization(id: $id, jurisdiction: $jurisdiction) { verified authorityRegion } }`;
    const verify = (jurisdiction?: string) =>
      t.gql(VERIFY, { id: claimant.organizationId, jurisdiction }, { token: admin.token });

    // Verifying without a word would have made it NATIONAL: the admin is told what it asks for, nothing changes.
    const blind = await verify();
    expect(blind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'jurisdiction' }] });
    expect(blind.errors?.[0].message).toMatch(/asks for NATIONAL/);
    const [row] = await queryOne(t, `SELECT verified FROM organization WHERE id = $1`, [claimant.organizationId]);
    expect(row.verified).toBe(false);
    expect((await verify('99')).errors?.[0].extensions?.fields?.[0].field).toBe('jurisdiction');

    // The admin grants what it is: its province.
    expect((await verify('62')).data).toEqual({ verifyOrganization: { verified: true, authorityRegion: '62' } });
    // A jurisdiction is for GOVERNMENT organizations only.
    const company = await registerUser(t, { kind: 'SME' });
    const wrongKind = await t.gql(VERIFY, { id: company.organizationId, jurisdiction: '32' }, { token: admin.token });
    expect(wrongKind.errors?.[0].extensions?.fields?.[0].field).toBe('jurisdiction');
    // The real national authority is verified by naming NATIONAL.
    const miit = await registerUser(t, { kind: 'GOVERNMENT', province: '11', nationalAuthority: true });
    const named = await t.gql(VERIFY, { id: miit.organizationId, jurisdiction: 'NATIONAL' }, { token: admin.token });
    expect(named.data).toEqual({ verifyOrganization: { verified: true, authorityRegion: 'NATIONAL' } });
  });

  it('lets OWNER and ADMIN update their organization, and refuses a MEMBER and another organization', async () => {
    const owner = await registerUser(t, { kind: 'SME' });
    const admin = await addMember(t, owner, 'ADMIN');
    const member = await addMember(t, owner, 'MEMBER');
    const other = await registerUser(t, { kind: 'SME' });
    const update = (token: string, city: string) =>
      t.gql<{ updateOrganization: { city: string } }>(
        `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { city } }`,
        { input: { id: owner.organizationId, city } },
        { token },
      );

    expect((await update(owner.token, '无锡')).data?.updateOrganization.city).toBe('无锡');
    expect((await update(admin.token, '常州')).data?.updateOrganization.city).toBe('常州');
    const byMember = await update(member.token, '南京');
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byMember.errors?.[0].message).toMatch(/MEMBER may read but not change/);
    const byOther = await update(other.token, '南通');
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ city }] = await queryOne(t, `SELECT city FROM organization WHERE id = $1`, [owner.organizationId]);
    expect(city).toBe('常州');
  });

  it('joins an organization only by invitation', async () => {
    const owner = await registerUser(t);
    const uninvited = await t.gql(REGISTER, {
      input: {
        email: 'uninvited@example.com',
        password: TEST_PASSWORD,
        displayName: 'x',
        organizationId: owner.organizationId,
        invitationToken: 'guessed-code',
      },
    });
    expect(uninvited.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const member = await addMember(t, owner, 'MEMBER');
    const me = await t.gql<{ me: { role: string; organization: { id: string } } }>(ME, {}, { token: member.token });
    expect(me.data?.me).toMatchObject({ role: 'MEMBER', organization: { id: owner.organizationId } });
  });

  it('joins by invitation only with the code e-mailed to the address (through the outbox), once', async () => {
    const owner = await registerUser(t);
    const email = 'invitee@example.com';
    const invite = await t.gql<{ inviteMember: { email: string; role: string } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email role } }`,
      { input: { email, role: 'ADMIN' } },
      { token: owner.token },
    );
    expect(invite.data?.inviteMember).toEqual({ email, role: 'ADMIN' });
    const code = await invitationTokenFor(t, email);
    const join = (invitationToken: string | undefined, address = email) =>
      t.gql<{ register: { user: { role: string; organization: { id: string } } } }>(REGISTER, {
        input: {
          email: address,
          password: TEST_PASSWORD,
          displayName: '李工',
          organizationId: owner.organizationId,
          invitationToken,
        },
      });

    const withoutCode = await join(undefined);
    expect(withoutCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(withoutCode.errors?.[0].extensions?.fields?.[0].field).toBe('invitationToken');
    const wrongCode = await join(`${code}x`);
    expect(wrongCode.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_REQUIRED' });
    const otherAddress = await join(code, 'someone-else@example.com');
    expect(otherAddress.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ count: before }] = await queryOne(t, `SELECT count(*)::int AS count FROM app_user WHERE email = $1`, [
      email,
    ]);
    expect(before).toBe(0);

    // Pasted from the e-mail with the blanks around it.
    const joined = await join(` ${code}\n`);
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.register.user).toMatchObject({ role: 'ADMIN', organization: { id: owner.organizationId } });
    const [{ stored }] = await queryOne(
      t,
      `SELECT count(*)::int AS stored FROM invitation WHERE token_hash = $1 OR email = $2 AND accepted_at IS NULL`,
      [code, email],
    );
    expect(stored).toBe(0);
  });

  it('keeps one pending invitation when the same address is invited ten times at once, e-mails it at most 3 times; the last code sent works', async () => {
    const owner = await registerUser(t);
    const email = 'raced-invitee@example.com';
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.gql(
          `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
          { input: { email, role: 'MEMBER' } },
          { token: owner.token },
        ),
      ),
    );
    // The invitation throttle counts under row locks: of ten at once, exactly its 3 free sends pass.
    const sent = results.filter((r) => !r.errors);
    expect(sent).toHaveLength(3);
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0].extensions)).toEqual(
      Array.from({ length: 7 }, () =>
        expect.objectContaining({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_INVITATIONS' }),
      ),
    );
    expect(new Set(sent.map((r) => JSON.stringify(r.data))).size).toBe(1);
    const [{ mails }] = await queryOne(
      t,
      `SELECT count(*)::int AS mails FROM outbox_message WHERE topic = 'notification.email' AND payload->>'to' = $1`,
      [email],
    );
    expect(mails).toBe(3);
    const joined = await t.gql(REGISTER, {
      input: {
        email,
        password: TEST_PASSWORD,
        displayName: '赵工',
        organizationId: owner.organizationId,
        invitationToken: await invitationTokenFor(t, email),
      },
    });
    expect(joined.errors).toBeUndefined();
  });

  it('throttles invitation e-mails per organization: 30 addresses freely, then one per growing delay', async () => {
    const owner = await registerUser(t);
    const invite = (i: number) =>
      t.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        { input: { email: `bulk-${i}-${owner.organizationId.slice(0, 8)}@example.com`, role: 'MEMBER' } },
        { token: owner.token },
      );
    for (let i = 0; i < 30; i++) expect((await invite(i)).errors).toBeUndefined();
    const refused = await invite(30);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_INVITATIONS' });
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const [{ count }] = await queryOne(t, `SELECT count(*)::int AS count FROM invitation WHERE organization_id = $1`, [
      owner.organizationId,
    ]);
    expect(count).toBe(30);
  });

  it('refuses to invite someone already in the organization (oneself included), e-mailing nothing', async () => {
    const owner = await registerUser(t);
    const member = await addMember(t, owner, 'MEMBER');
    const invite = (email: string) =>
      t.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        {
          input: { email, role: 'ADMIN' },
        },
        { token: owner.token },
      );
    const mails = async () =>
      Number(
        (
          await t.app
            .get(DataSource)
            .query(`SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'notification.email'`)
        )[0].n,
      );
    const before = await mails();
    for (const email of [owner.email, member.email, ` ${member.email.toUpperCase()} `]) {
      const res = await invite(email);
      expect([email, res.errors?.[0].extensions]).toEqual([
        email,
        expect.objectContaining({
          code: 'CONFLICT',
          reason: 'ALREADY_A_MEMBER',
          fields: [expect.objectContaining({ field: 'email' })],
        }),
      ]);
    }
    expect(await mails()).toBe(before);
    // Someone with an account elsewhere is invited as anyone is: the answer tells nothing about other organizations.
    const stranger = await registerUser(t);
    expect((await invite(stranger.email)).errors).toBeUndefined();
  });

  it('lets an OWNER invite an OWNER, and refuses an ADMIN who tries', async () => {
    const owner = await registerUser(t, { kind: 'SME' });
    const admin = await addMember(t, owner, 'ADMIN');
    const invite = (token: string, email: string) =>
      t.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { role } }`,
        { input: { email, role: 'OWNER' } },
        { token },
      );
    const byAdmin = await invite(admin.token, 'co-owner-1@example.com');
    expect(byAdmin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_CANNOT_GRANT' });
    expect(byAdmin.errors?.[0].extensions?.fields).toEqual([
      { field: 'role', message: 'role OWNER may be given by an OWNER only' },
    ]);
    const [{ count }] = await queryOne(t, `SELECT count(*)::int AS count FROM invitation WHERE email = $1`, [
      'co-owner-1@example.com',
    ]);
    expect(count).toBe(0);
    expect((await invite(owner.token, 'co-owner-2@example.com')).errors).toBeUndefined();
  });

  it.each([
    ['a repeated character', 'aaaaaaaaaa'],
    ['a sequence', '1234567890'],
    ['a common password', 'password123!'],
    ['the e-mail address itself', 'weak.pw@example.com'],
    ['the service name and a year', 'pilotmatch2024'],
  ])('refuses %s as a password with BAD_USER_INPUT on password', async (_name, password) => {
    const res = await t.gql(REGISTER, registration('weak.pw@example.com', { password }));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toContainEqual({
      field: 'password',
      message: expect.stringMatching(/^password is too easy to guess/),
    });
  });

  it('accepts the bearer scheme in any case, and answers two signed-in root fields of one query', async () => {
    const user = await registerUser(t);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await t.gql<{
        me: { id: string };
        unreadNotificationCount: number;
        notifications: { totalCount: number };
      }>(
        `{ me { id } unreadNotificationCount notifications(first: 1) { totalCount } }`,
        {},
        { headers: { authorization: `${scheme} ${user.token}` } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        me: { id: user.userId },
        unreadNotificationCount: 0,
        notifications: { totalCount: 0 },
      });
    }
  });

  it('refuses a correctly signed token whose subject is not a user id with UNAUTHENTICATED', async () => {
    const jwt = t.app.get(JwtService);
    for (const sub of ['not-a-uuid', '', '00000000-0000-4000-8000-000000000000']) {
      const token = await jwt.signAsync({ sub });
      const res = await t.gql(`{ unreadNotificationCount }`, {}, { token });
      expect({ sub, code: res.errors?.[0].extensions?.code }).toEqual({ sub, code: 'UNAUTHENTICATED' });
      const anonymous = await t.gql(`{ me { id } }`, {}, { token });
      expect(anonymous.data).toEqual({ me: null });
    }
  });

  it('signs out server-side: every session of the account ends, each token refused as TOKEN_INVALID, wherever it is checked', async () => {
    const operator = await registerUser(t, { kind: 'SME' });
    const catalog = await createCatalog(t, operator);
    const slotIds = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(2, 72, 4));
    const user = await registerUser(t);
    const laptop = { ...user, token: await login(t, user.email) };
    // A booking request reads its caller in its own statement: its first call leaves the caller remembered.
    expect((await requestBooking(t, user, catalog.offeringId, [slotIds[0]])).errors).toBeUndefined();

    const out = await t.gql(`mutation { signOut }`, {}, { token: user.token });
    expect(out).toMatchObject({ data: { signOut: true } });
    expect(out.errors).toBeUndefined();
    for (const token of [user.token, laptop.token]) {
      const refused = await t.gql(`{ unreadNotificationCount }`, {}, { token });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      // A public operation ignores it, as any invalid token: the caller is anonymous.
      expect((await t.gql(`{ me { id } }`, {}, { token })).data).toEqual({ me: null });
    }
    const booking = await requestBooking(t, user, catalog.offeringId, [slotIds[1]]);
    expect(booking.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    expect((await t.gql(`mutation { signOut }`, {}, { token: user.token })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // Signing in again opens a new session.
    const again = await login(t, user.email);
    expect((await t.gql(`{ me { id } unreadNotificationCount }`, {}, { token: again })).data).toEqual({
      me: { id: user.userId },
      unreadNotificationCount: expect.any(Number),
    });
    expect(
      (await requestBooking(t, { ...user, token: again }, catalog.offeringId, [slotIds[1]])).errors,
    ).toBeUndefined();
  });

  it('ends the download links a session signed when it signs out', async () => {
    const authority = await createAuthority(t, { province: '32' });
    const linked = await t.gql<{ recommendationSummary: { download: { url: string } } }>(
      `query { recommendationSummary(province: "32", year: 2025) { download { url } } }`,
      {},
      { token: authority.token },
    );
    const url = linked.data?.recommendationSummary.download.url as string;
    expect((await t.http().get(url)).status).toBe(200);
    expect((await t.gql(`mutation { signOut }`, {}, { token: authority.token })).data).toEqual({ signOut: true });
    const refused = await t.http().get(url);
    expect({ status: refused.status, reason: refused.body.reason }).toEqual({ status: 401, reason: 'TOKEN_INVALID' });
  });

  it('refuses an invalid or expired bearer token on protected operations', async () => {
    const res = await t.gql(
      `mutation { inviteMember(input: { email: "a@example.com" }) { id } }`,
      {},
      { token: 'not-a-jwt' },
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('slows repeated failed logins for one e-mail with a clear error, even for the right password', async () => {
    const user = await registerUser(t);
    for (let attempt = 0; attempt < 6; attempt += 1)
      await t.gql(LOGIN, { input: { email: user.email, password: 'wrong-password' } });
    const blocked = await t.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(
      /Too many failed sign-in attempts; try again in \d+ (seconds?|minutes?)/,
    );
    // Another account from the same address is unaffected below the per-address limit.
    const other = await registerUser(t);
    await expect(login(t, other.email)).resolves.toEqual(expect.any(String));
  });

  it('answers UNAUTHENTICATED to anonymous calls of every non-public mutation', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter(
      (f) => !['register', 'login'].includes(f.name),
    );
    expect(mutations.length).toBeGreaterThan(2);
    for (const mutation of mutations) {
      const variableDefs = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const args = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const variables = Object.fromEntries(mutation.args.map((a) => [a.name, sampleValue(schema, a.type)]));
      const selection = hasSubfields(mutation.type.toString()) ? '{ __typename }' : '';
      const query = `mutation${variableDefs ? `(${variableDefs})` : ''} { ${mutation.name}${args ? `(${args})` : ''} ${selection} }`;
      const res = await t.gql(query, variables);
      expect({ mutation: mutation.name, code: res.errors?.[0].extensions?.code }).toEqual({
        mutation: mutation.name,
        code: 'UNAUTHENTICATED',
      });
    }
  });
});

async function queryOne(t: TestApp, sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const { DataSource } = await import('typeorm');
  return t.app.get(DataSource).query(sql, params);
}

const SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime']);
const hasSubfields = (typeName: string) => !SCALARS.has(typeName.replace(/[[\]!]/g, ''));

/** A value of the right GraphQL type, so the request passes validation and reaches the auth guard. */
function sampleValue(schema: GraphQLSchema, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(schema, type.ofType);
  if (isListType(type)) return [sampleValue(schema, type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(schema, f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      case 'Money':
        return '1.00';
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      default:
        return 'x';
    }
  }
  return null;
}
