import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DAY, demoAccount as demo, gql, prepare, registerRequester } from './support.js';

/**
 * Every "today" and every day of the web app is a Shanghai day (the platforms' zone), whatever the browser's zone:
 * the browser runs in Los Angeles or Auckland with its clock fixed at an instant where its own calendar day (or
 * month, or year) is not Shanghai's, and each page must show and send Shanghai's. Expected values are computed here,
 * in Node, from the zone's rules, never from the browser.
 */

const shanghaiParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai calendar day of an instant, YYYY-MM-DD. */
const shanghaiDayOf = (instant: Date): string => shanghaiParts.format(instant);

const dayAfter = (day: string, count: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY).toISOString().slice(0, 10);

/** The same month `count` months on (back, when negative), YYYY-MM. */
function monthAfter(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

/** The browser's own calendar day, as it reads its (fixed) clock in its zone. */
const browserDay = (page: Page): Promise<string> => page.evaluate(() => new Date().toLocaleDateString('sv-SE'));

/** The variables of every GraphQL operation `name` the page sends. */
function operationVariables(page: Page, name: string): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postData() : null;
    if (!body) return;
    const { operationName, variables } = JSON.parse(body) as {
      operationName?: string;
      variables: Record<string, unknown>;
    };
    if (operationName === name) sent.push(variables);
  });
  return sent;
}

/** The operator's first platform, one of its equipment and one of its offerings (through the API). */
async function operatorPlatform(
  request: APIRequestContext,
): Promise<{ platformId: string; equipmentId: string; offeringId: string }> {
  const operator = await demo(request, 'operator@pilotmatch.demo');
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    operator.token,
  );
  const { offerings } = await gql<{
    offerings: {
      edges: Array<{
        node: {
          id: string;
          status: string;
          platform: { id: string; status: string };
          equipment: Array<{ id: string }>;
        };
      }>;
    };
  }>(
    request,
    'query($org: ID!) { offerings(first: 50, filter: { organizationId: $org }) { edges { node { id status platform { id status } equipment { id } } } } }',
    { org: me.organization.id },
    operator.token,
  );
  // One a visitor may open: the operator also lists its draft and suspended platforms' offerings, which are missing to
  // everyone else.
  const offering = offerings.edges
    .map((edge) => edge.node)
    .find((node) => node.status === 'ACTIVE' && node.platform.status === 'PUBLISHED');
  if (!offering) throw new Error('the demo operator has no offering a visitor may open');
  return { platformId: offering.platform.id, equipmentId: offering.equipment[0].id, offeringId: offering.id };
}

/** An offering of the demo operator with free slots in 10–40 days, and a fresh pilot request it fits. */
async function requestAndOffering(
  request: APIRequestContext,
): Promise<{ platformId: string; title: string; offeringTitle: string }> {
  const operator = await demo(request, 'operator@pilotmatch.demo');
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    operator.token,
  );
  const { offerings } = await gql<{
    offerings: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          status: string;
          serviceType: string;
          platform: { id: string; status: string };
        };
      }>;
    };
  }>(
    request,
    'query($org: ID!) { offerings(first: 50, filter: { organizationId: $org }) { edges { node { id title status serviceType platform { id status } } } } }',
    { org: me.organization.id },
    operator.token,
  );
  const from = new Date(Date.now() + 10 * DAY).toISOString();
  const to = new Date(Date.now() + 40 * DAY).toISOString();
  for (const { node } of offerings.edges) {
    if (node.status !== 'ACTIVE' || node.platform.status !== 'PUBLISHED') continue;
    const { availableSlots } = await gql<{ availableSlots: unknown[] }>(
      request,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id } }',
      { id: node.id, from, to },
      operator.token,
    );
    if (availableSlots.length === 0) continue;
    const requester = await registerRequester(request, 'SME');
    const title = `时区方案验证 ${Date.now() % 100000}`;
    await gql(
      request,
      'mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }',
      {
        input: {
          kind: 'SCALE_UP',
          title,
          description: '验证方案时间按北京时间显示与提交。',
          serviceTypes: [node.serviceType],
          windowFrom: new Date(Date.now() + 2 * DAY).toISOString(),
          windowTo: new Date(Date.now() + 40 * DAY).toISOString(),
          budgetMax: 90_000,
        },
      },
      requester.token,
    );
    return { platformId: node.platform.id, title, offeringTitle: node.title };
  }
  throw new Error('no offering of the demo operator has free slots');
}

