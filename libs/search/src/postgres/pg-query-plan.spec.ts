import { describe, expect, it } from '@jest/globals';
import {
  emptyBucket,
  expandPlan,
  frequencyLevels,
  matchedTokens,
  matchingSets,
  CONDITION_SHARE,
  LOCATION_SHARE,
  MAX_MATCHING_SETS,
  MAX_QUERY_WORDS,
  parseQuery,
  placeKey,
  planTokens,
  rankBuckets,
  rankingSets,
  rankKey,
  rankOf,
  scoreOf,
  SOUND_SHARE,
  TokenSet,
  typoCost,
  unitQuery,
  vocabularyRequests,
  withoutUnmatched,
  type SearchPlan,
  type UnitCondition,
  type Vocabulary,
} from './pg-query-plan.js';

const tokensOf = (...tokens: string[]) => new TokenSet(tokens);
const vocabulary = (
  counts: Record<string, number> = {},
  neighbours: Record<string, string[]> = {},
  documents = 1000,
): Vocabulary => ({
  counts: new Map(Object.entries(counts)),
  neighbours: new Map(Object.entries(neighbours)),
  documents,
});
const plan = (query: string, counts: Record<string, number> = {}, neighbours: Record<string, string[]> = {}) =>
  expandPlan(parseQuery(query), vocabulary(counts, neighbours));
const alternatives = (query: string, unit = 0) =>
  parseQuery(query)[unit].alternatives.map((a) => `${a.kind}:${a.terms.map((t) => t.token).join('+')}`);

