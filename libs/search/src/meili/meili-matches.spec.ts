import { describe, expect, it } from '@jest/globals';
import type { PlanTerm } from '../postgres/pg-query-plan.js';
import { holdsTerm, matchedUnitsOf, matchesOf, type HitMatches } from './meili-matches.js';

const term = (token: string, overrides: Partial<PlanTerm> = {}): PlanTerm => ({
  token,
  prefix: false,
  typos: 0,
  cjk: /\p{Script=Han}/u.test(token),
  ...overrides,
});
const matched = (...words: string[]): HitMatches => ({ words: new Set(words), spans: new Set(words) });

describe('matchesOf', () => {
  it('reads the matched words at the byte offsets the API reference documents (`winter feast`)', () => {
    // The hit of the reference's showMatchesPosition example, as printed there.
    const hit = {
      id: 50393,
      title: 'Kung Fu Panda Holiday',
      overview:
        "The Winter Feast is Po's favorite holiday. Every year he and his father hang decorations, cook together, and serve noodle soup to the villagers. But this year Shifu informs Po that as Dragon Warrior, it is his duty to host the formal Winter Feast at the Jade Palace. Po is caught between his obligations as the Dragon Warrior and his family traditions: between Shifu and Mr. Ping.",
      release_date: 1290729600,
      _matchesPosition: {
        overview: [
          { start: 4, length: 6 },
          { start: 11, length: 5 },
          { start: 234, length: 6 },
          { start: 241, length: 5 },
        ],
      },
    };
    expect(matchesOf(hit, hit._matchesPosition, ['title', 'overview'])).toEqual({
      words: new Set(['winter', 'feast']),
      // Side by side, only a space between them: also one span, as a query word split in two matches it.
      spans: new Set(['winter', 'feast', 'winterfeast']),
    });
    // Matches are reported in every displayed attribute: only the ones named are read.
    expect(matchesOf(hit, hit._matchesPosition, ['title']).words.size).toBe(0);
  });

  it('counts bytes, not characters: Chinese pieces (3 bytes each, U+200C too) and the element of an array', () => {
    const document = {
      titleZh: '高镍\u200c正极\u200c材料\u200c工艺\u200c放大',
      keywords: ['正极\u200c材料', 'NCM811'],
      province: '32',
    };
    const positions = {
      titleZh: [
        { start: 9, length: 6 },
        { start: 18, length: 6 },
      ],
      keywords: [{ start: 0, length: 6, indices: [1] }],
      province: [{ start: 0, length: 2 }],
    };
    expect(matchesOf(document, positions, ['titleZh', 'keywords']).words).toEqual(new Set(['正极', '材料', 'ncm811']));
  });

  it('reads a word completed as a prefix to its end, and a phrase (a synonym, a split word) as one span', () => {
    const document = { titleEn: 'High-nickel cathode scale-up', equipmentModels: ['AC-45S'] };
    const positions = {
      // cath* covers the typed part only; scale-up, a synonym of two words, is one match; ac45s split as ac 45s.
      titleEn: [
        { start: 12, length: 4 },
        { start: 20, length: 8 },
      ],
      equipmentModels: [{ start: 0, length: 6, indices: [0] }],
    };
    const matches = matchesOf(document, positions, ['titleEn', 'equipmentModels']);
    expect(matches.words).toEqual(new Set(['cathode', 'scale', 'up', 'ac', '45s']));
    expect(matches.spans).toEqual(new Set(['cathode', 'scaleup', 'ac45s']));
  });

  it('joins matches with only separators between them: a model Meilisearch cut at its hyphen (BT-256E)', () => {
    const document = { equipmentModels: ['BT-256E'], titleEn: 'BT cycler 256E' };
    const matches = matchesOf(
      document,
      {
        equipmentModels: [
          { start: 0, length: 2, indices: [0] },
          { start: 3, length: 4, indices: [0] },
        ],
        titleEn: [
          { start: 0, length: 2 },
          { start: 10, length: 4 },
        ],
      },
      ['equipmentModels', 'titleEn'],
    );
    expect(matches.spans).toEqual(new Set(['bt', '256e', 'bt256e']));
    // Apart in the title (a word between them): no joined span from there.
    const apart = matchesOf(
      document,
      {
        titleEn: [
          { start: 0, length: 2 },
          { start: 10, length: 4 },
        ],
      },
      ['titleEn'],
    );
    expect(apart.spans).toEqual(new Set(['bt', '256e']));
  });

  it('ignores a position outside the value, an array element not named, and values that are no text', () => {
    const document = { titleZh: '放大', keywords: ['放大'], ratingAverage: 4.5 };
    expect(
      matchesOf(
        document,
        {
          titleZh: [{ start: 3, length: 9 }],
          keywords: [{ start: 0, length: 6 }],
          ratingAverage: [{ start: 0, length: 1 }],
        },
        ['titleZh', 'keywords', 'ratingAverage'],
      ).words.size,
    ).toBe(0);
    expect(matchesOf(document, undefined, ['titleZh']).words.size).toBe(0);
  });
});

