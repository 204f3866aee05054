import { publishSlots, setRules } from '../support/booking-fixtures.js';
import { equipmentInput, offeringInput, platformInput } from '../support/catalog-fixtures.js';
import { controlClock } from '../support/clock.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { grantLevel, type GrantedLevel } from '../support/level-fixtures.js';
import type { TestApp } from '../support/test-app.js';

/**
 * The search contract's dataset, built through the public API as clients build theirs: five platforms in four
 * provinces, offerings chosen so that each rule of the contract has something to find and something to miss,
 * capacity slots on chosen days (Asia/Shanghai), two rated offerings, an archived offering and a draft platform.
 */
export interface SearchFixture {
  operator: SignedIn;
  requester: SignedIn;
  platforms: Record<'suzhou' | 'shenzhen' | 'shanghai' | 'hefei' | 'draft', string>;
  offerings: Record<
    'cathode' | 'cellTesting' | 'typeTest' | 'emc' | 'cdmo' | 'electrolyzer' | 'catalyst' | 'archived' | 'draft',
    string
  >;
  equipment: Record<'reactor' | 'cycler' | 'chamber' | 'emcLab' | 'fillLine' | 'stack' | 'catalystRig', string>;
  /** Shanghai calendar day (YYYY-MM-DD) `n` days from today. */
  day(n: number): string;
}

export const CITIES = {
  suzhou: { lat: 31.2989, lng: 120.5853 },
  shenzhen: { lat: 22.5431, lng: 114.0579 },
  shanghai: { lat: 31.2304, lng: 121.4737 },
  hefei: { lat: 31.8206, lng: 117.2272 },
} as const;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function shanghaiDayFromToday(n: number): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS + n * DAY_MS).toISOString().slice(0, 10);
}

/** An instant given as a Shanghai wall-clock time on a Shanghai day. */
export const shanghaiTime = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