describe('parseQuery', () => {
  it('has no units for a blank query, punctuation or filler only', () => {
    expect(parseQuery(undefined)).toEqual([]);
    expect(parseQuery('  ,. ')).toEqual([]);
    expect(parseQuery('有没有 的 吗')).toEqual([]);
    expect(parseQuery('the for a')).toEqual([]);
  });

  it('makes a Latin word a unit, the last one a prefix unless a separator follows, with its typo budget', () => {
    const [lithium, cath] = parseQuery('lithium cath');
    expect(lithium.alternatives[0].terms).toEqual([{ token: 'lithium', prefix: false, typos: 1, cjk: false }]);
    expect(cath.alternatives[0].terms).toEqual([{ token: 'cath', prefix: true, typos: 0, cjk: false }]);
    expect(parseQuery('cathode ')[0].alternatives[0].terms[0]).toMatchObject({ prefix: false });
    expect(parseQuery('semiconductor')[0].alternatives[0].terms[0]).toMatchObject({ prefix: true, typos: 2 });
  });

  it('cuts Chinese typed without spaces into words, each a unit, dropping filler', () => {
    // 正极材料 and 光伏组件, 型式试验 are runs of two words that form a synonym: one unit each.
    expect(parseQuery('锂电池正极材料放大').map((u) => u.text)).toEqual(['锂电池', '正极 材料', '放大']);
    expect(parseQuery('找一家能做光伏组件型式试验的机构').map((u) => u.text)).toEqual(['光伏 组件', '型式 试验']);
    expect(parseQuery('锂电池NCM811正极').map((u) => u.text)).toEqual(['锂电池', 'ncm811', '正极']);
  });

  it('adds a word split into its parts: Chinese dictionary sub-words, Latin letters and digits', () => {
    expect(alternatives('冻干机 ')).toContain('split:冻干+机');
    expect(alternatives('热等静压 ')).toContain('split:热+等+静压');
    expect(alternatives('UL94')).toContain('split:ul+94');
    expect(parseQuery('UL94')[0].alternatives.at(-1)?.terms.at(-1)).toMatchObject({ token: '94', prefix: true });
  });

  it('adds synonyms from the shared list as alternatives, for one word or a run of words', () => {
    const [scaleUp] = parseQuery('scale up');
    expect(scaleUp.text).toBe('scale up');
    expect(alternatives('scale up')).toEqual(expect.arrayContaining(['synonym:放大', 'synonym:工艺+放大']));
    expect(alternatives('型式试验')).toEqual(expect.arrayContaining(['synonym:type+test', 'literal:型式+试验']));
    expect(alternatives('双抗 ')).toEqual(expect.arrayContaining(['synonym:双特异性+抗体']));
    // 3D打印 is typed as a Latin word and a Chinese one: together they are one synonym.
    expect(parseQuery('3D打印零件').map((u) => u.text)).toEqual(['3d 打印', '零件']);
    expect(alternatives('3D打印零件')).toContain('synonym:增材+制造');
    // A run of four words: a four-character term typed with a homophone falls apart into its characters.
    expect(parseQuery('聚酰压胺 薄膜').map((u) => u.text)).toEqual(['聚 酰 压 胺', '薄膜']);
    expect(alternatives('聚酰压胺 薄膜')).toContain('synonym:polyimide');
    // The mistyped character may be a stop word: 等 in 热等经压 (热等静压); elsewhere it is no unit.
    expect(parseQuery('热等经压 机时').map((u) => u.text)).toEqual(['热 等 经 压', '机时']);
    expect(alternatives('热等经压 机时')).toContain('synonym:热等静压');
    expect(parseQuery('冻干时间太长').map((u) => u.text)).toEqual(['冻干', '时间', '长']);
  });

  it('makes alternatives the query names (TOPCon或HJT, HJT or TOPCon) one unit matched by either', () => {
    expect(parseQuery('TOPCon或HJT电池小批量').map((u) => u.text)).toEqual(['topcon | hjt', '电池', '小批量']);
    expect(alternatives('HJT or TOPCon IV test')).toEqual(
      expect.arrayContaining(['literal:hjt', 'synonym:异质结', 'literal:topcon']),
    );
    expect(parseQuery('HJT or TOPCon IV test').map((u) => u.text)).toEqual(['hjt | topcon', 'iv test']);
    expect(parseQuery('PEEK或PPS或PEI').map((u) => u.text)).toEqual(['peek | pps | pei']);
    // Either alternative alone matches the unit, so a document holding one weighs as much as one holding both.
    const either = plan('TOPCon或HJT电池', { topcon: 10, hjt: 10, 电池: 200 });
    const [topconOrHjt] = either.units;
    expect(unitQuery(topconOrHjt, 'any', 'anywhere')).toBeDefined();
    expect(rankKey(either, tokensOf('hjt', '电池'))[0]).toBe(rankKey(either, tokensOf('topcon', 'hjt', '电池'))[0]);
    expect(rankKey(either, tokensOf('topcon', '电池'))[0]).toBeGreaterThan(rankKey(either, tokensOf('电池'))[0]);
    // A place or another: a place only when every alternative names one.
    const places = plan('江苏或浙江电池', { 江苏: 50, '@江苏': 50, 浙江: 40, '@浙江': 40, 电池: 30 });
    expect(places.units.map((u) => [u.text, u.location])).toEqual([
      ['江苏 | 浙江', true],
      ['电池', false],
    ]);
    expect(plan('江苏或电池', { 江苏: 50, '@江苏': 50, 电池: 30 }).units[0].location).toBe(false);
  });

  it('also matches a model typed with hyphens as the one word documents hold it as, without typos', () => {
    expect(parseQuery('AC-45S 热压罐').map((u) => u.text)).toEqual(['ac', '45s', '热压罐', 'ac45s']);
    expect(parseQuery('AC-45S').at(-1)?.alternatives).toEqual([
      { kind: 'literal', terms: [{ token: 'ac45s', prefix: true, typos: 0, cjk: false }] },
    ]);
    // Typed as one word, the word is the model already.
    expect(parseQuery('ac45s').map((u) => u.text)).toEqual(['ac45s']);
  });

  it('reads a word typed after its synonym as nothing more, as a word typed twice', () => {
    expect(parseQuery('钠电正极 量产前 试产').map((u) => u.text)).toEqual(['钠电', '正极', '量产']);
    expect(parseQuery('检测 测试 检测').map((u) => u.text)).toEqual(['检测']);
    // Not a word the first one's synonym only contains: 材料 is no synonym of 正极.
    expect(parseQuery('正极 材料 放大').map((u) => u.text)).toEqual(['正极 材料', '放大']);
  });

  it('counts at most MAX_QUERY_WORDS words, and then no prefix', () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 2 }, (_, i) => `word${i}`).join(' ');
    const units = parseQuery(words);
    expect(units).toHaveLength(MAX_QUERY_WORDS);
    expect(units.at(-1)?.alternatives[0].terms[0].prefix).toBe(false);
  });

  it('does not count a stop word kept only as a character of a homophone run among those words', () => {
    // 型|是|试验 is two words and the glue 是; eight more make ten, the last one read.
    const words = Array.from({ length: MAX_QUERY_WORDS - 2 }, (_, i) => `word${i}`).join(' ');
    const units = parseQuery(`型是试验 ${words}`);
    expect(units.at(-1)?.text).toBe(`word${MAX_QUERY_WORDS - 3}`);
  });
});

