import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { OutboxProcessor, QueryCounter } from '#core';
import { DemoSeeder } from '#demo';
import { OfferingSearchService } from '#search';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput } from '../support/catalog-fixtures.js';
import { createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { selectAll } from '../support/select-all.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Offering = { id: string } & Record<string, unknown>;

/**
 * The offerings of search hits and of bookings are read by one prepared statement hydrated column by column
 * (EntityColumns): on a production-shaped catalogue every field they answer equals the offering query's answer, a page
 * of 100 included, and a hit whose offering has gone since it was indexed is dropped, not an error.
 */
describe('the offerings of search hits and bookings, field by field', () => {
  let t: TestApp;
  let selection: string;
  let seller: SignedIn;
  let buyer: SignedIn;

  beforeAll(async () => {
    // A page of 100 hits with every field is far above the default cost limit: this test is about values, not cost.
    t = await startTestApp({ GRAPHQL_MAX_COMPLEXITY: '1000000', GRAPHQL_MAX_RESPONSE_BYTES: '50000000' });
    await t.app.get(DemoSeeder).seed({ offerings: 300, slotWeeks: 0, indexForSearch: false });
    await t.app.get(OfferingSearchService).reindexAll();
    selection = selectAll(t.app.get(GraphQLSchemaHost).schema.getType('ServiceOffering') as GraphQLObjectType);
    seller = await registerUser(t, { kind: 'RESEARCH_INSTITUTE' });
    buyer = await registerUser(t, { kind: 'STARTUP' });
  });

  afterAll(async () => {
    await t.close();
  });

  const direct = async (id: string, token?: string): Promise<Offering> => {
    const res = await t.gql<{ offering: Offering }>(
      `query($id: ID!) { offering(id: $id) ${selection} }`,
      { id },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.offering;
  };

  /** The bench's and a list's selection: served by the short read (no long texts, no platform). */
  const SHORT = '{ id title titleEn serviceType status pricing { model amount } }';

  const hits = async (input: Record<string, unknown>, token?: string, fields = selection): Promise<Offering[]> => {
    const res = await t.gql<{ searchOfferings: { hits: Array<{ offering: Offering }> } }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering ${fields} } } }`,
      { input },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.searchOfferings.hits.map((hit) => hit.offering);
  };

  it('answers a page of 100 hits’ offerings exactly as offering(id), nulls, money, tiers, arrays and dates included', async () => {
    for (const token of [undefined, buyer.token]) {
      const page = await hits({ limit: 100, sort: 'PRICE_DESC' }, token);
      expect(page).toHaveLength(100);
      for (const offering of page) expect(offering).toEqual(await direct(offering.id, token));
      // The page is varied: the comparison meets nulls and non-nulls, fen, tiers and lists.
      const values = (field: string) => new Set(page.map((o) => JSON.stringify(o[field] ?? null)));
      for (const field of ['titleEn', 'descriptionEn', 'keywords', 'accreditations', 'equipmentIds', 'pricing'])
        expect({ field, distinct: values(field).size > 1 }).toEqual({ field, distinct: true });
    }
  });

  it('answers every field of a hit’s offering, selected alone, as the whole selection does (short and full reads)', async () => {
    const type = t.app.get(GraphQLSchemaHost).schema.getType('ServiceOffering') as GraphQLObjectType;
    const config = type.toConfig();
    for (const token of [undefined, buyer.token]) {
      const input = { limit: 50, sort: 'PRICE_DESC' };
      const whole = await hits(input, token);
      expect(whole).toHaveLength(50);
      for (const name of Object.keys(config.fields)) {
        const alone = selectAll(
          new GraphQLObjectType({ ...config, fields: { id: config.fields.id, [name]: config.fields[name] } }),
        );
        const page = await hits(input, token, alone);
        expect(page).toEqual(whole.map((o) => ({ id: o.id, [name]: o[name] })));
      }
    }
  });

  it('prices the hits by the caller’s tier alike from the short and the full read', async () => {
    const prices = async (offering: string, token?: string) => {
      const res = await t.gql<{ searchOfferings: { hits: Array<{ price: unknown; offering: { id: string } }> } }>(
        `query($input: SearchOfferingsInput!) {
          searchOfferings(input: $input) { hits { price { tier tierLabel { zh en } amount model currency } offering ${offering} } }
        }`,
        { input: { limit: 50, sort: 'PRICE_ASC' } },
        { token },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.searchOfferings.hits.map((hit) => ({ id: hit.offering.id, price: hit.price }));
    };
    for (const token of [undefined, buyer.token]) {
      const short = await prices('{ id }', token);
      expect(short).toHaveLength(50);
      expect(short).toEqual(await prices('{ id description }', token));
    }
    // Only `price` selected: the offering is read (its price list), the short way.
    const res = await t.gql<{ searchOfferings: { hits: Array<{ price: { tier: string } }> } }>(
      `query { searchOfferings(input: { limit: 5 }) { hits { price { tier } } } }`,
      {},
      { token: buyer.token },
    );
    expect(res.data?.searchOfferings.hits.map((hit) => hit.price.tier)).toHaveLength(5);
  });

  it('reads a page showing titles and prices without the long texts, one statement; a description takes the full read', async () => {
    const offeringReads = async (fields: string) => {
      const statements = await t.app
        .get(QueryCounter)
        .recording(() => hits({ query: '检测', limit: 20 }, buyer.token, fields));
      return statements.filter((s) => s.query.includes('"service_offering"'));
    };
    const short = await offeringReads(SHORT);
    expect(short).toHaveLength(1);
    expect(short[0].query).not.toMatch(/"description|"summary|"equipment_ids"/);
    const full = await offeringReads('{ id title description platform { name summary } }');
    expect(full).toHaveLength(1);
    expect(full[0].query).toMatch(/"o"\."description".*"p"\."summary"/s);
  });

  it('drops a hit whose offering was deleted after indexing, and answers the others as offering(id)', async () => {
    const made: string[] = [];
    const { platformId, equipmentIds } = await createCatalog(t, seller);
    for (const title of ['锆钛酸铅薄膜甲', '锆钛酸铅薄膜乙', '锆钛酸铅薄膜丙']) {
      const res = await t.gql<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        {
          input: offeringInput(platformId, equipmentIds, {
            title,
            titleEn: null,
            keywords: ['锆钛酸铅'],
            pricing: { model: 'PER_SAMPLE', amount: 0.01, currency: 'CNY', tiers: [{ tier: 'SME', amount: 0.05 }] },
          }),
        },
        { token: seller.token },
      );
      made.push(res.data?.createOffering.id as string);
    }
    await t.app.get(OutboxProcessor).drainAll();
    const mine = (page: Offering[]) =>
      page
        .map((o) => o.id)
        .filter((id) => made.includes(id))
        .sort();
    expect(mine(await hits({ query: '锆钛酸铅薄膜', limit: 100 }))).toEqual([...made].sort());
    // Gone from the catalog behind the index's back (no outbox message): the index still lists it.
    await t.app.get(DataSource).query('DELETE FROM service_offering WHERE id = $1', [made[1]]);
    const page = await hits({ query: '锆钛酸铅薄膜', limit: 100 });
    expect(mine(page)).toEqual([made[0], made[2]].sort());
    for (const offering of page) expect(offering).toEqual(await direct(offering.id));
    expect(mine(await hits({ query: '锆钛酸铅薄膜', limit: 100 }, undefined, SHORT))).toEqual(
      [made[0], made[2]].sort(),
    );
  });

  it('shows no hit of a platform suspended or an offering archived since it was indexed (before the outbox runs)', async () => {
    const admin = await createSiteAdmin(t);
    const suspended = await createCatalog(t, seller, { platform: { name: '铌酸锂晶圆中试平台' } });
    const archived = await createCatalog(t, seller, { platform: { name: '铌酸锂晶圆中试平台二' } });
    await t.app.get(OutboxProcessor).drainAll();
    // Both reads, the full and the short, apply the rule.
    const ids = async () => {
      const [full, short] = await Promise.all(
        [selection, SHORT].map(async (fields) =>
          (await hits({ query: '铌酸锂晶圆', limit: 100 }, undefined, fields))
            .map((o) => o.id)
            .filter((id) => id === suspended.offeringId || id === archived.offeringId)
            .sort(),
        ),
      );
      expect(short).toEqual(full);
      return full;
    };
    expect(await ids()).toEqual([suspended.offeringId, archived.offeringId].sort());
    const suspend = await t.gql(
      `mutation($id: ID!) { suspendPlatform(id: $id) { id } }`,
      { id: suspended.platformId },
      { token: admin.token },
    );
    expect(suspend.errors).toBeUndefined();
    const archive = await t.gql(
      `mutation($id: ID!) { archiveOffering(id: $id) { id } }`,
      { id: archived.offeringId },
      { token: seller.token },
    );
    expect(archive.errors).toBeUndefined();
    // The index has not heard yet (its messages wait in the outbox): the catalog's rule still decides what is shown.
    for (const id of [suspended.offeringId, archived.offeringId])
      expect((await t.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
    expect(await ids()).toEqual([]);
    await t.app.get(OutboxProcessor).drainAll();
    expect(await ids()).toEqual([]);
  });

  it('answers a booking’s offering exactly as offering(id) for the requester and the operator', async () => {
    const { offeringId, equipmentIds } = await createCatalog(t, seller);
    const [slotId] = await publishSlots(t, seller, equipmentIds[0], consecutiveSlots(1, 240));
    const requested = await requestBooking(t, buyer, offeringId, [slotId]);
    const bookingId = requested.data?.requestBooking.id as string;
    expect(bookingId).toEqual(expect.any(String));
    for (const who of [buyer, seller]) {
      const res = await t.gql<{ booking: { offering: Offering } }>(
        `query($id: ID!) { booking(id: $id) { offering ${selection} } }`,
        { id: bookingId },
        { token: who.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.booking.offering).toEqual(await direct(offeringId, who.token));
    }
  });
});
