import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isLeafType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { issueProgramme, programmeInput } from '../support/billing-fixtures.js';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, equipmentInput, offeringInput, platformInput } from '../support/catalog-fixtures.js';
import {
  addMember,
  createAuthority,
  createSiteAdmin,
  registerUser,
  TEST_PASSWORD,
  type SignedIn,
} from '../support/factories.js';
import { fuzzCases, sampleInput, withValueAt, type FuzzCase } from '../support/fuzz-values.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

type Actor = 'anonymous' | 'operator' | 'requester' | 'admin' | 'authority' | 'national' | 'expert';
interface Base {
  actor: Actor;
  variables: Record<string, unknown>;
}

const DAY = 86_400_000;
const at = (days: number) => new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + days * DAY).toISOString();
const day = (days: number) => at(days).slice(0, 10);

/**
 * Every mutation and every query with arguments, sent with bad values of each class the outside probe found
 * (NUL bytes, lone surrogates, control characters, 1e-7 and 1e11, explicit nulls, crafted cursors, impossible and
 * out-of-range dates, numbers for dates, non-UUID ids, unknown fields and enum values) over real HTTP, by a caller
 * allowed to reach the validation and the database. None may answer INTERNAL_SERVER_ERROR; every BAD_USER_INPUT
 * names its fields; the values that are always wrong must be refused naming the fuzzed field; and a refused call
 * changes nothing in the database.
 */