/**
 * A day cell of the open date picker's panel (a day of a neighbouring month shown greyed counts: it is disabled
 * alike), going one month back when the panel does not show that day.
 */
async function pickerCell(page: Page, day: string) {
  const panel = page.locator('.ant-picker-dropdown:visible');
  await expect(panel.locator('td.ant-picker-cell-in-view').first()).toBeVisible();
  const cell = panel.locator(`td.ant-picker-cell[title="${day}"]`).first();
  if ((await cell.count()) === 0) await panel.locator('.ant-picker-header-prev-btn').first().click();
  return cell;
}

// Instants near the real clock (sessions stay valid): 20:00 UTC is noon (or 13:00) of day X in Los Angeles and
// 04:00 of X + 1 in Shanghai; 12:00 UTC is 20:00 of X in Shanghai and 00:00 (or 01:00) of X + 1 in Auckland.
const utcToday = new Date().toISOString().slice(0, 10);
const DAY_ZONES = [
  { timezoneId: 'America/Los_Angeles', instant: new Date(`${utcToday}T20:00:00Z`) },
  { timezoneId: 'Pacific/Auckland', instant: new Date(`${utcToday}T12:00:00Z`) },
];

for (const { timezoneId, instant } of DAY_ZONES) {
  const shanghaiToday = shanghaiDayOf(instant);

  test.describe(`Shanghai's today, in a browser in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('a new pilot request’s window starts a week after Shanghai’s today, and past Shanghai days cannot be picked', async ({
      page,
      request,
    }) => {
      const requester = await registerRequester(request);
      await page.clock.setFixedTime(instant);
      await prepare(page, { account: requester });
      await page.goto('/requests/new');
      expect(await browserDay(page), 'the browser’s own day differs from Shanghai’s').not.toBe(shanghaiToday);

      await expect(page.locator('#windowFrom')).toHaveValue(dayAfter(shanghaiToday, 7));
      await expect(page.locator('#windowTo')).toHaveValue(dayAfter(shanghaiToday, 60));

      await page.locator('#windowFrom').click();
      await expect(await pickerCell(page, shanghaiToday)).not.toHaveClass(/ant-picker-cell-disabled/);
      await expect(await pickerCell(page, dayAfter(shanghaiToday, -1))).toHaveClass(/ant-picker-cell-disabled/);
    });

    test('an operator’s calendar opens on Shanghai’s today, and a weekly recurrence cannot start on a Shanghai day already past', async ({
      page,
      request,
    }) => {
      const { platformId, equipmentId } = await operatorPlatform(request);
      const operator = await demo(request, 'operator@pilotmatch.demo');
      await page.clock.setFixedTime(instant);
      await prepare(page, { account: operator });
      await page.goto(`/console/platforms/${platformId}/calendar?equipment=${equipmentId}`);
      await expect(page.locator('.fc-timegrid')).toBeVisible();
      expect(await browserDay(page)).not.toBe(shanghaiToday);
      await expect(page.locator('.fc-col-header-cell.fc-day-today')).toHaveAttribute('data-date', shanghaiToday);

      await page.getByRole('button', { name: '按周重复发布' }).click();
      const dialog = page.getByRole('dialog', { name: '按周重复发布' });
      await dialog.locator('#recurrence-from').click();
      await expect(await pickerCell(page, shanghaiToday)).not.toHaveClass(/ant-picker-cell-disabled/);
      await expect(await pickerCell(page, dayAfter(shanghaiToday, -1))).toHaveClass(/ant-picker-cell-disabled/);
      // A past Shanghai day typed in is refused too: the field keeps no value.
      await dialog.locator('#recurrence-from').fill(dayAfter(shanghaiToday, -1));
      await dialog.locator('#recurrence-from').press('Escape');
      await expect(dialog.locator('#recurrence-from')).toHaveValue('');
    });

    test('an operator’s proposal is in China time: a slot chosen sets the period to its Shanghai hours, and those are sent', async ({
      page,
      request,
    }) => {
      const { platformId, title, offeringTitle } = await requestAndOffering(request);
      const operator = await demo(request, 'operator@pilotmatch.demo');
      const sent = operationVariables(page, 'SubmitProposal');
      await page.clock.setFixedTime(instant);
      await prepare(page, { account: operator });
      await page.goto(`/console/platforms/${platformId}/requests`);
      const item = page.locator('.inbox-item', { hasText: title });
      await item.getByRole('button', { name: '提交方案' }).click();
      const dialog = page.getByRole('dialog', { name: `提交方案：${title}` });
      await dialog.getByRole('combobox', { name: '服务' }).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: offeringTitle })
        .first()
        .click();
      const slots = dialog.locator('.slot-choices .ant-checkbox-wrapper');
      await expect(slots.first()).toBeVisible();
      // Two weeks out: the proposal's validity (three days) ends before the slot's notice begins.
      const slot = slots.nth(Math.min(10, (await slots.count()) - 1));
      // The slot as listed, in China time: "2026年12月14日 09:00 – 17:00 · …".
      const [, y, m, d, starts, ends] = /(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}:\d{2}) – (\d{2}:\d{2})/.exec(
        await slot.innerText(),
      )!;
      const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      await slot.locator('input').check();
      await expect(dialog.locator('#proposal-start')).toHaveValue(`${day} ${starts}`);
      await dialog.getByRole('button', { name: '提交方案' }).click();
      await expect(dialog).toBeHidden();
      expect(sent).toHaveLength(1);
      const input = (sent[0] as { input: { startsAt: string; endsAt: string } }).input;
      expect(Date.parse(input.startsAt)).toBe(Date.parse(`${day}T${starts}:00+08:00`));
      expect(input.endsAt.slice(11, 16)).toBe(ends);
    });
  });
}

// The first instant of the current UTC month, less 4 or 12 hours: the browser's month is not Shanghai's.
const monthStart = new Date(`${utcToday.slice(0, 7)}-01T00:00:00Z`).getTime();
const MONTH_ZONES = [
  { timezoneId: 'America/Los_Angeles', instant: new Date(monthStart - 4 * 3_600_000) },
  { timezoneId: 'Pacific/Auckland', instant: new Date(monthStart - 12 * 3_600_000) },
];

for (const { timezoneId, instant } of MONTH_ZONES) {
  const shanghaiMonth = shanghaiDayOf(instant).slice(0, 7);

  test.describe(`Shanghai's months, in a browser in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the authority dashboard’s twelve months end with Shanghai’s current month; a platform’s figures run between Shanghai midnights', async ({
      page,
      request,
    }) => {
      const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
      const figures = operationVariables(page, 'AuthorityPlatform');
      await page.clock.setFixedTime(instant);
      await prepare(page, { account: authority, lang: 'en' });
      await page.goto('/authority');
      const browserMonth = (await browserDay(page)).slice(0, 7);
      expect(browserMonth, 'the browser’s own month differs from Shanghai’s').not.toBe(shanghaiMonth);

      await page.getByText('As a table').click();
      const months = page.locator('details table tbody tr td:first-child');
      await expect(months).toHaveCount(12);
      await expect(months.first()).toHaveText(monthAfter(shanghaiMonth, -11));
      await expect(months.last()).toHaveText(shanghaiMonth);

      const { platforms } = await gql<{ platforms: { edges: Array<{ node: { id: string } }> } }>(
        request,
        '{ platforms(first: 1, filter: { provinces: ["32"] }) { edges { node { id } } } }',
        {},
        authority.token,
      );
      await page.goto(`/authority/platforms/${platforms.edges[0].node.id}`);
      await expect(page.locator('#drill-levels')).toBeVisible();
      expect(figures.length).toBeGreaterThan(0);
      const { from, to } = figures[0] as { from: string; to: string };
      // The dashboard's twelve Shanghai months, whole: from the first of the month eleven back to the next month's first.
      expect(Date.parse(from)).toBe(Date.parse(`${monthAfter(shanghaiMonth, -11)}-01T00:00:00+08:00`));
      expect(Date.parse(to)).toBe(Date.parse(`${monthAfter(shanghaiMonth, 1)}-01T00:00:00+08:00`));
    });
  });
}

