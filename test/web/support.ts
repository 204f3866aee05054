import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `npm run screenshots` points this at docs/screenshots; a plain test run keeps them out of the tree. */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
  ? path.resolve(root, process.env.SCREENSHOT_DIR)
  : path.join(root, 'test-results/screenshots');

export const DAY = 86_400_000;

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** POST /graphql through Playwright's request context (the operator's side of a journey, and set-up). */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await res.json()) as { data?: T; errors?: GraphqlError[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

export interface Account {
  email: string;
  password: string;
  token: string;
  expiresAt: string;
}

/** A long random passphrase, as a careful user would choose (registration may demand strong passwords). */
export const strongPassword = () => `Pilot-${randomBytes(12).toString('base64url')}-Passphrase-${Date.now() % 1000}!`;

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`;

/** Registers a fresh requester organization through the API: each journey starts from an empty account. */
export async function registerRequester(request: APIRequestContext, kind = 'STARTUP'): Promise<Account> {
  const email = uniqueEmail('web');
  const password = strongPassword();
  const data = await gql<{ register: { token: string; expiresAt: string } }>(
    request,
    `mutation($input: RegisterInput!) { register(input: $input) { token expiresAt } }`,
    {
      input: {
        email,
        password,
        displayName: '测试用户',
        organization: { name: `测试科技有限公司 ${email.slice(4, 17)}`, kind, province: '32', city: '苏州' },
      },
    },
  );
  return { email, password, ...data.register };
}

export async function login(request: APIRequestContext, email: string, password: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    request,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { email, password } },
  );
  return data.login.token;
}

let demoAccounts: Array<{ email: string; password: string }> = [];

/** A demo account of the demo install (listed by the API, as on its sign-in page), signed in through the API. */
export async function demoAccount(request: APIRequestContext, email: string): Promise<Account> {
  if (demoAccounts.length === 0)
    demoAccounts = (
      await gql<{ demoAccounts: Array<{ email: string; password: string }> }>(
        request,
        '{ demoAccounts { email password } }',
      )
    ).demoAccounts;
  const account = demoAccounts.find((a) => a.email === email);
  if (!account) throw new Error(`the demo install has no account ${email}`);
  const token = await login(request, account.email, account.password);
  return { ...account, token, expiresAt: new Date(Date.now() + DAY).toISOString() };
}

/** Starts the page signed in (the session the app keeps in localStorage) and in the given language. */
export async function prepare(page: Page, options: { account?: Account; lang?: 'zh' | 'en' } = {}): Promise<void> {
  await page.addInitScript(
    ({ session, lang }) => {
      if (session) localStorage.setItem('pilotmatch.session', JSON.stringify(session));
      if (lang) localStorage.setItem('pilotmatch.lang', lang);
    },
    {
      session: options.account ? { token: options.account.token, expiresAt: options.account.expiresAt } : null,
      lang: options.lang ?? null,
    },
  );
}

/** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
  expect(blocking, `accessibility of ${what}`).toEqual([]);
}

/** The screen as the user sees it at the top of the page, or scrolled to the start of one part of it (`at`). */
export async function screenshot(page: Page, name: string, at?: Locator): Promise<void> {
  if (at) await at.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Waits until the search results on screen are those of the search in the address bar (not the previous ones). */
export async function resultsSettled(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const shown = await page.locator('section[data-results-search]').getAttribute('data-results-search');
      return shown === new URL(page.url()).search.replace(/^\?/, '');
    })
    .toBe(true);
}

/**
 * Counts every alert (role="alert": an inline Ant Design Alert, a passing message) that says `text` from now on, each
 * element once, including one that has passed since: a second alert saying the same thing is seen even if it faded.
 */
export async function recordAlerts(page: Page, text: string): Promise<() => Promise<number>> {
  const key = `alerts-${randomBytes(4).toString('hex')}`;
  await page.evaluate(
    ({ key, text }) => {
      const seen = new Set<Element>();
      const look = () => {
        for (const alert of Array.from(document.querySelectorAll('[role="alert"]')))
          if (alert.textContent?.includes(text)) seen.add(alert);
      };
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
      look();
      (window as unknown as Record<string, () => number>)[key] = () => seen.size;
    },
    { key, text },
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, () => number>)[key](), key);
}

/** YYYY-MM-DD of a day `days` from today, in China time. */
export function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
}

/** Picks an option of an Ant Design Select by its visible text (its listbox for screen readers is virtual). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** An offering found by a search for `query` with open slots 3 to 20 days from now (the demo data has such slots). */
export async function offeringWithOpenSlots(request: APIRequestContext, query: string): Promise<string> {
  const { searchOfferings } = await gql<{ searchOfferings: { hits: Array<{ offering: { id: string } }> } }>(
    request,
    'query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering { id } } } }',
    {
      input: {
        query,
        availableFrom: new Date(Date.now() + 3 * DAY).toISOString(),
        availableTo: new Date(Date.now() + 20 * DAY).toISOString(),
        limit: 1,
      },
    },
  );
  return searchOfferings.hits[0].offering.id;
}

/** A requester's testing request (a battery pack's type tests), posted through the API as the form would post it. */
export async function postTestingRequest(request: APIRequestContext, account: Account): Promise<string> {
  const { createPilotRequest } = await gql<{ createPilotRequest: { id: string } }>(
    request,
    'mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }',
    {
      input: {
        kind: 'TESTING',
        title: '动力电池包型式试验',
        titleEn: 'Type testing of a traction battery pack',
        description: '需要 CNAS 认可的实验室完成电池包振动、挤压与热失控型式试验。',
        descriptionEn: 'A CNAS-accredited lab for vibration, crush and thermal-runaway type tests of a battery pack.',
        serviceTypes: ['TYPE_TESTING', 'PERFORMANCE_TESTING'],
        requiredAccreditations: ['CNAS'],
        windowFrom: new Date(Date.now() + 7 * DAY).toISOString(),
        windowTo: new Date(Date.now() + 60 * DAY).toISOString(),
        budgetMax: 200_000,
      },
    },
    account.token,
  );
  return createPilotRequest.id;
}

/** The operator's side, through the API as the platform's own tools would: a proposal holding two open slots. */
export async function operatorProposes(
  request: APIRequestContext,
  requestId: string,
  priceAmount: number,
): Promise<void> {
  const { token } = await demoAccount(request, 'operator@pilotmatch.demo');
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    token,
  );
  const { offerings } = await gql<{ offerings: { edges: Array<{ node: { id: string } }> } }>(
    request,
    'query($org: ID!) { offerings(first: 30, filter: { organizationId: $org }) { edges { node { id } } } }',
    { org: me.organization.id },
    token,
  );
  const from = new Date(Date.now() + 10 * DAY).toISOString();
  const to = new Date(Date.now() + 40 * DAY).toISOString();
  for (const { node } of offerings.edges) {
    const { availableSlots } = await gql<{ availableSlots: Array<{ id: string; startsAt: string; endsAt: string }> }>(
      request,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id startsAt endsAt } }',
      { id: node.id, from, to },
      token,
    );
    if (availableSlots.length < 2) continue;
    const [a, b] = availableSlots;
    // The proposed period spans both slots (they may overlap, on different equipment): every held slot lies inside it.
    const startsAt = [a.startsAt, b.startsAt].map((d) => new Date(d)).sort((x, y) => x.getTime() - y.getTime())[0];
    const endsAt = [a.endsAt, b.endsAt].map((d) => new Date(d)).sort((x, y) => y.getTime() - x.getTime())[0];
    await gql(
      request,
      'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      {
        input: {
          requestId,
          offeringId: node.id,
          priceAmount,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          slotIds: [a.id, b.id],
          message: '我们可以在两周内安排两个班次的中试放大，含工艺工程师支持。',
          validUntil: new Date(Date.now() + 5 * DAY).toISOString(),
        },
      },
      token,
    );
    return;
  }
  throw new Error('no offering of the demo operator has two open slots');
}
