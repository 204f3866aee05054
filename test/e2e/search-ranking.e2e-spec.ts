import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueryCounter, type RecordedStatement } from '#core';
import { OFFERING_SEARCH_ENGINE, type PostgresSearchEngine, type SearchQuery } from '#search';
import { searchDocument } from '../support/search-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A result too large to rank in memory (over 500 documents) is paged unit set by unit set, each split into ranking
// buckets, one indexed statement each; this pins that the page it builds is the page an in-memory ranking of the
// whole result gives, and how few statements it takes.
const TITLES = [
  '锂电池正极材料工艺放大',
  '锂电池 pack 检测',
  '动力电池循环寿命测试',
  '正极材料烧结中试',
  '电池回收湿法冶金',
  '固态电池电解质放大',
  '光伏组件型式试验',
  '碳纤维复合材料成型',
];
const TITLES_EN = [null, 'High-nickel cathode scale-up', 'Lithium battery cell testing', 'Battery pack testing'];
const KEYWORDS = ['锂电池', '正极', '电池', 'cathode', 'battery', '放大', 'scale up', '检测', 'NCM811', '储能'];
const DESCRIPTIONS = [
  '公斤级到百公斤级的正极材料中试放大。',
  '提供锂电池安全检测与循环测试。',
  'Battery module testing and scale-up services.',
  '复合材料热压罐成型。',
  '',
];
const PLATFORMS = ['华东材料中试基地', '深圳电池检测中心', '苏州先进制造平台'];
const RATINGS = [null, 3.5, 4, 4.5, 5];
const DOCUMENTS = 1_200;

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('a large RELEVANCE result is paged in the order of an in-memory ranking of all of it', () => {
  let t: TestApp;
  let engine: PostgresSearchEngine;

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_CACHE_ENTRIES: '0' });
    engine = t.app.get<PostgresSearchEngine>(OFFERING_SEARCH_ENGINE);
    const random = sequence(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const documents = Array.from({ length: DOCUMENTS }, (_, i) =>
      searchDocument(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, {
        titleZh: pick(TITLES),
        titleEn: pick(TITLES_EN),
        keywords: [pick(KEYWORDS), pick(KEYWORDS)],
        descriptionZh: pick(DESCRIPTIONS),
        descriptionEn: random() < 0.3 ? pick(DESCRIPTIONS) : null,
        platformNameZh: pick(PLATFORMS),
        equipmentNames: random() < 0.5 ? ['共沉淀反应釜'] : ['电池测试柜', 'battery cycler'],
        ratingAverage: pick(RATINGS),
      }),
    );
    for (let i = 0; i < documents.length; i += 300) await engine.upsert(documents.slice(i, i + 300));
  });

  afterAll(async () => {
    await t.close();
  });

  const query = (text: string, offset = 0): SearchQuery => ({
    query: text,
    sort: 'RELEVANCE',
    limit: 20,
    offset,
    facets: [],
    total: false,
  });

  async function page(text: string, offset: number): Promise<{ ids: string[]; statements: RecordedStatement[] }> {
    let ids: string[] = [];
    const statements = await t.app.get(QueryCounter).recording(async () => {
      ids = (await engine.search(query(text, offset))).hits.map((hit) => hit.id);
    });
    return { ids, statements };
  }

  it.each([
    '锂电池',
    '电池 放大',
    'cathode',
    '锂电池正极材料放大',
    'battery testing',
    '检测',
    'batery ',
    'cathod scale',
    // Rare words beside common ones: small unit sets first, read whole, then the large ones by buckets.
    '储能 NCM811 电池回收',
    '我们需要把高镍正极材料从公斤级放大到百公斤级，并做电池循环寿命测试和安全检测，最好有共沉淀反应釜',
  ])('pages %s as the in-memory ranking does', async (text) => {
    const expected = await engine.rankWholeResult(query(text), DOCUMENTS);
    // Over 500 matches: the engine pages it by sets and buckets, not in memory.
    expect(expected.length).toBeGreaterThan(500);
    for (const offset of [0, 20, 40]) {
      const { ids, statements } = await page(text, offset);
      expect(ids).toEqual(expected.slice(offset, offset + 20));
      if (offset > 0) continue;
      // The first page: the small sets it reads whole in one statement, a handful of statements in all.
      expect(statements.filter((s) => s.query.includes('AS branch')).length).toBeLessThanOrEqual(1);
      expect(statements.length).toBeLessThanOrEqual(7);
    }
  });

  // 共沉淀反应釜 (共沉淀 + 反应釜) is only ever an equipment name: no headline or title field holds its words, which the
  // counts of place-marked tokens prove, so the buckets asking for it there are skipped. Those counts come with the vocabulary
  // statement, which runs while a count is not cached: qqqq matches nothing, and a 0 is asked for again by every search.
  const EQUIPMENT = '共沉淀反应釜';
  const text = `${EQUIPMENT} qqqq`;
  // A statement asking the index for words in the headline (=) or the title fields (^): a bucket of those places.
  const placeQueried = (statements: readonly RecordedStatement[], marks = '=^') =>
    statements.some((s) =>
      s.parameters.some((p) => typeof p === 'string' && [...marks].some((m) => p.includes(`'${m}`))),
    );

  it('skips the buckets that the counts of headline and title words prove empty, and pages the same', async () => {
    const expected = await engine.rankWholeResult(query(text), DOCUMENTS);
    expect(expected.length).toBeGreaterThan(500);
    const { ids, statements } = await page(text, 0);
    expect(ids).toEqual(expected.slice(0, 20));
    // The vocabulary (asked for the headline and title counts too) and one bucket: no statement for the four headline
    // and title buckets before it.
    const [vocabulary] = statements;
    expect(vocabulary.query).toContain("'n' AS kind");
    expect(vocabulary.parameters[1]).toEqual(expect.arrayContaining(['=共沉淀', '^共沉淀', '=反应釜', '^反应釜']));
    expect(statements).toHaveLength(2);
    expect(placeQueried(statements)).toBe(false);
    for (const offset of [20, 40]) expect((await page(text, offset)).ids).toEqual(expected.slice(offset, offset + 20));
  });

  it('finds a headline match written right after a search that skipped the headline buckets', async () => {
    // The headline count the vocabulary statement brings must be today's, not the 0 of the search before the write.
    const before = await page(text, 0);
    expect(before.statements).toHaveLength(2);
    expect(placeQueried(before.statements)).toBe(false);
    const id = '00000000-0000-4000-8000-999999999999';
    // Unrated: ranked by rating it would come last; by the headline rule it comes first.
    await engine.upsert([searchDocument(id, { titleZh: EQUIPMENT, ratingAverage: null })]);
    try {
      const expected = await engine.rankWholeResult(query(text), DOCUMENTS + 1);
      expect(expected[0]).toBe(id);
      const after = await page(text, 0);
      expect(after.ids).toEqual(expected.slice(0, 20));
      expect(after.statements[0].query).toContain("'n' AS kind");
      expect(placeQueried(after.statements, '=')).toBe(true);
    } finally {
      await engine.remove([id]);
    }
    // Removed again: the page of before the write.
    expect((await page(text, 0)).ids).toEqual(before.ids);
  });

  it('skips the headline buckets when the index finds no headline holding all parts of a word, counts aside', async () => {
    // 反应釜 matches whole or as 反应 + 釜. Headlines hold 反应 and 釜, but none both: counts cannot tell, the probe
    // asked beside the vocabulary can.
    const parts = ['00000000-0000-4000-8000-99999999999a', '00000000-0000-4000-8000-99999999999b'];
    const keyword = '00000000-0000-4000-8000-99999999999d';
    const both = '00000000-0000-4000-8000-99999999999c';
    const reactor = '反应釜 qqqq';
    // And a best-rated one with the word among its keywords: a title match, which a headline match comes before.
    await engine.upsert([
      searchDocument(parts[0], { titleZh: '反应' }),
      searchDocument(parts[1], { titleZh: '釜' }),
      searchDocument(keyword, { keywords: ['反应釜'], ratingAverage: 5 }),
    ]);
    try {
      const expected = await engine.rankWholeResult(query(reactor), DOCUMENTS + 3);
      expect(expected.length).toBeGreaterThan(500);
      const before = await page(reactor, 0);
      expect(before.ids).toEqual(expected.slice(0, 20));
      expect(before.statements[0].parameters[8]).toEqual([expect.stringContaining("'=釜'")]);
      expect(placeQueried(before.statements, '=')).toBe(false);
      // Written: one headline with both parts (and the word among its equipment), unrated, first by the headline rule.
      await engine.upsert([
        searchDocument(both, { titleZh: '反应 釜', equipmentNames: ['共沉淀反应釜'], ratingAverage: null }),
      ]);
      const now = await engine.rankWholeResult(query(reactor), DOCUMENTS + 3);
      expect(now[0]).toBe(both);
      const after = await page(reactor, 0);
      expect(after.ids).toEqual(now.slice(0, 20));
      expect(placeQueried(after.statements, '=')).toBe(true);
    } finally {
      await engine.remove([...parts, keyword, both]);
    }
  });
});
