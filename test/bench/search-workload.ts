// The Zipf workload of `npm run bench:search`: thousands of distinct searches built from realistic variants (words
// as people type them, filters, availability windows, locations, pages), ranked in a fixed pseudo-random order and
// drawn with Zipf frequencies, as search logs are: a few searches very often, most of them rarely. A result cache
// can only answer what was asked before, so this is what its hit rate and throughput are measured on, never the
// fixed 19-query mix (which repeats itself and would make any cache look perfect).

const DAY_MS = 86_400_000;

const WORDS = [
  '',
  '锂电池',
  '锂电池 放大',
  '锂电池正极材料放大',
  '正极材料',
  '型式试验',
  '光伏组件型式试验',
  '找一家能做光伏组件型式试验的机构',
  '燃料电池耐久性测试',
  '风电叶片无损检测',
  '热压罐租用',
  '碳纤维',
  '注射剂',
  'GMP注射剂',
  'PI薄膜',
  '检测',
  '电磁兼容',
  'EMC 电磁兼容 测试',
  '3D打印',
  '增材制造',
  '中试',
  'CT',
  'cathode scale up',
  'lithum cathdoe',
  'semicond',
  'CDMO',
  'testing',
  'reactor',
  'additive manufacturing',
  'fuel cell durability',
  'wind blade NDT',
  'autoclave',
  'pilot line',
  'GB/T 2423',
  'IEC 61215',
  '机时',
  '半导体封装',
  '生物医药中试',
  '新能源汽车零部件检测',
  '高分子材料改性',
];

const FILTERS: Array<Record<string, unknown>> = [
  {},
  { serviceTypes: ['TYPE_TESTING', 'PERFORMANCE_TESTING'] },
  { serviceTypes: ['SCALE_UP'] },
  { provinces: ['32'] },
  { provinces: ['44', '31'] },
  { levels: ['NATIONAL', 'PROVINCIAL'] },
  { accreditations: ['CNAS'] },
  { openAccessOnly: true },
  { industryDirections: ['RAW_MATERIALS'] },
  { maxPrice: 100_000, sort: 'PRICE_ASC' },
];

const PLACES: Array<Record<string, unknown>> = [
  {},
  { near: { lat: 31.2304, lng: 121.4737, radiusKm: 200 } },
  { near: { lat: 22.5431, lng: 114.0579, radiusKm: 100 }, sort: 'DISTANCE' },
  { near: { lat: 39.9042, lng: 116.4074, radiusKm: 300 } },
];

const WINDOWS: Array<[number, number] | null> = [null, [1, 7], [3, 10], [7, 14]];

const OFFSETS = [0, 20, 40];

/** A small deterministic generator (mulberry32), so that every run draws the same searches. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface ZipfWorkload {
  /** The distinct searches, most popular first. */
  distinct: Array<Record<string, unknown>>;
  /** The requests in the order they are sent: indexes into `distinct`. */
  draws: number[];
  /**
   * Another draw from the same distribution, independent of `draws` (a generator of its own, seeded by `seed`): requests
   * until `distinct` different searches have been asked, at most `limit` requests.
   */
  drawUntilDistinct(distinct: number, limit: number, seed: number): number[];
}

/**
 * `distinct` searches out of every combination of the variants above (19 200), ranked in a seeded random order, and
 * `draws` requests drawn from them with probability ∝ 1 / rank^exponent.
 */
export function zipfWorkload(now: number, distinct: number, draws: number, exponent = 1): ZipfWorkload {
  const next = random(20261129);
  const day = (n: number) => new Date(now + n * DAY_MS).toISOString();
  const all: Array<Record<string, unknown>> = [];
  for (const words of WORDS)
    for (const filter of FILTERS)
      for (const place of PLACES)
        for (const window of WINDOWS)
          for (const offset of OFFSETS) {
            const input: Record<string, unknown> = { ...filter, ...place, offset };
            if (words) input.query = words;
            if (window) Object.assign(input, { availableFrom: day(window[0]), availableTo: day(window[1]) });
            all.push(input);
          }
  if (distinct > all.length) throw new Error(`at most ${all.length} distinct searches (asked ${distinct})`);
  // Fisher–Yates: the popularity order is unrelated to how the variants were listed.
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const ranked = all.slice(0, distinct);
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= distinct; rank += 1) {
    sum += 1 / rank ** exponent;
    cumulative.push(sum);
  }
  /** One request: the rank whose share of the cumulative weights holds a uniform draw. */
  const drawOne = (uniform: () => number) => {
    const target = uniform() * sum;
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const sequence: number[] = [];
  for (let i = 0; i < draws; i += 1) sequence.push(drawOne(next));
  return {
    distinct: ranked,
    draws: sequence,
    drawUntilDistinct(wanted, limit, seed) {
      const uniform = random(seed);
      const drawn: number[] = [];
      const seen = new Set<number>();
      while (seen.size < wanted && drawn.length < limit) {
        const rank = drawOne(uniform);
        drawn.push(rank);
        seen.add(rank);
      }
      return drawn;
    },
  };
}

/**
 * What a least-recently-used cache of `capacity` entries holds after serving `draws`: the last `capacity` distinct
 * searches by their last request, the least recent first. Sent in that order to an empty cache of that policy and size,
 * they leave it exactly as the whole draw would have, for a fraction of the requests (all of them misses).
 */
export function leastRecentlyUsedContents(draws: readonly number[], capacity: number): number[] {
  const held: number[] = [];
  const seen = new Set<number>();
  for (let i = draws.length - 1; i >= 0 && held.length < capacity; i -= 1)
    if (!seen.has(draws[i])) {
      seen.add(draws[i]);
      held.push(draws[i]);
    }
  return held.reverse();
}