describe('typoCost', () => {
  it('counts Damerau-Levenshtein edits, a wrong first letter twice', () => {
    expect(typoCost('lithum', 'lithium', false, 1)).toBe(1);
    expect(typoCost('cathdoe', 'cathode', false, 1)).toBe(1);
    expect(typoCost('electrolizr', 'electrolyzer', false, 2)).toBe(2);
    expect(typoCost('hidrogan', 'hydrogen', false, 1)).toBe(2);
    expect(typoCost('xathode', 'cathode', false, 1)).toBe(2);
  });

  it('compares a prefix with the best-matching start of the word', () => {
    expect(typoCost('lithi', 'lithium', true, 1)).toBe(0);
    expect(typoCost('lithu', 'lithium', true, 1)).toBe(1);
    expect(typoCost('lihtiu', 'lithium', true, 1)).toBe(1);
    expect(typoCost('lihtiu', 'lithium', false, 1)).toBe(2);
  });
});

describe('vocabularyRequests and expandPlan', () => {
  it('asks for typo candidates of fuzzy words, counts of words, stems and inner forms, and prefix counts', () => {
    const request = vocabularyRequests(parseQuery('lithum cells 正极 cat'));
    expect(request.fuzzy).toEqual(['lithum', 'cells']);
    expect(request.counted).toEqual(expect.arrayContaining(['lithum', 'cells', 'cell', '正极', '~正极']));
    expect(request.prefixes).toEqual(['cat']);
  });

  it('keeps the typo candidates within the budget', () => {
    const expanded = plan('lithum ', {}, { lithum: ['lithium', 'lithuania', 'ithum'] });
    expect(expanded.units[0].alternatives[0].terms[0]).toEqual({
      exact: ['lithum'],
      prefix: null,
      inner: [],
      typo: ['lithium'],
    });
    expect(expanded.hasTypos).toBe(true);
    expect(plan('cathode ').hasTypos).toBe(false);
  });

  it('matches a Chinese term as a word or inside a longer word', () => {
    const expanded = plan('电池 ');
    expect(expanded.units[0].alternatives[0].terms[0]).toEqual({
      exact: ['电池'],
      prefix: null,
      inner: ['~电池'],
      typo: [],
    });
    expect(expanded.hasLoose).toBe(true);
  });

  it('looks for a one-character query inside words only when no document holds it as a word', () => {
    // 窑 alone: only inside 辊道窑 and 回转窑.
    expect(vocabularyRequests(parseQuery('窑')).counted).toContain('~窑');
    const kiln = plan('窑', { 窑: 0, '~窑': 5 });
    expect(kiln.units[0].alternatives[0].terms[0].inner).toEqual(['~窑']);
    expect(kiln.units[0].frequency).toBe(5);
    // Held as a word: as a word only (氢 in 氢|燃料电池, not inside 氢气).
    expect(plan('氢', { 氢: 3, '~氢': 40 }).units[0].alternatives[0].terms[0].inner).toEqual([]);
    // Beside other words a character matches only as a word: 3米法 is not 毫米波.
    expect(vocabularyRequests(parseQuery('3米法')).counted).not.toContain('~米');
    const rows = plan('米 暗室', { 米: 0, '~米': 50, 暗室: 4 });
    expect(rows.units[0].alternatives[0].terms[0].inner).toEqual([]);
  });

  it('weighs units by rarity, and a unit that matches nothing weighs 0', () => {
    const { units } = plan('热压罐 租用 ', { 热压罐: 10, '~热压罐': 0, 租用: 0, 机时: 200 });
    expect(units.map((u) => u.frequency)).toEqual([10, 200]);
    expect(units[0].weight).toBeCloseTo(Math.log(1 + 1000 / 10));
    expect(units[0].weight).toBeGreaterThan(units[1].weight);
    expect(plan('zzzz ').units[0].weight).toBe(0);
  });

  it('asks whether a single word names where platforms are, and weighs a place below the word naming the need', () => {
    expect(vocabularyRequests(parseQuery('苏州正极材料')).counted).toEqual(expect.arrayContaining(['@苏州']));
    // A unit of several words (正极 材料) is no place name.
    expect(vocabularyRequests(parseQuery('苏州正极材料')).counted.filter((t) => t.startsWith('@'))).toEqual(['@苏州']);
    // 苏州: 20 documents, all in Suzhou, rarer than 正极 材料 (50): it would outweigh the need.
    const counts = { 苏州: 20, '@苏州': 20, 正极: 50, 材料: 50, 中试: 400 };
    const { units } = plan('苏州的正极材料中试', counts);
    expect(units.map((u) => [u.text, u.location])).toEqual([
      ['苏州', true],
      ['正极 材料', false],
      ['中试', false],
    ]);
    const need = Math.log(1 + 1000 / 50);
    expect(units[0].weight).toBeCloseTo(LOCATION_SHARE * need);
    expect(units[1].weight).toBeCloseTo(need);
    // The need elsewhere (正极 材料 + 中试) now outweighs the place's other offerings (苏州 + 中试).
    expect(units[1].weight + units[2].weight).toBeGreaterThan(units[0].weight + units[2].weight);
  });

  it('shares the cap between the words of a place named in several (粤港澳 | 大湾 | 区)', () => {
    const counts = { 江苏: 90, '@江苏': 90, 苏州: 20, '@苏州': 20, 正极: 50, 材料: 50 };
    const { units } = plan('江苏苏州正极材料', counts);
    expect(units.map((u) => [u.text, u.location])).toEqual([
      ['江苏', true],
      ['苏州', true],
      ['正极 材料', false],
    ]);
    const need = Math.log(1 + 1000 / 50);
    expect(units[0].weight + units[1].weight).toBeCloseTo(LOCATION_SHARE * need);
    // The need elsewhere still outweighs the place's other offerings, however many words name the place.
    expect(units[2].weight).toBeGreaterThan(units[0].weight + units[1].weight);
  });

  it("weighs a datasheet line's conditions together at most CONDITION_SHARE of the heaviest need word", () => {
    // 1400 and 200mpa are rarer than 热等静压 (a lead time, a batch size), and 压力 names what 200MPa measures.
    const counts = { 压力: 4, '200mpa': 1, 1400: 2, c: 300, 热等静压: 20 };
    const { units } = plan('压力200MPa 1400℃ 热等静压', counts);
    expect(units.map((u) => [u.text, u.condition])).toEqual([
      ['压力', true],
      ['200mpa', true],
      ['1400', true],
      ['c', true],
      ['热等静压', false],
    ]);
    const need = Math.log(1 + 1000 / 20);
    const conditions = units.filter((u) => u.condition).reduce((sum, u) => sum + u.weight, 0);
    expect(conditions).toBeLessThanOrEqual(CONDITION_SHARE * need + 1e-9);
    // The instrument named without the conditions outweighs every condition without it.
    expect(units[4].weight).toBeGreaterThan(conditions);
  });

  it('leaves numbers without a unit, and a line of conditions only, weighed by rarity', () => {
    const standard = plan('IEC 61215', { iec: 40, 61215: 4 }).units;
    expect(standard.map((u) => u.condition)).toEqual([false, false]);
    expect(standard[1].weight).toBeCloseTo(Math.log(1 + 1000 / 4));
    const alone = plan('85℃ 1000h', { 85: 10, c: 300, '1000h': 5 }).units;
    expect(alone.every((u) => u.condition)).toBe(true);
    expect(alone[0].weight).toBeCloseTo(Math.log(1 + 1000 / 10));
  });

  it('reads a Chinese word no document holds by the term of the lists it sounds like, weighed at most SOUND_SHARE', () => {
    // 盐务 (yanwu) is jieba's word, kept whole: an input method's wrong choice for 盐雾.
    expect(alternatives('盐务试验')).toEqual(
      expect.arrayContaining(['literal:盐务', 'sound:盐雾', 'sound:salt+spray']),
    );
    const counts = { 盐雾: 3, salt: 3, spray: 3, 试验: 300, test: 300 };
    const [heard, test] = plan('盐务试验', counts).units;
    expect(heard.bySound).toBe(true);
    expect(heard.frequency).toBe(3);
    expect(heard.weight).toBeCloseTo(SOUND_SHARE * test.weight);
    // Alone, it is the need.
    expect(plan('盐务', counts).units[0].weight).toBeCloseTo(Math.log(1 + 1000 / 3));
  });

  it('reads a word documents hold as typed, never by its sound (监测 is no 检测 where documents write it)', () => {
    expect(alternatives('连续监测', 1)).toEqual(expect.arrayContaining(['literal:监测', 'sound:检测']));
    const { units } = plan('连续监测', { 监测: 2, 检测: 50, 连续: 40 });
    const monitoring = units.find((u) => u.text === '监测');
    expect(monitoring?.bySound).toBeUndefined();
    expect(monitoring?.alternatives.map((a) => a.kind)).toEqual(['literal']);
    expect(monitoring?.frequency).toBe(2);
    // Held inside longer words only counts too.
    expect(plan('监测', { '~监测': 1, 检测: 50 }).units[0].alternatives.map((a) => a.kind)).toEqual(['literal']);
  });

  it('leaves a place alone, or a word no platform is located at, weighed by rarity', () => {
    expect(plan('苏州', { 苏州: 20, '@苏州': 20 }).units[0].weight).toBeCloseTo(Math.log(1 + 1000 / 20));
    const { units } = plan('白银 回收', { 白银: 5, 回收: 100 });
    expect(units[0].location).toBe(false);
    expect(units[0].weight).toBeCloseTo(Math.log(1 + 1000 / 5));
  });
});

