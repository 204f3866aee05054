import { describe, expect, it } from '@jest/globals';
import {
  expandPlan,
  matchedTokens,
  MAX_QUERY_WORDS,
  parseQuery,
  planTokens,
  rankOf,
  scoreOf,
  TokenSet,
  typoCost,
  unitQuery,
  vocabularyRequests,
  type SearchPlan,
} from './pg-query-plan.js';

const tokensOf = (...tokens: string[]) => new TokenSet(tokens);
const plan = (query: string, neighbours: Record<string, string[]> = {}): SearchPlan =>
  expandPlan(parseQuery(query), new Map(Object.entries(neighbours)));

describe('parseQuery', () => {
  it('has no units for a blank query', () => {
    expect(parseQuery(undefined)).toEqual([]);
    expect(parseQuery('  ,. ')).toEqual([]);
  });

  it('makes a Latin word a unit, the last one a prefix unless a separator follows, with its typo budget', () => {
    const [lithium, cath] = parseQuery('lithium cath');
    expect(lithium.alternatives[0].terms).toEqual([{ token: 'lithium', prefix: false, typos: 1 }]);
    expect(cath.alternatives[0].terms).toEqual([{ token: 'cath', prefix: true, typos: 0 }]);
    expect(parseQuery('cathode ')[0].alternatives[0].terms[0]).toMatchObject({ prefix: false });
    expect(parseQuery('semiconductor')[0].alternatives[0].terms[0]).toMatchObject({ prefix: true, typos: 2 });
  });

  it('makes a CJK run one unit of all its bigrams, exact, and splits mixed pieces', () => {
    const units = parseQuery('锂电池NCM811正极');
    expect(units.map((u) => u.text)).toEqual(['锂电池', 'ncm811', '正极']);
    expect(units[0].alternatives[0].terms).toEqual([
      { token: '锂电', prefix: false, typos: 0 },
      { token: '电池', prefix: false, typos: 0 },
    ]);
  });

  it('adds synonyms from the shared list as alternatives, for one word or a run of words', () => {
    const [scaleUp] = parseQuery('scale up');
    expect(scaleUp.text).toBe('scale up');
    const alternatives = scaleUp.alternatives.map((a) => a.terms.map((t) => t.token).join(' '));
    expect(alternatives).toEqual(expect.arrayContaining(['scale up', '放大', '工艺 艺放 放大']));
    const [typeTest] = parseQuery('型式试验');
    expect(typeTest.alternatives.map((a) => a.terms.map((t) => t.token).join(' '))).toEqual(
      expect.arrayContaining(['type test', 'type testing']),
    );
    // Two CJK words that form a synonym only together.
    expect(parseQuery('工艺 放大')).toHaveLength(1);
    expect(parseQuery('CDMO')[0].alternatives.length).toBeGreaterThan(1);
  });

  it('counts at most MAX_QUERY_WORDS words, and then no prefix', () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 2 }, (_, i) => `word${i}`).join(' ');
    const units = parseQuery(words);
    expect(units).toHaveLength(MAX_QUERY_WORDS);
    expect(units.at(-1)?.alternatives[0].terms[0].prefix).toBe(false);
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

describe('expandPlan', () => {
  it('asks the vocabulary for typo-tolerant words only, and keeps the neighbours within the budget', () => {
    expect(vocabularyRequests(parseQuery('lithum cat 正极'))).toEqual(['lithum']);
    const expanded = plan('lithum ', { lithum: ['lithium', 'lithuania', 'ithum'] });
    expect(expanded.units[0].alternatives[0].terms[0]).toEqual({ exact: ['lithum'], prefix: null, typo: ['lithium'] });
    expect(expanded.hasTypos).toBe(true);
    expect(plan('cathode ').hasTypos).toBe(false);
  });

  it('matches a prefix through the index, and as typo variants the words whose start is within the budget', () => {
    const expanded = plan('catho', { catho: ['cathode', 'cathay', 'kathode'] });
    // cathode starts with the prefix (the index finds it); kathode's wrong first letter costs two.
    expect(expanded.units[0].alternatives[0].terms[0]).toEqual({ exact: [], prefix: 'catho', typo: ['cathay'] });
  });
});

describe('unitQuery', () => {
  it('writes a unit as a tsquery: alternatives ORed, terms ANDed, title marks, typo variants in any mode', () => {
    const { units } = plan('lithum ', { lithum: ['lithium'] });
    expect(unitQuery(units[0], 'exact', false)).toBe("'lithum'");
    expect(unitQuery(units[0], 'any', true)).toBe("( '^lithum' | '^lithium' )");
    expect(unitQuery(plan('cath').units[0], 'exact', false)).toBe("'cath':*");
  });

  it('leaves out an alternative that needs more than a shorter one', () => {
    const [lithiumBattery] = plan('锂电池 ').units;
    const query = unitQuery(lithiumBattery, 'exact', false);
    // 锂电 alone (a synonym) makes 锂电 & 电池 redundant.
    expect(query).toContain("'锂电'");
    expect(query).not.toContain("( '锂电' & '电池' )");
  });
});

describe('ranking a hit in memory', () => {
  const query = plan('电池 循环寿命 ');

  it('counts leading units matched, exact and in the title', () => {
    const all = tokensOf('电池', '循环', '环寿', '寿命', '^电池', '^循环', '^环寿', '^寿命');
    expect(rankOf(query, all)).toEqual({ words: 2, exact: true, title: true });
    expect(scoreOf(query, rankOf(query, all))).toBe(1);
    const first = tokensOf('电池');
    expect(rankOf(query, first)).toEqual({ words: 1, exact: true, title: false });
    expect(scoreOf(query, rankOf(query, first))).toBe(0.475);
    expect(rankOf(query, tokensOf('循环', '环寿', '寿命')).words).toBe(0);
  });

  it('marks typo matches as not exact, and gives a search without words a score of 1', () => {
    const typo = plan('lithum ', { lithum: ['lithium'] });
    expect(rankOf(typo, tokensOf('lithium'))).toEqual({ words: 1, exact: false, title: false });
    expect(scoreOf(plan(''), { words: 0, exact: true, title: false })).toBe(1);
  });

  it('lists the matched words for highlights, including prefix completions, only from whole matches', () => {
    expect(matchedTokens(plan('cath'), tokensOf('cathode', 'cathodes', 'anode')).sort()).toEqual([
      'cathode',
      'cathodes',
    ]);
    // 电池 alone does not match 锂电池 (锂电 & 电池).
    expect(matchedTokens(plan('锂电池 '), tokensOf('电池'))).toEqual([]);
  });

  it('names the words and prefixes worth reading from a hit, plain and title-marked', () => {
    const { words, prefixes } = planTokens(plan('正极 cath'));
    expect(words).toEqual(expect.arrayContaining(['正极', '^正极', 'cathode', '^cathode']));
    expect(prefixes).toEqual(['cath', '^cath']);
  });
});