async function call<T>(t: TestApp, who: SignedIn, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await t.gql<T>(query, variables, { token: who.token });
  if (!res.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const CREATE_PLATFORM = `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { id } }`;
const CREATE_EQUIPMENT = `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }`;
const CREATE_OFFERING = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;

export async function buildSearchFixture(t: TestApp): Promise<SearchFixture> {
  const operator = await registerUser(t, {
    kind: 'LARGE_ENTERPRISE',
    isLeadingEnterprise: true,
    name: '搜索契约测试运营方',
  });
  const requester = await registerUser(t, { kind: 'STARTUP', name: '搜索契约测试初创企业' });
  // Levels are granted by authorities' decisions, not typed in by the operator: recorded as the demo data does.
  const platform = async ({ level = 'PROVINCIAL', ...input }: Record<string, unknown> & { level?: GrantedLevel }) => {
    const id = (
      await call<{ createPlatform: { id: string } }>(t, operator, CREATE_PLATFORM, { input: platformInput(input) })
    ).createPlatform.id;
    await grantLevel(t, id, level);
    return id;
  };
  const equipment = async (platformId: string, input: Record<string, unknown>) =>
    (
      await call<{ createEquipment: { id: string } }>(t, operator, CREATE_EQUIPMENT, {
        input: equipmentInput(platformId, input),
      })
    ).createEquipment.id;
  const offering = async (platformId: string, equipmentIds: string[], input: Record<string, unknown>) =>
    (
      await call<{ createOffering: { id: string } }>(t, operator, CREATE_OFFERING, {
        input: offeringInput(platformId, equipmentIds, input),
      })
    ).createOffering.id;

  const suzhou = await platform({});
  const shenzhen = await platform({
    name: '深圳电子信息产品检测中试平台',
    nameEn: 'Shenzhen Electronics Testing Pilot Platform',
    summary: '电子产品可靠性与电磁兼容检测。',
    industryDirection: 'INFORMATION_TECHNOLOGY',
    keyDomains: ['COMMUNICATION_EQUIPMENT'],
    constructionMode: 'GOVERNMENT_PUBLIC_SERVICE',
    level: 'NATIONAL',
    province: '44',
    city: '深圳',
    address: '深圳市南山区科技园',
    location: CITIES.shenzhen,
    accreditations: ['CNAS'],
  });
  const shanghai = await platform({
    name: '上海生物医药合同研发生产平台',
    nameEn: 'Shanghai Biopharma Development and Manufacturing Platform',
    summary: '注射剂与生物药的合同研发生产。',
    industryDirection: 'CONSUMER_GOODS',
    keyDomains: ['PHARMACEUTICALS'],
    constructionMode: 'ENTERPRISE_MARKET_SERVICE',
    level: 'CULTIVATION',
    province: '31',
    city: '上海',
    address: '上海市浦东新区张江',
    location: CITIES.shanghai,
    accreditations: ['GMP'],
  });
  const hefei = await platform({
    name: '合肥氢能装备中试基地',
    nameEn: 'Hefei Hydrogen Equipment Pilot Base',
    summary: '碱性与质子交换膜电解槽的中试。',
    industryDirection: 'EMERGING_AND_FUTURE',
    keyDomains: ['COMPLETE_MACHINES'],
    constructionMode: 'LEADING_ENTERPRISE_OWN',
    level: 'NONE',
    province: '34',
    city: '合肥',
    address: '合肥市高新区',
    location: CITIES.hefei,
    accreditations: [],
  });
  const draft = await platform({
    name: '氧化锆陶瓷中试平台',
    nameEn: 'Zirconia Ceramics Pilot Platform',
    province: '37',
    city: '淄博',
    location: { lat: 36.8131, lng: 118.0548 },
  });

  const reactor = await equipment(suzhou, {});
  const cycler = await equipment(suzhou, {
    name: '电池充放电测试系统',
    nameEn: 'battery cycler',
    model: 'BT-256E',
    category: 'battery-testing',
    capacity: { value: 256, unit: 'channels' },
  });
  const chamber = await equipment(shenzhen, {
    name: '温湿度试验箱',
    nameEn: 'climatic chamber',
    category: 'environmental-testing',
    capacity: null,
  });
  const emcLab = await equipment(shenzhen, {
    name: '电波暗室',
    nameEn: 'anechoic chamber',
    category: 'emc',
    capacity: null,
  });
  const fillLine = await equipment(shanghai, {
    name: '无菌灌装线',
    nameEn: 'aseptic filling line',
    category: 'filling',
    capacity: { value: 3000, unit: 'vials/h' },
  });
  const stack = await equipment(hefei, {
    name: '电解槽测试台',
    nameEn: 'electrolyzer test bench',
    category: 'test-bench',
    capacity: { value: 1, unit: 'MW' },
  });
  const draftEquipment = await equipment(draft, { name: '等静压机', nameEn: 'isostatic press', category: 'press' });

  // 富锂锰基 (lithium-rich manganese-based cathodes): a domain word of four characters, kept whole by Meilisearch, whose
  // beginning or middle typed alone is cut otherwise (富|锂, 锂|锰), for completions.
  const cathode = await offering(suzhou, [reactor], { keywords: ['正极材料', 'cathode', 'NCM811', '富锂锰基'] });
  const cellTesting = await offering(suzhou, [cycler], {
    serviceType: 'PERFORMANCE_TESTING',
    title: '锂离子电池循环寿命测试',
    titleEn: 'Cycle life testing of lithium-ion cells',
    description: '扣式与软包电池的循环寿命、倍率与高低温性能测试，单通道电流至 10A。',
    keywords: ['循环寿命', 'cycle life'],
    scale: null,
    leadTimeDays: 7,
    pricing: { model: 'FIXED', amount: 12000, currency: 'CNY' },
    accreditations: ['CNAS'],
  });
  const typeTest = await offering(shenzhen, [chamber], {
    serviceType: 'TYPE_TESTING',
    title: '5G 通信模块型式试验',
    titleEn: '5G module certification tests',
    description: '依据国家标准开展通信模块的环境适应性与安全检测，出具带 CMA 标识的报告。',
    keywords: ['通信模块', '5G'],
    scale: null,
    leadTimeDays: 10,
    pricing: { model: 'FIXED', amount: 20000, currency: 'CNY' },
    accreditations: ['CMA', 'CNAS'],
  });
  const emc = await offering(shenzhen, [emcLab], {
    serviceType: 'PERFORMANCE_TESTING',
    title: '电磁兼容测试',
    titleEn: 'EMC testing of electronic products',
    description: '辐射发射、传导骚扰与抗扰度测试，电波暗室按机时计费。',
    keywords: ['EMC', '电磁兼容'],
    scale: null,
    leadTimeDays: 3,
    pricing: { model: 'HOURLY', amount: 800, currency: 'CNY' },
    accreditations: [],
  });
  const cdmo = await offering(shanghai, [fillLine], {
    serviceType: 'SMALL_BATCH_PRODUCTION',
    title: '注射剂合同研发生产与小批量试生产',
    titleEn: 'Contract development and manufacturing of injectables',
    description: '无菌注射剂的处方开发、工艺验证与临床批生产，约 104 天交付。',
    // 冷冻干燥机: a word whose typed beginning is cut otherwise than the word (冷冻干 is 冷|冻干), for completions.
    keywords: ['无菌灌装', 'aseptic filling', '冷冻干燥机'],
    scale: { min: 1000, max: 50000, unit: 'vials' },
    leadTimeDays: 30,
    pricing: { model: 'QUOTE', currency: 'CNY' },
    accreditations: ['GMP'],
  });
  const electrolyzer = await offering(hefei, [stack], {
    serviceType: 'SCALE_UP',
    title: '碱性电解槽工艺放大',
    titleEn: null,
    description: '兆瓦级碱性电解槽的电极与隔膜工艺放大及 electrolyzer 台架验证。',
    keywords: ['电解槽', 'hydrogen'],
    scale: { min: 0.1, max: 1, unit: 'MW' },
    leadTimeDays: 21,
    pricing: { model: 'PER_BATCH', amount: 150000, currency: 'CNY' },
    accreditations: [],
  });
  const catalystRig = await equipment(hefei, {
    name: '固定床催化剂评价装置',
    nameEn: 'fixed-bed catalyst rig',
    category: 'reactor',
    capacity: null,
  });
  const catalyst = await offering(hefei, [catalystRig], {
    serviceType: 'TECH_DEVELOPMENT',
    title: '催化剂中试验证',
    titleEn: 'Catalyst scale-up and pilot validation',
    description: '固定床反应器上的催化剂寿命与选择性评价，每批装填 5 kg。',
    keywords: ['催化剂'],
    scale: null,
    leadTimeDays: 14,
    pricing: { model: 'FIXED', amount: 50000, currency: 'CNY' },
    accreditations: ['ISO_9001'],
  });
  const archived = await offering(suzhou, [reactor], {
    title: '全钒液流电池电解液放大',
    titleEn: 'Vanadium flow battery electrolyte scale-up',
    keywords: ['vanadium'],
  });
  const draftOffering = await offering(draft, [draftEquipment], {
    title: '氧化锆粉体等静压成型',
    titleEn: 'Zirconia powder isostatic pressing',
    keywords: ['zirconia'],
  });

  for (const id of [suzhou, shenzhen, shanghai, hefei])
    await call(t, operator, `mutation($id: ID!) { publishPlatform(id: $id) { id } }`, { id });
  await call(t, operator, `mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id: archived });

  // Open slots (Shanghai days): the reactor on day 3, the chamber on day 10, the electrolyzer stack on day 5 as
  // open access, the cycler on days 20 and 700 (it takes bookings two years ahead, the longest horizon an operator
  // may set). Nothing on the EMC lab, the filling line or the catalyst rig.
  const run = (day: string) => ({ startsAt: shanghaiTime(day, '09:00'), endsAt: shanghaiTime(day, '17:00') });
  await publishSlots(t, operator, reactor, [run(shanghaiDayFromToday(3))]);
  await publishSlots(t, operator, chamber, [run(shanghaiDayFromToday(10))]);
  await publishSlots(t, operator, stack, [{ ...run(shanghaiDayFromToday(5)), openAccess: true }]);
  await setRules(t, operator, cycler, { maxAdvanceDays: 730 });
  await publishSlots(t, operator, cycler, [run(shanghaiDayFromToday(20)), run(shanghaiDayFromToday(700))]);

  // Two reviews through the booking lifecycle, so that ratings come from where they do in production.
  await rate(t, operator, requester, emc, emcLab, 5);
  await rate(t, operator, requester, cellTesting, cycler, 3);

  return {
    operator,
    requester,
    platforms: { suzhou, shenzhen, shanghai, hefei, draft },
    offerings: { cathode, cellTesting, typeTest, emc, cdmo, electrolyzer, catalyst, archived, draft: draftOffering },
    equipment: { reactor, cycler, chamber, emcLab, fillLine, stack, catalystRig },
    day: shanghaiDayFromToday,
  };
}

/**
 * Books a slot starting in an hour of the app's clock, moves the clock to its start, completes the booking and reviews
 * it. (A slot starting a second from real now raced the publish, request and confirm before it on a loaded machine.)
 */
async function rate(
  t: TestApp,
  operator: SignedIn,
  requester: SignedIn,
  offeringId: string,
  equipmentId: string,
  rating: number,
): Promise<void> {
  await setRules(t, operator, equipmentId, { minNoticeHours: 0 });
  const clock = controlClock(t);
  const startsAt = new Date(clock.now().getTime() + 3_600_000);
  const [slotId] = await publishSlots(t, operator, equipmentId, [
    { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) },
  ]);
  const { requestBooking } = await call<{ requestBooking: { id: string } }>(
    t,
    requester,
    `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
    {
      input: { offeringId, slotIds: [slotId], brief: '搜索契约测试', idempotencyKey: `search-contract-${offeringId}` },
    },
  );
  await call(t, operator, `mutation($id: ID!) { confirmBooking(id: $id) { id } }`, { id: requestBooking.id });
  clock.travelTo(new Date(startsAt.getTime() + 50));
  await call(t, operator, `mutation($id: ID!) { completeBooking(id: $id, outcome: "测试完成") { id } }`, {
    id: requestBooking.id,
  });
  await call(t, requester, `mutation($input: ReviewBookingInput!) { reviewBooking(input: $input) { id } }`, {
    input: { id: requestBooking.id, rating },
  });
  clock.travelTo(new Date());
}