describe('matching strategy', () => {
  it("drops the units that match nothing first, then the most frequent (Meilisearch's frequency levels)", () => {
    expect(frequencyLevels([{ frequency: 5 }, { frequency: 0 }, { frequency: 300 }, { frequency: 40 }])).toEqual([
      [0, 1, 2, 3],
      [0, 2, 3],
      [0, 3],
      [0],
    ]);
    expect(frequencyLevels([{ frequency: 5 }, { frequency: 5 }, { frequency: 9 }])).toEqual([
      [0, 1, 2],
      [0, 1],
    ]);
    expect(frequencyLevels([{ frequency: 0 }, { frequency: 0 }])).toEqual([[0, 1]]);
  });

  it('matches the sets of units weighing at least half the heaviest, the smallest such sets, heaviest first', () => {
    const units = [
      { weight: 4, frequency: 10 },
      { weight: 1.5, frequency: 300 },
      { weight: 1, frequency: 500 },
      { weight: 0, frequency: 0 },
    ];
    const levels = frequencyLevels(units);
    expect(matchingSets(units, levels)).toEqual([[0], [1, 2]]);
    expect(matchingSets([{ weight: 0, frequency: 0 }], [[0]])).toEqual([]);
  });

  it('keeps lighter sets only while the result stays small in a large index', () => {
    const units = [
      { weight: 4, frequency: 1_000 },
      { weight: 3, frequency: 3_000 },
      { weight: 2.5, frequency: 5_000 },
    ];
    const levels = frequencyLevels(units);
    // Up to 5 000 documents (or 2 % of the index, if more), sets are kept.
    expect(matchingSets(units, levels, 20_000)).toEqual([[0], [1]]);
    expect(matchingSets(units, levels, 500_000)).toEqual([[0], [1], [2]]);
    expect(matchingSets([{ weight: 4, frequency: 9_000 }, ...units.slice(1)], levels, 20_000)).toEqual([[0]]);
  });

  it('falls back to the rarest units when too many sets would qualify', () => {
    const units = Array.from({ length: 10 }, (_, i) => ({ weight: i === 0 ? 10 : 1.01, frequency: i === 0 ? 1 : 50 }));
    const sets = matchingSets(units, frequencyLevels(units));
    expect(sets).toEqual([[0]]);
    expect(MAX_MATCHING_SETS).toBeLessThan(126);
  });

  it('plans again without the units found to match nothing when the universe matched no document', () => {
    // JESD22-A103 (a standard no synonym names: STANDARD_TESTS reads A104 as temperature cycling): a103 is counted only
    // through its parts (a in 10A, 103 in 约 103 天), each held by some document: by the counts
    // the rarest unit, which alone makes up the universe; no document holds both parts.
    const expanded = plan('JESD22-A103 测试 ', { a: 9, '103': 1, 测试: 300 });
    const index = (text: string) => expanded.units.findIndex((unit) => unit.text === text);
    expect(expanded.universe).toEqual([[index('a103')]]);
    const relaxed = withoutUnmatched(expanded, 1000);
    expect(relaxed?.universe).toEqual([[index('测试')]]);
    expect(relaxed?.units[index('a103')]).toMatchObject({ weight: 0, frequency: 0 });
    expect(relaxed?.levels.at(-1)).toEqual([index('测试')]);
    // Nothing left that may match: no plan.
    expect(relaxed && withoutUnmatched(relaxed, 1000)).toBeNull();
  });

  it('pages a large result by unit sets, heaviest first, down to the matching threshold', () => {
    const expanded = plan('热压罐 机时 ', { 热压罐: 10, 机时: 200 });
    expect(rankingSets(expanded, 8)).toEqual([[0, 1], [0]]);
    expect(rankingSets(plan('热压罐 机时 ', { 热压罐: 100, 机时: 200 }), 8)).toEqual([[0, 1], [0], [1]]);
  });
});