describe('schema-driven input fuzz', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const people = {} as Record<Exclude<Actor, 'anonymous'>, SignedIn>;
  const bases = new Map<string, Base>();
  let fingerprintSql = '';

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent' });
    schema = t.app.get(GraphQLSchemaHost).schema;
    people.operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32', isLeadingEnterprise: true });
    people.requester = await registerUser(t, { kind: 'STARTUP', province: '32' });
    people.admin = await createSiteAdmin(t);
    people.authority = await createAuthority(t, { province: '32' });
    people.national = await createAuthority(t, 'NATIONAL');
    people.expert = await addMember(t, people.national, 'EXPERT');
    const catalog = await createCatalog(t, people.operator);
    const spare = await createCatalog(t, people.operator, { publish: false });
    const [equipmentId] = catalog.equipmentIds;
    const slots = await publishSlots(t, people.operator, equipmentId, consecutiveSlots(4, 72));
    const booking = await requestBooking(t, people.requester, catalog.offeringId, [slots[0]]);
    const request = await t.gql<{ createPilotRequest: { id: string } }>(
      `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }`,
      { input: pilotRequestInput() },
      { token: people.requester.token },
    );
    // A round the national authority opened over the platform, scored by its expert; another one, open.
    const roundInput = (name: string) => ({
      name,
      scope: 'NATIONAL',
      periodStart: '2025-01-01T00:00:00Z',
      periodEnd: '2026-01-01T00:00:00Z',
      platforms: [{ platformId: catalog.platformId, expertIds: [people.expert.userId] }],
    });
    const round = await t.gql<{ openEvaluationRound: { id: string } }>(
      `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
      { input: roundInput('2025 年度评估') },
      { token: people.national.token },
    );
    const roundId = round.data?.openEvaluationRound.id as string;
    const scores = ['POSITIONING', 'CAPABILITY', 'TECHNOLOGY', 'SERVICE_RESULTS', 'OPERATING_MECHANISM'].map(
      (dimension) => ({ dimension, score: 80, comment: '良好' }),
    );
    const bookingId = booking.data?.requestBooking.id as string;
    const requestId = request.data?.createPilotRequest.id as string;
    const programmeId = await issueProgramme(t, people.authority);
    if (!bookingId || !requestId || !roundId) throw new Error('fuzz setup failed');
    const { platformId, offeringId } = catalog;
    const operator = (variables: Record<string, unknown>): Base => ({ actor: 'operator', variables });
    const national = (variables: Record<string, unknown>): Base => ({ actor: 'national', variables });
    const requester = (variables: Record<string, unknown>): Base => ({ actor: 'requester', variables });
    const entries: Record<string, Base> = {
      acceptProposal: requester({ id: randomUUID() }),
      applyVoucher: requester({ bookingId, programmeId }),
      charges: operator({ from: at(-30), to: at(1), first: 5 }),
      chargesExport: operator({ from: at(-30), to: at(1), platformId }),
      creditCharge: operator({ input: { chargeId: randomUUID(), amount: '10.00', reason: '延误减免' } }),
      issueVoucherProgramme: { actor: 'authority', variables: { input: programmeInput({ name: '第二期创新券' }) } },
      quoteBooking: requester({ input: { offeringId, slotIds: [slots[2]] } }),
      voucherProgrammes: { actor: 'anonymous', variables: { province: '32', validNow: true, first: 5 } },
      voucherUsage: { actor: 'authority', variables: { id: programmeId } },
      archiveOffering: operator({ id: spare.offeringId }),
      authorityDashboard: national({ scope: '32', fromMonth: '2025-01', months: 12 }),
      closeEvaluationRound: national({ id: roundId }),
      decidePlatformLevel: {
        actor: 'authority',
        variables: {
          input: { platformId, action: 'NOMINATE', reason: '推荐入库', evidence: ['苏工信科〔2025〕12号'] },
        },
      },
      evaluationRound: national({ id: roundId }),
      evaluationRoundReport: national({ id: roundId }),
      evaluationRounds: national({ first: 5 }),
      openEvaluationRound: national({ input: roundInput('第二批评估') }),
      platformLevelHistory: operator({ platformId }),
      platformServiceFigures: operator({ platformId, from: '2025-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z' }),
      recommendationSummary: { actor: 'authority', variables: { province: '32', year: 2025 } },
      submitEvaluationScores: {
        actor: 'expert',
        variables: { input: { roundId, platformId, scores, siteNotes: '场地', teamsNotes: '团队' } },
      },
      blockSlots: operator({ input: { slotIds: [slots[1]], reason: '设备维护' } }),
      cancelBooking: requester({ id: bookingId, reason: '计划变更' }),
      closePilotRequest: requester({ id: requestId }),
      completeBooking: operator({
        id: bookingId,
        outcome: '交付 3 批次样品',
        deliveredQuantity: 3,
        adjustments: [{ amount: '120.50', reason: '追加耗材' }],
      }),
      confirmBooking: operator({ id: bookingId }),
      createEquipment: operator({ input: equipmentInput(platformId) }),
      createOffering: operator({ input: offeringInput(platformId, [equipmentId]) }),
      createPilotRequest: requester({ input: pilotRequestInput() }),
      createPlatform: operator({ input: platformInput() }),
      declineBooking: operator({ id: bookingId, reason: '设备检修' }),
      declineProposal: requester({ id: randomUUID(), reason: '预算不符' }),
      inviteMember: operator({ input: { email: 'fuzz-invitee@example.com', role: 'MEMBER' } }),
      login: { actor: 'anonymous', variables: { input: { email: people.requester.email, password: TEST_PASSWORD } } },
      markNotificationsRead: operator({ ids: [randomUUID()] }),
      publishPlatform: operator({ id: spare.platformId }),
      publishRecurringSlots: operator({
        input: {
          equipmentId,
          fromDay: day(200),
          toDay: day(210),
          weekdays: ['MON'],
          startTime: '08:00',
          durationHours: 3,
          runsPerDay: 1,
          changeoverMinutes: 30,
          openAccess: false,
          exceptDays: [day(205)],
        },
      }),
      setSlotsOpenAccess: operator({ input: { slotIds: [slots[3]], openAccess: true } }),
      publishSlots: operator({
        input: { equipmentId, slots: [{ startsAt: at(300), endsAt: at(301), openAccess: false }] },
      }),
      register: {
        actor: 'anonymous',
        variables: {
          input: {
            email: 'fuzz-register@example.com',
            password: TEST_PASSWORD,
            displayName: '王工',
            organization: { name: '苏州试验机构', kind: 'STARTUP', province: '32', city: '苏州' },
          },
        },
      },
      requestBooking: requester({
        input: { offeringId, slotIds: [slots[2]], brief: '50 L 放大', idempotencyKey: 'fuzz-key' },
      }),
      reviewBooking: requester({ input: { id: bookingId, rating: 5, comment: '很好' } }),
      setBookingRules: operator({
        input: { equipmentId, minNoticeHours: 1, bufferMinutes: 0, maxRunHours: 72, confirmationMode: 'MANUAL' },
      }),
      setOpenAccessObligation: operator({
        input: {
          platformId,
          basis: 'SHARE_OF_PUBLISHED_HOURS',
          target: 0.2,
          period: 'QUARTER',
          effectiveFrom: '2024-01-01T00:00:00Z',
          reference: '苏工信〔2024〕12 号',
        },
      }),
      sharePilotRequest: requester({ id: requestId, platformId }),
      submitProposal: operator({
        input: {
          requestId,
          offeringId,
          message: '可以承接',
          priceAmount: 1000,
          startsAt: at(120),
          endsAt: at(121),
          validUntil: at(20),
          slotIds: [],
        },
      }),
      suspendPlatform: operator({ id: spare.platformId }),
      unpublishSlots: operator({ input: { slotIds: [slots[3]] } }),
      unblockSlots: operator({ input: { slotIds: [slots[1]] } }),
      correctOpenAccessObligation: {
        actor: 'authority',
        variables: {
          input: {
            platformId,
            basis: 'HOURS',
            target: 10,
            period: 'MONTH',
            effectiveFrom: '2026-01-01T00:00:00+08:00',
            effectiveTo: '2026-02-01T00:00:00+08:00',
            reference: '苏工信〔2026〕3 号',
            reason: '运营方申报有误，依据核查结果更正',
          },
        },
      },
      updateEquipment: operator({ input: { id: equipmentId, name: '新反应釜' } }),
      updateOffering: operator({ input: { id: offeringId, title: '正极材料放大' } }),
      updateOrganization: operator({ input: { id: people.operator.organizationId, city: '苏州' } }),
      updatePilotRequest: requester({ input: { id: requestId, title: '正极材料放大需求' } }),
      updatePlatform: operator({ input: { id: platformId, summary: '更新的简介' } }),
      verifyOrganization: { actor: 'admin', variables: { id: people.authority.organizationId } },
      withdrawProposal: operator({ id: randomUUID() }),
      availableSlots: { actor: 'anonymous', variables: { equipmentId, from: at(1), to: at(30) } },
      booking: requester({ id: bookingId }),
      bookingRules: { actor: 'anonymous', variables: { equipmentId } },
      complianceReport: { actor: 'authority', variables: { province: '32', periodStart: at(0) } },
      equipmentById: { actor: 'anonymous', variables: { id: equipmentId } },
      matchesForRequest: requester({ requestId, limit: 10 }),
      myBookings: requester({ first: 5, status: 'REQUESTED' }),
      myPilotRequests: requester({ first: 5 }),
      notifications: operator({ first: 5, unreadOnly: false }),
      obligationCompliance: operator({ platformId, periodStart: at(0) }),
      obligationHistory: operator({ platformId }),
      obligationTrend: operator({ platformId, periods: 3 }),
      capacitySlots: operator({ equipmentIds: [equipmentId], from: at(1), to: at(30) }),
      organizations: { actor: 'admin', variables: { first: 5, filter: { kinds: ['GOVERNMENT'], verified: false } } },
      members: { actor: 'authority', variables: { role: 'EXPERT' } },
      offering: { actor: 'anonymous', variables: { id: offeringId } },
      offeringReviews: { actor: 'anonymous', variables: { offeringId, first: 5 } },
      offerings: { actor: 'anonymous', variables: { first: 5, filter: { provinces: ['32'] } } },
      openAccessObligation: operator({ platformId }),
      openRequestsForPlatform: operator({ platformId }),
      organization: operator({ id: people.operator.organizationId }),
      pilotRequest: requester({ id: requestId }),
      platform: { actor: 'anonymous', variables: { id: platformId } },
      platformBookings: operator({ platformId, first: 5 }),
      platforms: { actor: 'anonymous', variables: { first: 5, filter: { provinces: ['32'] } } },
      searchOfferings: {
        actor: 'anonymous',
        variables: { input: { query: '正极', limit: 5, offset: 0, sort: 'RELEVANCE' } },
      },
      searchSuggestions: { actor: 'anonymous', variables: { prefix: '正', limit: 5 } },
    };
    for (const [name, base] of Object.entries(entries)) bases.set(name, base);

    const tables: Array<{ name: string }> = await t.app
      .get(DataSource)
      .query(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('login_attempt', 'migrations') ORDER BY 1`,
      );
    fingerprintSql = tables
      .map(
        (table) =>
          `SELECT '${table.name}' AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM "${table.name}"`,
      )
      .join(' UNION ALL ');
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  const fingerprint = async () => JSON.stringify(await t.app.get(DataSource).query(`${fingerprintSql} ORDER BY 1`));

  const operations = () => {
    const fields = (type: 'query' | 'mutation') =>
      Object.values((type === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
        .filter((f) => f.args.length > 0)
        .map((field) => ({ type, field }));
    // Operations that end something (archive, cancel, decline …) go last, so the others meet live data.
    const ending = /^(archive|cancel|close|complete|confirm|decline|suspend|unpublish|block|withdraw|accept)/;
    return [...fields('query'), ...fields('mutation')].sort(
      (a, b) => Number(ending.test(a.field.name)) - Number(ending.test(b.field.name)),
    );
  };

  it('has a valid base call for every operation with arguments', async () => {
    const missing = operations()
      .map((o) => o.field.name)
      .filter((name) => !bases.has(name));
    expect(missing).toEqual([]);
  });

  /**
   * Values of the right type that no user means: each refused naming its field, changing nothing. (The schema-driven
   * cases above only know types; these know what the fields are for.)
   */
  it.each([
    ['createPilotRequest', 'input.windowTo', '9999-12-31T00:00:00Z', 'windowTo'],
    ['createPilotRequest', 'input.windowFrom', '1900-01-01T00:00:00Z', 'windowFrom'],
    ['createPilotRequest', 'input.description', ' \n\t ', 'description'],
    ['createPilotRequest', 'input.keywords', ['正极材料', ' 正极材料 '], 'keywords'],
    ['createPilotRequest', 'input.patentNumbers', ['ZL202310000001.X', 'ZL202310000001.X'], 'patentNumbers'],
    ['updatePilotRequest', 'input.windowTo', '9999-12-31T00:00:00Z', 'windowTo'],
    ['createOffering', 'input.description', '   ', 'description'],
    ['createOffering', 'input.keywords', ['放大', '放大'], 'keywords'],
    ['createEquipment', 'input.capacity', { value: 0, unit: 'L' }, 'capacity.value'],
    [
      'createEquipment',
      'input.specifications',
      [
        { key: '容积', value: '500' },
        { key: '容积', value: '600' },
      ],
      'specifications',
    ],
    ['openEvaluationRound', 'input.periodStart', '1900-01-01T00:00:00Z', 'periodEnd'],
    ['openEvaluationRound', 'input.periodEnd', '9999-12-31T00:00:00Z', 'periodEnd'],
    ['publishRecurringSlots', 'input.durationHours', 0.3333, 'durationHours'],
    ['setOpenAccessObligation', 'input.target', 0, 'target'],
    ['createOffering', 'input.scale', { min: 0, max: 0, unit: 'L' }, 'scale.max'],
    ['createPilotRequest', 'input.scaleTo', 0, 'scaleTo'],
    ['decidePlatformLevel', 'input.evidence', ['苏工信科〔2025〕12号', '苏工信科〔2025〕12号'], 'evidence'],
  ])('refuses %s with %s = %j, naming %s, and changes nothing', async (operation, path, value, field) => {
    const base = bases.get(operation) as Base;
    const [variable, ...rest] = path.split('.');
    const variables = { ...base.variables, [variable]: withValueAt(base.variables[variable], rest.join('.'), value) };
    const type = schema.getMutationType()?.getFields()[operation];
    if (!type) throw new Error(`no mutation ${operation}`);
    const before = await fingerprint();
    const res = await t.gql(operationText('mutation', type), variables, {
      token: people[base.actor as 'operator'].token,
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field })],
    });
    expect(await fingerprint()).toBe(before);
  });

  it('opens no evaluation round for a period that has not begun', async () => {
    const base = bases.get('openEvaluationRound') as Base;
    const input = base.variables.input as Record<string, unknown>;
    const res = await t.gql(
      `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
      { input: { ...input, periodStart: '9998-01-01T00:00:00Z', periodEnd: '9999-01-01T00:00:00Z' } },
      { token: people.national.token },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodStart', message: expect.any(String) }],
    });
  });

  it('keeps an optional text left blank as no text, never as blanks', async () => {
    const base = bases.get('createEquipment') as Base;
    const input = base.variables.input as Record<string, unknown>;
    const created = await t.gql<{ createEquipment: { id: string; model: string | null; manufacturer: string | null } }>(
      `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id model manufacturer } }`,
      { input: { ...input, name: '空白字段测试设备', model: ' \t ', manufacturer: '' } },
      { token: people.operator.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createEquipment).toMatchObject({ model: null, manufacturer: null });
    const request = bases.get('updatePilotRequest') as Base;
    const updated = await t.gql<{ updatePilotRequest: { descriptionEn: string | null; ipOwnership: string | null } }>(
      `mutation($input: UpdatePilotRequestInput!) { updatePilotRequest(input: $input) { descriptionEn ipOwnership } }`,
      { input: { id: (request.variables.input as { id: string }).id, descriptionEn: '  ', ipOwnership: '\n' } },
      { token: people.requester.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updatePilotRequest).toEqual({ descriptionEn: null, ipOwnership: null });
  });

  it('answers every bad value with a typed error naming the field, never INTERNAL_SERVER_ERROR, and changes nothing', async () => {
    const failures: string[] = [];
    let cases = 0;
    let before = await fingerprint();
    for (const { type, field } of operations()) {
      const base = bases.get(field.name) ?? { actor: 'operator' as const, variables: sampleVariables(field) };
      const document = operationText(type, field);
      for (const argument of field.args) {
        for (const fuzz of fuzzCases(argument.type, base.variables[argument.name])) {
          cases += 1;
          const variables = {
            ...base.variables,
            [argument.name]: withValueAt(base.variables[argument.name], fuzz.at, fuzz.value),
          };
          const token = base.actor === 'anonymous' ? undefined : people[base.actor].token;
          const res = await t.gql(document, variables, { token });
          const problem = judge(res, argument.name, fuzz);
          const after = await fingerprint();
          const changed = after !== before;
          before = after;
          if (problem || (res.errors && changed)) {
            failures.push(
              `${field.name}(${argument.name}${fuzz.path ? `.${fuzz.path}` : ''} = ${fuzz.label}): ${
                problem ?? 'refused, yet the database changed'
              } ← ${JSON.stringify(res.errors?.[0] ?? res.data).slice(0, 300)}`,
            );
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 300_000);
});

/** What is wrong with the answer to one fuzz case, or null. */
function judge(res: GraphqlResponse, argument: string, fuzz: FuzzCase): string | null {
  if (res.status >= 500) return `HTTP ${res.status}`;
  for (const error of res.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) return 'an error without extensions.code';
    if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
    if (code === 'BAD_USER_INPUT' && !error.extensions?.fields?.length) return 'BAD_USER_INPUT without fields';
  }
  if (!fuzz.mustRefuse) return null;
  const first = res.errors?.[0];
  if (!first) return 'accepted';
  if (first.extensions?.code !== 'BAD_USER_INPUT') return `answered ${String(first.extensions?.code)}`;
  // Inside an `input` argument paths leave its name out (class-validator's convention); elsewhere they start with it.
  const expected = [fuzz.path || argument, `${argument}${fuzz.path ? `.${fuzz.path}` : ''}`];
  const named = (first.extensions?.fields ?? []).some((f) =>
    expected.some((e) => f.field === e || e.startsWith(`${f.field}.`) || f.field.startsWith(`${e}.`)),
  );
  return named ? null : `fields do not name ${expected[0]}: ${JSON.stringify(first.extensions?.fields)}`;
}

function operationText(type: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${type}(${definitions}) { ${field.name}(${args}) ${selection} }`;
}

function pilotRequestInput() {
  return {
    kind: 'SCALE_UP',
    title: '正极材料 50 L 到 500 L 工艺放大',
    description: '三元正极材料 NCM811 的工艺放大，需要 500 L 反应釜。',
    serviceTypes: ['SCALE_UP'],
    industryDirection: 'RAW_MATERIALS',
    keyDomains: ['ADVANCED_MATERIALS'],
    keywords: ['正极材料'],
    scaleFrom: 50,
    scaleTo: 500,
    scaleUnit: 'L',
    windowFrom: at(2),
    windowTo: at(90),
    budgetMin: 50_000,
    budgetMax: 300_000,
    preferredProvinces: ['32'],
    requiredAccreditations: [],
    patentNumbers: [],
    confidential: false,
  };
}

/** For an operation added later without a base here: values of the right types, so it is fuzzed all the same. */
function sampleVariables(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(field.args.map((a) => [a.name, sampleInput(a.type)]));
}
