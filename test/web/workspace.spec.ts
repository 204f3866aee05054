import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  DAY,
  demoAccount as demo,
  expectAccessible,
  gql,
  prepare,
  registerRequester,
  screenshot,
  shanghaiDay,
  strongPassword,
  uniqueEmail,
  type Account,
} from './support.js';

/**
 * The operator's console and the authorities' dashboard, driven as their users do: a weekly recurrence published
 * on a calendar is booked by a requester in a second browser context, confirmed in the inbox and shown booked; an
 * open request answered with a proposal; a province's compliance report drilled into, and refused to another
 * province's authority that the site admin has just verified; a round scored by an expert, closed, and a level
 * decided. Axe checks every page; the screenshots go to docs/screenshots with `npm run screenshots`.
 */
test.describe.configure({ mode: 'serial' });

/** The next `weekday` (0 Sunday … 6 Saturday, China time) at least `minDays` ahead, as YYYY-MM-DD. */
function nextWeekday(weekday: number, minDays: number): string {
  for (let days = minDays; days < minDays + 7; days += 1) {
    const day = shanghaiDay(days);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) return day;
  }
  throw new Error('unreachable');
}

async function signedInPage(browser: Browser, account: Account, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await prepare(page, { account, lang });
  return page;
}

interface Setup {
  operator: Account;
  platformId: string;
  platformName: string;
  equipmentId: string;
  offeringId: string;
  offeringTitle: string;
  serviceType: string;
}
let setup: Setup;
const firstSaturday = nextWeekday(6, 4);
const secondSaturday = new Date(Date.parse(`${firstSaturday}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);

test.beforeAll(async ({ request }) => {
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
          serviceType: string;
          status: string;
          title: string;
          pricing: { model: string };
          equipment: Array<{ id: string; shareable: boolean }>;
          platform: { id: string; name: string; status: string; province: string };
        };
      }>;
    };
  }>(
    request,
    `query($org: ID!) { offerings(first: 50, filter: { organizationId: $org }) { edges { node {
      id serviceType status title pricing { model } equipment { id shareable } platform { id name status province } } } } }`,
    { org: me.organization.id },
    operator.token,
  );
  // The same offering on every run (the API lists offerings created in one transaction in id order, and ids are
  // random): one priced on quotation, so that the operator confirms with a price for the job.
  const usable = offerings.edges
    .map((e) => e.node)
    .filter(
      (o) =>
        o.status === 'ACTIVE' &&
        o.pricing.model === 'QUOTE' &&
        o.platform.status === 'PUBLISHED' &&
        // In Jiangsu: the demo authority of Jiangsu drills into it.
        o.platform.province === '32' &&
        o.equipment.some((e) => e.shareable),
    )
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))[0];
  if (!usable) throw new Error('the demo operator has no bookable offering');
  setup = {
    operator,
    platformId: usable.platform.id,
    platformName: usable.platform.name,
    equipmentId: usable.equipment.find((e) => e.shareable)!.id,
    offeringId: usable.id,
    offeringTitle: usable.title,
    serviceType: usable.serviceType,
  };
});

test('operator publishes a weekly recurrence; a requester books a slot; the operator confirms it; the calendar shows it booked', async ({
  browser,
  request,
}) => {
  const { operator, platformId, equipmentId, offeringId } = setup;
  const console = await signedInPage(browser, operator);
  const calendarUrl = `/console/platforms/${platformId}/calendar?equipment=${equipmentId}&date=${firstSaturday}`;
  await console.goto(calendarUrl);
  await expect(console.getByRole('heading', { name: '产能日历', level: 2 })).toBeVisible();
  await expect(console.locator('.fc-timegrid')).toBeVisible();
  await expectAccessible(console, 'the capacity calendar');

  // A Saturday day shift for two weeks (the demo publishes weekdays only): two runs.
  await console.getByRole('button', { name: '按周重复发布' }).click();
  const dialog = console.getByRole('dialog', { name: '按周重复发布' });
  await dialog.locator('#recurrence-from').fill(firstSaturday);
  await dialog.locator('#recurrence-to').fill(secondSaturday);
  await dialog.locator('#recurrence-to').press('Enter');
  for (const day of ['周一', '周二', '周三', '周四', '周五']) await dialog.getByLabel(day).uncheck();
  await dialog.getByLabel('周六').check();
  await dialog.getByRole('button', { name: '发布' }).click();
  await expect(dialog).toBeHidden();
  const published = console.locator(`.fc-event [data-status="OPEN"]`).filter({ hasText: '08:00' });
  await expect(published.last()).toBeVisible();

  const { capacitySlots } = await gql<{ capacitySlots: Array<{ id: string; startsAt: string; status: string }> }>(
    request,
    'query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { capacitySlots(equipmentIds: $ids, from: $from, to: $to) { id startsAt status } }',
    { ids: [equipmentId], from: `${firstSaturday}T00:00:00+08:00`, to: `${secondSaturday}T23:59:59+08:00` },
    operator.token,
  );
  const saturdays = capacitySlots.filter(
    (s) => s.startsAt.startsWith(firstSaturday) || s.startsAt.startsWith(secondSaturday),
  );
  expect(saturdays.map((s) => s.startsAt)).toEqual([
    `${firstSaturday}T00:00:00.000Z`,
    `${secondSaturday}T00:00:00.000Z`,
  ]);

  // A start-up books the first Saturday in its own browser context.
  const startup = await registerRequester(request, 'STARTUP');
  const requester = await signedInPage(browser, startup);
  await requester.goto(`/offerings/${offeringId}`);
  const slot = requester.getByRole('checkbox', { name: new RegExp(`^${firstSaturday} 08:00`) });
  await slot.check();
  await requester.getByLabel('需求说明').fill('周六整班的放大验证，需要工艺工程师在场。');
  await requester.getByRole('button', { name: '提交预约申请' }).click();
  await expect(requester.getByTestId('booking-status')).toHaveText('待确认');
  const bookingPath = new URL(requester.url()).pathname;
  await requester.context().close();

  // The operator follows its notification to the booking, and from there to the inbox where it acts on it.
  await console.goto(bookingPath);
  await console.getByRole('link', { name: '前往预约处理' }).click();
  await expect(console).toHaveURL(new RegExp(`/console/platforms/${platformId}/inbox$`));
  // The operator's inbox: the request, its requester, the hold; confirm it.
  const item = console.locator('.inbox-item', { hasText: '测试科技有限公司' }).first();
  await expect(item).toContainText('周六整班的放大验证');
  await expect(item).toContainText('时段保留至');
  // The folders are a choice named in the page's language (not Ant Design's "segmented control").
  await expect(console.getByRole('radiogroup', { name: '按状态查看' })).toBeVisible();
  await expectAccessible(console, 'the booking inbox');
  await screenshot(console, 'console-inbox-zh');
  // Priced on quotation: confirming asks for the price of the job, which becomes the booking's quote.
  await item.getByRole('button', { name: '报价并确认预约' }).click();
  const quote = console.getByRole('dialog', { name: '报价并确认预约' });
  await quote.getByRole('button', { name: '确认预约' }).click();
  await expect(quote.locator('.ant-form-item-explain-error')).toHaveText('请填写本次服务报价（元，含全部时段）');
  await quote.getByLabel('本次服务报价（元，含全部时段）').fill('12800.5');
  await quote.getByRole('button', { name: '确认预约' }).click();
  await expect(item).toBeHidden();
  // It left the folder shown: the page says where it went.
  await expect(console.getByText('已确认预约，可在“已确认”中查看。')).toBeVisible();
  await console.getByText('已确认', { exact: true }).first().click();
  const confirmed = console.locator('.inbox-item', { hasText: '测试科技有限公司' }).first();
  await expect(confirmed.getByTestId('inbox-status')).toHaveText('已确认');
  // The inbox says what the booking is worth: here the operator's own quotation.
  await expect(confirmed).toContainText('报价：¥12,800.50');

  // The requester sees the operator's price as the booking's quote.
  const mine = await gql<{ myBookings: { edges: Array<{ node: { status: string; quote: unknown } }> } }>(
    request,
    'query { myBookings(first: 5) { edges { node { status quote { status amount } } } } }',
    {},
    startup.token,
  );
  expect(mine.myBookings.edges.map((e) => e.node)).toEqual([
    { status: 'CONFIRMED', quote: { status: 'OPERATOR_QUOTED', amount: '12800.50' } },
  ]);

  // Back on the calendar: booked, and by whom.
  await console.goto(calendarUrl);
  const booked = console.locator('.fc-event [data-status="BOOKED"]').first();
  await expect(booked).toContainText('测试科技有限公司');
  await booked.click();
  const details = console.getByRole('dialog', { name: '时段详情' });
  await expect(details.getByTestId('slot-status')).toHaveText('已预约');
  await expect(details.getByTestId('slot-holder')).toContainText('测试科技有限公司');
  await expectAccessible(console, 'a slot');
  await console.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await screenshot(console, 'console-calendar-zh');
  await console.context().close();
});

test('the inbox’s dialogs are forms: what is missing or refused shows under its field, any other refusal below it', async ({
  browser,
  request,
}) => {
  const { operator, platformId, offeringId } = setup;
  // A start-up asks for the second Saturday's run (published by the journey above).
  const startup = await registerRequester(request, 'SME');
  const { availableSlots } = await gql<{ availableSlots: Array<{ id: string; startsAt: string }> }>(
    request,
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id startsAt } }',
    { id: offeringId, from: `${secondSaturday}T00:00:00+08:00`, to: `${secondSaturday}T23:59:59+08:00` },
    startup.token,
  );
  await gql(
    request,
    'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }',
    {
      input: {
        offeringId,
        slotIds: [availableSlots[0].id],
        brief: '第二个周六的验证批次。',
        idempotencyKey: uniqueEmail('k').replace(/[@]/g, '.'),
      },
    },
    startup.token,
  );
  const { me } = await gql<{ me: { organization: { name: string } } }>(
    request,
    '{ me { organization { name } } }',
    {},
    startup.token,
  );
  const page = await signedInPage(browser, operator);
  await page.goto(`/console/platforms/${platformId}/inbox`);
  const item = page.locator('.inbox-item', { hasText: me.organization.name });

  // Declining asks for the reason: sent without one, the form says so under the field and sends nothing.
  await item.getByRole('button', { name: '拒绝' }).click();
  const decline = page.getByRole('dialog', { name: '拒绝预约' });
  const reason = decline.getByLabel('拒绝原因（会告知申请方）');
  await reason.fill('   ');
  await decline.getByRole('button', { name: '拒绝' }).click();
  await expect(decline.locator('.ant-form-item-explain-error')).toHaveText('请填写拒绝原因（会告知申请方）');
  // The API's own field error goes under the same field, not into an alert: a client that sent blanks (as this
  // request, rewritten on its way) is refused by the API naming `reason`.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string; variables: Record<string, unknown> };
    if (body.operationName !== 'DeclineBooking') return route.continue();
    await route.continue({ postData: JSON.stringify({ ...body, variables: { ...body.variables, reason: ' ' } }) });
  });
  await reason.fill('该时段设备需检修，建议改约下周。');
  await decline.getByRole('button', { name: '拒绝' }).click();
  await expect(decline.locator('.ant-form-item-explain-error')).toContainText('未通过检查（系统说明：');
  await expect(decline.getByRole('alert')).toHaveCount(0);
  await expect(reason).toHaveValue('该时段设备需检修，建议改约下周。');
  await expectAccessible(page, 'the decline dialog with a field error');
  await page.unroute('**/graphql');
  await decline.getByRole('button', { name: '拒绝' }).click();
  await expect(decline).toBeHidden();
  await expect(item).toBeHidden();
  await expect(page.getByText('已拒绝预约，时段已重新开放。')).toBeVisible();

  // A refusal about no field (the run has not begun yet) reads below the form, in words; what was written stays.
  await page.getByText('已确认', { exact: true }).first().click();
  const confirmed = page
    .locator('.inbox-item')
    .filter({ has: page.getByRole('button', { name: '完成并填写交付结果' }) });
  await confirmed.first().getByRole('button', { name: '完成并填写交付结果' }).click();
  const complete = page.getByRole('dialog', { name: '完成预约' });
  await complete.getByRole('button', { name: '完成并填写交付结果' }).click();
  await expect(complete.locator('.ant-form-item-explain-error')).toHaveText('请填写交付结果');
  await complete.getByLabel('交付结果').fill('报告编号 PM-2026-001，两批次均合格。');
  await complete.getByRole('button', { name: '完成并填写交付结果' }).click();
  await expect(complete.getByRole('alert')).toContainText('预约的首个时段开始后才能登记完成');
  await expect(complete.getByLabel('交付结果')).toHaveValue('报告编号 PM-2026-001，两批次均合格。');
  await expectAccessible(page, 'the complete dialog with a refusal');
  await page.context().close();
});

test('on a phone (375 px) the capacity calendar shows three readable days with its buttons in the page’s language, and asks before a slot is removed', async ({
  browser,
}) => {
  const { operator, platformId, equipmentId } = setup;
  const words = {
    en: { today: 'Today', days: '3 days', month: 'Month' },
    zh: { today: '今天', days: '3 天', month: '月' },
  };
  for (const lang of ['en', 'zh'] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await prepare(page, { account: operator, lang });
    await page.goto(`/console/platforms/${platformId}/calendar?equipment=${equipmentId}&date=${firstSaturday}`);
    await expect(page.locator('.fc-timegrid')).toBeVisible();
    // Three days, not a week's seven columns of about 40 px in which no slot can be read.
    await expect(page.locator('.fc-col-header-cell')).toHaveCount(3);
    const column = await page.locator('.fc-timegrid-col.fc-day').first().boundingBox();
    expect(column?.width).toBeGreaterThan(80);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const name of Object.values(words[lang]))
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.locator('.fc-event [data-status="BOOKED"]').first()).toBeVisible();
    await expectAccessible(page, `the capacity calendar on a phone (${lang})`);
    await screenshot(page, `console-calendar-phone-${lang}`, page.locator('.calendar-frame'));
    if (lang === 'en') {
      // Removing a slot is not undone: it is asked first, and nothing is removed until confirmed.
      const open = page.locator('.fc-event [data-status="OPEN"]').first();
      const slotId = await open.getAttribute('data-slot-id');
      await open.click();
      const details = page.getByRole('dialog', { name: 'Slot' });
      await details.getByRole('button', { name: 'Remove slot' }).click();
      await expect(page.getByText(/^Remove this slot\? Requesters can no longer book it/)).toBeVisible();
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect(details).toBeVisible();
      // Back where the keyboard was, not on the page's body behind the dialog; Escape too.
      await expect(details.getByRole('button', { name: 'Remove slot' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByText(/^Remove this slot\? Requesters can no longer book it/)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByText(/^Remove this slot\? Requesters can no longer book it/)).toBeHidden();
      await expect(details.getByRole('button', { name: 'Remove slot' })).toBeFocused();
      await details.getByRole('button', { name: 'Close' }).click();
      await expect(details).toBeHidden();
      await expect(page.locator(`.fc-event [data-slot-id="${slotId}"]`)).toBeVisible();
    }
    await context.close();
  }
});

test('operator sees an open request that fits the platform and proposes, holding a slot', async ({
  browser,
  request,
}) => {
  const { operator, platformId, serviceType, offeringTitle } = setup;
  const requester = await registerRequester(request, 'SME');
  const title = `液态电池电解液中试验证 ${Date.now() % 100000}`;
  await gql(
    request,
    'mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }',
    {
      input: {
        kind: 'SCALE_UP',
        title,
        description: '电解液配方放大到 200 L，需要连续两个班次。',
        serviceTypes: [serviceType],
        windowFrom: new Date(Date.now() + 2 * DAY).toISOString(),
        windowTo: new Date(Date.now() + 40 * DAY).toISOString(),
        budgetMax: 150_000,
      },
    },
    requester.token,
  );
  const page = await signedInPage(browser, operator);
  await page.goto(`/console/platforms/${platformId}/requests`);
  const item = page.locator('.inbox-item', { hasText: title });
  await expect(item).toBeVisible();
  await expectAccessible(page, 'open requests');
  await item.getByRole('button', { name: '提交方案' }).click();
  const dialog = page.getByRole('dialog', { name: `提交方案：${title}` });
  // The offering whose equipment has free slots (the platform's first offering may have none in the window).
  await dialog.getByRole('combobox', { name: '服务' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: offeringTitle })
    .first()
    .click();
  const slots = dialog.locator('.slot-choices input[type=checkbox]');
  await expect(slots.first()).toBeVisible();
  // Two weeks out: the proposal's validity (three days) ends before the slot's notice begins.
  await slots.nth(Math.min(10, (await slots.count()) - 1)).check();
  await dialog.getByLabel('方案说明').fill('可安排两个班次，含工艺工程师支持。');
  const sent: Array<{ idempotencyKey?: string }> = [];
  page.on('request', (r) => {
    const body = r.url().endsWith('/graphql') ? r.postDataJSON() : null;
    if (body?.operationName === 'SubmitProposal') sent.push(body.variables.input);
  });
  await dialog.getByRole('button', { name: '提交方案' }).click();
  await expect(dialog).toBeHidden();
  // Sent with the form's key: a retry after a lost answer is answered with this proposal, not a second one.
  expect(sent.map((input) => input.idempotencyKey)).toEqual([expect.stringMatching(/^web-[0-9a-f]{32}$/)]);
  await expect(item.getByTestId('proposal-status')).toHaveText('待答复');
  await expect(item).toContainText('1 个时段');
  await page.context().close();
});

test('the operator console in English, and the obligation with its status explained', async ({ browser }) => {
  const { operator, platformId, equipmentId } = setup;
  const page = await signedInPage(browser, operator, 'en');
  await page.goto('/console');
  await expect(page.getByRole('heading', { name: 'Operator console' })).toBeVisible();
  await expectAccessible(page, 'the console (en)');
  await page.goto(`/console/platforms/${platformId}/catalog`);
  await expect(page.getByRole('heading', { name: 'Equipment', level: 2 })).toBeVisible();
  await expectAccessible(page, 'equipment and services (en)');
  await screenshot(page, 'console-catalog-en');
  await page.goto(`/console/platforms/${platformId}/calendar?equipment=${equipmentId}&date=${firstSaturday}`);
  await expect(page.locator('.fc-event [data-status="BOOKED"]').first()).toBeVisible();
  await screenshot(page, 'console-calendar-en');
  await page.goto(`/console/platforms/${platformId}/obligation`);
  await expect(page.getByRole('heading', { name: 'Open-access obligation' })).toBeVisible();
  // The status (the API's label "at risk", "on track"…) starts its line as English does.
  await expect(page.getByTestId('compliance-status')).toHaveText(/^(Met|On track|At risk|Breached)$/);
  // Beside the published hours, those blocked and those removed after the period began (both stay in a share's
  // base), and until when deliveries count: the API's figures for this period.
  const { obligationTrend } = await gql<{
    obligationTrend: Array<{ blockedHours: number; removedHours: number; deliveryRecordingEndsAt: string }>;
  }>(
    page.request,
    'query($id: ID!) { obligationTrend(platformId: $id, periods: 1) { blockedHours removedHours deliveryRecordingEndsAt } }',
    { id: platformId },
    operator.token,
  );
  const [figures] = obligationTrend;
  await expect(page.getByText('Of which blocked (h)')).toBeVisible();
  await expect(page.getByTestId('blocked-hours')).toHaveText(String(Math.round(figures.blockedHours * 10) / 10));
  await expect(page.getByText('Of which removed after the period began (h)')).toBeVisible();
  await expect(page.getByTestId('removed-hours')).toHaveText(String(Math.round(figures.removedHours * 10) / 10));
  const recordBy = new Date(Date.parse(figures.deliveryRecordingEndsAt) + 8 * 3_600_000);
  await expect(page.getByTestId('delivery-recording-ends')).toHaveText(
    `${recordBy.getUTCDate()} ${recordBy.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${recordBy.getUTCFullYear()}, ${recordBy.toISOString().slice(11, 16)}`,
  );
  // The kinds that count are listed as English lists them, not with Chinese's enumeration comma.
  await expect(
    page
      .locator('.ant-descriptions-item')
      .filter({ hasText: 'Counted requesters' })
      .locator('.ant-descriptions-item-content'),
  ).toHaveText(/^[A-Z][a-z-]+( [a-z]+)*(, [A-Z][A-Za-z-]*( [a-z]+)*)+$/);
  await expectAccessible(page, 'the obligation (en)');
  await screenshot(page, 'console-obligation-en');
  await page.goto('/console/platforms/new');
  await expect(page.getByRole('heading', { name: 'New platform' })).toBeVisible();
  await expectAccessible(page, 'the new platform form (en)');
  // The profile form shows the API's own refusal under its field (ftp:// passes the browser's URL check).
  await page.goto(`/console/platforms/${platformId}`);
  await expect(page.getByLabel('Website')).toBeVisible();
  await expectAccessible(page, 'the platform’s profile (en)');
  await page.getByLabel('Website').fill('ftp://pilot.example.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.locator('#website_help, .ant-form-item-explain-error').filter({ hasText: /http/ }).first(),
  ).toBeVisible();
  await page.context().close();
});

test('an authority opens its province’s compliance report and drills into a platform; another province’s authority, just verified, cannot see it', async ({
  browser,
  request,
}) => {
  const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
  const page = await signedInPage(browser, authority);
  await page.goto('/authority');
  await expect(page.getByRole('heading', { name: '按平台级别' })).toBeVisible();
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await expectAccessible(page, 'the authority dashboard');
  await screenshot(page, 'authority-dashboard-zh');

  await page.getByRole('link', { name: '开放义务履行' }).click();
  await expect(page.getByRole('heading', { name: '江苏开放义务履行情况' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '应承担但尚未登记开放义务的平台' })).toBeVisible();
  await expectAccessible(page, 'the compliance report');
  await screenshot(page, 'authority-compliance-zh');
  const link = page.getByRole('link', { name: setup.platformName }).first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/authority/platforms/${setup.platformId}$`));
  await expect(page.getByRole('heading', { name: '适度开放义务' })).toBeVisible();
  await expect(page.getByTestId('compliance-status')).toBeVisible();
  await expect(page.getByTestId('status-explanation')).toContainText(/小时/);
  // Its service figures cover the dashboard's twelve months, the current one whole: the slots ahead of today that
  // the obligation's period counts are published hours here too (a window ending today read 0 beside them).
  const [year, month] = shanghaiDay(0).split('-').map(Number);
  const monthStart = (offset: number) => new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 10);
  const { platformServiceFigures } = await gql<{ platformServiceFigures: { hoursPublished: number } }>(
    page.request,
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { platformServiceFigures(platformId: $id, from: $from, to: $to) { hoursPublished } }',
    { id: setup.platformId, from: `${monthStart(-11)}T00:00:00+08:00`, to: `${monthStart(1)}T00:00:00+08:00` },
    authority.token,
  );
  expect(platformServiceFigures.hoursPublished).toBeGreaterThan(0);
  const zhMonth = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月`;
  const figures = page.getByRole('region', {
    name: `服务成效（${zhMonth(monthStart(-11))}至${zhMonth(monthStart(0))}，整月）`,
  });
  await expect(figures.locator('.ant-statistic', { hasText: '发布机时' }).locator('.ant-statistic-content')).toHaveText(
    platformServiceFigures.hoursPublished.toLocaleString('en-US'),
  );
  // And what each counts, beside the obligation's published hours.
  await expect(figures.getByTestId('figures-counted')).toContainText('不含已屏蔽');
  await expectAccessible(page, 'a platform of the province');
  await screenshot(page, 'authority-platform-zh');
  await page.context().close();

  // A Guangdong authority registers; the site admin verifies it on the admin page.
  const email = uniqueEmail('gd-authority');
  const password = strongPassword();
  const orgName = `广东省工业和信息化厅（测试 ${Date.now() % 100000}）`;
  const registered = await gql<{ register: { token: string; expiresAt: string } }>(
    request,
    'mutation($input: RegisterInput!) { register(input: $input) { token expiresAt } }',
    {
      input: {
        email,
        password,
        displayName: '李华',
        organization: { name: orgName, kind: 'GOVERNMENT', province: '44', city: '广州' },
      },
    },
  );
  const admin = await demo(request, 'admin@pilotmatch.demo');
  const adminPage = await signedInPage(browser, admin);
  await adminPage.goto('/admin');
  const row = adminPage.getByRole('row', { name: new RegExp(orgName.replace(/[()（）]/g, '.')) });
  await expect(row).toBeVisible();
  await expectAccessible(adminPage, 'the site admin page');
  await screenshot(adminPage, 'admin-zh');
  await row.getByRole('button', { name: /核验通过/ }).click();
  await expect(row).toBeHidden();
  await adminPage.context().close();

  const guangdong: Account = { email, password, ...registered.register };
  const other = await signedInPage(browser, guangdong);
  await other.goto(`/authority/platforms/${setup.platformId}`);
  // Not the API's English refusal: a page not for this account, in the account's language.
  await expect(other.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();
  await expect(other.getByText('您的账号无权查看这些内容，例如其他地区或其他单位的数据。')).toBeVisible();
  await expect(other.getByRole('heading', { name: '适度开放义务' })).toHaveCount(0);
  await other.goto('/authority/compliance');
  await expect(other.getByRole('heading', { name: '广东开放义务履行情况' })).toBeVisible();
  await expect(other.getByRole('link', { name: setup.platformName })).toHaveCount(0);
  await other.context().close();
  const refused = await request.post('/graphql', {
    data: {
      query: 'query($p: String!, $at: DateTime!) { complianceReport(province: $p, periodStart: $at) { province } }',
      variables: { p: '32', at: new Date().toISOString() },
    },
    headers: { authorization: `Bearer ${guangdong.token}` },
  });
  expect((await refused.json()).errors[0].extensions.code).toBe('FORBIDDEN');
});

test('on a phone (375 px) the dashboard’s monthly chart keeps its unit clear of its legend and its figures, in both languages', async ({
  browser,
  request,
}) => {
  const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
  for (const [lang, unit] of [
    ['zh', '小时'],
    ['en', 'hours'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await prepare(page, { account: authority, lang });
    await page.goto('/authority');
    const chart = page.locator('section[aria-labelledby="chart-monthly"] .chart svg');
    await expect(chart.locator('text', { hasText: new RegExp(`^${unit}$`) })).toHaveCount(1);
    const texts = await chart.evaluate((svg) =>
      [...svg.querySelectorAll('text')].map((text) => {
        const { left, right, top, bottom } = text.getBoundingClientRect();
        return { text: text.textContent ?? '', left, right, top, bottom };
      }),
    );
    const name = texts.find((t) => t.text === unit);
    const overlapping = texts.filter(
      (t) =>
        t !== name &&
        name !== undefined &&
        t.left < name.right &&
        name.left < t.right &&
        t.top < name.bottom &&
        name.top < t.bottom,
    );
    expect(overlapping.map((t) => t.text)).toEqual([]);
    await context.close();
  }
});

test('the pool and levels say in words, in both languages, when a level has no platform', async ({
  browser,
  request,
}) => {
  const national = await demo(request, 'authority-national@pilotmatch.demo');
  // The demo has no national platform in Shanghai.
  for (const [lang, words] of [
    ['zh', '上海目前没有此级别（国家级）的平台。'],
    ['en', 'No platform in Shanghai at this level (national) at present.'],
  ] as const) {
    const page = await signedInPage(browser, national, lang);
    await page.goto('/authority/levels?province=31&level=NATIONAL');
    await expect(page.locator('.ant-table')).toBeVisible();
    await expect(page.locator('.ant-table .ant-empty-description')).toHaveText(words);
    await expectAccessible(page, `an empty level (${lang})`);
    await page.context().close();
  }
});

test('a site admin verifies a start-up (not only authorities), finding it by kind', async ({ browser, request }) => {
  const stamp = Date.now() % 100000;
  const register = (name: string, kind: string) =>
    gql(request, 'mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: {
        email: uniqueEmail('verify'),
        password: strongPassword(),
        displayName: '王芳',
        organization: { name, kind, province: '32', city: '苏州' },
      },
    });
  const startupName = `苏州星火新材料科技有限公司（测试 ${stamp}）`;
  const smeName = `苏州精测仪器有限公司（测试 ${stamp}）`;
  await register(startupName, 'STARTUP');
  await register(smeName, 'SME');
  const rowOf = (page: Page, name: string) =>
    page.getByRole('row', { name: new RegExp(name.replace(/[()（）]/g, '.')) });

  const page = await signedInPage(browser, await demo(request, 'admin@pilotmatch.demo'));
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '站点管理：核验机构' })).toBeVisible();
  // Every kind waiting by default: the start-up and the SME both, each with its kind.
  await expect(rowOf(page, startupName)).toContainText('初创企业');
  await expect(rowOf(page, smeName)).toContainText('中小企业');
  await page.getByRole('combobox', { name: '机构类型' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '初创企业' }).click();
  await expect(rowOf(page, smeName)).toBeHidden();
  const row = rowOf(page, startupName);
  await expect(row).toBeVisible();
  await expectAccessible(page, 'the site admin page filtered by kind');
  await row.getByRole('button', { name: /核验通过/ }).click();
  await expect(row).toBeHidden();
  await page.getByText('已核验', { exact: true }).first().click();
  await expect(rowOf(page, startupName)).toContainText('已核验');
  await page.context().close();
});

test('a site admin is not made to verify an organization that renamed itself after the list was read', async ({
  browser,
  request,
}) => {
  const stamp = Date.now() % 100000;
  const name = `无锡晨光电池材料有限公司（测试 ${stamp}）`;
  const renamedTo = `宁德时代新能源科技股份有限公司（测试 ${stamp}）`;
  const { register } = await gql<{ register: { token: string; user: { organization: { id: string } } } }>(
    request,
    'mutation($input: RegisterInput!) { register(input: $input) { token user { organization { id } } } }',
    {
      input: {
        email: uniqueEmail('reviewed'),
        password: strongPassword(),
        displayName: '李明',
        organization: { name, kind: 'STARTUP', province: '32', city: '无锡' },
      },
    },
  );
  const rowOf = (page: Page, text: string) =>
    page.getByRole('row', { name: new RegExp(text.replace(/[()（）]/g, '.')) });
  const page = await signedInPage(browser, await demo(request, 'admin@pilotmatch.demo'));
  await page.goto('/admin');
  const row = rowOf(page, name);
  await expect(row).toBeVisible();
  // While the admin looks at the row, the start-up (unverified, so free to) takes another name.
  await gql(
    request,
    'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }',
    { input: { id: register.user.organization.id, name: renamedTo } },
    register.token,
  );
  await row.getByRole('button', { name: /核验通过/ }).click();
  await expect(page.getByText('这家机构在您审核之后修改了名称')).toBeVisible();
  // Not verified, and listed as it now is, for a second look.
  await expect(rowOf(page, renamedTo)).toContainText('未核验');
  await page.context().close();
});

test('an authority opens an evaluation round, its expert scores, the round closes ranked, and a level is decided with its history', async ({
  browser,
  request,
}) => {
  const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
  const expert = await demo(request, 'expert-jiangsu@pilotmatch.demo');
  // A Jiangsu platform no authority has decided on yet: it can be nominated.
  const { platforms } = await gql<{ platforms: { edges: Array<{ node: { id: string; name: string } }> } }>(
    request,
    '{ platforms(first: 100, filter: { provinces: ["32"], levels: [NONE] }) { edges { node { id name } } } }',
    {},
    authority.token,
  );
  let candidate: { id: string; name: string } | undefined;
  for (const { node } of platforms.edges) {
    const { platformLevelHistory } = await gql<{ platformLevelHistory: unknown[] }>(
      request,
      'query($p: ID!) { platformLevelHistory(platformId: $p) { id } }',
      { p: node.id },
      authority.token,
    );
    if (platformLevelHistory.length === 0) {
      candidate = node;
      break;
    }
  }
  if (!candidate) throw new Error('no undecided platform in Jiangsu');

  const page = await signedInPage(browser, authority);
  await page.goto('/authority/rounds');
  await expect(page.getByRole('button', { name: '发起评估' })).toBeVisible();
  await expectAccessible(page, 'the evaluation rounds');
  await page.getByRole('button', { name: '发起评估' }).click();
  const dialog = page.getByRole('dialog', { name: '发起评估' });
  const roundName = `江苏运行绩效评估 ${Date.now() % 100000}`;
  await dialog.getByLabel('批次名称').fill(roundName);
  await dialog.getByLabel('参评平台').fill(candidate.name.slice(0, 6));
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: candidate.name })
    .first()
    .click();
  await dialog.getByLabel('批次名称').click(); // closes the platforms' list
  await dialog.getByLabel('评审专家').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'expert-jiangsu' })
    .first()
    .click();
  await dialog.getByLabel('批次名称').click();
  await dialog.getByRole('button', { name: '发起评估' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: roundName }).click();
  await expect(page.getByTestId('round-status')).toHaveText('评审中');
  const roundUrl = page.url();

  // The expert scores the platform assigned to it.
  const expertPage = await signedInPage(browser, expert);
  await expertPage.goto(roundUrl);
  const form = expertPage.getByRole('form', { name: `${candidate.name} 的评分` });
  for (const [label, score] of [
    ['目标定位', '82'],
    ['基础能力', '76'],
    ['技术优势', '88'],
    ['服务成效', '71'],
    ['运行机制', '79'],
  ])
    await form.getByLabel(label).fill(score);
  await form.getByLabel('现场核查意见').fill('场地与设备与申报一致。');
  await form.getByRole('button', { name: '提交评分' }).click();
  await expect(form.getByRole('button', { name: '更新评分' })).toBeVisible();
  await expectAccessible(expertPage, 'the expert’s round');
  await expertPage.context().close();

  // The authority closes the round: ranked, with the means.
  await page.reload();
  await page.getByRole('button', { name: '结束评估并排名' }).click();
  await page.getByRole('button', { name: '结束评估并排名' }).last().click();
  await expect(page.getByTestId('round-status')).toHaveText('已结束');
  await expect(page.getByRole('row', { name: new RegExp(candidate.name) })).toContainText('79.2');
  await expectAccessible(page, 'a closed round');
  await screenshot(page, 'authority-round-zh');

  // A level decision on the platform's page, then its history.
  await page.goto(`/authority/platforms/${candidate.id}`);
  await page.getByLabel('决定事项').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '推荐入库' }).click();
  await page.getByLabel('理由').fill('运行规范，服务成效突出，推荐进入培育库。');
  await page.getByLabel('依据材料').fill(`苏工信科〔${new Date().getFullYear()}〕18 号\n现场核查报告`);
  await page.getByRole('button', { name: '记录决定' }).click();
  await expect(page.locator('.decision').first()).toContainText('推荐入库');
  await expect(page.locator('.decision').first()).toContainText('苏工信科');
  await expectAccessible(page, 'the level decision');
  await page.context().close();
});

/** The names in the table's cells (`cells`: its platform links by default) that are written in Chinese. */
async function chineseNames(page: Page, cells = '.ant-table-row a'): Promise<string[]> {
  // The heading renders before the table's rows arrive: wait for a row rather than read an empty table (CI, loaded).
  await expect(page.locator(cells).first()).toBeVisible();
  const names = await page.locator(cells).allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  return names.filter((name) => /[\u4e00-\u9fff]/.test(name));
}

test('the authority dashboard in English', async ({ browser, request }) => {
  const authority = await demo(request, 'authority-jiangsu@pilotmatch.demo');
  const page = await signedInPage(browser, authority, 'en');
  await page.goto('/authority');
  await expect(page.getByRole('heading', { name: 'By construction mode' })).toBeVisible();
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await expectAccessible(page, 'the dashboard (en)');
  await screenshot(page, 'authority-dashboard-en');
  await page.goto('/authority/compliance');
  await expect(page.getByRole('heading', { name: /Open-access compliance/ })).toBeVisible();
  // Platforms by their English names, as on every other page of the English workspace.
  await expect(page.getByRole('link', { name: 'Suzhou Likeco New Materials Pilot Base' })).toBeVisible();
  expect(await chineseNames(page)).toEqual([]);
  await screenshot(page, 'authority-compliance-en');
  await page.goto('/authority/levels');
  await expect(page.getByRole('heading', { name: 'Cultivation pool' })).toBeVisible();
  // The organizations that run them, too.
  expect(await chineseNames(page, '.ant-table-row td:nth-child(2)')).toEqual([]);
  await expectAccessible(page, 'the pool (en)');
  await page.goto('/authority/downloads');
  await expect(page.getByTestId('summary-download')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Suzhou Likeco New Materials Pilot Base' })).toBeVisible();
  expect(await chineseNames(page)).toEqual([]);
  await expectAccessible(page, 'the summary table (en)');
  await page.context().close();
});