// The first instant of the current UTC year, less 4 or 12 hours: the browser's year is not Shanghai's.
const yearStart = Date.UTC(new Date().getUTCFullYear(), 0, 1);
const YEAR_ZONES = [
  { timezoneId: 'America/Los_Angeles', instant: new Date(yearStart - 4 * 3_600_000) },
  { timezoneId: 'Pacific/Auckland', instant: new Date(yearStart - 12 * 3_600_000) },
];

for (const { timezoneId, instant } of YEAR_ZONES) {
  const lastYear = Number(shanghaiDayOf(instant).slice(0, 4)) - 1;

  test.describe(`Shanghai's years, in a browser in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('an evaluation round opens on Shanghai’s last year, its period from Shanghai midnight to Shanghai midnight; the summary table’s year is Shanghai’s', async ({
      page,
      request,
    }) => {
      const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
      await page.clock.setFixedTime(instant);
      await prepare(page, { account: authority });
      await page.goto('/authority/rounds');
      expect(Number((await browserDay(page)).slice(0, 4)) - 1, 'the browser’s own year differs').not.toBe(lastYear);

      await page.getByRole('button', { name: '发起评估' }).click();
      const dialog = page.getByRole('dialog', { name: '发起评估' });
      await expect(dialog.getByLabel('批次名称')).toHaveValue(new RegExp(`^${lastYear} 年度`));
      await expect(dialog.locator('#round-from')).toHaveValue(`${lastYear}-01-01`);
      await expect(dialog.locator('#round-to')).toHaveValue(`${lastYear}-12-31`);

      const roundName = `${lastYear} 年度评估 ${timezoneId} ${Date.now() % 100000}`;
      await dialog.getByLabel('批次名称').fill(roundName);
      await dialog.getByLabel('参评平台').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await dialog.getByLabel('批次名称').click(); // closes the platforms' list
      await dialog.getByLabel('评审专家').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'expert-jiangsu' })
        .first()
        .click();
      await dialog.getByLabel('批次名称').click();
      await dialog.getByRole('button', { name: '发起评估' }).click();
      await expect(dialog).toBeHidden();
      // Shown in Shanghai days: the period sent was [1 January, 1 January next) at Shanghai midnights.
      await expect(page.getByRole('row', { name: new RegExp(roundName) })).toContainText(
        `${lastYear}年1月1日 – ${lastYear}年12月31日`,
      );

      await page.goto('/authority/downloads');
      await expect(page.locator('#summary-year')).toHaveValue(String(lastYear));
    });
  });
}

test.describe('the Shanghai wall clock across the browser zone’s daylight-saving switch', () => {
  test.describe('in Auckland, the spring-forward night', () => {
    test.use({ timezoneId: 'Pacific/Auckland' });

    test('today is Shanghai’s just after Shanghai midnight, not the day before', async ({ page }) => {
      // Auckland moved from +12 to +13 at 14:00 UTC; 16:30 UTC is 00:30 of 27 September in Shanghai.
      await page.clock.setFixedTime(new Date('2026-09-26T16:30:00Z'));
      await prepare(page);
      await page.goto('/');
      await expect(page.locator('#filter-from')).toHaveAttribute('min', '2026-09-27');
    });
  });

  test.describe('in New York, the March switch night', () => {
    test.use({ timezoneId: 'America/New_York' });

    test('an offering’s availability is asked from Shanghai’s now, to the minute', async ({ page, request }) => {
      const { offeringId } = await operatorPlatform(request);
      const asked = operationVariables(page, 'AvailableSlots');
      // 00:30 in New York, an hour and a half before its clocks go forward; 13:30 of 8 March in Shanghai.
      await page.clock.setFixedTime(new Date('2026-03-08T05:30:00Z'));
      await prepare(page);
      await page.goto(`/offerings/${offeringId}`);
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      expect(asked[0]).toMatchObject({ from: '2026-03-08T13:30:00+08:00', to: '2026-03-30T00:00:00+08:00' });
    });
  });
});