describe('rankBuckets', () => {
  it('splits a unit set in rankKey order: without typos, headline, title, elsewhere, whole words first', () => {
    const name = (conditions: Array<{ mode: string; place: string }>) =>
      conditions.map((c) => `${c.mode}@${c.place}`).join(' & ') || 'any';
    expect(rankBuckets({ hasTypos: true, hasLoose: true }).map(name)).toEqual([
      'exact@anywhere & any@headline',
      'loose@anywhere & any@headline',
      'exact@anywhere & any@title',
      'loose@anywhere & any@title',
      'exact@anywhere',
      'loose@anywhere',
      'any@headline',
      'any@title',
      'any',
    ]);
    // Without typo variants or loose matches, the buckets that could not differ are left out.
    expect(rankBuckets({ hasTypos: false, hasLoose: false }).map(name)).toEqual([
      'exact@anywhere & any@headline',
      'exact@anywhere & any@title',
      'exact@anywhere',
      'any',
    ]);
  });

  it('agrees with rankKey: a document in an earlier bucket has a larger key', () => {
    const query = plan('电池 热压罐 ', { 电池: 300, '~电池': 100, 热压罐: 4 });
    const headline = rankKey(query, tokensOf('电池', '热压罐', '^电池', '^热压罐', '=电池', '=热压罐'));
    const title = rankKey(query, tokensOf('电池', '热压罐', '^电池', '^热压罐'));
    const inside = rankKey(query, tokensOf('~电池', '热压罐', '^~电池', '^热压罐', '=~电池', '=热压罐'));
    expect(headline.slice(1)).toEqual([1, 1, 1, 1]);
    expect(headline[0]).toBe(title[0]);
    expect(title.slice(1)).toEqual([1, 0, 1, 1]);
    // Found inside a longer word in the headline still comes before exact matches in the title only: attribute
    // before exactness.
    expect(inside.slice(1)).toEqual([1, 1, 1, 0]);
    expect(inside[2]).toBeGreaterThan(title[2]);
  });
});

