import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  demoAccount,
  expectAccessible,
  gql,
  offeringWithOpenSlots,
  prepare,
  registerRequester,
  screenshot,
  type Account,
} from './support.js';

/**
 * Each person is offered the pages their organization's kind and role can use (a start-up: bookings and pilot
 * requests; an operating enterprise: bookings and its console; an authority: its dashboard; an expert: reviews; the
 * site admin: the dashboard and verification), and a page opened by the wrong account says why. An address that
 * leads nowhere reads as not found in the user's language, with the way back to search.
 */
const NAV = ['找平台', '我的预约', '中试需求', '平台运营', '主管部门', '评审任务', '站点管理', '通知'] as const;
type NavItem = (typeof NAV)[number];

async function navigationOf(page: Page): Promise<NavItem[]> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '找平台' })).toBeVisible();
  // The console's link waits for the organization's platforms: settle before reading.
  await page.waitForLoadState('networkidle');
  const shown: NavItem[] = [];
  for (const item of NAV) if ((await nav.getByRole('link', { name: item }).count()) > 0) shown.push(item);
  return shown;
}

/** A platform of the demo operator's (a large enterprise running three). */
async function demoOperatorPlatform(request: APIRequestContext, operator: Account): Promise<string> {
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    operator.token,
  );
  const { platforms } = await gql<{ platforms: { edges: Array<{ node: { id: string } }> } }>(
    request,
    'query($org: ID!) { platforms(first: 1, filter: { organizationId: $org }) { edges { node { id } } } }',
    { org: me.organization.id },
    operator.token,
  );
  return platforms.edges[0].node.id;
}

async function opened(page: Page, account: Account, path = '/'): Promise<void> {
  await prepare(page, { account, lang: 'zh' });
  await page.goto(path);
}

