import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createAuthority, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name province city verified } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`;

/** A unified social credit code with its check character (GB 32100-2015), from its first 17 characters. */
function creditCode(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((acc, weight, index) => acc + alphabet.indexOf(first17[index]) * weight, 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

/** What a site admin verified (names, province, credit code) is not the members' to change afterwards. */
describe('the identity of a verified organization', () => {
  let t: TestApp;
  let siteAdmin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    siteAdmin = await createSiteAdmin(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const stored = async (id: string) =>
    (
      (await t.app
        .get(DataSource)
        .query(
          'SELECT name, name_en, province, city, credit_code, verified, authority_region FROM organization WHERE id = $1',
          [id],
        )) as Array<Record<string, unknown>>
    )[0];
  const update = (who: SignedIn, input: Record<string, unknown>) => t.gql(UPDATE, { input }, { token: who.token });
  const verifiedOperator = async (name: string) => {
    const operator = await registerUser(t, { kind: 'SME', name });
    expect((await t.gql(VERIFY, { id: operator.organizationId }, { token: siteAdmin.token })).errors).toBeUndefined();
    return operator;
  };

  it('refuses a verified authority renaming itself into another province, and keeps its jurisdiction', async () => {
    const jiangsu = await createAuthority(t, { province: '32' });
    const before = await stored(jiangsu.organizationId);
    const res = await update(jiangsu, {
      id: jiangsu.organizationId,
      name: '广东省工业和信息化厅',
      province: '44',
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'VERIFIED_IDENTITY_LOCKED',
      fields: [
        { field: 'name', message: expect.stringMatching(/site admin/) },
        { field: 'province', message: expect.stringMatching(/site admin/) },
      ],
    });
    expect(res.errors?.[0].message).toMatch(/ask a site admin/);
    expect(await stored(jiangsu.organizationId)).toEqual(before);
    expect(before).toMatchObject({ province: '32', verified: true, authority_region: '32' });
  });

  it('refuses a verified operator taking another name, English name or credit code; its city and unchanged values pass', async () => {
    const operator = await verifiedOperator('苏州正极材料科技有限公司');
    const code = creditCode('91320500MA1PM7UX0');
    const before = await stored(operator.organizationId);
    for (const [field, value] of [
      ['name', '宁德时代新能源科技股份有限公司'],
      ['nameEn', 'Contemporary Amperex Technology'],
      ['creditCode', code],
    ]) {
      const res = await update(operator, { id: operator.organizationId, [field]: value });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'VERIFIED_IDENTITY_LOCKED',
        fields: [{ field }],
      });
    }
    expect(await stored(operator.organizationId)).toEqual(before);
    // A form that sends the verified values back unchanged, with a new city, is fine.
    const moved = await update(operator, {
      id: operator.organizationId,
      name: '苏州正极材料科技有限公司',
      province: '32',
      city: '无锡',
    });
    expect(moved.data?.updateOrganization).toEqual({
      name: '苏州正极材料科技有限公司',
      province: '32',
      city: '无锡',
      verified: true,
    });
  });

  it('gives a credit code claimed by ten organizations (or sign-ups) at once to one of them; the others are told it is taken', async () => {
    const code = creditCode('91320500MA1RACE00');
    const another = creditCode('91320500MA1RACE01');
    const claimants = await Promise.all(
      Array.from({ length: 10 }, (_, i) => registerUser(t, { kind: 'SME', name: `同时申报信用代码的企业 ${i}` })),
    );
    const updates = await Promise.all(claimants.map((c) => update(c, { id: c.organizationId, creditCode: code })));
    const registrations = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(`mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
          input: {
            email: `credit-race-${i}@example.com`,
            password: 'correct-horse-battery',
            displayName: '王工',
            organization: {
              name: `同时注册的企业 ${i}`,
              kind: 'SME',
              province: '32',
              city: '苏州',
              creditCode: another,
            },
          },
        }),
      ),
    );
    const outcome = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
      res.errors ? JSON.stringify([res.errors[0].extensions?.reason, res.errors[0].extensions?.fields]) : 'OK';
    const taken = (field: string) =>
      JSON.stringify(['CREDIT_CODE_TAKEN', [{ field, message: 'creditCode is already registered' }]]);
    expect(updates.map(outcome).sort()).toEqual(['OK', ...Array(9).fill(taken('creditCode'))].sort());
    expect(registrations.map(outcome).sort()).toEqual(
      ['OK', ...Array(9).fill(taken('organization.creditCode'))].sort(),
    );
    const holders = await t.app
      .get(DataSource)
      .query('SELECT credit_code FROM organization WHERE credit_code = ANY($1) ORDER BY 1', [[code, another]]);
    expect(holders).toEqual([{ credit_code: code }, { credit_code: another }]);
  });

  it('verifies what the site admin reviewed: an organization changed since is refused naming the fields, and stays unverified', async () => {
    const VERIFY_REVIEWED = `mutation($id: ID!, $reviewed: ReviewedIdentityInput) {
      verifyOrganization(id: $id, reviewed: $reviewed) { name creditCode verified } }`;
    const startup = await registerUser(t, { kind: 'STARTUP', name: '苏州真实初创科技有限公司' });
    // What the admin's list showed when it reviewed the organization.
    const reviewed = { name: '苏州真实初创科技有限公司', nameEn: null, province: '32', creditCode: null };
    // Before the admin's click, the start-up (unverified, so free to) takes another company's name and credit code.
    const taken = creditCode('91440300MA5FPM001');
    const renamed = await update(startup, { id: startup.organizationId, name: '华为技术有限公司', creditCode: taken });
    expect(renamed.errors).toBeUndefined();

    const refused = await t.gql(VERIFY_REVIEWED, { id: startup.organizationId, reviewed }, { token: siteAdmin.token });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REVIEWED_IDENTITY_CHANGED',
      fields: [
        { field: 'reviewed.name', message: expect.stringContaining('华为技术有限公司') },
        { field: 'reviewed.creditCode', message: expect.stringContaining(taken) },
      ],
    });
    expect(await stored(startup.organizationId)).toMatchObject({ name: '华为技术有限公司', verified: false });

    // Reviewed as it now is, it is verified.
    const verified = await t.gql(
      VERIFY_REVIEWED,
      { id: startup.organizationId, reviewed: { ...reviewed, name: '华为技术有限公司', creditCode: taken } },
      { token: siteAdmin.token },
    );
    expect(verified.errors).toBeUndefined();
    expect(verified.data).toEqual({
      verifyOrganization: { name: '华为技术有限公司', creditCode: taken, verified: true },
    });
  });

  it('lets an organization not yet verified change its name, and a site admin change a verified one', async () => {
    const unverified = await registerUser(t, { kind: 'SME', name: '未核验的企业' });
    const renamed = await update(unverified, { id: unverified.organizationId, name: '已改名的企业' });
    expect(renamed.data?.updateOrganization).toMatchObject({ name: '已改名的企业', verified: false });

    const authority = await createAuthority(t, { province: '32' });
    const byAdmin = await update(siteAdmin, {
      id: authority.organizationId,
      name: '江苏省工业和信息化厅',
      province: '44',
    });
    expect(byAdmin.data?.updateOrganization).toMatchObject({ name: '江苏省工业和信息化厅', verified: true });
    // The jurisdiction is granted by verifyOrganization alone: it does not follow the province.
    expect(await stored(authority.organizationId)).toMatchObject({ province: '44', authority_region: '32' });
  });
});