describe('emptyBucket', () => {
  it('knows the whole-word and typo-free buckets of a word no document holds so are empty', () => {
    const typoOnly = plan('lithum ', { lithium: 50 }, { lithum: ['lithium'] });
    expect(typoOnly.units[0].frequencyIn.anywhere).toEqual({ exact: 0, loose: 0, any: 50 });
    expect(emptyBucket(typoOnly.units, [{ mode: 'exact', place: 'anywhere' }])).toBe(true);
    expect(emptyBucket(typoOnly.units, [{ mode: 'loose', place: 'anywhere' }])).toBe(true);
    expect(emptyBucket(typoOnly.units, [{ mode: 'any', place: 'headline' }])).toBe(false);
    // Found only inside longer words: no whole-word bucket, the loose ones may hold documents.
    const inside = plan('电池 ', { '~电池': 30 });
    expect(inside.units[0].frequencyIn.anywhere).toEqual({ exact: 0, loose: 30, any: 30 });
    expect(emptyBucket(inside.units, [{ mode: 'loose', place: 'title' }])).toBe(false);
    expect(emptyBucket(plan('电池 ', { 电池: 5 }).units, [{ mode: 'exact', place: 'anywhere' }])).toBe(false);
  });

  const headline: UnitCondition[] = [
    { mode: 'exact', place: 'anywhere' },
    { mode: 'any', place: 'headline' },
  ];
  const title: UnitCondition[] = [{ mode: 'any', place: 'title' }];

  it('knows the buckets of a place are empty when no document holds the words there', () => {
    // Counted in the title fields, not in the headline (a 0 is a count the vocabulary answered without a row).
    const counts = { 电池: 50, '^电池': 20, '=电池': 0, '~电池': 10, '^~电池': 0, '=~电池': 0 };
    const { units } = plan('电池 ', counts);
    expect(units[0].frequencyIn.headline).toEqual({ exact: 0, loose: 0, any: 0 });
    expect(units[0].frequencyIn.title).toEqual({ exact: 20, loose: 20, any: 20 });
    expect(emptyBucket(units, headline)).toBe(true);
    expect(emptyBucket(units, title)).toBe(false);
    // A bucket of several units: empty when one of them is.
    const two = plan('电池 热压罐 ', { ...counts, 热压罐: 4, '=热压罐': 4, '^热压罐': 4 }).units;
    expect(emptyBucket(two, headline)).toBe(true);
    expect(emptyBucket([two[1]], headline)).toBe(false);
  });

  it('proves nothing by a count it does not know or by words it cannot pair', () => {
    // Marked counts not asked for (a vocabulary answered from the cache): no bound.
    expect(plan('电池 ', { 电池: 50 }).units[0].frequencyIn.headline.exact).toBe(Number.POSITIVE_INFINITY);
    expect(emptyBucket(plan('电池 ', { 电池: 50 }).units, headline)).toBe(false);
    // ul and 94 (the parts of ul94) are each in some headline: a headline holding both cannot be ruled out by counts.
    const parts = { ul94: 9, '=ul94': 0, ul: 5, '=ul': 2, '94': 5, '=94': 3 };
    expect(plan('ul94 ', parts).units[0].frequencyIn.headline).toEqual({ exact: 0, loose: 2, any: 2 });
    expect(emptyBucket(plan('ul94 ', parts).units, [{ mode: 'any', place: 'headline' }])).toBe(false);
    // Every term of an alternative is needed: one of them in no headline rules the alternative out.
    expect(emptyBucket(plan('ul94 ', { ...parts, '=94': 0 }).units, [{ mode: 'any', place: 'headline' }])).toBe(true);
  });

  it('takes a probe that found a unit in no headline as proof for its headline buckets, typos aside', () => {
    const [probe] = vocabularyRequests(parseQuery('ul94 ')).placed?.probes ?? [];
    // Asked only when no headline holds ul94 itself (by its count): then whether one holds ul and 94 together.
    expect(probe).toEqual({
      key: placeKey('headline', 'ul94'),
      singles: ['=ul94'],
      postings: ['=ul', '=94'],
      query: "( '=ul' & '=94' )",
    });
    const counts = { ul94: 9, '=ul94': 0, ul: 5, '=ul': 2, '94': 5, '=94': 3 };
    const proven = expandPlan(parseQuery('ul94 '), { ...vocabulary(counts), absent: new Set([probe.key]) });
    expect(proven.units[0].frequencyIn.headline).toEqual({ exact: 0, loose: 0, any: 0 });
    expect(emptyBucket(proven.units, headline)).toBe(true);
    expect(emptyBucket(proven.units, title)).toBe(false);
    // Typo variants are not probed: the buckets that take them are not proven empty.
    const typos = expandPlan(parseQuery('abcde94 '), {
      ...vocabulary({ abcde95: 4, abcde: 3, '94': 3 }, { abcde94: ['abcde95'] }),
      absent: new Set([placeKey('headline', 'abcde94')]),
    });
    expect(typos.units[0].frequencyIn.headline).toEqual({ exact: 0, loose: 0, any: Number.POSITIVE_INFINITY });
    // A prefix term: counted only as a range, no probe. A search that walks no buckets asks for no place counts.
    expect(vocabularyRequests(parseQuery('ul94')).placed?.probes).toEqual([]);
    expect(vocabularyRequests(parseQuery('ul94 '), false).placed).toBeUndefined();
  });

  it('asks for the headline and title counts of every word, inner string and prefix, besides the plain ones', () => {
    const request = vocabularyRequests(parseQuery('电池 cath'));
    expect(request.counted).toEqual(expect.arrayContaining(['电池', '~电池']));
    expect(request.placed?.counted).toEqual(expect.arrayContaining(['^电池', '=电池', '^~电池', '=~电池']));
    expect(request.prefixes).toEqual(['cath']);
    expect(request.placed?.prefixes).toEqual(['^cath', '=cath']);
    // A prefix found in no title: its title bucket is empty.
    const prefix = plan('cath', { cath: 40, '^cath': 0, '=cath': 0 });
    expect(emptyBucket(prefix.units, title)).toBe(true);
  });
});

