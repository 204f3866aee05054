import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  createCatalog,
  equipmentInput,
  offeringInput,
  platformInput,
  type CatalogSetup,
} from '../support/catalog-fixtures.js';
import { registerUser, TEST_PASSWORD, type SignedIn } from '../support/factories.js';
import { pilotRequestInput } from '../support/matching-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Bidi override + zero-width space: a name that shows nothing, or reorders what follows it.
const INVISIBLE = ['\u202e\u200b', '\u200b\u200d', '\u3164', '\u2800', '\u0301', '\u2066\u2069'];
const BIDI = ['苏州中试基地\u202e', '\u202a江苏\u202c中试基地', 'Pilot \u2067base\u2069'];

/** Names and titles people read in lists show at least one character and cannot reorder the text around them. */
describe('visible names and phone numbers', () => {
  let t: TestApp;
  let operator: SignedIn;
  let startup: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'SME' });
    startup = await registerUser(t, { kind: 'STARTUP' });
    catalog = await createCatalog(t, operator);
  });

  afterAll(async () => {
    await t.close();
  });

  const count = async (table: string) =>
    Number(((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM ${table}`)) as Array<{ n: string }>)[0].n);

  const cases: Array<[string, string, string, (name: string) => Record<string, unknown>, () => SignedIn]> = [
    ['createPlatform', 'CreatePlatformInput', 'name', (name) => platformInput({ name }), () => operator],
    ['createPlatform', 'CreatePlatformInput', 'nameEn', (nameEn) => platformInput({ nameEn }), () => operator],
    ['updatePlatform', 'UpdatePlatformInput', 'name', (name) => ({ id: catalog.platformId, name }), () => operator],
    [
      'createEquipment',
      'CreateEquipmentInput',
      'name',
      (name) => equipmentInput(catalog.platformId, { name }),
      () => operator,
    ],
    [
      'updateEquipment',
      'UpdateEquipmentInput',
      'nameEn',
      (nameEn) => ({ id: catalog.equipmentIds[0], nameEn }),
      () => operator,
    ],
    [
      'createOffering',
      'CreateOfferingInput',
      'title',
      (title) => offeringInput(catalog.platformId, catalog.equipmentIds, { title }),
      () => operator,
    ],
    [
      'updateOffering',
      'UpdateOfferingInput',
      'titleEn',
      (titleEn) => ({ id: catalog.offeringId, titleEn }),
      () => operator,
    ],
    [
      'createPilotRequest',
      'CreatePilotRequestInput',
      'title',
      (title) => pilotRequestInput(new Date(), { title }),
      () => startup,
    ],
    [
      'updateOrganization',
      'UpdateOrganizationInput',
      'name',
      (name) => ({ id: startup.organizationId, name }),
      () => startup,
    ],
  ];

  it.each(cases)(
    '%s refuses an invisible or bidi-laden %s.%s, naming it, and changes nothing',
    async (op, type, field, input, who) => {
      const tables = ['platform', 'equipment', 'service_offering', 'pilot_request', 'organization'];
      const before = await Promise.all(tables.map(count));
      const snapshot = await t.app
        .get(DataSource)
        .query(`SELECT name, name_en FROM platform WHERE id = $1`, [catalog.platformId]);
      for (const value of [...INVISIBLE, ...BIDI]) {
        const res = await t.gql(
          `mutation($input: ${type}!) { ${op}(input: $input) { __typename } }`,
          { input: input(value) },
          {
            token: who().token,
          },
        );
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields).toContainEqual({
          field,
          message: expect.stringMatching(
            /[\u202a-\u202e\u2066-\u2069]/.test(value)
              ? /must not contain bidirectional control characters/
              : /at least one visible character/,
          ),
        });
      }
      expect(await Promise.all(tables.map(count))).toEqual(before);
      expect(
        await t.app.get(DataSource).query(`SELECT name, name_en FROM platform WHERE id = $1`, [catalog.platformId]),
      ).toEqual(snapshot);
    },
  );

  it('refuses an invisible organization name at registration', async () => {
    const res = await t.gql(`mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
      input: {
        email: 'invisible@example.com',
        password: TEST_PASSWORD,
        displayName: '王工',
        organization: { name: '\u202e\u200b', kind: 'STARTUP', province: '32', city: '苏州' },
      },
    });
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['organization.name']);
  });

  it('accepts names that are visible in any script, with marks, joiners and emoji', async () => {
    for (const name of ['中试基地', 'Ångström Lab', 'नमस्ते प्रयोगशाला', '👩\u200d🔬 实验室', 'مختبر']) {
      const res = await t.gql(
        `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { name } }`,
        { input: platformInput({ name }) },
        { token: operator.token },
      );
      expect(res.data).toEqual({ createPlatform: { name } });
    }
  });

  it('refuses a contact phone that is not a telephone number, and accepts the usual ways of writing one', async () => {
    const create = (phone: string) =>
      t.gql<{ createPlatform: { contact: { phone: string } } }>(
        `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { contact { phone } } }`,
        { input: platformInput({ contact: { name: '王经理', phone, email: 'pilot@example.com' } }) },
        { token: operator.token },
      );
    const before = await count('platform');
    for (const phone of ['abc', '1234', '0512-abc-1234', '+86 512 6288 1234 ext', '1'.repeat(31), '+++++', '(0)-( )']) {
      const res = await create(phone);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['contact.phone']);
    }
    expect(await count('platform')).toBe(before);
    for (const phone of [
      '0512-62881234',
      '+86 (512) 6288-1234',
      '13812345678',
      '400-820-8820 转 802',
      '025 8479 1234 ext. 12',
      '12315',
    ]) {
      expect((await create(phone)).data?.createPlatform.contact.phone).toBe(phone);
    }
  });
});