test('each account is offered the pages its organization and role can use, and turned away from the others with the reason', async ({
  browser,
  page,
  request,
}) => {
  // A start-up that runs no platform: bookings and requests, no console (an owner is invited to list a platform).
  const startup = await registerRequester(request, 'STARTUP');
  await opened(page, startup);
  expect(await navigationOf(page)).toEqual(['找平台', '我的预约', '中试需求', '通知']);
  await expect(page.getByRole('link', { name: '运营中试平台？在这里发布' })).toBeVisible();
  await expectAccessible(page, 'the search page with the invitation to list a platform');
  await page.goto('/authority');
  await expect(page.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();
  // Another organization's platform console (an address shared with it, say): whose it is, not a console of
  // refusals that reads as if it were its own.
  const operator = await demoAccount(request, 'operator@pilotmatch.demo');
  await page.goto(`/console/platforms/${await demoOperatorPlatform(request, operator)}/calendar`);
  await expect(page.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();
  await expect(page.getByText('这个平台由其他单位运营：它的运营页面只对该单位的成员开放。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '产能日历' })).toHaveCount(0);

  // The demo operator (a large enterprise): bookings and its console; pilot requests are not for its kind.
  await opened(page, operator);
  expect(await navigationOf(page)).toEqual(['找平台', '我的预约', '平台运营', '通知']);
  await expect(page.getByRole('link', { name: '运营中试平台？在这里发布' })).toHaveCount(0);
  await page.goto('/requests');
  await expect(page.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();
  await expect(page.getByText('中试需求由初创企业、中小企业、高校和科研院所发布。')).toBeVisible();
  await expectAccessible(page, 'a page not for this account');
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/);

  // Its staff member reads the console; the search's empty state offers no request to post.
  const staff = await demoAccount(request, 'operator-staff@pilotmatch.demo');
  await opened(page, staff, '/?q=%E5%8F%8D%E5%BA%94%E9%87%9C&max=1');
  expect(await navigationOf(page)).toEqual(['找平台', '我的预约', '平台运营', '通知']);
  await expect(page.getByText('没有找到匹配的服务')).toBeVisible();
  await expect(page.getByRole('link', { name: '发布中试需求' })).toHaveCount(0);

  // A provincial authority: its dashboard, no requester's pages and no console.
  const authority = await demoAccount(request, 'authority-jiangsu@pilotmatch.demo');
  await opened(page, authority);
  expect(await navigationOf(page)).toEqual(['找平台', '主管部门', '通知']);
  await page.goto('/bookings');
  await expect(page.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();
  await page.goto('/console');
  await expect(page.getByRole('heading', { name: '此页面不适用于您的账号' })).toBeVisible();

  // Its expert: the reviews assigned to it.
  const expert = await demoAccount(request, 'expert-jiangsu@pilotmatch.demo');
  await opened(page, expert);
  expect(await navigationOf(page)).toEqual(['找平台', '评审任务', '通知']);

  // The site admin (no organization): the dashboard and verification.
  const admin = await demoAccount(request, 'admin@pilotmatch.demo');
  await opened(page, admin);
  expect(await navigationOf(page)).toEqual(['找平台', '主管部门', '站点管理', '通知']);

  // Signed out: search, sign in, register.
  const anonymous = await browser.newPage();
  await prepare(anonymous, { lang: 'zh' });
  await anonymous.goto('/');
  expect(await navigationOf(anonymous)).toEqual(['找平台']);
  await expect(anonymous.getByRole('link', { name: '登录' })).toBeVisible();
  await anonymous.close();
});

test('an address that leads nowhere reads as not found, in Chinese and English, with the way back to search', async ({
  page,
  request,
}) => {
  await prepare(page, { lang: 'zh' });
  await page.goto('/offerings/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByText('链接可能有误')).toBeVisible();
  // Neither the API's English message nor a retry that cannot help.
  await expect(page.getByText('NOT_FOUND')).toHaveCount(0);
  await expect(page.getByText(/No offering/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '重试' })).toHaveCount(0);
  await expect(page).toHaveTitle(/页面不存在/);
  await expectAccessible(page, 'the not-found state');
  await page.getByRole('link', { name: '返回搜索' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('combobox').first()).toBeVisible();

  // English, a malformed id and a signed-in page's unknown record, and an unknown path.
  const startup = await registerRequester(request, 'STARTUP');
  await prepare(page, { account: startup, lang: 'en' });
  for (const path of ['/offerings/not-an-id', '/bookings/00000000-0000-4000-8000-000000000000', '/no/such/page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(page.getByText('BAD_USER_INPUT')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Back to search' })).toBeVisible();
  }
});

/** Whether the page scrolls sideways (something wider than the viewport), once it has settled. */
async function scrollsSideways(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  return scroll > width ? `${path} is ${scroll} px wide` : '';
}

test('at a phone’s width (375 px) no page scrolls sideways, results come before the filters, and slots are listed by day', async ({
  browser,
  request,
}) => {
  const phone = { viewport: { width: 375, height: 800 } };
  const startup = await registerRequester(request, 'STARTUP');
  const requester = await (await browser.newContext(phone)).newPage();
  await prepare(requester, { account: startup, lang: 'zh' });
  const wide: string[] = [];
  wide.push(await scrollsSideways(requester, '/?q=%E5%8F%8D%E5%BA%94%E9%87%9C'));
  // The results are on the first screen; the filters open on demand and say how many are chosen when folded.
  await expect(requester.locator('.result').first()).toBeInViewport();
  await screenshot(requester, 'search-phone-zh');
  const serviceTypes = requester.locator('fieldset', { has: requester.locator('legend', { hasText: '服务类型' }) });
  await expect(serviceTypes).toBeHidden();
  await requester.getByRole('button', { name: '显示筛选条件' }).click();
  await serviceTypes.locator('.ant-checkbox-wrapper').first().click();
  await expect(requester).toHaveURL(/st=/);
  await requester.getByRole('button', { name: '收起筛选条件' }).click();
  await expect(requester.getByRole('button', { name: '显示筛选条件（已选 1 项）' })).toBeVisible();
  // An offering with open slots in the coming weeks.
  const offeringId = await offeringWithOpenSlots(request, '反应釜');
  wide.push(await scrollsSideways(requester, `/offerings/${offeringId}`));
  // Each slot reads on one line or two, not a character a line in a seventh of the screen.
  const slot = requester.locator('.calendar .slot').first();
  await expect(slot).toBeVisible();
  expect((await slot.boundingBox())?.width).toBeGreaterThan(250);
  await screenshot(
    requester,
    'offering-phone-zh',
    requester.locator('section[aria-labelledby="offering-availability"]'),
  );
  await expectAccessible(requester, 'the offering page at 375 px');
  await requester.context().close();

  const anonymous = await (await browser.newContext(phone)).newPage();
  await prepare(anonymous, { lang: 'zh' });
  wide.push(await scrollsSideways(anonymous, '/login'));
  await anonymous.context().close();

  const operator = await demoAccount(request, 'operator@pilotmatch.demo');
  const platformId = await demoOperatorPlatform(request, operator);
  const console = await (await browser.newContext(phone)).newPage();
  await prepare(console, { account: operator, lang: 'zh' });
  const platform = `/console/platforms/${platformId}`;
  for (const path of [
    '/console',
    `${platform}/catalog`,
    `${platform}/calendar`,
    `${platform}/inbox`,
    `${platform}/obligation`,
  ])
    wide.push(await scrollsSideways(console, path));
  await console.context().close();

  const authority = await (await browser.newContext(phone)).newPage();
  await prepare(authority, { account: await demoAccount(request, 'authority-jiangsu@pilotmatch.demo'), lang: 'zh' });
  wide.push(await scrollsSideways(authority, '/authority/compliance'));
  await authority.context().close();

  expect(wide.filter(Boolean)).toEqual([]);
});

test('GraphiQL works under the app’s Content-Security-Policy: no script refused, the example query runs', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto('/graphiql');
  await expect(page.locator('.graphiql-query-editor')).toContainText('mutation Login');
  await page.locator('.graphiql-execute-button').click();
  // The example holds two operations: GraphiQL asks which one to run.
  await page.getByRole('menuitem', { name: 'Login' }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"token"');
  expect(refused).toEqual([]);
});