describe('unitQuery', () => {
  it('writes a unit as a tsquery: alternatives ORed, terms ANDed, place marks, typo variants in any mode', () => {
    const { units } = plan('lithum ', {}, { lithum: ['lithium'] });
    expect(unitQuery(units[0], 'exact', 'anywhere')).toBe("'lithum'");
    expect(unitQuery(units[0], 'any', 'title')).toBe("( '^lithum' | '^lithium' )");
    expect(unitQuery(units[0], 'any', 'headline')).toBe("( '=lithum' | '=lithium' )");
    // a prefix is exact only as the word typed (Meilisearch's exactness: el before electrospinning)
    expect(unitQuery(plan('cath').units[0], 'exact', 'anywhere')).toBe("'cath'");
    expect(unitQuery(plan('cath').units[0], 'loose', 'anywhere')).toBe("'cath':*");
  });

  it('matches inside words and by parts only in loose mode', () => {
    const [unit] = plan('冻干机 ').units;
    expect(unitQuery(unit, 'exact', 'anywhere')).toContain("'冻干机'");
    expect(unitQuery(unit, 'exact', 'anywhere')).not.toContain('~');
    // A single character is matched only as a word of its own.
    expect(unitQuery(unit, 'loose', 'anywhere')).toContain("( ( '冻干' | '~冻干' ) & '机' )");
  });
});

