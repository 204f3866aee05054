import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { consecutiveSlots, hoursFromNow, publishSlots, requestBooking, setRules } from '../support/booking-fixtures.js';
import { CHARGE_FIELDS, issueProgramme, pricedOffering, programmeInput } from '../support/billing-fixtures.js';
import { createCatalog, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { createAuthority, registerUser, verifyOrganization, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// A leading enterprise's line, 800.00 per hour; start-ups 30 % off (560.00); its obligated open-access hours 300.00.
const HOURLY = {
  model: 'HOURLY',
  amount: '800.00',
  tiers: [
    { tier: 'STARTUP', discountPercent: 30 },
    { tier: 'OPEN_ACCESS', amount: '300.00' },
  ],
};
const KEYWORD = '钛合金热等静压';

const QUOTE_FIELDS = `status tier priceModel amount lines { kind tier unit quantity unitPrice amount listUnitPrice description { zh en } }`;

interface Line {
  seq: number;
  kind: string;
  tier: string | null;
  quantity: number;
  unitPrice: string;
  amount: string;
  reason?: string | null;
}
interface Charge {
  id: string;
  total: string;
  subtotal: string;
  adjustmentsTotal: string;
  credited: string;
  net: string;
  listAmount: string | null;
  tierSavings: string | null;
  tier: string;
  deliveredQuantity: number | null;
  voucherCovered: string;
  payableByRequester: string;
  lines: Line[];
}

/**
 * Prices people pay: tier prices in search and quotes, a quote stored on every booking, the charge issued at
 * completion and corrected only by credits, innovation vouchers booked against their budget atomically, and the
 * operator's exports. Money is compared as the exact decimal strings the API writes.
 */
describe('prices, quotes, charges and vouchers', () => {
  let t: TestApp;
  let clock: TestClock;
  let operator: SignedIn;
  let startup: SignedIn;
  let enterprise: SignedIn;
  let jiangsu: SignedIn;
  let guangdong: SignedIn;
  let catalog: CatalogSetup;
  let offeringId: string;
  let cheaperId: string;

  const as =
    (who: SignedIn | null) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql<Record<string, never>>(query, variables, { token: who?.token });

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true });
    startup = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP' }));
    enterprise = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    jiangsu = await createAuthority(t, { province: '32' });
    guangdong = await createAuthority(t, { province: '44' });
    catalog = await createCatalog(t, operator);
    offeringId = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, HOURLY, {
      title: `${KEYWORD}中试`,
      serviceType: 'SCALE_UP',
    });
    // Another line of the same work at 700.00 for everyone: dearer than the start-up price, cheaper than the base.
    cheaperId = await pricedOffering(
      t,
      operator,
      catalog.platformId,
      catalog.equipmentIds,
      {
        model: 'HOURLY',
        amount: '700.00',
        tiers: [],
      },
      { title: `${KEYWORD}放大` },
    );
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('a start-up’s way from search to a charge', () => {
    let slots: string[];
    let bookingId: string;
    let programmeId: string;

    it('sees its tier price in search: the price filter and sort use it, and each hit says which tier applied', async () => {
      const search = (who: SignedIn | null, input: Record<string, unknown>) =>
        as(who)(
          `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering { id } price { tier amount model } } } }`,
          { input: { query: KEYWORD, ...input } },
        );
      const capped = { maxPrice: '600.00' };
      const startupHits = (await search(startup, capped)).data?.searchOfferings as unknown as {
        hits: Array<{ offering: { id: string }; price: { tier: string; amount: string; model: string } }>;
      };
      expect(startupHits.hits).toEqual([
        { offering: { id: offeringId }, price: { tier: 'STARTUP', amount: '560.00', model: 'HOURLY' } },
      ]);
      const anonymous = (await search(null, capped)).data?.searchOfferings as unknown as { hits: unknown[] };
      expect(anonymous.hits).toEqual([]);
      const order = async (who: SignedIn | null) =>
        (
          (await search(who, { sort: 'PRICE_ASC' })).data?.searchOfferings as unknown as {
            hits: Array<{ offering: { id: string }; price: { tier: string; amount: string } }>;
          }
        ).hits.map((h) => [h.offering.id, h.price.tier, h.price.amount]);
      expect(await order(startup)).toEqual([
        [offeringId, 'STARTUP', '560.00'],
        [cheaperId, 'BASE', '700.00'],
      ]);
      expect(await order(null)).toEqual([
        [cheaperId, 'BASE', '700.00'],
        [offeringId, 'BASE', '800.00'],
      ]);
      // The offering's own page says the same.
      const page = await as(startup)(
        `query($id: ID!) { offering(id: $id) { yourPrice { tier amount } pricing { amount tiers { tier amount discountPercent } } } }`,
        {
          id: offeringId,
        },
      );
      expect(page.data?.offering).toEqual({
        yourPrice: { tier: 'STARTUP', amount: '560.00' },
        pricing: {
          amount: '800.00',
          tiers: [
            { tier: 'STARTUP', amount: '560.00', discountPercent: 30 },
            { tier: 'OPEN_ACCESS', amount: '300.00', discountPercent: null },
          ],
        },
      });
    });

    it('gets the same line-by-line quote before booking as the booking stores', async () => {
      // A regular and an open-access run of 3 h each, three days out.
      slots = await publishSlots(t, operator, catalog.equipmentIds[0], [
        { startsAt: hoursFromNow(72), endsAt: hoursFromNow(75) },
        { startsAt: hoursFromNow(75), endsAt: hoursFromNow(78), openAccess: true },
      ]);
      const quote = await as(startup)(
        `query($input: QuoteBookingInput!) { quoteBooking(input: $input) { ${QUOTE_FIELDS} } }`,
        { input: { offeringId, slotIds: slots } },
      );
      const expected = {
        status: 'PRICED',
        tier: 'STARTUP',
        priceModel: 'HOURLY',
        amount: '2580.00',
        lines: [
          {
            kind: 'SERVICE',
            tier: 'STARTUP',
            unit: 'HOUR',
            quantity: 3,
            unitPrice: '560.00',
            amount: '1680.00',
            listUnitPrice: '800.00',
            description: { zh: '3 机时 × 560.00 元（初创企业价）', en: '3 hour × 560.00 CNY (start-up price)' },
          },
          {
            kind: 'SERVICE',
            tier: 'OPEN_ACCESS',
            unit: 'HOUR',
            quantity: 3,
            unitPrice: '300.00',
            amount: '900.00',
            listUnitPrice: '800.00',
            description: { zh: '3 机时 × 300.00 元（开放共享价）', en: '3 hour × 300.00 CNY (open-access price)' },
          },
        ],
      };
      expect(quote.data?.quoteBooking).toEqual(expected);
      // The quote held nothing.
      const booked = await t.gql<{ requestBooking: { id: string; status: string; quote: unknown } }>(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status quote { ${QUOTE_FIELDS} } } }`,
        { input: { offeringId, slotIds: slots, brief: '钛合金件热等静压', idempotencyKey: 'billing-acceptance-1' } },
        { token: startup.token },
      );
      expect(booked.data?.requestBooking).toMatchObject({ status: 'REQUESTED', quote: expected });
      bookingId = booked.data?.requestBooking.id as string;
      const [row] = await t.app
        .get(DataSource)
        .query(`SELECT quote_amount::text AS amount, quote->>'totalFen' AS fen FROM booking WHERE id = $1`, [
          bookingId,
        ]);
      expect(row).toEqual({ amount: '2580.00', fen: '258000' });
      const confirmed = await as(operator)(`mutation($id: ID!) { confirmBooking(id: $id) { status } }`, {
        id: bookingId,
      });
      expect(confirmed.data?.confirmBooking).toEqual({ status: 'CONFIRMED' });
    });

    it('applies a Jiangsu innovation voucher to its booking', async () => {
      programmeId = await issueProgramme(t, jiangsu);
      const applied = await as(startup)(
        `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { voucherProgrammeId } }`,
        { b: bookingId, p: programmeId },
      );
      expect(applied.data?.applyVoucher).toEqual({ voucherProgrammeId: programmeId });
    });

    it('is charged exactly what was delivered with the operator’s adjustment; the voucher covers half, truncated', async () => {
      clock.travelTo(new Date(hoursFromNow(79).getTime()));
      // 5 of the 6 hours ran: the cheapest first (3 open-access hours at 300.00, 2 at 560.00), plus consumables.
      const completed = await as(operator)(
        `mutation($id: ID!, $a: [ChargeAdjustmentInput!]!) {
           completeBooking(id: $id, outcome: "热等静压 5 小时，报告 HIP-2027-03", deliveredQuantity: 5, adjustments: $a) {
             status charge { ${CHARGE_FIELDS} } } }`,
        { id: bookingId, a: [{ amount: '350.55', reason: '追加氩气耗材' }] },
      );
      expect(completed.errors).toBeUndefined();
      const charge = (completed.data?.completeBooking as unknown as { status: string; charge: Charge }).charge;
      expect(charge).toMatchObject({
        tier: 'STARTUP',
        deliveredQuantity: 5,
        subtotal: '2020.00',
        adjustmentsTotal: '350.55',
        total: '2370.55',
        credited: '0.00',
        net: '2370.55',
        // 5 h at the base price: 4 000.00; the tier and open access saved 1 980.00.
        listAmount: '4000.00',
        tierSavings: '1980.00',
        // 50 % of 2 370.55 = 1 185.275, truncated: a subsidy never pays more than its share.
        voucherCovered: '1185.27',
        payableByRequester: '1185.28',
      });
      expect(charge.lines.map((l) => [l.seq, l.kind, l.tier, l.quantity, l.unitPrice, l.amount, l.reason])).toEqual([
        [1, 'SERVICE', 'STARTUP', 2, '560.00', '1120.00', null],
        [2, 'SERVICE', 'OPEN_ACCESS', 3, '300.00', '900.00', null],
        [3, 'ADJUSTMENT', null, 1, '350.55', '350.55', '追加氩气耗材'],
      ]);
      const [programme] = await t.app
        .get(DataSource)
        .query(`SELECT committed::text FROM voucher_programme WHERE id = $1`, [programmeId]);
      expect(programme.committed).toBe('1185.27');
    });

    it('never changes an issued charge: completing again is a conflict, the database refuses updates, credits correct it', async () => {
      const again = await as(operator)(`mutation($id: ID!) { completeBooking(id: $id, outcome: "再次") { status } }`, {
        id: bookingId,
      });
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      const db = t.app.get(DataSource);
      await expect(db.query(`UPDATE booking_charge SET total = 1 WHERE booking_id = $1`, [bookingId])).rejects.toThrow(
        /an issued charge is never changed/,
      );
      await expect(db.query(`DELETE FROM booking_charge_line WHERE seq = 1`)).rejects.toThrow(/never changed/);
      const read = async () =>
        (
          (await as(startup)(`query($id: ID!) { booking(id: $id) { charge { ${CHARGE_FIELDS} } } }`, { id: bookingId }))
            .data?.booking as unknown as { charge: Charge }
        ).charge;
      const before = await read();

      const tooMuch = await as(operator)(
        `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { id } }`,
        { input: { chargeId: before.id, amount: '2370.56', reason: '全额退回' } },
      );
      expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'amount' }] });
      const byRequester = await as(startup)(
        `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { id } }`,
        { input: { chargeId: before.id, amount: '1.00', reason: '自己冲减' } },
      );
      expect(byRequester.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await read()).toEqual(before);

      const credited = await as(operator)(
        `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { ${CHARGE_FIELDS} } }`,
        { input: { chargeId: before.id, amount: '370.55', reason: '延误一小时，部分减免' } },
      );
      expect(credited.data?.creditCharge).toMatchObject({
        total: '2370.55',
        credited: '370.55',
        net: '2000.00',
        // The voucher's share follows the net amount down: 50 % of 2 000.00; 185.27 goes back to the budget.
        voucherCovered: '1000.00',
        payableByRequester: '1000.00',
      });
      const lines = (credited.data?.creditCharge as unknown as Charge).lines;
      expect(lines.at(-1)).toMatchObject({ kind: 'CREDIT', amount: '-370.55', reason: '延误一小时，部分减免' });
      expect(lines.slice(0, 3)).toEqual(before.lines);
      const [programme] = await db.query(`SELECT committed::text FROM voucher_programme WHERE id = $1`, [programmeId]);
      expect(programme.committed).toBe('1000.00');
    });

    it('exports the operator’s period as CSV and XLSX holding the expected rows', async () => {
      const period = {
        from: new Date(clock.now().getTime() - DAY).toISOString(),
        to: new Date(clock.now().getTime() + DAY).toISOString(),
      };
      const summary = await as(operator)(
        `query($from: DateTime!, $to: DateTime!) { chargesExport(from: $from, to: $to) {
           totals { charges issued credited net voucherCovered } lineCount csv { url } xlsx { url } } }`,
        period,
      );
      const exported = summary.data?.chargesExport as unknown as {
        totals: Record<string, unknown>;
        lineCount: number;
        csv: { url: string };
        xlsx: { url: string };
      };
      expect(exported.totals).toEqual({
        charges: 1,
        issued: '2370.55',
        credited: '370.55',
        net: '2000.00',
        voucherCovered: '1000.00',
      });
      expect(exported.lineCount).toBe(4);

      const csv = await t.http().get(exported.csv.url);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['cache-control']).toBe('no-store');
      const rows = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(rows).toHaveLength(5);
      expect(rows[0]).toContain('金额（元） / Amount (CNY)');
      const amounts = rows.slice(1).map((row) => row.split(',').at(-2));
      expect(amounts).toEqual(['1120.00', '900.00', '350.55', '-370.55']);
      expect(rows[4]).toContain('延误一小时');

      // The same through the bearer token, as a workbook: a sheet of charges and one of lines.
      const xlsxPath = exported.xlsx.url.split('?')[0];
      const xlsx = await t
        .http()
        .get(xlsxPath)
        .query(period)
        .set('authorization', `Bearer ${operator.token}`)
        .responseType('blob');
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as ExcelJS.Buffer);
      const charges = workbook.getWorksheet('费用 Charges');
      const lines = workbook.getWorksheet('明细 Lines');
      expect(charges?.rowCount).toBe(3); // title, header, one charge
      expect(lines?.rowCount).toBe(6); // title, header, four lines
      const header = Array.from(charges?.getRow(2).values as unknown[], (v) => String(v ?? ''));
      const column = (name: string) => header.findIndex((h) => h.includes(name));
      const row = charges?.getRow(3);
      expect([
        row?.getCell(column('Total issued')).value,
        row?.getCell(column('Net')).value,
        row?.getCell(column('Voucher covered')).value,
        row?.getCell(column('Payable by requester')).value,
      ]).toEqual([2370.55, 2000, 1000, 1000]);

      // Nobody else's: another organization's bearer sees no lines; no token and a forged link are refused.
      const other = await t
        .http()
        .get(xlsxPath)
        .query(period)
        .set('authorization', `Bearer ${startup.token}`)
        .responseType('blob');
      expect(other.status).toBe(200);
      const otherBook = new ExcelJS.Workbook();
      await otherBook.xlsx.load(other.body as ExcelJS.Buffer);
      expect(otherBook.getWorksheet('明细 Lines')?.rowCount).toBe(2);
      expect((await t.http().get(xlsxPath).query(period)).status).toBe(401);
      expect((await t.http().get(exported.csv.url.replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(401);
      const badPeriod = await t
        .http()
        .get(xlsxPath)
        .query({ from: 'yesterday', to: period.to })
        .set('authorization', `Bearer ${operator.token}`);
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from' }] });
    });

    it('lets the authority read the programme’s usage by platform, requester kind and service type, and figures show it', async () => {
      const usage = `query($id: ID!) { voucherUsage(id: $id) { covered charges requesters
        byPlatform { platformId covered charges } byRequesterKind { requesterKind covered } byServiceType { serviceType covered } } }`;
      const read = await as(jiangsu)(usage, { id: programmeId });
      expect(read.data?.voucherUsage).toEqual({
        covered: '1000.00',
        charges: 1,
        requesters: 1,
        byPlatform: [{ platformId: catalog.platformId, covered: '1000.00', charges: 1 }],
        byRequesterKind: [{ requesterKind: 'STARTUP', covered: '1000.00' }],
        byServiceType: [{ serviceType: 'SCALE_UP', covered: '1000.00' }],
      });
      for (const outsider of [guangdong, operator, startup])
        expect((await as(outsider)(usage, { id: programmeId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const figures = await as(jiangsu)(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { platformServiceFigures(platformId: $id, from: $from, to: $to) {
           amountCharged voucherCoveredAmount startupSmeTierSavings } }`,
        {
          id: catalog.platformId,
          from: new Date(clock.now().getTime() - DAY).toISOString(),
          to: new Date(clock.now().getTime() + DAY).toISOString(),
        },
      );
      expect(figures.data?.platformServiceFigures).toEqual({
        amountCharged: '2000.00',
        voucherCoveredAmount: '1000.00',
        startupSmeTierSavings: '1980.00',
      });
      clock.travelTo(new Date());
    });
  });

  describe('innovation vouchers: who may, and never past a cap or a budget', () => {
    /**
     * A fixed 200.00 job on the first line (confirmed automatically), a Jiangsu programme of `budget`, and one
     * verified start-up's booking with the voucher per hour from `start`: the programme's and the bookings' ids.
     */
    const fixedJobsWithVoucher = async (budget: string, start: number, count: number) => {
      const fixedId = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'FIXED',
        amount: '200.00',
        tiers: [],
      });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC', minNoticeHours: 1 });
      const programmeId = await issueProgramme(t, jiangsu, { budget, capPerRequesterPerYear: budget });
      const slots = await publishSlots(
        t,
        operator,
        catalog.equipmentIds[0],
        Array.from({ length: count }, (_, i) => ({
          startsAt: new Date(start + i * HOUR),
          endsAt: new Date(start + (i + 1) * HOUR),
        })),
      );
      const bookings: string[] = [];
      for (const slotId of slots) {
        const requester = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP' }));
        const id = (await requestBooking(t, requester, fixedId, [slotId])).data?.requestBooking.id as string;
        const applied = await as(requester)(
          `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { id } }`,
          { b: id, p: programmeId },
        );
        expect(applied.errors).toBeUndefined();
        bookings.push(id);
      }
      return { programmeId, bookings };
    };

    it('applies only to eligible bookings, naming programmeId, and changes nothing when refused', async () => {
      const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(3, 400));
      const own = (await requestBooking(t, startup, offeringId, [slots[0]])).data?.requestBooking.id as string;
      const large = (await requestBooking(t, enterprise, offeringId, [slots[1]])).data?.requestBooking.id as string;
      const otherProvince = await issueProgramme(t, guangdong, { province: '44' });
      const testingOnly = await issueProgramme(t, jiangsu, { eligibleServiceTypes: ['TYPE_TESTING'] });
      const forStartups = await issueProgramme(t, jiangsu);
      const apply = (who: SignedIn, bookingId: string, programmeId: string) =>
        as(who)(`mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { voucherProgrammeId } }`, {
          b: bookingId,
          p: programmeId,
        });
      // Probe 12, finding 2: a start-up by its own say, which no site admin verified (anyone can sign up as one).
      const selfDeclared = await registerUser(t, { kind: 'STARTUP' });
      const unverified = (await requestBooking(t, selfDeclared, offeringId, [slots[2]])).data?.requestBooking
        .id as string;
      for (const [who, bookingId, programmeId, pattern] of [
        [enterprise, large, forStartups, /for start-up, SME; your organization is large enterprise/],
        [selfDeclared, unverified, forStartups, /organizations a site admin has verified; yours is not verified/],
        [startup, own, otherProvince, /province 44; this platform is in 32/],
        [startup, own, testingOnly, /not process scale-up/],
      ] as const) {
        const refused = await apply(who, bookingId, programmeId);
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'VOUCHER_NOT_ELIGIBLE',
          fields: [{ field: 'programmeId', message: expect.stringMatching(pattern) }],
        });
      }
      expect((await apply(startup, large, forStartups)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const [{ applied }] = await t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS applied FROM booking WHERE voucher_programme_id IS NOT NULL AND id = ANY($1)`, [
          [own, large, unverified],
        ]);
      expect(applied).toBe(0);
    });

    it('refuses a voucher whose yearly cap or budget is used up, and one programme outside the issuer’s jurisdiction', async () => {
      const spent = await issueProgramme(t, jiangsu, { budget: '100.00', capPerRequesterPerYear: '100.00' });
      await t.app.get(DataSource).query(`UPDATE voucher_programme SET committed = budget WHERE id = $1`, [spent]);
      const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 420));
      const bookingId = (await requestBooking(t, startup, offeringId, slots)).data?.requestBooking.id as string;
      const refused = await as(startup)(
        `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { id } }`,
        { b: bookingId, p: spent },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'VOUCHER_BUDGET_EXHAUSTED',
        fields: [{ field: 'programmeId' }],
      });
      // The cap: a redemption of this year recorded against the start-up uses it up.
      const capped = await issueProgramme(t, jiangsu, { capPerRequesterPerYear: '10.00' });
      await t.app.get(DataSource).query(
        `INSERT INTO voucher_redemption (programme_id, charge_id, booking_id, requester_organization_id, requester_kind,
           platform_id, province, service_type, amount, year, created_at)
         VALUES ($1, gen_random_uuid(), gen_random_uuid(), $2, 'STARTUP', $3, '32', 'SCALE_UP', 10, $4, now())`,
        [capped, startup.organizationId, catalog.platformId, new Date(Date.now() + 8 * HOUR).getUTCFullYear()],
      );
      const overCap = await as(startup)(
        `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { id } }`,
        { b: bookingId, p: capped },
      );
      expect(overCap.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VOUCHER_CAP_REACHED' });

      const issue = (who: SignedIn, input: Record<string, unknown>) =>
        as(who)(`mutation($input: IssueVoucherProgrammeInput!) { issueVoucherProgramme(input: $input) { id } }`, {
          input: programmeInput(input),
        });
      expect((await issue(guangdong, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await issue(operator, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const [field, input] of [
        ['sharePercent', { sharePercent: 0 }],
        ['sharePercent', { sharePercent: 100.001 }],
        ['capPerRequesterPerYear', { capPerRequesterPerYear: '200001.00', budget: '200000.00' }],
        ['budget', { budget: '-5.00' }],
        ['validTo', { validTo: new Date(Date.now() - HOUR).toISOString() }],
        ['eligibleKinds', { eligibleKinds: ['GOVERNMENT'] }],
        ['eligibleServiceTypes', { eligibleServiceTypes: [] }],
      ] as const) {
        const res = await issue(jiangsu, input);
        expect({ field, fields: [...new Set(res.errors?.[0].extensions?.fields?.map((f) => f.field))] }).toEqual({
          field,
          fields: [field],
        });
      }
    });

    it('never overspends a budget when completions race on real parallel connections', async () => {
      // 450.00 of budget; eight start-ups' bookings of a fixed 200.00 job, each voucher covering half (100.00).
      const start = Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR;
      const { programmeId, bookings } = await fixedJobsWithVoucher('450.00', start, 8);
      clock.travelTo(new Date(start + 9 * HOUR));
      const completed = await Promise.all(
        bookings.map((id) =>
          as(operator)(
            `mutation($id: ID!) { completeBooking(id: $id, outcome: "完成") { charge { voucherCovered } } }`,
            { id },
          ),
        ),
      );
      clock.travelTo(new Date());
      expect(completed.map((r) => r.errors)).toEqual(bookings.map(() => undefined));
      const covered = completed
        .map(
          (r) => (r.data?.completeBooking as unknown as { charge: { voucherCovered: string } }).charge.voucherCovered,
        )
        .sort();
      expect(covered).toEqual(['0.00', '0.00', '0.00', '100.00', '100.00', '100.00', '100.00', '50.00']);
      const [ledger] = await t.app.get(DataSource).query(
        `SELECT p.committed::text AS committed, p.budget::text AS budget,
                (SELECT sum(amount)::text FROM voucher_redemption r WHERE r.programme_id = p.id) AS redeemed
           FROM voucher_programme p WHERE p.id = $1`,
        [programmeId],
      );
      expect(ledger).toEqual({ committed: '450.00', budget: '450.00', redeemed: '450.00' });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL', minNoticeHours: 24 });
    });

    it('takes a credit once however often it is sent with its idempotencyKey, and refuses the key for another credit', async () => {
      // An operator whose answer was lost (a timeout, the API restarted after the commit) sends the credit again.
      const start = Math.ceil((Date.now() + 5 * DAY) / HOUR) * HOUR;
      const {
        programmeId,
        bookings: [bookingId],
      } = await fixedJobsWithVoucher('1000.00', start, 1);
      clock.travelTo(new Date(start + 2 * HOUR));
      const completed = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "完成") { charge { id voucherCovered } } }`,
        { id: bookingId },
      );
      clock.travelTo(new Date());
      expect(completed.errors).toBeUndefined();
      const charge = (completed.data?.completeBooking as unknown as { charge: { id: string; voucherCovered: string } })
        .charge;
      expect(charge.voucherCovered).toBe('100.00');
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL', minNoticeHours: 24 });

      const credit = (amount: string, idempotencyKey: string) =>
        as(operator)(
          `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { credited net voucherCovered } }`,
          { input: { chargeId: charge.id, amount, reason: '延误减免', idempotencyKey } },
        );
      const sent = [
        ...(await Promise.all([1, 2, 3, 4].map(() => credit('50.00', 'credit-delay-1')))),
        await credit('50.00', 'credit-delay-1'),
      ];
      expect(sent.map((r) => r.errors)).toEqual(sent.map(() => undefined));
      expect(sent.map((r) => r.data?.creditCharge)).toEqual(
        sent.map(() => ({ credited: '50.00', net: '150.00', voucherCovered: '75.00' })),
      );

      const reused = await credit('20.00', 'credit-delay-1');
      expect(reused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'CREDIT_KEY_REUSED',
        fields: [{ field: 'idempotencyKey' }],
      });
      const another = await credit('20.00', 'credit-delay-2');
      expect(another.data?.creditCharge).toEqual({ credited: '70.00', net: '130.00', voucherCovered: '65.00' });
      const db = t.app.get(DataSource);
      const [lines] = await db.query(
        `SELECT count(*)::int AS credits, sum(amount)::text AS total FROM booking_charge_line WHERE charge_id = $1 AND kind = 'CREDIT'`,
        [charge.id],
      );
      expect(lines).toEqual({ credits: 2, total: '-70.00' });
      const [programme] = await db.query(`SELECT committed::text FROM voucher_programme WHERE id = $1`, [programmeId]);
      expect(programme.committed).toBe('65.00');
    });
  });

  describe('bad input changes nothing', () => {
    it('refuses in the charge downloads the date-times GraphQL refuses, naming the parameter', async () => {
      // The downloads parsed dates by themselves: 2027-02-30 was quietly 2 March, 24:00 the next day, and years 0000
      // and 10000 passed (the latter named the file "charges-+010000-01-…").
      for (const [name, value] of [
        ['from', '2027-02-30T00:00:00+08:00'],
        ['from', '2027-02-28T24:00:00Z'],
        ['from', '0000-01-01T00:00:00Z'],
        ['to', '9999-12-31T23:00:00-02:00'],
        ['to', '2027-03-01T00:00:00+24:00'],
      ] as const) {
        const period = { from: '2027-01-01T00:00:00+08:00', to: '2027-06-01T00:00:00+08:00', [name]: value };
        const graphql = await as(operator)(
          `query($from: DateTime!, $to: DateTime!) { chargesExport(from: $from, to: $to) { lineCount } }`,
          period,
        );
        expect(graphql.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        for (const file of ['export.csv', 'export.xlsx']) {
          const res = await t
            .http()
            .get(`/charges/${file}`)
            .query(period)
            .set('authorization', `Bearer ${operator.token}`);
          expect({
            value,
            status: res.status,
            fields: (res.body as { fields?: Array<{ field: string }> }).fields,
          }).toEqual({ value, status: 400, fields: [{ field: name, message: expect.any(String) }] });
        }
      }
    });

    it('refuses negative and absurd prices, a tier given twice and other broken price lists, naming the field', async () => {
      const db = t.app.get(DataSource);
      const count = async () => (await db.query(`SELECT count(*)::int AS n FROM service_offering`))[0].n as number;
      const before = await count();
      for (const [field, pricing] of [
        ['pricing.amount', { model: 'HOURLY', amount: '-1.00', tiers: [] }],
        ['pricing.amount', { model: 'HOURLY', amount: '100000000.01', tiers: [] }],
        ['pricing.amount', { model: 'HOURLY', amount: '12.345', tiers: [] }],
        [
          'pricing.tiers.1.tier',
          {
            model: 'HOURLY',
            amount: '800.00',
            tiers: [
              { tier: 'SME', discountPercent: 10 },
              { tier: 'SME', amount: '700.00' },
            ],
          },
        ],
        [
          'pricing.tiers.0.amount',
          { model: 'HOURLY', amount: '800.00', tiers: [{ tier: 'SME', amount: '700.00', discountPercent: 10 }] },
        ],
        ['pricing.tiers.0.amount', { model: 'HOURLY', amount: '800.00', tiers: [{ tier: 'SME' }] }],
        [
          'pricing.tiers.0.discountPercent',
          { model: 'HOURLY', amount: '800.00', tiers: [{ tier: 'SME', discountPercent: 150 }] },
        ],
        [
          'pricing.tiers.0.amount',
          { model: 'HOURLY', amount: '800.00', tiers: [{ tier: 'OPEN_ACCESS', amount: '900.00' }] },
        ],
        ['pricing.tiers.0.tier', { model: 'HOURLY', amount: '800.00', tiers: [{ tier: 'BASE', amount: '700.00' }] }],
        ['pricing.tiers', { model: 'QUOTE', tiers: [{ tier: 'STARTUP', discountPercent: 10 }] }],
      ] as const) {
        const res = await as(operator)(
          `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
          {
            input: offeringInput(catalog.platformId, catalog.equipmentIds, {
              pricing: { currency: 'CNY', ...pricing },
            }),
          },
        );
        expect({
          field,
          code: res.errors?.[0].extensions?.code,
          fields: res.errors?.[0].extensions?.fields?.map((f) => f.field),
        }).toEqual({
          field,
          code: 'BAD_USER_INPUT',
          fields: [field],
        });
      }
      expect(await count()).toBe(before);
    });

    it('refuses a quantity for hourly prices and a negative total at completion, leaving the booking as it was', async () => {
      const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 500));
      const withQuantity = await t.gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { offeringId, slotIds: slots, quantity: 3, idempotencyKey: 'billing-quantity-1' } },
        { token: startup.token },
      );
      expect(withQuantity.errors?.[0].extensions?.fields).toEqual([
        { field: 'quantity', message: expect.stringMatching(/PER_SAMPLE or PER_BATCH/) },
      ]);
      const id = (await requestBooking(t, startup, offeringId, slots)).data?.requestBooking.id as string;
      await as(operator)(`mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id });
      clock.travelTo(new Date(hoursFromNow(505).getTime()));
      const negative = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "x", adjustments: [{ amount: "-99999.00", reason: "全免" }]) { status } }`,
        { id },
      );
      expect(negative.errors?.[0].extensions?.fields?.[0].field).toBe('adjustments');
      const halfSample = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "x", deliveredQuantity: 1.0005) { status } }`,
        { id },
      );
      expect(halfSample.errors?.[0].extensions?.fields?.[0].field).toBe('deliveredQuantity');
      clock.travelTo(new Date());
      const state = await as(startup)(`query($id: ID!) { booking(id: $id) { status charge { id } } }`, { id });
      expect(state.data?.booking).toEqual({ status: 'CONFIRMED', charge: null });
    });

    it('bills no more than was booked: more hours or samples, or adjustments past the quote, are refused naming the field', async () => {
      // Probe 12, finding 1: a 4 h booking (quote 2 240.00) completed with 1 000 000 hours was an immutable charge of
      // 560 000 000.00, a voucher paying its share of it.
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 700));
      const id = (await requestBooking(t, startup, offeringId, [slotId])).data?.requestBooking.id as string;
      await as(operator)(`mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id });
      const samples = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'PER_SAMPLE',
        amount: '100.00',
        tiers: [],
      });
      const [sampleSlot] = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 704));
      const sampled = await as(startup)(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id quote { amount } } }`,
        { input: { offeringId: samples, slotIds: [sampleSlot], quantity: 10, idempotencyKey: 'billing-overrun-2' } },
      );
      const sampledId = (sampled.data?.requestBooking as unknown as { id: string }).id;
      await as(operator)(`mutation($id: ID!) { confirmBooking(id: $id) { status } }`, { id: sampledId });
      clock.travelTo(new Date(hoursFromNow(709).getTime()));
      const complete = (booking: string, delivered: number | null, adjustments: unknown[] = []) =>
        as(operator)(
          `mutation($id: ID!, $q: Float, $a: [ChargeAdjustmentInput!]!) {
             completeBooking(id: $id, outcome: "交付", deliveredQuantity: $q, adjustments: $a) { charge { total } } }`,
          { id: booking, q: delivered, a: adjustments },
        );
      const refusal = (res: Awaited<ReturnType<typeof complete>>) => ({
        code: res.errors?.[0].extensions?.code,
        fields: res.errors?.[0].extensions?.fields?.map((f) => f.field),
        message: res.errors?.[0].extensions?.fields?.[0]?.message,
      });
      expect(refusal(await complete(id, 1_000_000))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['deliveredQuantity'],
        message: expect.stringMatching(/at most 4, the hours booked/),
      });
      expect(refusal(await complete(id, 4.001))).toMatchObject({ fields: ['deliveredQuantity'] });
      expect(refusal(await complete(sampledId, 11))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['deliveredQuantity'],
        message: expect.stringMatching(/at most 10, the samples or batches booked/),
      });
      // Extras beyond the quote (2 240.00) are refused; up to it they are the operator's to itemise.
      expect(refusal(await complete(id, null, [{ amount: '0.01', reason: '加急' }]))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['adjustments'],
        message: expect.stringMatching(/2240\.00/),
      });
      expect(refusal(await complete(id, 3, [{ amount: '560.01', reason: '耗材' }]))).toMatchObject({
        fields: ['adjustments'],
      });
      // An adjustment of nothing would stay on the issued charge for good, a line of 0.00 with its reason (probe 15).
      for (const amount of ['0', '-0', '0.00', 0])
        expect(
          refusal(
            await complete(id, 3, [
              { amount: '560.00', reason: '耗材' },
              { amount, reason: '无' },
            ]),
          ),
        ).toEqual({
          code: 'BAD_USER_INPUT',
          fields: ['adjustments.1.amount'],
          message: expect.stringMatching(/not 0/),
        });
      const state = await as(startup)(`query($id: ID!) { booking(id: $id) { status charge { id } } }`, { id });
      expect(state.data?.booking).toEqual({ status: 'CONFIRMED', charge: null });
      const done = await complete(id, 3, [{ amount: '560.00', reason: '耗材' }]);
      expect(done.data?.completeBooking).toEqual({ charge: { total: '2240.00' } });
      expect((await complete(sampledId, 10)).data?.completeBooking).toEqual({ charge: { total: '1000.00' } });
      clock.travelTo(new Date());
    });

    it('refuses a quantity, a delivery or adjustments that would cost more than a charge can hold, naming it, and books nothing', async () => {
      // The dearest price the API takes (100 000 000.00 per sample) times the most samples one booking asks for: more
      // than a charge stores (999 999 999 999.99).
      const dearest = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'PER_SAMPLE',
        amount: '100000000.00',
        tiers: [],
      });
      const [slotId] = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 640));
      const db = t.app.get(DataSource);
      const bookings = async () => (await db.query(`SELECT count(*)::int AS n FROM booking`))[0].n as number;
      const before = await bookings();
      const input = { offeringId: dearest, slotIds: [slotId], quantity: 100_000 };
      const quote = await as(startup)(`query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`, {
        input,
      });
      const request = await as(startup)(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { ...input, idempotencyKey: 'billing-dearest-1' } },
      );
      for (const res of [quote, request])
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'quantity', message: expect.stringMatching(/999999999999\.99/) }],
        });
      expect(await bookings()).toBe(before);

      // A booking that fits, completed with more samples than any charge can hold.
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
      const fits = await as(startup)(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status quote { amount } } }`,
        { input: { ...input, quantity: 9_999, idempotencyKey: 'billing-dearest-2' } },
      );
      expect(fits.errors).toBeUndefined();
      expect(fits.data?.requestBooking).toMatchObject({ status: 'CONFIRMED', quote: { amount: '999900000000.00' } });
      const id = (fits.data?.requestBooking as unknown as { id: string }).id;
      clock.travelTo(new Date(hoursFromNow(645).getTime()));
      const complete = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "交付", deliveredQuantity: 1000000) { status } }`,
        { id },
      );
      expect(complete.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'deliveredQuantity', message: expect.stringMatching(/at most 9999, the samples/) }],
      });
      const adjusted = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "交付", adjustments: [{ amount: "100000000.00", reason: "加急" }]) { status } }`,
        { id },
      );
      expect(adjusted.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'adjustments', message: expect.stringMatching(/999999999999\.99/) }],
      });
      clock.travelTo(new Date());
      const state = await as(startup)(`query($id: ID!) { booking(id: $id) { status charge { id } } }`, { id });
      expect(state.data?.booking).toEqual({ status: 'CONFIRMED', charge: null });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL' });
    });

    it('books at the amount the requester was quoted, or not at all: a price raised since is a conflict naming the new amount', async () => {
      const repriced = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'HOURLY',
        amount: '500.00',
        tiers: [],
      });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
      // Confirmed automatically: the booking binds at once, at whatever the request priced it.
      const slotIds = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 660));
      const input = { offeringId: repriced, slotIds };
      const quoted = await as(startup)(`query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }`, {
        input,
      });
      expect(quoted.data?.quoteBooking).toEqual({ amount: '2000.00' });
      // The operator raises the price tenfold while the start-up reads its quote.
      const raised = await as(operator)(
        `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
        { input: { id: repriced, pricing: { model: 'HOURLY', amount: '5000.00', currency: 'CNY', tiers: [] } } },
      );
      expect(raised.errors).toBeUndefined();
      const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { status quote { amount } } }`;
      const refused = await as(startup)(BOOK, {
        input: { ...input, expectedAmount: '2000.00', idempotencyKey: 'billing-repriced-1' },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'QUOTE_CHANGED',
        expectedAmount: '2000.00',
        quotedAmount: '20000.00',
      });
      const slot = await t.app
        .get(DataSource)
        .query(`SELECT status, booking_id FROM capacity_slot WHERE id = $1`, [slotIds[0]]);
      expect(slot).toEqual([{ status: 'OPEN', booking_id: null }]);
      // Asked again, at the amount it is now shown (the same key: the refusal kept nothing).
      const booked = await as(startup)(BOOK, {
        input: { ...input, expectedAmount: '20000.00', idempotencyKey: 'billing-repriced-1' },
      });
      expect(booked.errors).toBeUndefined();
      expect(booked.data?.requestBooking).toEqual({ status: 'CONFIRMED', quote: { amount: '20000.00' } });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL' });
    });

    it('lets the requester refuse an amount on quotation it first saw inside the cancellation window, not one it saw before', async () => {
      const quoted = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'QUOTE',
        tiers: [],
      });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL', minNoticeHours: 1 });
      const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`;
      const quotedBooking = async (startInHours: number, key: string) => {
        const slotIds = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, startInHours));
        const res = await as(startup)(BOOK, { input: { offeringId: quoted, slotIds, idempotencyKey: key } });
        expect(res.errors).toBeUndefined();
        const id = (res.data?.requestBooking as unknown as { id: string }).id;
        const confirmed = await as(operator)(
          `mutation($id: ID!) { confirmBooking(id: $id, quotedAmount: "99999999.00") { status } }`,
          { id },
        );
        expect(confirmed.data?.confirmBooking).toEqual({ status: 'CONFIRMED' });
        return id;
      };
      const cancel = (id: string) => as(startup)(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id });

      const deadline = async (id: string) =>
        (
          await as(startup)(`query($id: ID!) { booking(id: $id) { firstSlotStartsAt freeCancellationUntil } }`, {
            id,
          })
        ).data?.booking as unknown as { firstSlotStartsAt: string; freeCancellationUntil: string };

      // Starting in 10 hours: the operator names its amount when free cancellation has already closed.
      const late = await quotedBooking(10, 'billing-quote-late');
      const lateDeadline = await deadline(late);
      expect(lateDeadline.freeCancellationUntil).toBe(lateDeadline.firstSlotStartsAt);
      expect((await cancel(late)).data?.cancelBooking).toEqual({ status: 'CANCELLED' });

      // Starting in 40 hours: the amount came while the requester could still cancel free; 20 hours later it binds.
      const early = await quotedBooking(40, 'billing-quote-early');
      const earlyDeadline = await deadline(early);
      expect(Date.parse(earlyDeadline.freeCancellationUntil)).toBe(
        Date.parse(earlyDeadline.firstSlotStartsAt) - 24 * HOUR,
      );
      clock.travelTo(new Date(Date.now() + 20 * HOUR));
      try {
        expect((await cancel(early)).errors?.[0].extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'CANCELLATION_WINDOW_PASSED',
        });
      } finally {
        clock.travelTo(new Date());
      }
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL', minNoticeHours: 24 });
    });

    it('takes the amount of an offering on quotation from the operator when confirming, never automatically', async () => {
      const quoted = await pricedOffering(t, operator, catalog.platformId, catalog.equipmentIds, {
        model: 'QUOTE',
        tiers: [],
      });
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
      const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 600));
      const requested = await t.gql<{
        requestBooking: { id: string; status: string; quote: { status: string; amount: string | null } };
      }>(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status quote { status amount } } }`,
        { input: { offeringId: quoted, slotIds: slots, idempotencyKey: 'billing-quote-1' } },
        { token: startup.token },
      );
      expect(requested.data?.requestBooking).toMatchObject({
        status: 'REQUESTED',
        quote: { status: 'AWAITING_OPERATOR_QUOTE', amount: null },
      });
      const id = requested.data?.requestBooking.id as string;
      const confirm = (amount?: string) =>
        as(operator)(
          `mutation($id: ID!, $a: Money) { confirmBooking(id: $id, quotedAmount: $a) { status quote { status amount lines { kind amount } } } }`,
          {
            id,
            a: amount,
          },
        );
      expect((await confirm()).errors?.[0].extensions?.fields).toEqual([
        { field: 'quotedAmount', message: expect.any(String) },
      ]);
      expect((await confirm('0.00')).errors?.[0].extensions?.fields?.[0].field).toBe('quotedAmount');
      expect((await confirm('45800.50')).data?.confirmBooking).toEqual({
        status: 'CONFIRMED',
        quote: {
          status: 'OPERATOR_QUOTED',
          amount: '45800.50',
          lines: [{ kind: 'OPERATOR_QUOTE', amount: '45800.50' }],
        },
      });
      // A priced booking takes no quotation.
      await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'MANUAL' });
      const priced = (
        await requestBooking(
          t,
          startup,
          offeringId,
          await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(1, 620)),
        )
      ).data?.requestBooking.id as string;
      const refused = await as(operator)(
        `mutation($id: ID!) { confirmBooking(id: $id, quotedAmount: "1.00") { status } }`,
        {
          id: priced,
        },
      );
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('quotedAmount');
    });
  });
});