describe('holdsTerm', () => {
  it('holds a Chinese term only when every piece Meilisearch is sent it as was matched', () => {
    // 钠电池 is sent as 钠电 | 池: a lithium cell's 锂电 | 池 matches 池 and not the term.
    expect(holdsTerm(matched('池', '放大'), term('钠电池'))).toBe(false);
    expect(holdsTerm(matched('钠电', '池'), term('钠电池'))).toBe(true);
    expect(holdsTerm(matched('锂电', '池'), term('锂电池'))).toBe(true);
    // A word holding the term is no match of it (a Chinese word is never completed as a prefix in a search).
    expect(holdsTerm(matched('锂电'), term('锂'))).toBe(false);
    // The stop words of a term are neither indexed nor looked for: 前处理 is 前 | 处理.
    expect(holdsTerm(matched('处理'), term('前处理'))).toBe(true);
    // A phrase matched whole (a domain word, an n-gram of its pieces).
    expect(holdsTerm({ words: new Set(['增材', '制造']), spans: new Set(['增材制造']) }, term('增材制造'))).toBe(true);
  });

  it('holds a prefix only for the last word, and a typo within its budget, a wrong first letter counting two', () => {
    expect(holdsTerm(matched('cathode'), term('cath', { prefix: true }))).toBe(true);
    expect(holdsTerm(matched('cathode'), term('cath'))).toBe(false);
    expect(holdsTerm(matched('lithium'), term('lithum', { typos: 1 }))).toBe(true);
    expect(holdsTerm(matched('lithium'), term('lithum', { typos: 1, prefix: true }))).toBe(true);
    expect(holdsTerm(matched('hydrogen'), term('hidrogan', { typos: 1 }))).toBe(false);
    expect(holdsTerm(matched('electrolyzer'), term('electrolizr', { typos: 2 }))).toBe(true);
    expect(holdsTerm(matched('cathode'), term('kathode', { typos: 1 }))).toBe(false);
    expect(holdsTerm(matched('electrolyzer'), term('xlectrolyzer', { typos: 2 }))).toBe(true);
    // A split word (ac45s typed, ac-45s held) is matched as the phrase of its parts.
    expect(holdsTerm({ words: new Set(['ac', '45s']), spans: new Set(['ac45s']) }, term('ac45s'))).toBe(true);
  });
});

describe('matchedUnitsOf', () => {
  it('needs one hit to hold every term of an alternative but its stop words, which Meilisearch never matches', () => {
    const units = [
      {
        text: 'proof of concept',
        alternatives: [{ kind: 'literal' as const, terms: [term('proof'), term('of'), term('concept')] }],
      },
      { text: 'of', alternatives: [{ kind: 'literal' as const, terms: [term('of')] }] },
      { text: 'xyzqq', alternatives: [{ kind: 'literal' as const, terms: [term('xyzqq')] }] },
    ];
    const hit = {
      id: '1',
      titleEn: 'proof of concept',
      _matchesPosition: {
        titleEn: [
          { start: 0, length: 5 },
          { start: 9, length: 7 },
        ],
      },
    };
    expect(matchedUnitsOf(units, [hit], ['titleEn'])).toEqual(new Set(['proof of concept']));
  });
});