describe('ranking a hit in memory', () => {
  const query: SearchPlan = plan('电池 热压罐 ', { 电池: 300, '~电池': 100, 热压罐: 4 });

  it('ranks by the weight matched, then without typos, in the headline, in the title, as whole words', () => {
    const all = rankKey(query, tokensOf('电池', '热压罐', '^电池', '^热压罐', '=电池', '=热压罐'));
    const inside = rankKey(query, tokensOf('~电池', '热压罐'));
    const rare = rankKey(query, tokensOf('热压罐'));
    const common = rankKey(query, tokensOf('电池'));
    expect(all[0]).toBeGreaterThan(inside[0] - 1e-9);
    expect(inside[0]).toBeGreaterThan(rare[0]);
    expect(rare[0]).toBeGreaterThan(common[0]);
    expect(all[2]).toBeGreaterThan(inside[2]);
    expect(inside[4]).toBeLessThan(inside[0]);
    // a last word typed is a prefix, but the word itself is the exact match (EL before electrospinning)
    const el = plan('el', { el: 40 });
    expect(el.hasLoose).toBe(true);
    const word = rankKey(el, tokensOf('el', '^el', '=el'));
    const longer = rankKey(el, tokensOf('electrospinning', '^electrospinning', '=electrospinning'));
    expect(word.slice(0, 4)).toEqual(longer.slice(0, 4));
    expect(word[4]).toBeGreaterThan(longer[4]);
  });

  it('scores the share of the weight matched, a little less for typos, inside words and outside the title', () => {
    expect(scoreOf(query, rankOf(query, tokensOf('电池', '热压罐', '^电池', '^热压罐')))).toBe(1);
    const rare = scoreOf(query, rankOf(query, tokensOf('热压罐')));
    const common = scoreOf(query, rankOf(query, tokensOf('电池')));
    expect(rare).toBeGreaterThan(common);
    expect(rare).toBeLessThan(1);
    const typo = plan('lithum ', { lithium: 5 }, { lithum: ['lithium'] });
    expect(rankOf(typo, tokensOf('lithium'))).toMatchObject({ typoFree: false, exact: false });
    expect(scoreOf(plan(''), { matched: [], typoFree: true, title: false, exact: true })).toBe(1);
  });

  it('lists the matched words for highlights, prefix completions and words inside longer ones included', () => {
    expect(matchedTokens(plan('cath'), tokensOf('cathode', 'cathodes', 'anode')).sort()).toEqual([
      'cathode',
      'cathodes',
    ]);
    expect(matchedTokens(plan('电池 '), tokensOf('~电池'))).toEqual(['电池']);
    // A split matches only whole: 冻干 alone is no match for 冻干机.
    expect(matchedTokens(plan('冻干机 '), tokensOf('~冻干'))).toEqual([]);
    expect(matchedTokens(plan('冻干机 '), tokensOf('~冻干', '机')).sort()).toEqual(['冻干', '机']);
  });

  it('names the words and prefixes worth reading from a hit, plain and place-marked', () => {
    const { words, prefixes } = planTokens(plan('正极 cath'));
    expect(words).toEqual(expect.arrayContaining(['正极', '^正极', '=正极', '~正极', '^~正极']));
    expect(prefixes).toEqual(['cath', '^cath', '=cath']);
  });
});
