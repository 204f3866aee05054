import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { addMember, createAuthority, createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

// The summary's year is Shanghai's: for eight hours each New Year's Eve UTC's year is the one before.
const shanghaiYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

const DECIDE = `mutation($input: DecidePlatformLevelInput!) { decidePlatformLevel(input: $input) { id action fromStanding toStanding levelBefore levelAfter authorityRegion decidedByUserId evaluationRoundId } }`;
const OPEN_ROUND = `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id status platforms { platformId expertIds } } }`;
const SCORE = `mutation($input: SubmitEvaluationScoresInput!) { submitEvaluationScores(input: $input) { expertUserId scores { dimension score } } }`;
const CLOSE = `mutation($id: ID!) { closeEvaluationRound(id: $id) { id status platforms { platformId result { total rank experts dimensionMeans { dimension mean } } } } }`;
const HISTORY = `query($id: ID!) { platformLevelHistory(platformId: $id) { sequence action levelAfter decidedByUserId evaluationRoundId } }`;
const FACETS = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering { id } } facets { field values { value count } } } }`;
const FIGURES = `query($id: ID!, $from: DateTime!, $to: DateTime!) { platformServiceFigures(platformId: $id, from: $from, to: $to) {
  platformId hoursPublished hoursBooked hoursDelivered outsideDeliveredShare startupSmeDeliveredShare distinctRequestersServed
  bookingsCompleted bookingsDeclined bookingsCancelled medianBookingResponseHours medianProposalResponseHours
  onTimeCompletionShare averageRating ratingCount openAccessStatus } }`;

const DIMENSIONS = ['POSITIONING', 'CAPABILITY', 'TECHNOLOGY', 'SERVICE_RESULTS', 'OPERATING_MECHANISM'];
const scores = (...values: number[]) =>
  DIMENSIONS.map((dimension, i) => ({ dimension, score: values[i], comment: '现场核查' }));

/** Shanghai wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);

/**
 * The authorities' workspace over HTTP: levels granted by decisions within jurisdictions, evaluation rounds scored
 * by assigned experts, service figures from the records, the reports as data and XLSX, and the races.
 */
describe('authorities’ workspace', () => {
  let t: TestApp;
  let jiangsu: SignedIn;
  let guangdong: SignedIn;
  let national: SignedIn;
  let experts: SignedIn[];
  let operator: SignedIn;
  let requester: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    jiangsu = await createAuthority(t, { province: '32' });
    guangdong = await createAuthority(t, { province: '44' });
    national = await createAuthority(t, 'NATIONAL');
    experts = [await addMember(t, national, 'EXPERT'), await addMember(t, national, 'EXPERT')];
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32' });
    requester = await registerUser(t, { kind: 'STARTUP', province: '32' });
    catalog = await createCatalog(t, operator);
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  const as =
    (who: SignedIn) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql<Record<string, never>>(query, variables, { token: who.token });
  const code = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.code ?? 'OK';
  const decide = (who: SignedIn, platformId: string, action: string, evaluationRoundId?: string) =>
    as(who)(DECIDE, {
      input: { platformId, action, reason: '经评估符合条件', evidence: ['苏工信科〔2025〕12号'], evaluationRoundId },
    });
  const drain = () => t.app.get(OutboxProcessor).drainAll();
  const levelFacet = async () => {
    const res = await t.gql<{
      searchOfferings: { facets: Array<{ field: string; values: Array<{ value: string }> }> };
    }>(FACETS, { input: { query: '正极材料', provinces: ['32'], limit: 50 } });
    return res.data?.searchOfferings.facets.find((f) => f.field === 'level')?.values.map((v) => v.value);
  };
  const openRound = (
    who: SignedIn,
    platformIds: string[],
    scope = 'NATIONAL',
    expertIds = experts.map((e) => e.userId),
  ) =>
    as(who)(OPEN_ROUND, {
      input: {
        name: `2025 年中试平台运行绩效评估 ${randomUUID().slice(0, 4)}`,
        scope,
        periodStart: '2025-01-01T00:00:00+08:00',
        periodEnd: '2026-01-01T00:00:00+08:00',
        platforms: platformIds.map((platformId) => ({ platformId, expertIds })),
      },
    });

  it('a province nominates, MIIT admits, experts score, the round closes, the platform is recognised PROVINCIAL; another province is refused at each step (MIIT’s round does not exist for it)', async () => {
    const platformId = catalog.platformId;
    await drain();

    // Nominate: Jiangsu's own platform, by Jiangsu.
    expect(code(await decide(guangdong, platformId, 'NOMINATE'))).toBe('FORBIDDEN');
    const nominated = await decide(jiangsu, platformId, 'NOMINATE');
    expect(nominated.data?.decidePlatformLevel).toMatchObject({
      action: 'NOMINATE',
      fromStanding: 'NONE',
      toStanding: 'NOMINATED',
      levelAfter: 'NONE',
      authorityRegion: '32',
      decidedByUserId: jiangsu.userId,
    });

    // Admit: MIIT's act; neither province may.
    expect(code(await decide(guangdong, platformId, 'ADMIT'))).toBe('FORBIDDEN');
    expect((await decide(jiangsu, platformId, 'ADMIT')).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTHORITY_TIER_REQUIRED',
    });
    expect((await decide(national, platformId, 'ADMIT')).data?.decidePlatformLevel).toMatchObject({
      levelBefore: 'NONE',
      levelAfter: 'CULTIVATION',
      authorityRegion: 'NATIONAL',
    });
    await drain();
    expect(await levelFacet()).toEqual(['CULTIVATION']);

    // A round with two experts; Guangdong may open none over a Jiangsu platform.
    expect(code(await openRound(guangdong, [platformId], '32'))).toBe('FORBIDDEN');
    expect(code(await openRound(guangdong, [platformId], '44'))).toBe('FORBIDDEN');
    const opened = await openRound(national, [platformId]);
    const round = opened.data?.openEvaluationRound as unknown as { id: string; status: string };
    expect(round.status).toBe('OPEN');
    expect(opened.data?.openEvaluationRound).toMatchObject({
      platforms: [{ platformId, expertIds: expect.arrayContaining(experts.map((e) => e.userId)) }],
    });

    const sheet = (values: number[]) => ({
      input: { roundId: round.id, platformId, scores: scores(...values), siteNotes: '场地 2000 m²' },
    });
    // A national round is MIIT's: to provinces it does not exist (as a round id that does not), whatever they send.
    expect(code(await as(guangdong)(SCORE, sheet([90, 90, 90, 90, 90])))).toBe('NOT_FOUND');
    expect(code(await as(jiangsu)(SCORE, sheet([90, 90, 90, 90, 90])))).toBe('NOT_FOUND');
    expect(code(await as(experts[0])(SCORE, sheet([80, 70, 90, 60, 100])))).toBe('OK');

    // Closing with a platform still unscored names it, and closes nothing.
    const early = await as(national)(CLOSE, { id: round.id });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'UNSCORED_PLATFORMS',
      unscoredPlatforms: [{ platformId, missingExpertIds: [experts[1].userId] }],
    });
    expect(early.errors?.[0].message).toContain('苏州锂电正极材料中试基地');
    expect(code(await as(experts[1])(SCORE, sheet([90, 75, 80, 65, 90])))).toBe('OK');

    expect(code(await as(guangdong)(CLOSE, { id: round.id }))).toBe('NOT_FOUND');
    expect(code(await as(jiangsu)(CLOSE, { id: round.id }))).toBe('NOT_FOUND');
    const closed = await as(national)(CLOSE, { id: round.id });
    // Equal weights: means 85, 72.5, 85, 62.5, 95 → total 80.
    expect(closed.data?.closeEvaluationRound).toMatchObject({
      status: 'CLOSED',
      platforms: [{ platformId, result: { total: 80, rank: 1, experts: 2 } }],
    });
    // Closed scores never change.
    expect((await as(experts[0])(SCORE, sheet([10, 10, 10, 10, 10]))).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ROUND_CLOSED',
    });

    // Recognition rests on the closed round.
    expect(code(await decide(guangdong, platformId, 'RECOGNISE_PROVINCIAL', round.id))).toBe('FORBIDDEN');
    const withoutRound = await decide(jiangsu, platformId, 'RECOGNISE_PROVINCIAL');
    expect(withoutRound.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'evaluationRoundId' }],
    });
    const recognised = await decide(jiangsu, platformId, 'RECOGNISE_PROVINCIAL', round.id);
    expect(recognised.data?.decidePlatformLevel).toMatchObject({
      levelBefore: 'CULTIVATION',
      levelAfter: 'PROVINCIAL',
      evaluationRoundId: round.id,
    });

    // Search shows the new level once the outbox drains; matching reads the granted level.
    expect(await levelFacet()).toEqual(['CULTIVATION']);
    await drain();
    expect(await levelFacet()).toEqual(['PROVINCIAL']);
    const request = await as(requester)(
      `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }`,
      { input: pilotRequestInput() },
    );
    const requestId = (request.data as unknown as { createPilotRequest: { id: string } }).createPilotRequest.id;
    const matches = await t.gql<{
      matchesForRequest: Array<{
        offering: { id: string; platform: { level: string } };
        reasons: Array<{ factor: string; detail: string }>;
      }>;
    }>(
      `query($id: ID!) { matchesForRequest(requestId: $id, limit: 10) { offering { id platform { level } } reasons { factor detail } } }`,
      { id: requestId },
      { token: requester.token, headers: { 'accept-language': 'en' } },
    );
    const match = matches.data?.matchesForRequest.find((m) => m.offering.id === catalog.offeringId);
    expect(match?.offering.platform.level).toBe('PROVINCIAL');
    expect(match?.reasons.find((r) => r.factor === 'PLATFORM_LEVEL')?.detail).toContain('provincial');

    // The history lists the decisions, newest first; another province may not read it.
    const history = await as(operator)(HISTORY, { id: platformId });
    expect(history.data?.platformLevelHistory).toEqual([
      {
        sequence: 3,
        action: 'RECOGNISE_PROVINCIAL',
        levelAfter: 'PROVINCIAL',
        decidedByUserId: jiangsu.userId,
        evaluationRoundId: round.id,
      },
      {
        sequence: 2,
        action: 'ADMIT',
        levelAfter: 'CULTIVATION',
        decidedByUserId: national.userId,
        evaluationRoundId: null,
      },
      { sequence: 1, action: 'NOMINATE', levelAfter: 'NONE', decidedByUserId: jiangsu.userId, evaluationRoundId: null },
    ]);
    expect(code(await as(guangdong)(HISTORY, { id: platformId }))).toBe('FORBIDDEN');

    // Reports: Jiangsu's summary lists the platform; the round report is the national authority's.
    const year = shanghaiYear();
    const summary = await as(jiangsu)(
      `query($p: String!, $y: Int!) { recommendationSummary(province: $p, year: $y) { rows { platformId level operatorName latestEvaluationTotal serviceFigures { hoursPublished } } download { url } } }`,
      { p: '32', y: year },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.recommendationSummary).toMatchObject({
      rows: [{ platformId, level: 'PROVINCIAL', latestEvaluationTotal: 80 }],
    });
    expect(
      code(await as(guangdong)(`query { recommendationSummary(province: "32", year: ${year}) { province } }`)),
    ).toBe('FORBIDDEN');
    const report = `query($id: ID!) { evaluationRoundReport(id: $id) { rows { rank platformId total } download { url } } }`;
    expect((await as(national)(report, { id: round.id })).data?.evaluationRoundReport).toMatchObject({
      rows: [{ rank: 1, platformId, total: 80 }],
    });
    // Guangdong may not know MIIT's round exists; its expert does, and is refused the report.
    expect(code(await as(guangdong)(report, { id: round.id }))).toBe('NOT_FOUND');
    expect(code(await as(experts[0])(report, { id: round.id }))).toBe('FORBIDDEN');
  });

  it('opens the XLSX files with exceljs: through a signed link or the bearer token, never without', async () => {
    const { platformId } = await createCatalog(t, operator, {
      platform: { name: '南京高分子材料中试平台', city: '南京' },
    });
    await decide(jiangsu, platformId, 'NOMINATE');
    await decide(national, platformId, 'ADMIT');
    const opened = await openRound(national, [platformId]);
    const roundId = (opened.data?.openEvaluationRound as unknown as { id: string }).id;
    await as(experts[0])(SCORE, {
      input: { roundId, platformId, scores: scores(60, 60, 60, 60, 60), teamsNotes: '技术团队 12 人' },
    });
    await as(experts[1])(SCORE, { input: { roundId, platformId, scores: scores(80, 80, 80, 80, 80) } });
    expect(code(await as(national)(CLOSE, { id: roundId }))).toBe('OK');
    const year = shanghaiYear();
    const linked = await as(jiangsu)(
      `query { recommendationSummary(province: "32", year: ${year}) { rows { platformName } download { url expiresAt } } }`,
    );
    const { url, expiresAt } = (
      linked.data?.recommendationSummary as unknown as { download: { url: string; expiresAt: string } }
    ).download;
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const download = await t.http().get(url).responseType('blob');
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('spreadsheetml');
    expect(download.headers['cache-control']).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell('A1').value)).toContain(`${year}年重点中试平台推荐汇总表（江苏）`);
    const headers = (sheet.getRow(2).values as string[]).slice(1);
    expect(headers.slice(0, 4)).toEqual([
      '序号\nNo.',
      '平台名称\nPlatform',
      '平台英文名称\nPlatform (English)',
      '建设运营单位\nOperator',
    ]);
    expect(headers).toContain('交付机时\nhours delivered');
    expect(headers).toContain('最近评估总分\nLatest evaluation total');
    const rows = Array.from({ length: sheet.rowCount - 2 }, (_, i) => sheet.getRow(i + 3));
    const row = rows.find((r) => r.getCell(2).value === '南京高分子材料中试平台');
    expect(row?.getCell(8).value).toBe('培育库 / MIIT cultivation pool');
    expect(row?.getCell(headers.indexOf('最近评估总分\nLatest evaluation total') + 1).value).toBe(70);
    expect(row?.getCell(headers.indexOf('发布机时\nhours published') + 1).value).toBe(0);

    // The bearer token works too; nothing works without either, with a forged signature, or outside the region.
    const path = `/reports/recommendation-summary.xlsx?province=32&year=${year}`;
    expect((await t.http().get(path).set('authorization', `Bearer ${national.token}`)).status).toBe(200);
    expect((await t.http().get(path)).status).toBe(401);
    expect((await t.http().get(url.replace(/signature=[^&]+/, 'signature=AAAA'))).status).toBe(401);
    expect((await t.http().get(url.replace('province=32', 'province=44'))).status).toBe(401);
    expect((await t.http().get(path).set('authorization', `Bearer ${guangdong.token}`)).status).toBe(403);
    const badYear = await t
      .http()
      .get('/reports/recommendation-summary.xlsx?province=32&year=abc')
      .set('authorization', `Bearer ${jiangsu.token}`);
    expect({ status: badYear.status, fields: badYear.body.fields }).toEqual({
      status: 400,
      fields: [{ field: 'year', message: expect.any(String) }],
    });

    // The round report: results and every expert's sheet.
    const roundLink = await as(national)(`query($id: ID!) { evaluationRoundReport(id: $id) { download { url } } }`, {
      id: roundId,
    });
    const roundUrl = (roundLink.data?.evaluationRoundReport as unknown as { download: { url: string } }).download.url;
    const roundFile = await t.http().get(roundUrl).responseType('blob');
    expect(roundFile.status).toBe(200);
    const roundBook = new ExcelJS.Workbook();
    await roundBook.xlsx.load(roundFile.body as ExcelJS.Buffer);
    const [results, sheets] = roundBook.worksheets;
    expect((results.getRow(2).values as string[]).slice(1, 5)).toEqual([
      '排名\nRank',
      '平台名称\nPlatform',
      '省份\nProvince',
      '加权总分\nWeighted total',
    ]);
    expect((results.getRow(3).values as unknown[]).slice(1, 5)).toEqual([1, '南京高分子材料中试平台', '32', 70]);
    expect(sheets.rowCount).toBe(4);
    const sheetHeaders = (sheets.getRow(2).values as string[]).slice(1);
    const teamsColumn = sheetHeaders.indexOf('团队\nTeams') + 1;
    expect([3, 4].map((r) => sheets.getRow(r).getCell(teamsColumn).value)).toContain('技术团队 12 人');
  });

  it('computes the service figures exactly from a month of bookings, for the operator and the authorities of its province', async () => {
    const { platformId, equipmentIds, offeringId } = await createCatalog(t, operator, {
      platform: { name: '常州检测中试平台' },
    });
    const university = await registerUser(t, { kind: 'UNIVERSITY', province: '32' });
    const [equipmentId] = equipmentIds;
    const sql = t.app.get(DataSource);
    // A month of records, bulk-inserted in one transaction as production writes them.
    await sql.transaction(async (m) => {
      const slot = (from: string, to: string, status: string) =>
        m.query(`INSERT INTO capacity_slot (equipment_id, starts_at, ends_at, status) VALUES ($1, $2, $3, $4)`, [
          equipmentId,
          at(from),
          at(to),
          status,
        ]);
      await slot('2025-03-03T08:00:00', '2025-03-03T16:00:00', 'BOOKED'); // 8 h
      await slot('2025-03-04T08:00:00', '2025-03-04T16:00:00', 'BOOKED'); // 8 h
      await slot('2025-03-05T08:00:00', '2025-03-05T12:00:00', 'OPEN'); // 4 h
      await slot('2025-03-06T08:00:00', '2025-03-06T12:00:00', 'BLOCKED'); // not offered
      await slot('2025-03-31T20:00:00', '2025-04-01T04:00:00', 'OPEN'); // 4 of 8 h in March
      const booking = async (
        by: SignedIn,
        status: string,
        [from, to]: [string, string],
        created: string,
        events: Array<[string, string, string]>,
        rating: number | null = null,
      ) => {
        const [{ id }] = await m.query(
          `INSERT INTO booking (offering_id, platform_id, operator_organization_id, province, requester_organization_id, requester_user_id,
             status, idempotency_key, request_fingerprint, first_slot_starts_at, last_slot_ends_at, rating, created_at)
           VALUES ($1, $2, $3, '32', $4, $5, $6, $7, repeat('0', 64), $8, $9, $10, $11) RETURNING id`,
          [
            offeringId,
            platformId,
            operator.organizationId,
            by.organizationId,
            by.userId,
            status,
            randomUUID(),
            at(from),
            at(to),
            rating,
            at(created),
          ],
        );
        await m.query(
          `INSERT INTO booking_slot (booking_id, slot_id, equipment_id, starts_at, ends_at, open_access) VALUES ($1, $2, $3, $4, $5, false)`,
          [id, randomUUID(), equipmentId, at(from), at(to)],
        );
        for (const [side, toStatus, when] of events)
          await m.query(`INSERT INTO booking_event (booking_id, actor_side, to_status, at) VALUES ($1, $2, $3, $4)`, [
            id,
            side,
            toStatus,
            at(when),
          ]);
      };
      // Start-up: answered in 3 h (in February), completed 2 h after its run, rated 5.
      await booking(
        requester,
        'COMPLETED',
        ['2025-03-03T08:00:00', '2025-03-03T16:00:00'],
        '2025-02-20T10:00:00',
        [
          ['OPERATOR', 'CONFIRMED', '2025-02-20T13:00:00'],
          ['OPERATOR', 'COMPLETED', '2025-03-03T18:00:00'],
        ],
        5,
      );
      // University: answered in 1 h, completed 44 h after its run (late), rated 3.
      await booking(
        university,
        'COMPLETED',
        ['2025-03-04T08:00:00', '2025-03-04T16:00:00'],
        '2025-03-01T09:00:00',
        [
          ['OPERATOR', 'CONFIRMED', '2025-03-01T10:00:00'],
          ['OPERATOR', 'COMPLETED', '2025-03-06T12:00:00'],
        ],
        3,
      );
      // Start-up: declined after 30 minutes.
      await booking(requester, 'DECLINED', ['2025-03-12T08:00:00', '2025-03-12T12:00:00'], '2025-03-11T09:00:00', [
        ['OPERATOR', 'DECLINED', '2025-03-11T09:30:00'],
      ]);
      // University: left unanswered until the hold expired after 48 h.
      await booking(university, 'EXPIRED', ['2025-03-25T08:00:00', '2025-03-25T12:00:00'], '2025-03-18T00:00:00', [
        ['SYSTEM', 'EXPIRED', '2025-03-20T00:00:00'],
      ]);
    });
    const march = {
      id: platformId,
      from: at('2025-03-01T00:00:00').toISOString(),
      to: at('2025-04-01T00:00:00').toISOString(),
    };
    const expected = {
      platformId,
      hoursPublished: 24, // 8 + 8 + 4 + 4 (of 8); the blocked slot is not offered
      hoursBooked: 16,
      hoursDelivered: 16,
      outsideDeliveredShare: 1,
      startupSmeDeliveredShare: 0.5, // the start-up's 8 of 16
      distinctRequestersServed: 2,
      bookingsCompleted: 2,
      bookingsDeclined: 1,
      bookingsCancelled: 0,
      medianBookingResponseHours: 1, // asked in March: 1, 0.5, 48 (expired)
      medianProposalResponseHours: null,
      onTimeCompletionShare: 0.5,
      averageRating: 4,
      ratingCount: 2,
      openAccessStatus: null,
    };
    for (const who of [operator, jiangsu, national])
      expect((await as(who)(FIGURES, march)).data?.platformServiceFigures).toEqual(expected);
    for (const who of [guangdong, requester, experts[0]]) expect(code(await as(who)(FIGURES, march))).toBe('FORBIDDEN');
    const backwards = await as(operator)(FIGURES, { ...march, to: march.from, from: march.to });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });

    // The province's dashboard pools the same records month by month.
    const DASHBOARD = `query($s: String!) { authorityDashboard(scope: $s, fromMonth: "2025-02", months: 3) { scope platformCount byLevel { level count } monthly { month figures { hoursDelivered bookingsCompleted medianBookingResponseHours } } } }`;
    const dashboard = await as(jiangsu)(DASHBOARD, { s: '32' });
    expect(dashboard.data?.authorityDashboard).toMatchObject({
      scope: '32',
      monthly: [
        { month: '2025-02', figures: { hoursDelivered: 0, bookingsCompleted: 0, medianBookingResponseHours: 3 } },
        { month: '2025-03', figures: { hoursDelivered: 16, bookingsCompleted: 2, medianBookingResponseHours: 1 } },
        { month: '2025-04', figures: { hoursDelivered: 0, bookingsCompleted: 0, medianBookingResponseHours: null } },
      ],
    });
    expect(
      (dashboard.data?.authorityDashboard as unknown as { byLevel: Array<{ level: string }> }).byLevel.map(
        (l) => l.level,
      ),
    ).toEqual(['NONE', 'CULTIVATION', 'PROVINCIAL', 'NATIONAL']);
    expect(code(await as(guangdong)(DASHBOARD, { s: '32' }))).toBe('FORBIDDEN');
    expect(code(await as(jiangsu)(DASHBOARD, { s: 'NATIONAL' }))).toBe('FORBIDDEN');
    expect(code(await as(national)(DASHBOARD, { s: 'NATIONAL' }))).toBe('OK');
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const { platformId } = await createCatalog(t, operator);
    const count = async () => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM level_decision`))[0].n;
    const before = await count();
    // A step that skips one: nothing was nominated or admitted.
    expect((await decide(national, platformId, 'ADMIT')).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ILLEGAL_LEVEL_STEP',
      action: 'ADMIT',
      from: 'NONE',
    });
    expect(code(await decide(jiangsu, platformId, 'RECOGNISE_NATIONAL', randomUUID()))).toBe('FORBIDDEN');
    expect(code(await decide(national, platformId, 'RECOGNISE_NATIONAL', randomUUID()))).toBe('BAD_USER_INPUT');
    // Evidence that is only blanks is no evidence.
    const blank = await as(jiangsu)(DECIDE, {
      input: { platformId, action: 'NOMINATE', reason: '推荐', evidence: ['苏工信科〔2025〕12号', ' \u3000 '] },
    });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'evidence' }] });
    expect(await count()).toBe(before);
    // Operators can no longer set a level.
    const claimed = await as(operator)(
      `mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { id } }`,
      {
        input: { id: platformId, level: 'NATIONAL' },
      },
    );
    expect(code(claimed)).toBe('BAD_USER_INPUT');
    // Scores out of range, a dimension twice, weights not summing to 100, experts from elsewhere.
    await decide(jiangsu, platformId, 'NOMINATE');
    const opened = await openRound(national, [platformId], 'NATIONAL', [experts[0].userId]);
    const roundId = (opened.data?.openEvaluationRound as unknown as { id: string }).id;
    const outOfRange = await as(experts[0])(SCORE, {
      input: { roundId, platformId, scores: scores(101, 50, 50, 50, -1) },
    });
    expect(outOfRange.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
      'scores.0.score',
      'scores.4.score',
    ]);
    const twice = scores(50, 50, 50, 50, 50).map((s, i) => (i === 4 ? { ...s, dimension: 'POSITIONING' } : s));
    expect(
      (await as(experts[0])(SCORE, { input: { roundId, platformId, scores: twice } })).errors?.[0].extensions?.fields,
    ).toEqual([{ field: 'scores', message: expect.any(String) }]);
    const other = await registerUser(t, { kind: 'STARTUP', province: '32' });
    expect(code(await as(other)(SCORE, { input: { roundId, platformId, scores: scores(50, 50, 50, 50, 50) } }))).toBe(
      'NOT_FOUND',
    );
    const [otherPlatform] = [(await createCatalog(t, operator)).platformId];
    expect(
      (
        await as(experts[0])(SCORE, {
          input: { roundId, platformId: otherPlatform, scores: scores(50, 50, 50, 50, 50) },
        })
      ).errors?.[0].extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ASSIGNED',
    });
    const badWeights = await as(national)(OPEN_ROUND, {
      input: {
        name: '权重错误',
        scope: 'NATIONAL',
        periodStart: '2025-01-01T00:00:00Z',
        periodEnd: '2026-01-01T00:00:00Z',
        platforms: [{ platformId, expertIds: [experts[0].userId] }],
        weights: DIMENSIONS.map((dimension) => ({ dimension, weight: 10 })),
      },
    });
    expect(badWeights.errors?.[0].extensions?.fields?.[0].field).toBe('weights');
    const jiangsuExpert = await addMember(t, jiangsu, 'EXPERT');
    const foreignExpert = await openRound(national, [platformId], 'NATIONAL', [jiangsuExpert.userId]);
    expect(foreignExpert.errors?.[0].extensions?.fields?.[0].field).toBe('platforms.0.expertIds');
    // Experts of an authority hold none of its rights; only authorities invite experts.
    expect(
      code(
        await as(jiangsuExpert)(
          `query { complianceReport(province: "32", periodStart: "2025-01-01T00:00:00Z") { province } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    const invite = await as(operator)(
      `mutation { inviteMember(input: { email: "expert@example.com", role: EXPERT }) { id } }`,
    );
    expect(invite.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'role' }] });
  });

  it('races: of parallel admissions exactly one wins; scores racing a close are either counted or refused', async () => {
    const { platformId } = await createCatalog(t, operator);
    await decide(jiangsu, platformId, 'NOMINATE');
    const admissions = await Promise.all(Array.from({ length: 12 }, () => decide(national, platformId, 'ADMIT')));
    expect(admissions.map(code).sort()).toEqual(['OK', ...Array(11).fill('CONFLICT')].sort());
    const history = await as(national)(HISTORY, { id: platformId });
    expect((history.data?.platformLevelHistory as unknown as Array<{ action: string }>).map((d) => d.action)).toEqual([
      'ADMIT',
      'NOMINATE',
    ]);

    const opened = await openRound(national, [platformId], 'NATIONAL', [experts[0].userId]);
    const roundId = (opened.data?.openEvaluationRound as unknown as { id: string }).id;
    await as(experts[0])(SCORE, { input: { roundId, platformId, scores: scores(50, 50, 50, 50, 50) } });
    const racing = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        as(experts[0])(SCORE, { input: { roundId, platformId, scores: scores(60 + i, 60, 60, 60, 60) } }),
      ),
      as(national)(CLOSE, { id: roundId }),
    ]);
    expect(racing.every((r) => ['OK', 'CONFLICT'].includes(code(r)))).toBe(true);
    expect(code(racing[racing.length - 1])).toBe('OK');
    const stored: Array<{ score: number; total: string }> = await t.app.get(DataSource).query(
      `SELECT s.score, r.total FROM evaluation_score s JOIN evaluation_sheet sh ON sh.id = s.sheet_id
         JOIN evaluation_result r ON r.round_id = sh.round_id AND r.platform_id = sh.platform_id
        WHERE sh.round_id = $1`,
      [roundId],
    );
    // The result was computed from the sheet as it is stored now: no score changed after the close.
    expect(stored).toHaveLength(5);
    expect(Number(stored[0].total)).toBe(stored.reduce((sum, s) => sum + s.score, 0) / 5);
  });

  it('lets the authority read every expert’s scores and an expert its own, a page of platforms at a time', async () => {
    const platformIds = [(await createCatalog(t, operator)).platformId, (await createCatalog(t, operator)).platformId];
    const opened = await openRound(national, platformIds);
    const roundId = (opened.data?.openEvaluationRound as unknown as { id: string }).id;
    for (const [i, expert] of experts.entries())
      for (const platformId of platformIds)
        expect(
          code(await as(expert)(SCORE, { input: { roundId, platformId, scores: scores(60 + i, 70, 80, 90, 100) } })),
        ).toBe('OK');
    const sheetsOf = (who: SignedIn, page: string) =>
      as(who)(
        `query($id: ID!) { evaluationRound(id: $id) { platforms${page} { platformId sheets { expertUserId scores { dimension score comment } } } } }`,
        { id: roundId },
      );
    type Read = {
      evaluationRound: {
        platforms: Array<{
          platformId: string;
          sheets: Array<{ expertUserId: string; scores: Array<{ score: number }> }>;
        }>;
      };
    };
    const read = async (who: SignedIn, page: string) => (await sheetsOf(who, page)).data as unknown as Read | undefined;

    // The whole round, every sheet of up to 200 platforms, is more than one query may ask for: it says so.
    expect((await sheetsOf(national, '')).errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
    const first = await read(national, '(first: 1)');
    const second = await read(national, '(first: 1, offset: 1)');
    const pages = [...(first?.evaluationRound.platforms ?? []), ...(second?.evaluationRound.platforms ?? [])];
    expect(pages.map((p) => p.platformId).sort()).toEqual([...platformIds].sort());
    for (const entry of pages) {
      expect(entry.sheets.map((s) => s.expertUserId).sort()).toEqual(experts.map((e) => e.userId).sort());
      expect(entry.sheets.flatMap((s) => s.scores.map((x) => x.score)).sort()).toEqual(
        [60, 61, 70, 70, 80, 80, 90, 90, 100, 100].sort(),
      );
    }
    expect((await read(national, '(first: 10, offset: 2)'))?.evaluationRound.platforms).toEqual([]);
    // An expert reads back what it submitted, and only that.
    const own = await read(experts[1], '(first: 20)');
    expect(own?.evaluationRound.platforms.flatMap((p) => p.sheets.map((s) => s.expertUserId))).toEqual([
      experts[1].userId,
      experts[1].userId,
    ]);
    for (const page of ['(first: 0)', '(first: 201)', '(offset: -1)'])
      expect((await sheetsOf(national, page)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('grants a level only to a published platform, naming platformId; a suspended one can still leave the pool', async () => {
    const draft = await createCatalog(t, operator, { publish: false });
    const refused = await decide(jiangsu, draft.platformId, 'NOMINATE');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLATFORM_NOT_PUBLISHED',
      currentStatus: 'DRAFT',
      fields: [{ field: 'platformId' }],
    });
    expect((await as(jiangsu)(HISTORY, { id: draft.platformId })).data).toEqual({ platformLevelHistory: [] });

    const { platformId } = await createCatalog(t, operator);
    expect(code(await decide(jiangsu, platformId, 'NOMINATE'))).toBe('OK');
    expect(code(await as(operator)(`mutation($id: ID!) { suspendPlatform(id: $id) { id } }`, { id: platformId }))).toBe(
      'OK',
    );
    expect((await decide(national, platformId, 'ADMIT')).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLATFORM_NOT_PUBLISHED',
      currentStatus: 'SUSPENDED',
      fields: [{ field: 'platformId' }],
    });
    // Exit stays open (有进有出): removing it from the pool does not wait for its operator to publish it again.
    expect((await decide(national, platformId, 'REMOVE')).data).toMatchObject({
      decidePlatformLevel: { action: 'REMOVE', toStanding: 'NONE' },
    });
  });

  it('site admins read rounds and reports but decide nothing', async () => {
    const admin = await createSiteAdmin(t);
    const { platformId } = await createCatalog(t, operator);
    expect((await decide(admin, platformId, 'NOMINATE')).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AN_AUTHORITY',
    });
    expect(code(await as(admin)(HISTORY, { id: platformId }))).toBe('OK');
  });
});

function pilotRequestInput() {
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  return {
    kind: 'SCALE_UP',
    title: '正极材料 50 L 到 500 L 工艺放大',
    description: '三元正极材料 NCM811 的工艺放大，需要 500 L 反应釜。',
    serviceTypes: ['SCALE_UP'],
    industryDirection: 'RAW_MATERIALS',
    keyDomains: ['ADVANCED_MATERIALS'],
    keywords: ['正极材料'],
    windowFrom: day(2),
    windowTo: day(90),
    preferredProvinces: ['32'],
    requiredAccreditations: [],
    patentNumbers: [],
    confidential: false,
  };
}
