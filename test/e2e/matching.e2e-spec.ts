import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JobScheduler, OutboxProcessor, QueryCounter } from '#core';
import { EXPIRE_PROPOSALS_JOB } from '#matching';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { controlClock } from '../support/clock.js';
import { addMember, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const CREATE = `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id status detailsVisible } }`;
const MATCHES = `query($id: ID!) { matchesForRequest(requestId: $id, limit: 10) { score offering { id title accreditations platform { accreditations } } reasons { factor weight score detail } } }`;
const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id status slotIds } }`;

interface ThreePlaces {
  booking: { offering: { id: string; title: string } };
  matchesForRequest: Array<{ offering: { id: string } }>;
  searchOfferings: { hits: Array<{ offering: { id: string } }> };
}

interface Match {
  score: number;
  offering: { id: string; title: string; accreditations: string[]; platform: { accreditations: string[] } };
  reasons: Array<{ factor: string; weight: number; score: number; detail: string }>;
}

describe('matchmaking', () => {
  let t: TestApp;
  let operator: SignedIn;
  let startup: SignedIn;
  let cathode: CatalogSetup;
  let testing: CatalogSetup;

  const requestInput = (overrides: Record<string, unknown> = {}) => ({
    input: {
      kind: 'SCALE_UP',
      title: '正极材料 50 L 到 500 L 工艺放大',
      titleEn: 'Cathode material scale-up from 50 L to 500 L',
      description: '三元正极材料 NCM811 的工艺放大，需要 500 L 反应釜与喷雾干燥。',
      serviceTypes: ['SCALE_UP'],
      industryDirection: 'RAW_MATERIALS',
      keyDomains: ['ADVANCED_MATERIALS'],
      keywords: ['正极材料', 'cathode', 'NCM811'],
      scaleFrom: 50,
      scaleTo: 500,
      scaleUnit: 'L',
      windowFrom: new Date(Date.now() + 2 * DAY).toISOString(),
      windowTo: new Date(Date.now() + 90 * DAY).toISOString(),
      budgetMin: 50_000,
      budgetMax: 300_000,
      preferredProvinces: ['32'],
      requiredAccreditations: [],
      confidential: false,
      ...overrides,
    },
  });

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'SME', province: '32' });
    startup = await registerUser(t, { kind: 'STARTUP' });
    cathode = await createCatalog(t, operator);
    testing = await createCatalog(t, operator, {
      platform: {
        name: '华南电磁兼容检测中心',
        province: '44',
        city: '深圳',
        location: { lat: 22.5431, lng: 114.0579 },
        accreditations: ['CNAS'],
      },
    });
    await t.gql(
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
      {
        input: offeringInput(testing.platformId, testing.equipmentIds, {
          serviceType: 'TYPE_TESTING',
          title: '锂电池正极材料型式试验',
          keywords: ['型式试验', 'cathode'],
          accreditations: ['CNAS'],
        }),
      },
      { token: operator.token },
    );
    await publishSlots(t, operator, cathode.equipmentIds[0], consecutiveSlots(3, 72, 8));
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks offerings for a request and explains every factor in the caller’s language', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), {
      token: startup.token,
    });
    const id = created.data?.createPilotRequest.id as string;
    const zh = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'zh-CN,zh;q=0.9' } },
    );
    expect(zh.errors).toBeUndefined();
    const [top] = zh.data?.matchesForRequest ?? [];
    expect(top.offering.id).toBe(cathode.offeringId);
    expect(top.reasons.map((r) => r.factor)).toEqual(
      expect.arrayContaining([
        'TEXT_RELEVANCE',
        'SERVICE_TYPE',
        'CAPACITY_IN_WINDOW',
        'LOCATION',
        'PRICE_AGAINST_BUDGET',
        'REQUIRED_ACCREDITATIONS',
      ]),
    );
    expect(top.reasons.find((r) => r.factor === 'CAPACITY_IN_WINDOW')?.detail).toBe('时间窗内有 3 个空闲时段');
    // The request's words name the offering: nothing scales the weighted sum down.
    const fit = top.reasons.find((r) => r.factor === 'NEED_FIT');
    expect(fit).toMatchObject({ weight: 0, score: 1 });
    expect(top.score).toBeCloseTo((fit?.score ?? 0) * top.reasons.reduce((sum, r) => sum + r.weight * r.score, 0), 3);

    const en = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'en-US,en;q=0.8' } },
    );
    expect(en.data?.matchesForRequest[0].reasons.find((r) => r.factor === 'CAPACITY_IN_WINDOW')?.detail).toBe(
      '3 free slots inside your window',
    );
    // Only the requester sees its matches.
    expect((await t.gql(MATCHES, { id }, { token: operator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('scores every match of a need no offering serves visibly low, and says why in the caller’s language', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(
      CREATE,
      requestInput({
        title: '婴幼儿配方奶粉喷雾干燥中试放大',
        titleEn: null,
        description: '湿法混料、均质、浓缩后喷雾干燥，中试线 200 kg/h。',
        keywords: [],
        scaleFrom: null,
        scaleTo: null,
        scaleUnit: null,
        industryDirection: null,
        keyDomains: [],
      }),
      { token: startup.token },
    );
    const id = created.data?.createPilotRequest.id as string;
    const zh = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'zh-CN' } },
    );
    expect(zh.errors).toBeUndefined();
    const matches = zh.data?.matchesForRequest ?? [];
    // The scale-up of another product is still offered (the service asked for), at a score that says it is no fit.
    expect(matches.map((m) => m.offering.id)).toContain(cathode.offeringId);
    expect(Math.max(...matches.map((m) => m.score))).toBeLessThan(0.6);
    const fit = matches[0].reasons.find((r) => r.factor === 'NEED_FIT');
    expect(fit?.score).toBeLessThan(1);
    expect(fit?.detail).toMatch(/^现有服务最多只对上您需求描述的 \d+%：各项得分按 \d+% 计$/);
    const en = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'en-US' } },
    );
    expect(en.data?.matchesForRequest[0].reasons.find((r) => r.factor === 'NEED_FIT')?.detail).toMatch(
      /^the services found match at most \d+% of what you describe: every score counts \d+%$/,
    );
  });

  it('does not take a need described only in words most services have as served, and says so; a description naming the product is evidence', async () => {
    // Most of the index tests something ('…性能检测'): 检测 tells nothing of which test is needed.
    const products = [
      '钠离子电芯',
      '光伏组件',
      '伺服电机',
      '聚酰亚胺薄膜',
      '碳纤维层合板',
      'MEMS 麦克风',
      '5G 滤波器',
      '燃料电池电堆',
    ];
    const ids = new Map<string, string>();
    for (const product of products) {
      const res = await t.gql<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        {
          input: offeringInput(testing.platformId, testing.equipmentIds, {
            serviceType: 'PERFORMANCE_TESTING',
            title: `${product}性能检测`,
            titleEn: null,
            description: `${product}的性能检测，出具报告。`,
            keywords: [],
            scale: null,
            pricing: { model: 'FIXED', amount: 20000, currency: 'CNY' },
            accreditations: [],
          }),
        },
        { token: operator.token },
      );
      expect(res.errors).toBeUndefined();
      ids.set(product, res.data?.createOffering.id as string);
    }
    await t.app.get(OutboxProcessor).drainAll();
    const ask = async (description: string, language: string) => {
      const created = await t.gql<{ createPilotRequest: { id: string } }>(
        CREATE,
        requestInput({
          kind: 'TESTING',
          title: '需要做个检测',
          titleEn: null,
          description,
          serviceTypes: [],
          industryDirection: null,
          keyDomains: [],
          keywords: [],
          scaleFrom: null,
          scaleTo: null,
          scaleUnit: null,
          preferredProvinces: [],
        }),
        { token: startup.token },
      );
      const id = created.data?.createPilotRequest.id as string;
      const res = await t.gql<{ matchesForRequest: Match[] }>(
        MATCHES,
        { id },
        { token: startup.token, headers: { 'accept-language': language } },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.matchesForRequest ?? [];
    };

    const generic = await ask('需要尽快出报告。', 'zh-CN');
    expect(generic.map((m) => m.offering.id)).toEqual(expect.arrayContaining([...ids.values()].slice(0, 5)));
    expect(Math.max(...generic.map((m) => m.score))).toBeLessThan(0.6);
    const fit = generic[0].reasons.find((r) => r.factor === 'NEED_FIT');
    expect(fit?.score).toBeLessThan(1);
    expect(fit?.detail).toMatch(
      /^您的描述与现有服务相同的多是大多数服务都有的通用词，看不出具体需要哪项服务：各项得分按 \d+% 计$/,
    );
    const genericEn = await ask('需要尽快出报告。', 'en-US');
    expect(genericEn[0].reasons.find((r) => r.factor === 'NEED_FIT')?.detail).toMatch(
      /^the words your description shares with the services found are mostly ones most services have, so they do not tell which one you need: every score counts \d+%$/,
    );

    const named = await ask('我们做钠离子电芯，要做性能检测。', 'zh-CN');
    expect(named[0].offering.id).toBe(ids.get('钠离子电芯'));
    expect(named[0].reasons.find((r) => r.factor === 'NEED_FIT')?.score).toBe(1);
    expect(named[0].score).toBeGreaterThan(0.6);
  });

  it('compares hours × hourly price with the budget of a machine-hour request naming its hours', async () => {
    const createHours = async (amount: number) => {
      const res = await t.gql<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        {
          input: offeringInput(testing.platformId, testing.equipmentIds, {
            serviceType: 'EQUIPMENT_SHARING',
            title: '热等静压机机时共享',
            titleEn: 'Machine-hour sharing: hot isostatic press',
            description: '热等静压机，最高 1400 ℃ / 200 MPa，按机时计费。',
            keywords: ['热等静压', 'HIP'],
            scale: { min: 1, max: 160, unit: 'h' },
            pricing: { model: 'HOURLY', amount, currency: 'CNY' },
            accreditations: [],
          }),
        },
        { token: operator.token },
      );
      return res.data?.createOffering.id as string;
    };
    const dear = await createHours(2960);
    const cheap = await createHours(550);
    await t.app.get(OutboxProcessor).drainAll();
    const created = await t.gql<{ createPilotRequest: { id: string } }>(
      CREATE,
      requestInput({
        kind: 'EQUIPMENT_ACCESS',
        title: '热等静压机时约 20 小时',
        titleEn: null,
        description: '打印件热等静压致密化，约 20 小时机时。',
        serviceTypes: ['EQUIPMENT_SHARING'],
        industryDirection: null,
        keyDomains: [],
        keywords: [],
        scaleFrom: 20,
        scaleTo: 20,
        scaleUnit: '小时',
        budgetMin: null,
        budgetMax: 30_000,
        preferredProvinces: [],
      }),
      { token: startup.token },
    );
    const id = created.data?.createPilotRequest.id as string;
    const price = (m: Match | undefined) => m?.reasons.find((r) => r.factor === 'PRICE_AGAINST_BUDGET');
    const zh = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'zh-CN' } },
    );
    expect(zh.errors).toBeUndefined();
    const ids = zh.data?.matchesForRequest.map((m) => m.offering.id) ?? [];
    expect(ids.indexOf(cheap)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(cheap)).toBeLessThan(ids.indexOf(dear));
    const byId = (matches: Match[] | undefined, offeringId: string) =>
      matches?.find((m) => m.offering.id === offeringId);
    expect(price(byId(zh.data?.matchesForRequest, dear))).toMatchObject({
      score: 0,
      detail: '报价 ¥2,960（按机时计费）× 20 = ¥59,200，超出预算 97%',
    });
    expect(price(byId(zh.data?.matchesForRequest, cheap))).toMatchObject({
      score: 1,
      detail: '报价 ¥550（按机时计费）× 20 = ¥11,000，在预算内',
    });
    const en = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id },
      { token: startup.token, headers: { 'accept-language': 'en-US' } },
    );
    expect(price(byId(en.data?.matchesForRequest, dear))?.detail).toBe(
      'priced ¥2,960 per machine hour × 20 = ¥59,200, 97% over budget',
    );
  });

  it('loads an offering once per request, however many fields point at it', async () => {
    const { data: created } = await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), {
      token: startup.token,
    });
    const [slotId] = await publishSlots(t, operator, cathode.equipmentIds[0], consecutiveSlots(1, 1200, 8));
    const { data: booked } = await requestBooking(t, startup, cathode.offeringId, [slotId]);
    await t.app.get(OutboxProcessor).drainAll();
    // The same offering three times: under the booking, among the matches and among the search hits. The hits ask
    // for a long text, so they need the full read too: a page of only titles and prices takes the slim read
    // (catalog.loaders.ts), which the other two share only when their read has started first.
    const query = `query($booking: ID!, $request: ID!) {
      booking(id: $booking) { offering { id title } }
      matchesForRequest(requestId: $request, limit: 10) { offering { id } }
      searchOfferings(input: { query: "正极材料", limit: 10 }) { hits { offering { id description } } }
    }`;
    let res: Awaited<ReturnType<typeof t.gql<ThreePlaces>>> | undefined;
    const statements = await t.app.get(QueryCounter).recording(async () => {
      res = await t.gql<ThreePlaces>(
        query,
        { booking: booked?.requestBooking.id, request: created?.createPilotRequest.id },
        { token: startup.token },
      );
    });
    expect(res?.errors).toBeUndefined();
    expect(res?.data?.booking.offering.id).toBe(cathode.offeringId);
    expect(res?.data?.matchesForRequest.map((m) => m.offering.id)).toContain(cathode.offeringId);
    expect(res?.data?.searchOfferings.hits.map((h) => h.offering.id)).toContain(cathode.offeringId);
    // The id among the parameters, or in an array parameter (`= ANY($1)`).
    const offeringReads = statements.filter(
      (s) => s.query.includes('FROM "service_offering"') && s.parameters.flat().includes(cathode.offeringId),
    );
    expect(offeringReads).toHaveLength(1);
  });

  it('never matches offerings without an accreditation the request requires', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(
      CREATE,
      requestInput({ serviceTypes: [], requiredAccreditations: ['CNAS'], preferredProvinces: [] }),
      { token: startup.token },
    );
    const res = await t.gql<{ matchesForRequest: Match[] }>(
      MATCHES,
      { id: created.data?.createPilotRequest.id },
      { token: startup.token },
    );
    expect(res.errors).toBeUndefined();
    const matches = res.data?.matchesForRequest ?? [];
    // The CNAS-accredited type test is offered; nothing is whose offering and platform both lack CNAS.
    expect(matches.map((m) => m.offering.title)).toContain('锂电池正极材料型式试验');
    const accredited = (m: Match) =>
      m.offering.accreditations.includes('CNAS') || m.offering.platform.accreditations.includes('CNAS');
    expect(matches.filter((m) => !accredited(m)).map((m) => m.offering.id)).toEqual([]);
    expect(matches.map((m) => m.offering.id)).not.toContain(cathode.offeringId);
  });

  it('turns a proposal with held slots into a CONFIRMED booking on acceptance, atomically', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), {
      token: startup.token,
    });
    const requestId = created.data?.createPilotRequest.id as string;
    const open = await t.gql<{ openRequestsForPlatform: Array<{ id: string }> }>(
      `query($p: ID!) { openRequestsForPlatform(platformId: $p) { id title } }`,
      { p: cathode.platformId },
      { token: operator.token },
    );
    expect(open.data?.openRequestsForPlatform.map((r) => r.id)).toContain(requestId);

    const slots = consecutiveSlots(2, 400, 8);
    const slotIds = await publishSlots(t, operator, cathode.equipmentIds[0], slots);
    const proposal = await t.gql<{ submitProposal: { id: string; status: string } }>(
      SUBMIT,
      {
        input: {
          requestId,
          offeringId: cathode.offeringId,
          priceAmount: 240_000,
          startsAt: slots[0].startsAt.toISOString(),
          endsAt: slots[1].endsAt.toISOString(),
          slotIds,
          message: '可在两周内安排',
          validUntil: new Date(Date.now() + 7 * DAY).toISOString(),
        },
      },
      { token: operator.token },
    );
    expect(proposal.data?.submitProposal.status).toBe('SUBMITTED');
    const statuses = async () =>
      (
        await t.app
          .get(DataSource)
          .query('SELECT status FROM capacity_slot WHERE id = ANY($1) ORDER BY status', [slotIds])
      ).map((r: { status: string }) => r.status);
    expect(await statuses()).toEqual(['HELD', 'HELD']);

    const accepted = await t.gql<{
      acceptProposal: { id: string; status: string; proposalId: string; slots: Array<{ slotId: string }> };
    }>(
      `mutation($id: ID!) { acceptProposal(id: $id) { id status proposalId slots { slotId } } }`,
      { id: proposal.data?.submitProposal.id },
      { token: startup.token },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptProposal).toMatchObject({
      status: 'CONFIRMED',
      proposalId: proposal.data?.submitProposal.id,
    });
    expect(accepted.data?.acceptProposal.slots.map((s) => s.slotId).sort()).toEqual([...slotIds].sort());
    expect(await statuses()).toEqual(['BOOKED', 'BOOKED']);
    const again = await t.gql<{ acceptProposal: { id: string } }>(
      `mutation($id: ID!) { acceptProposal(id: $id) { id } }`,
      { id: proposal.data?.submitProposal.id },
      { token: startup.token },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.acceptProposal.id).toBe(accepted.data?.acceptProposal.id);
    const request = await t.gql<{ pilotRequest: { status: string; proposals: Array<{ status: string }> } }>(
      `query($id: ID!) { pilotRequest(id: $id) { status proposals { status } } }`,
      { id: requestId },
      { token: startup.token },
    );
    expect(request.data?.pilotRequest).toEqual({ status: 'MATCHED', proposals: [{ status: 'ACCEPTED' }] });
  });

  it('releases held slots when a proposal is declined or expires', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), {
      token: startup.token,
    });
    const requestId = created.data?.createPilotRequest.id as string;
    const propose = async (slotIds: string[]) =>
      (
        await t.gql<{ submitProposal: { id: string } }>(
          SUBMIT,
          {
            input: {
              requestId,
              offeringId: cathode.offeringId,
              priceAmount: 200_000,
              startsAt: new Date(Date.now() + 24 * DAY).toISOString(),
              endsAt: new Date(Date.now() + 28 * DAY).toISOString(),
              slotIds,
              message: '',
              validUntil: new Date(Date.now() + 2 * DAY).toISOString(),
            },
          },
          { token: operator.token },
        )
      ).data?.submitProposal.id as string;
    const [a, b] = await publishSlots(t, operator, cathode.equipmentIds[0], consecutiveSlots(2, 600, 8));
    const declinedId = await propose([a]);
    const expiringId = await propose([b]);
    const declined = await t.gql(
      `mutation($id: ID!) { declineProposal(id: $id, reason: "价格过高") { status declineReason } }`,
      { id: declinedId },
      { token: startup.token },
    );
    expect(declined.data).toEqual({ declineProposal: { status: 'DECLINED', declineReason: '价格过高' } });
    const acceptDeclined = await t.gql(
      `mutation($id: ID!) { acceptProposal(id: $id) { id } }`,
      { id: declinedId },
      { token: startup.token },
    );
    expect(acceptDeclined.errors?.[0]).toMatchObject({
      message: 'Cannot accept a proposal that is DECLINED (DECLINED → ACCEPTED is not allowed)',
      extensions: { code: 'CONFLICT', from: 'DECLINED', to: 'ACCEPTED' },
    });
    await t.app
      .get(DataSource)
      .query(`UPDATE proposal SET valid_until = now() - interval '1 minute' WHERE id = $1`, [expiringId]);
    await t.app.get(JobScheduler).runNow(EXPIRE_PROPOSALS_JOB);
    const rows = await t.app
      .get(DataSource)
      .query('SELECT id, status, booking_id FROM capacity_slot WHERE id = ANY($1)', [[a, b]]);
    expect(rows.map((r: { status: string; booking_id: string | null }) => [r.status, r.booking_id])).toEqual([
      ['OPEN', null],
      ['OPEN', null],
    ]);
    const [{ status }] = await t.app.get(DataSource).query('SELECT status FROM proposal WHERE id = $1', [expiringId]);
    expect(status).toBe('EXPIRED');

    // Closing the request ends what still stands for it: the held slot is free again and its author is told.
    const [c] = await publishSlots(t, operator, cathode.equipmentIds[0], consecutiveSlots(1, 640, 8));
    const standingId = await propose([c]);
    const close = `mutation($id: ID!) { closePilotRequest(id: $id) { status } }`;
    const closed = await t.gql(close, { id: requestId }, { token: startup.token });
    expect(closed.data).toEqual({ closePilotRequest: { status: 'CLOSED' } });
    const [standing] = await t.app
      .get(DataSource)
      .query('SELECT status, decline_reason FROM proposal WHERE id = $1', [standingId]);
    expect(standing).toEqual({ status: 'DECLINED', decline_reason: expect.stringContaining('closed the request') });
    const [slotC] = await t.app
      .get(DataSource)
      .query('SELECT status, booking_id FROM capacity_slot WHERE id = $1', [c]);
    expect(slotC).toEqual({ status: 'OPEN', booking_id: null });
    const told = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; subjectId: string } }> } }>(
      `{ notifications(first: 100) { edges { node { kind subjectId } } } }`,
      {},
      { token: operator.token },
    );
    expect(told.data?.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'proposal.requestClosed',
      subjectId: standingId,
    });
    const closedAgain = await t.gql(close, { id: requestId }, { token: startup.token });
    expect(closedAgain.errors?.[0]).toMatchObject({
      message: 'Cannot close a pilot request that is CLOSED (CLOSED → CLOSED is not allowed)',
      extensions: { code: 'CONFLICT', reason: 'REQUEST_NOT_OPEN', from: 'CLOSED', to: 'CLOSED' },
    });
  });

  it('shares a confidential request only with a published platform, as if the others did not exist', async () => {
    const id = (
      await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput({ confidential: true }), {
        token: startup.token,
      })
    ).data?.createPilotRequest.id as string;
    const rival = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    const draft = await createCatalog(t, rival, { publish: false });
    const SHARE = `mutation($id: ID!, $p: ID!) { sharePilotRequest(id: $id, platformId: $p) { id } }`;
    const READ = `query($id: ID!) { pilotRequest(id: $id) { detailsVisible description } }`;
    for (const platformId of [draft.platformId, '00000000-0000-4000-8000-000000000000']) {
      const refused = await t.gql(SHARE, { id, p: platformId }, { token: startup.token });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PLATFORM_NOT_FOUND' });
    }
    const read = await t.gql(READ, { id }, { token: rival.token });
    expect(read.data).toEqual({ pilotRequest: { detailsVisible: false, description: null } });
  });

  it('hides who posted a confidential request from platforms it was not shared with, wherever they meet it', async () => {
    const id = (
      await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput({ confidential: true }), {
        token: startup.token,
      })
    ).data?.createPilotRequest.id as string;
    const READ = `query($id: ID!) { pilotRequest(id: $id) { requesterOrganizationId } }`;
    const OPEN = `query($p: ID!) { openRequestsForPlatform(platformId: $p) { id requesterOrganizationId } }`;
    const CALENDAR = `query($e: [ID!]!, $from: DateTime!, $to: DateTime!) {
      capacitySlots(equipmentIds: $e, from: $from, to: $to) { id holder { kind id organizationId } } }`;
    const slots = consecutiveSlots(1, 800, 8);
    const [slotId] = await publishSlots(t, operator, cathode.equipmentIds[0], slots);
    const proposal = await t.gql<{ submitProposal: { id: string } }>(
      SUBMIT,
      {
        input: {
          requestId: id,
          offeringId: cathode.offeringId,
          priceAmount: 100_000,
          startsAt: slots[0].startsAt.toISOString(),
          endsAt: slots[0].endsAt.toISOString(),
          slotIds: [slotId],
          message: '可按时安排',
          validUntil: new Date(Date.now() + 7 * DAY).toISOString(),
        },
      },
      { token: operator.token },
    );
    expect(proposal.errors).toBeUndefined();
    const seenBy = async (who: SignedIn) => {
      const read = await t.gql<{ pilotRequest: { requesterOrganizationId: string | null } }>(
        READ,
        { id },
        {
          token: who.token,
        },
      );
      const open = await t.gql<{
        openRequestsForPlatform: Array<{ id: string; requesterOrganizationId: string | null }>;
      }>(OPEN, { p: cathode.platformId }, { token: operator.token });
      const calendar = await t.gql<{
        capacitySlots: Array<{
          id: string;
          holder: { kind: string; id: string; organizationId: string | null } | null;
        }>;
      }>(
        CALENDAR,
        {
          e: cathode.equipmentIds,
          from: slots[0].startsAt.toISOString(),
          to: slots[0].endsAt.toISOString(),
        },
        { token: operator.token },
      );
      return {
        read: read.data?.pilotRequest.requesterOrganizationId,
        open: open.data?.openRequestsForPlatform.find((r) => r.id === id)?.requesterOrganizationId,
        holder: calendar.data?.capacitySlots.find((s) => s.id === slotId)?.holder,
      };
    };
    expect(await seenBy(operator)).toEqual({
      read: null,
      open: null,
      holder: { kind: 'PROPOSAL', id: proposal.data?.submitProposal.id, organizationId: null },
    });
    expect((await seenBy(startup)).read).toBe(startup.organizationId);

    await t.gql(
      `mutation($id: ID!, $p: ID!) { sharePilotRequest(id: $id, platformId: $p) { id } }`,
      {
        id,
        p: cathode.platformId,
      },
      { token: startup.token },
    );
    expect(await seenBy(operator)).toEqual({
      read: startup.organizationId,
      open: startup.organizationId,
      holder: { kind: 'PROPOSAL', id: proposal.data?.submitProposal.id, organizationId: startup.organizationId },
    });
  });

  it('refuses to share a closed request, naming it, and shares nothing', async () => {
    const id = (
      await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput({ confidential: true }), {
        token: startup.token,
      })
    ).data?.createPilotRequest.id as string;
    const closed = await t.gql(
      `mutation($id: ID!) { closePilotRequest(id: $id) { status } }`,
      { id },
      {
        token: startup.token,
      },
    );
    expect(closed.data).toEqual({ closePilotRequest: { status: 'CLOSED' } });
    const refused = await t.gql(
      `mutation($id: ID!, $p: ID!) { sharePilotRequest(id: $id, platformId: $p) { id } }`,
      { id, p: cathode.platformId },
      { token: startup.token },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUEST_NOT_OPEN',
      currentStatus: 'CLOSED',
      fields: [{ field: 'id' }],
    });
    const read = await t.gql(
      `query($id: ID!) { pilotRequest(id: $id) { detailsVisible description } }`,
      { id },
      { token: operator.token },
    );
    expect(read.data).toEqual({ pilotRequest: { detailsVisible: false, description: null } });
  });

  it('shows a confidential request only as a summary to platforms it was not shared with', async () => {
    const created = await t.gql<{ createPilotRequest: { id: string } }>(
      CREATE,
      requestInput({
        confidential: true,
        kind: 'TECH_TRANSFER',
        trl: 5,
        patentNumbers: ['CN202310000000.1'],
        ipOwnership: '高校所有，许可使用',
      }),
      { token: startup.token },
    );
    const id = created.data?.createPilotRequest.id as string;
    const READ = `query($id: ID!) { pilotRequest(id: $id) { title detailsVisible description budgetMax patentNumbers ipOwnership } }`;
    const hidden = await t.gql<{ pilotRequest: Record<string, unknown> }>(READ, { id }, { token: operator.token });
    expect(hidden.data?.pilotRequest).toEqual({
      title: '正极材料 50 L 到 500 L 工艺放大',
      detailsVisible: false,
      description: null,
      budgetMax: null,
      patentNumbers: null,
      ipOwnership: null,
    });
    await t.gql(
      `mutation($id: ID!, $p: ID!) { sharePilotRequest(id: $id, platformId: $p) { id } }`,
      { id, p: cathode.platformId },
      { token: startup.token },
    );
    const shown = await t.gql<{ pilotRequest: Record<string, unknown> }>(READ, { id }, { token: operator.token });
    expect(shown.data?.pilotRequest).toMatchObject({
      detailsVisible: true,
      budgetMax: '300000.00',
      patentNumbers: ['CN202310000000.1'],
    });
    const other = await registerUser(t, { kind: 'SME' });
    expect(
      (await t.gql<{ pilotRequest: { detailsVisible: boolean } }>(READ, { id }, { token: other.token })).data
        ?.pilotRequest.detailsVisible,
    ).toBe(false);
  });

  it.each([
    [
      'windowTo',
      {
        windowFrom: new Date(Date.now() + 10 * DAY).toISOString(),
        windowTo: new Date(Date.now() + 5 * DAY).toISOString(),
      },
    ],
    ['trl', { kind: 'TECH_TRANSFER' }],
    ['budgetMax', { budgetMin: 300_000, budgetMax: 100_000 }],
    ['keywords', { keywords: ['正极材料', '  '] }],
    ['patentNumbers', { kind: 'TECH_TRANSFER', trl: 4, patentNumbers: ['\t'] }],
  ])('refuses a request with a bad %s with BAD_USER_INPUT naming it', async (field, overrides) => {
    const res = await t.gql(CREATE, requestInput(overrides), { token: startup.token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
  });

  it('lets only requester kinds post requests', async () => {
    const large = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    const res = await t.gql(CREATE, requestInput(), { token: large.token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('leaves out an offering archived or a platform suspended since it was indexed, before the outbox runs', async () => {
    const admin = await createSiteAdmin(t);
    const seller = await registerUser(t, { kind: 'SME', province: '32' });
    const archived = await createCatalog(t, seller);
    const suspended = await createCatalog(t, seller);
    await t.app.get(OutboxProcessor).drainAll();
    const created = await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), {
      token: startup.token,
    });
    const id = created.data?.createPilotRequest.id as string;
    const matched = async () =>
      (
        (await t.gql<{ matchesForRequest: Match[] }>(MATCHES, { id }, { token: startup.token })).data
          ?.matchesForRequest ?? []
      ).map((m) => m.offering.id);
    expect(await matched()).toEqual(expect.arrayContaining([archived.offeringId, suspended.offeringId]));
    const archive = await t.gql(
      `mutation($id: ID!) { archiveOffering(id: $id) { id } }`,
      { id: archived.offeringId },
      { token: seller.token },
    );
    expect(archive.errors).toBeUndefined();
    const suspend = await t.gql(
      `mutation($id: ID!) { suspendPlatform(id: $id) { id } }`,
      { id: suspended.platformId },
      { token: admin.token },
    );
    expect(suspend.errors).toBeUndefined();
    // The index has not heard yet (its messages wait in the outbox): the catalog's rule decides what is matched.
    const now = await matched();
    expect(now).not.toContain(archived.offeringId);
    expect(now).not.toContain(suspended.offeringId);
    expect(now).toContain(cathode.offeringId);
  });

  describe('a proposal sent again with its idempotencyKey (an operator whose answer was lost)', () => {
    type Sent = { submitProposal: { id: string; status: string; slotIds: string[] } };
    const send = (who: SignedIn, input: Record<string, unknown>) =>
      t.gql<Sent>(SUBMIT, { input }, { token: who.token });
    const newRequest = async () =>
      (await t.gql<{ createPilotRequest: { id: string } }>(CREATE, requestInput(), { token: startup.token })).data
        ?.createPilotRequest.id as string;
    // Built once per proposal meant: its instants are part of what a repeat must repeat.
    const proposalInput = (requestId: string, overrides: Record<string, unknown> = {}) => ({
      requestId,
      offeringId: cathode.offeringId,
      priceAmount: '180000.00',
      startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 35 * DAY).toISOString(),
      slotIds: [],
      message: '同一方案',
      validUntil: new Date(Date.now() + 5 * DAY).toISOString(),
      idempotencyKey: `proposal-${randomUUID()}`,
      ...overrides,
    });
    const proposalsOf = async (requestId: string): Promise<string[]> =>
      (
        await t.app
          .get(DataSource)
          .query('SELECT id FROM proposal WHERE request_id = $1 ORDER BY created_at', [requestId])
      ).map((r: { id: string }) => r.id);

    it('answers a repeat with the proposal it made, sent one after another or all at once, and as it stands', async () => {
      const requestId = await newRequest();
      const input = proposalInput(requestId);
      const first = await send(operator, input);
      expect(first.errors).toBeUndefined();
      const again = [await send(operator, input), await send(operator, input)];
      expect(again.map((r) => r.data?.submitProposal)).toEqual([
        first.data?.submitProposal,
        first.data?.submitProposal,
      ]);

      // No first one to wait for: the copies race each other over their own connections.
      const raced = proposalInput(requestId, { priceAmount: '190000.00' });
      const copies = await Promise.all(Array.from({ length: 8 }, () => send(operator, raced)));
      expect(copies.map((r) => r.errors?.[0].extensions?.code ?? 'OK')).toEqual(Array(8).fill('OK'));
      const racedIds = new Set(copies.map((r) => r.data?.submitProposal.id));
      expect(racedIds.size).toBe(1);
      expect(await proposalsOf(requestId)).toEqual([first.data?.submitProposal.id, ...racedIds]);

      // Sent again once its validity has run out: the proposal as it stands (EXPIRED), not "validUntil must be in the future".
      const clock = controlClock(t);
      clock.travelTo(new Date(Date.now() + 6 * DAY));
      const late = await send(operator, input);
      clock.travelTo(new Date());
      expect(late.errors).toBeUndefined();
      expect(late.data?.submitProposal).toEqual({ ...first.data?.submitProposal, status: 'EXPIRED' });
      expect(await proposalsOf(requestId)).toHaveLength(2);
    });

    it('answers a repeat of a proposal holding slots with that proposal, not with SLOT_UNAVAILABLE for its own holds', async () => {
      const requestId = await newRequest();
      const slots = consecutiveSlots(2, 900, 8);
      const slotIds = await publishSlots(t, operator, cathode.equipmentIds[0], slots);
      const input = proposalInput(requestId, {
        startsAt: slots[0].startsAt.toISOString(),
        endsAt: slots[1].endsAt.toISOString(),
        slotIds,
      });
      const copies = await Promise.all(Array.from({ length: 8 }, () => send(operator, input)));
      expect(copies.map((r) => r.errors?.[0].message ?? 'OK')).toEqual(Array(8).fill('OK'));
      const [proposal] = new Set(copies.map((r) => JSON.stringify(r.data?.submitProposal)));
      expect(copies.map((r) => JSON.stringify(r.data?.submitProposal))).toEqual(Array(8).fill(proposal));
      const id = copies[0].data?.submitProposal.id as string;
      const again = await send(operator, input);
      expect(again.errors).toBeUndefined();
      expect(again.data?.submitProposal).toEqual({ id, status: 'SUBMITTED', slotIds });
      expect(await proposalsOf(requestId)).toEqual([id]);
      const held = await t.app.get(DataSource).query('SELECT status FROM capacity_slot WHERE id = ANY($1)', [slotIds]);
      expect(held).toEqual([{ status: 'HELD' }, { status: 'HELD' }]);

      // Accepted meanwhile (the request is MATCHED now): the repeat still answers with its proposal, as it stands.
      const accepted = await t.gql(
        `mutation($id: ID!) { acceptProposal(id: $id) { id } }`,
        { id },
        { token: startup.token },
      );
      expect(accepted.errors).toBeUndefined();
      const afterAcceptance = await send(operator, input);
      expect(afterAcceptance.errors).toBeUndefined();
      expect(afterAcceptance.data?.submitProposal).toEqual({ id, status: 'ACCEPTED', slotIds });
    });

    it('refuses the key for another proposal, naming it, and keeps one author’s keys apart from another’s', async () => {
      const requestId = await newRequest();
      const input = proposalInput(requestId);
      const first = await send(operator, input);
      expect(first.errors).toBeUndefined();
      const elsewhere = await newRequest();
      for (const changed of [
        { priceAmount: '170000.00' },
        { message: '另一个方案' },
        { validUntil: new Date(Date.now() + 4 * DAY).toISOString() },
        { requestId: elsewhere },
      ]) {
        const reused = await send(operator, { ...input, ...changed });
        expect(reused.errors?.[0].extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'PROPOSAL_KEY_REUSED',
          fields: [{ field: 'idempotencyKey' }],
        });
      }
      expect(await proposalsOf(requestId)).toEqual([first.data?.submitProposal.id]);
      expect(await proposalsOf(elsewhere)).toEqual([]);

      // One key sent for two requests at once: one proposal, the other refused as a reuse (never an internal error).
      const [a, b] = [await newRequest(), await newRequest()];
      const both = proposalInput(a);
      const raced = await Promise.all([send(operator, both), send(operator, { ...both, requestId: b })]);
      expect(raced.map((r) => r.errors?.[0].extensions?.reason ?? 'OK').sort()).toEqual(['OK', 'PROPOSAL_KEY_REUSED']);
      expect([...(await proposalsOf(a)), ...(await proposalsOf(b))]).toHaveLength(1);

      // Another user of the same operator sending the same key makes a proposal of their own, and repeats it.
      const colleague = await addMember(t, operator, 'ADMIN');
      const theirs = await send(colleague, input);
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data?.submitProposal.id).not.toBe(first.data?.submitProposal.id);
      expect((await send(colleague, input)).data?.submitProposal).toEqual(theirs.data?.submitProposal);
      expect(await proposalsOf(requestId)).toEqual([first.data?.submitProposal.id, theirs.data?.submitProposal.id]);

      const malformed = await send(operator, { ...input, idempotencyKey: 'key with spaces' });
      expect(malformed.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'idempotencyKey' }],
      });
    });
  });
});
