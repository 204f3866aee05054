import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { OutboxProcessor, QueryCounter } from '#core';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, equipmentInput, offeringInput, platformInput } from '../support/catalog-fixtures.js';
import { grantLevel } from '../support/level-fixtures.js';
import { addMember, createAuthority, registerUser, type SignedIn } from '../support/factories.js';
import { selectAll } from '../support/select-all.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PLATFORM = `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { id status name location { lat lng } provinceLabel { zh en } } }`;
const UPDATE_PLATFORM = `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { id name } }`;
const CREATE_OFFERING = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;
const PLATFORM = `query($id: ID!) { platform(id: $id) { id name status organization { id kind } equipment { id name } offerings { id title } } }`;

describe('catalog', () => {
  let t: TestApp;
  let operator: SignedIn;
  let other: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true });
    other = await registerUser(t, { kind: 'STARTUP' });
  });

  afterAll(async () => {
    await t.close();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);

  it('lets an operator create, publish and update a platform with equipment and offerings; others see it only once published', async () => {
    const created = await t.gql<{ createPlatform: { id: string; status: string; provinceLabel: { zh: string } } }>(
      CREATE_PLATFORM,
      { input: platformInput() },
      { token: operator.token },
    );
    expect(created.data?.createPlatform).toMatchObject({
      status: 'DRAFT',
      location: { lat: 31.2989, lng: 120.5853 },
      provinceLabel: { zh: '江苏', en: 'Jiangsu' },
    });
    const platformId = created.data?.createPlatform.id as string;

    const equipment = await t.gql<{ createEquipment: { id: string } }>(
      `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id capacity { value unit } } }`,
      { input: equipmentInput(platformId) },
      { token: operator.token },
    );
    const equipmentId = equipment.data?.createEquipment.id as string;
    const offering = await t.gql<{ createOffering: { id: string } }>(
      CREATE_OFFERING,
      { input: offeringInput(platformId, [equipmentId]) },
      { token: operator.token },
    );
    const offeringId = offering.data?.createOffering.id as string;
    expect(offering.errors).toBeUndefined();

    // A draft is invisible to other organizations and to anonymous callers, by id and in lists.
    for (const token of [other.token, undefined]) {
      expect((await t.gql(PLATFORM, { id: platformId }, { token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(
        (await t.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id: offeringId }, { token })).errors?.[0]
          .extensions?.code,
      ).toBe('NOT_FOUND');
      const listed = await t.gql<{ offerings: { edges: Array<{ node: { id: string } }> } }>(
        `{ offerings(first: 100) { edges { node { id } } } }`,
        {},
        { token },
      );
      expect(listed.data?.offerings.edges.map((e) => e.node.id)).not.toContain(offeringId);
    }
    // Its operator sees it.
    const own = await t.gql<{ platform: { status: string; equipment: unknown[]; offerings: unknown[] } }>(
      PLATFORM,
      { id: platformId },
      { token: operator.token },
    );
    expect(own.data?.platform).toMatchObject({
      status: 'DRAFT',
      equipment: [{ id: equipmentId, name: '500 L 反应釜' }],
      offerings: [{ id: offeringId }],
    });

    const published = await t.gql(
      `mutation($id: ID!) { publishPlatform(id: $id) { status } }`,
      { id: platformId },
      { token: operator.token },
    );
    expect(published.data).toEqual({ publishPlatform: { status: 'PUBLISHED' } });
    const again = await t.gql(
      `mutation($id: ID!) { publishPlatform(id: $id) { status } }`,
      { id: platformId },
      { token: operator.token },
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'Cannot publish a platform that is PUBLISHED (PUBLISHED → PUBLISHED is not allowed)',
      extensions: { code: 'CONFLICT', currentStatus: 'PUBLISHED', from: 'PUBLISHED', to: 'PUBLISHED' },
    });

    const seen = await t.gql<{ platform: { organization: { kind: string }; offerings: Array<{ title: string }> } }>(
      PLATFORM,
      { id: platformId },
    );
    expect(seen.data?.platform).toMatchObject({
      organization: { kind: 'LARGE_ENTERPRISE' },
      offerings: [{ title: '锂电池正极材料工艺放大' }],
    });

    const updated = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, name: '苏州正极材料中试平台' } },
      { token: operator.token },
    );
    expect(updated.data).toEqual({ updatePlatform: { id: platformId, name: '苏州正极材料中试平台' } });
    // Published, it stays in the province whose authority oversees it: moving it is refused and changes nothing.
    const moved = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, province: '44', name: '广州正极材料中试平台' } },
      { token: operator.token },
    );
    expect(moved.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLATFORM_FIELD_FIXED',
      field: 'province',
      currentStatus: 'PUBLISHED',
    });
    const stayed = await t.gql<{ platform: { name: string; provinceLabel: { zh: string } } }>(
      `query($id: ID!) { platform(id: $id) { name provinceLabel { zh } } }`,
      { id: platformId },
    );
    expect(stayed.data?.platform).toEqual({ name: '苏州正极材料中试平台', provinceLabel: { zh: '江苏' } });

    // Every write was recorded for the search index in its own transaction; the refused publish recorded nothing.
    const messages = await sql(
      `SELECT key FROM outbox_message WHERE topic = 'search.offering' AND (key = $1 OR key = $2) ORDER BY id`,
      [`platform:${platformId}`, `offering:${offeringId}`],
    );
    // Created, its offering created, published, updated (equipment without slots changes no search document).
    expect(messages.map((m: { key: string }) => m.key)).toEqual([
      `platform:${platformId}`,
      `offering:${offeringId}`,
      `platform:${platformId}`,
      `platform:${platformId}`,
    ]);
  });

  it('keeps a published, levelled platform in its construction mode (its open-access regime); a draft may still change it', async () => {
    const { platformId } = await createCatalog(t, operator);
    await grantLevel(t, platformId, 'PROVINCIAL');
    const before = await sql(`SELECT count(*)::int AS n FROM outbox_message WHERE key = $1`, [
      `platform:${platformId}`,
    ]);
    const switched = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, constructionMode: 'GOVERNMENT_PUBLIC_SERVICE', name: '改名' } },
      { token: operator.token },
    );
    expect(switched.data).toBeNull();
    expect(switched.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      reason: 'PLATFORM_FIELD_FIXED',
      field: 'constructionMode',
      currentStatus: 'PUBLISHED',
    });
    // Nothing changed, not even the other field of the refused call, and nothing was sent to the search index.
    const [row] = await sql(`SELECT construction_mode, name, level FROM platform WHERE id = $1`, [platformId]);
    expect(row).toEqual({
      construction_mode: 'ENTERPRISE_PARTIAL_OPEN',
      name: '苏州锂电正极材料中试基地',
      level: 'PROVINCIAL',
    });
    expect(
      await sql(`SELECT count(*)::int AS n FROM outbox_message WHERE key = $1`, [`platform:${platformId}`]),
    ).toEqual(before);
    // Restating the current mode is no change, so it is allowed; so is a suspended platform's, which is no longer DRAFT.
    const same = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, constructionMode: 'ENTERPRISE_PARTIAL_OPEN' } },
      { token: operator.token },
    );
    expect(same.errors).toBeUndefined();
    await t.gql(
      `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`,
      { id: platformId },
      { token: operator.token },
    );
    const suspended = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, constructionMode: 'GOVERNMENT_PUBLIC_SERVICE' } },
      { token: operator.token },
    );
    expect(suspended.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'constructionMode',
      currentStatus: 'SUSPENDED',
    });

    const { platformId: draftId } = await createCatalog(t, operator, { publish: false });
    const draft = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: draftId, constructionMode: 'GOVERNMENT_PUBLIC_SERVICE' } },
      { token: operator.token },
    );
    expect(draft.errors).toBeUndefined();
    const [draftRow] = await sql(`SELECT construction_mode FROM platform WHERE id = $1`, [draftId]);
    expect(draftRow.construction_mode).toBe('GOVERNMENT_PUBLIC_SERVICE');
  });

  it('hides a suspended platform again and refuses illegal transitions with CONFLICT naming the state', async () => {
    const { platformId, equipmentIds, offeringId } = await createCatalog(t, operator);
    const booked = (
      await requestBooking(
        t,
        other,
        offeringId,
        await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 72)),
      )
    ).data?.requestBooking.id as string;
    await t.gql(
      `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`,
      { id: platformId },
      { token: operator.token },
    );
    expect((await t.gql(PLATFORM, { id: platformId }, { token: other.token })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    // Its booking still names the platform the requester booked, and nothing more of it: neither its equipment nor
    // its offerings, as for any platform it may not see (probe 15).
    const throughBooking = await t.gql<{
      booking: {
        offering: { platform: { id: string; equipment: unknown[]; offerings: unknown[]; offeringCount: number } };
      };
    }>(
      `query($id: ID!) { booking(id: $id) { offering { platform { id equipment { id } offerings { id } offeringCount } } } }`,
      { id: booked },
      { token: other.token },
    );
    expect(throughBooking.data?.booking.offering.platform).toEqual({
      id: platformId,
      equipment: [],
      offerings: [],
      offeringCount: 0,
    });
    const byOperator = await t.gql<{ platform: { equipment: unknown[] } }>(
      PLATFORM,
      { id: platformId },
      { token: operator.token },
    );
    expect(byOperator.data?.platform.equipment).toHaveLength(equipmentIds.length);
    const { platformId: draftId } = await createCatalog(t, operator, { publish: false });
    const suspendDraft = await t.gql(
      `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`,
      { id: draftId },
      { token: operator.token },
    );
    expect(suspendDraft.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(suspendDraft.errors?.[0].message).toMatch(/is DRAFT/);
  });

  it('lets authorities of the region read unpublished platforms, but not change them', async () => {
    const { platformId } = await createCatalog(t, operator, { publish: false });
    const jiangsu = await createAuthority(t, { province: '32' });
    const guangdong = await createAuthority(t, { province: '44' });
    const byAuthority = await t.gql(PLATFORM, { id: platformId }, { token: jiangsu.token });
    expect(byAuthority.errors).toBeUndefined();
    expect(byAuthority.data).toMatchObject({ platform: { id: platformId, status: 'DRAFT' } });
    expect((await t.gql(PLATFORM, { id: platformId }, { token: guangdong.token })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const change = await t.gql(UPDATE_PLATFORM, { input: { id: platformId, name: 'x' } }, { token: jiangsu.token });
    expect(change.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an operator of organization A changing a platform of organization B, and changes nothing', async () => {
    const { platformId, offeringId, equipmentIds } = await createCatalog(t, operator);
    const intruder = await registerUser(t, { kind: 'SME' });
    const attempts = [
      [UPDATE_PLATFORM, { input: { id: platformId, name: '被篡改' } }],
      [`mutation($id: ID!) { suspendPlatform(id: $id) { id } }`, { id: platformId }],
      [
        `mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) { id } }`,
        { input: { id: equipmentIds[0], name: '被篡改' } },
      ],
      [
        `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }`,
        { input: equipmentInput(platformId) },
      ],
      [CREATE_OFFERING, { input: offeringInput(platformId, []) }],
      [
        `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
        { input: { id: offeringId, title: '被篡改' } },
      ],
      [`mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id: offeringId }],
    ] as const;
    for (const [query, variables] of attempts) {
      const res = await t.gql(query, variables, { token: intruder.token });
      expect({ query, code: res.errors?.[0].extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    const [platform] = await sql('SELECT name, status FROM platform WHERE id = $1', [platformId]);
    const [offering] = await sql('SELECT title, status FROM service_offering WHERE id = $1', [offeringId]);
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM equipment WHERE platform_id = $1', [platformId]);
    expect(platform).toEqual({ name: '苏州锂电正极材料中试基地', status: 'PUBLISHED' });
    expect(offering).toEqual({ title: '锂电池正极材料工艺放大', status: 'ACTIVE' });
    expect(count).toBe(1);
  });

  it('lets members read their organization’s drafts but not change them', async () => {
    const { platformId } = await createCatalog(t, operator, { publish: false });
    const member = await addMember(t, operator, 'MEMBER');
    const byMember = await t.gql(PLATFORM, { id: platformId }, { token: member.token });
    expect(byMember.errors).toBeUndefined();
    expect(byMember.data).toMatchObject({ platform: { id: platformId, status: 'DRAFT' } });
    const res = await t.gql(UPDATE_PLATFORM, { input: { id: platformId, name: 'x' } }, { token: member.token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['location.lat', CREATE_PLATFORM, () => ({ input: platformInput({ location: { lat: 95, lng: 120 } }) })],
    ['province', CREATE_PLATFORM, () => ({ input: platformInput({ province: '99' }) })],
    ['name', CREATE_PLATFORM, () => ({ input: platformInput({ name: '' }) })],
    ['website', CREATE_PLATFORM, () => ({ input: platformInput({ website: 'ftp://x' }) })],
    // Sydney, and Suzhou's coordinate for a platform in Guangdong: far outside the province it names.
    ['location', CREATE_PLATFORM, () => ({ input: platformInput({ location: { lat: -33.8688, lng: 151.2093 } }) })],
    ['location', CREATE_PLATFORM, () => ({ input: platformInput({ province: '44', city: '深圳' }) })],
  ])('refuses a platform with a bad %s with BAD_USER_INPUT naming it', async (field, query, variables) => {
    const before = await sql('SELECT count(*)::int AS count FROM platform');
    const res = await t.gql(query, variables(), { token: operator.token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    expect(await sql('SELECT count(*)::int AS count FROM platform')).toEqual(before);
  });

  it('keeps a platform’s location inside its province on update; nothing changes when it is refused', async () => {
    const { platformId } = await createCatalog(t, operator);
    const outbox = () =>
      sql(`SELECT count(*)::int AS n FROM outbox_message WHERE key = $1`, [`platform:${platformId}`]);
    const before = await outbox();
    const sydney = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, name: '悉尼中试平台', location: { lat: -33.8688, lng: 151.2093 } } },
      { token: operator.token },
    );
    expect(sydney.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'location', message: expect.stringMatching(/not in 江苏 \(Jiangsu\)/) }],
    });
    const [row] = await sql(`SELECT name, lat, lng FROM platform WHERE id = $1`, [platformId]);
    expect(row).toEqual({ name: '苏州锂电正极材料中试基地', lat: 31.2989, lng: 120.5853 });
    expect(await outbox()).toEqual(before);
    // Anywhere in the province is fine, Lianyungang at its northern end included.
    const moved = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: platformId, location: { lat: 34.5967, lng: 119.2216 } } },
      { token: operator.token },
    );
    expect(moved.errors).toBeUndefined();

    // A draft moved to another province must bring a location there: its old one is refused, naming location.
    const { platformId: draftId } = await createCatalog(t, operator, { publish: false });
    const keptSuzhou = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: draftId, province: '44' } },
      { token: operator.token },
    );
    expect(keptSuzhou.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'location' }],
    });
    const [draftRow] = await sql(`SELECT province FROM platform WHERE id = $1`, [draftId]);
    expect(draftRow.province).toBe('32');
    const toShenzhen = await t.gql(
      UPDATE_PLATFORM,
      { input: { id: draftId, province: '44', city: '深圳', location: { lat: 22.5431, lng: 114.0579 } } },
      { token: operator.token },
    );
    expect(toShenzhen.errors).toBeUndefined();
  });

  it('refuses bad offerings with BAD_USER_INPUT naming the field', async () => {
    const { platformId } = await createCatalog(t, operator);
    const { equipmentIds: foreignEquipment } = await createCatalog(t, operator);
    const cases: Array<[string, Record<string, unknown>]> = [
      ['title', { title: '长'.repeat(201) }],
      ['description', { description: 'x'.repeat(10_001) }],
      ['leadTimeDays', { leadTimeDays: 366 }],
      ['keywords', { keywords: Array.from({ length: 51 }, (_, i) => `k${i}`) }],
      ['keywords', { keywords: ['正极材料', '   '] }],
      ['pricing.amount', { pricing: { model: 'FIXED', amount: -1, currency: 'CNY' } }],
      ['pricing.amount', { pricing: { model: 'HOURLY', currency: 'CNY' } }],
      ['pricing.amount', { pricing: { model: 'QUOTE', amount: 100, currency: 'CNY' } }],
      ['scale.max', { scale: { min: 500, max: 5, unit: 'L' } }],
      ['equipmentIds', { equipmentIds: foreignEquipment }],
    ];
    for (const [field, overrides] of cases) {
      const res = await t.gql(
        CREATE_OFFERING,
        { input: offeringInput(platformId, [], overrides) },
        { token: operator.token },
      );
      expect({ field, code: res.errors?.[0].extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    }
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM service_offering WHERE platform_id = $1', [
      platformId,
    ]);
    expect(count).toBe(1);
  });

  it('filters and pages offerings with a stable cursor and a total count', async () => {
    const region = await registerUser(t, { kind: 'UNIVERSITY', province: '44' });
    const { platformId } = await createCatalog(t, region, {
      platform: {
        province: '44',
        city: '深圳',
        location: { lat: 22.5431, lng: 114.0579 },
        constructionMode: 'UNIVERSITY_TRANSFER',
      },
    });
    await grantLevel(t, platformId, 'NATIONAL');
    for (let i = 0; i < 4; i += 1) {
      await t.gql(
        CREATE_OFFERING,
        { input: offeringInput(platformId, [], { serviceType: 'TYPE_TESTING', title: `型式试验 ${i}` }) },
        { token: region.token },
      );
    }
    const page = (after?: string) =>
      t.gql<{
        offerings: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; serviceType: string } }>;
        };
      }>(
        `query($after: String) { offerings(first: 3, after: $after, filter: { provinces: ["44"], serviceTypes: [TYPE_TESTING], levels: [NATIONAL] }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id serviceType } } } }`,
        { after },
      );
    const first = await page();
    expect(first.data?.offerings.totalCount).toBe(4);
    expect(first.data?.offerings.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.data?.offerings.pageInfo.endCursor);
    expect(second.errors).toBeUndefined();
    expect(second.data?.offerings.edges).toHaveLength(1);
    expect(second.data?.offerings.pageInfo.hasNextPage).toBe(false);
    const ids = [...(first.data?.offerings.edges ?? []), ...(second.data?.offerings.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    const badCursor = await t.gql(`{ offerings(first: 3, after: "garbage") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions?.fields).toEqual([
      { field: 'after', message: 'after is not a cursor returned by this list' },
    ]);
    const tooMany = await t.gql(`{ offerings(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.fields?.[0].field).toBe('first');
  });

  it('resolves nested platform, operator and equipment of 100 offerings with a constant number of queries', async () => {
    const bulk = await registerUser(t, { kind: 'RESEARCH_INSTITUTE', province: '11' });
    for (let p = 0; p < 4; p += 1) {
      const { platformId, equipmentIds } = await createCatalog(t, bulk, {
        platform: { province: '11', city: '北京', location: { lat: 39.9042, lng: 116.4074 } },
      });
      await grantLevel(t, platformId, 'CULTIVATION');
      for (let i = 0; i < 24; i += 1) {
        await t.gql(
          CREATE_OFFERING,
          { input: offeringInput(platformId, equipmentIds, { title: `批量 ${p}-${i}` }) },
          { token: bulk.token },
        );
      }
    }
    const counter = t.app.get(QueryCounter);
    const list = async (first: number) => {
      const before = counter.queries;
      const res = await t.gql<{
        offerings: {
          edges: Array<{ node: { platform: { organization: { id: string } }; equipment: Array<{ id: string }> } }>;
        };
      }>(
        `query($first: Int!) { offerings(first: $first, filter: { provinces: ["11"], levels: [CULTIVATION] }) { totalCount edges { node { id platform { id name organization { id name } } equipment { id name } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.offerings.edges).toHaveLength(first);
      expect(
        res.data?.offerings.edges.every(
          (e) => e.node.platform.organization.id === bulk.organizationId && e.node.equipment.length === 1,
        ),
      ).toBe(true);
      return counter.queries - before;
    };
    const forTen = await list(10);
    const forHundred = await list(100);
    expect(forHundred).toBe(forTen);
    expect(forHundred).toBeLessThanOrEqual(6);
  });

  it('answers every field of a search hit’s offering as the offering query does (hits are read in one statement of their own)', async () => {
    const seller = await registerUser(t, { kind: 'RESEARCH_INSTITUTE' });
    const { platformId, equipmentIds } = await createCatalog(t, seller);
    const created = await t.gql<{ createOffering: { id: string } }>(
      CREATE_OFFERING,
      {
        input: offeringInput(platformId, equipmentIds, {
          title: '钙钛矿叶片全字段核对',
          titleEn: null,
          descriptionEn: 'Every field, read twice',
          keywords: ['钙钛矿', 'perovskite'],
          scale: { min: 0.5, max: 12.25, unit: 'kg' },
          pricing: {
            model: 'HOURLY',
            amount: 1280.5,
            currency: 'CNY',
            tiers: [
              { tier: 'STARTUP', discountPercent: 12.5 },
              { tier: 'OPEN_ACCESS', amount: 99.99 },
            ],
          },
          accreditations: ['CMA', 'CNAS'],
        }),
      },
      { token: seller.token },
    );
    const offeringId = created.data?.createOffering.id as string;
    expect(created.errors).toBeUndefined();
    await t.app.get(OutboxProcessor).drainAll();
    // Every field the schema gives an offering, and those of its platform and equipment one level down: a field added
    // later is compared too.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const selection = selectAll(schema.getType('ServiceOffering') as GraphQLObjectType);
    for (const token of [undefined, other.token]) {
      const direct = await t.gql<{ offering: unknown }>(
        `query($id: ID!) { offering(id: $id) ${selection} }`,
        {
          id: offeringId,
        },
        { token },
      );
      const searched = await t.gql<{ searchOfferings: { hits: Array<{ offering: { id: string } }> } }>(
        `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering ${selection} } } }`,
        { input: { query: '钙钛矿叶片全字段核对' } },
        { token },
      );
      expect(direct.errors).toBeUndefined();
      expect(searched.errors).toBeUndefined();
      const hit = searched.data?.searchOfferings.hits.find((h) => h.offering.id === offeringId);
      expect(hit?.offering).toEqual(direct.data?.offering);
    }
  });

  it('changes only the fields an update names: omitted lists and numbers keep their values', async () => {
    const { platformId, offeringId, equipmentIds } = await createCatalog(t, operator);
    await t.gql(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
      { input: { id: offeringId, title: '新标题' } },
      { token: operator.token },
    );
    await t.gql(UPDATE_PLATFORM, { input: { id: platformId, name: '新名称' } }, { token: operator.token });
    await t.gql(
      `mutation($input: UpdateEquipmentInput!) { updateEquipment(input: $input) { id } }`,
      { input: { id: equipmentIds[0], name: '新设备名' } },
      { token: operator.token },
    );
    const [offering] = await sql(
      'SELECT title, equipment_ids, keywords, lead_time_days, accreditations::text[] AS accreditations FROM service_offering WHERE id = $1',
      [offeringId],
    );
    expect(offering).toEqual({
      title: '新标题',
      equipment_ids: equipmentIds,
      keywords: ['正极材料', 'cathode', 'NCM811'],
      lead_time_days: 14,
      accreditations: ['CMA'],
    });
    const [platform] = await sql(
      'SELECT name, level, key_domains::text[] AS key_domains, accreditations::text[] AS accreditations, summary FROM platform WHERE id = $1',
      [platformId],
    );
    expect(platform).toMatchObject({
      name: '新名称',
      level: 'NONE',
      key_domains: ['ADVANCED_MATERIALS'],
      accreditations: ['CMA'],
    });
    expect(platform.summary).not.toBe('');
    const [equipment] = await sql(
      'SELECT name, shareable, jsonb_array_length(specifications) AS specs FROM equipment WHERE id = $1',
      [equipmentIds[0]],
    );
    expect(equipment).toEqual({ name: '新设备名', shareable: true, specs: 1 });
  });
});
