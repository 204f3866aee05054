import { PriceModel } from '#catalog';
import { describe, expect, it } from '@jest/globals';
import { ConstructionMode } from '#core';
import type { OfferingSearchDocument } from '../search-document.js';
import { FACET_FIELDS } from '../search-document.js';
import { searchDocument } from '../testing/search-document.fixture.js';
import { DOMAIN_DICTIONARY } from '../text/domain-dictionary.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { allowedTypos } from '../text/tokenize.js';
import { MEILI_WORD_BREAK, withoutMeiliBreaks } from '../text/chinese-segmenter.js';
import { SYNONYM_GROUPS, toMeiliSynonyms } from '../text/synonyms.js';
import { buildSearchParams } from './meili-query.js';
import { completionKey, completionKeysOf } from './meili-completion.js';
import { MEILI_FACET_ATTRIBUTES, buildIndexSettings, fromMeiliDocument, toMeiliDocument } from './meili-settings.js';

const offering = (overrides: Partial<OfferingSearchDocument> = {}): OfferingSearchDocument =>
  searchDocument({
    constructionMode: ConstructionMode.MULTI_PARTY_JOINT,
    equipmentNames: ['回转窑', 'rotary kiln'],
    equipmentModels: ['RK-12'],
    leadTimeDays: 14,
    ratingAverage: 4.6,
    ratingCount: 12,
    ...overrides,
  });

describe('buildIndexSettings', () => {
  const settings = buildIndexSettings();

  it('searches titles first, then keywords, the platform’s place and level, platform names, equipment, descriptions', () => {
    expect(settings.searchableAttributes).toEqual([
      'titleZh',
      'titleEn',
      'keywords',
      'contextTerms',
      'platformNameZh',
      'platformNameEn',
      'equipmentNames',
      'equipmentModels',
      'descriptionZh',
      'descriptionEn',
      // Last, searched by completions only (attributesToSearchOn), without typos.
      'completionKeys',
    ]);
  });

  it('makes every filtered and faceted attribute filterable, granularly, with facet search nowhere', () => {
    const filterable = settings.filterableAttributes ?? [];
    const features = (attribute: string) => {
      for (const entry of filterable)
        if (typeof entry !== 'string' && entry.attributePatterns.includes(attribute)) return entry.features;
      return filterable.includes(attribute) ? 'plain' : null;
    };
    for (const field of FACET_FIELDS)
      expect(features(MEILI_FACET_ATTRIBUTES[field])).toEqual({
        facetSearch: false,
        filter: { equality: true, comparison: false },
      });
    for (const attribute of ['keyDomains', 'openAccess', 'platformId', 'organizationId'])
      expect(features(attribute)).toMatchObject({ filter: { equality: true } });
    // Ranges: the price cap (the base price and each tier's) and the day window.
    for (const attribute of ['priceAmount', 'tierPrices.STARTUP', 'tierPrices.LARGE_ENTERPRISE', 'openSlotDayKeys'])
      expect(features(attribute)).toEqual({ facetSearch: false, filter: { equality: false, comparison: true } });
    expect(features('_geo')).toBe('plain');
    expect(settings.facetSearch).toBe(false);
  });

  it('analyzes text with the shared domain dictionary and stop words', () => {
    expect(settings.dictionary).toEqual([...DOMAIN_DICTIONARY]);
    expect(settings.dictionary).toEqual(expect.arrayContaining(['热压罐', '增材', '残碱', '中试']));
    // Words a general dictionary cuts into words already stay out: Meilisearch would keep them whole.
    expect(settings.dictionary).not.toContain('正极材料');
    expect(settings.stopWords).toEqual([...STOP_WORDS]);
    expect(settings.stopWords).toEqual(expect.arrayContaining(['的', '找', '机构', 'the', 'for']));
    expect(settings.separatorTokens).toContain('~');
  });

  it('sorts on numbers only: price (base and per tier, in fen), earliest slot as epoch ms, rating, distance, lead time', () => {
    expect(settings.sortableAttributes).toEqual([
      'priceAmount',
      'tierPrices.STARTUP',
      'tierPrices.SME',
      'tierPrices.UNIVERSITY',
      'tierPrices.RESEARCH_INSTITUTE',
      'tierPrices.LARGE_ENTERPRISE',
      'earliestOpenSlotTs',
      'ratingAverage',
      '_geo',
      'leadTimeDays',
    ]);
  });

  it('ranks with sort right after words and the rating as the last tie-breaker', () => {
    expect(settings.rankingRules).toEqual([
      'words',
      'sort',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'ratingAverage:desc',
    ]);
  });

  it('spells out the default typo tolerance the PostgreSQL engine mirrors', () => {
    expect(settings.typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: ['completionKeys'],
      disableOnNumbers: false,
    });
  });

  it('allows no typo in a Chinese word, as PostgreSQL does not: a domain word kept whole can reach five characters', () => {
    // Meilisearch counts characters: 磷酸锰铁锂 (LMFP) would match 磷酸锰铁铝 with one typo. Its re-cut pieces have
    // at most three characters, and its n-grams of them lose a typo per word joined.
    const disabled = settings.typoTolerance?.disableOnWords ?? [];
    expect(disabled).toContain('磷酸锰铁锂');
    for (const word of DOMAIN_DICTIONARY.filter((w) => /\p{Script=Han}/u.test(w) && Array.from(w).length >= 5))
      expect(disabled).toContain(word);
    for (const word of disabled) expect(allowedTypos(word)).toBe(0);
  });

  it('uses the shared synonym list, both ways, and the pinyin of its Chinese terms one way', () => {
    // Chinese terms cut as documents are (toMeiliDocument); shown here as written.
    const synonyms = Object.fromEntries(
      Object.entries(settings.synonyms ?? {}).map(([key, targets]) => [
        withoutMeiliBreaks(key),
        targets.map(withoutMeiliBreaks),
      ]),
    );
    expect(synonyms).toEqual(expect.objectContaining(toMeiliSynonyms(SYNONYM_GROUPS)));
    expect(synonyms['reyaguan']).toEqual(expect.arrayContaining(['热压罐', 'autoclave']));
    expect(synonyms['re ya guan']).toEqual(expect.arrayContaining(['热压罐']));
    expect(synonyms['热压罐']).not.toContain('reyaguan');
    expect(synonyms['scale up']).toEqual(expect.arrayContaining(['工艺放大', '放大', 'scale-up']));
    expect(synonyms['工艺放大']).toEqual(expect.arrayContaining(['scale up', 'scale-up']));
    // grades, products and the shop floor's words reach Meilisearch one way, as they reach the PostgreSQL engine
    expect(synonyms['tc4']).toEqual(expect.arrayContaining(['钛合金', 'titanium alloy']));
    expect(synonyms['人工关节']).toEqual(expect.arrayContaining(['骨科植入物']));
    expect(synonyms['炉子']).toEqual(expect.arrayContaining(['kiln', 'furnace']));
    expect(synonyms['钛合金']).not.toContain('tc4');
  });

  it('segments the Chinese fields as Mandarin and the English ones as English', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['titleZh', 'descriptionZh', 'platformNameZh'], locales: ['cmn'] },
      { attributePatterns: ['titleEn', 'descriptionEn', 'platformNameEn'], locales: ['eng'] },
    ]);
  });

  it('keeps prefix search on, which the last word of a search and every completion rely on', () => {
    expect(settings.prefixSearch).toBe('indexingTime');
  });

  it('counts up to 10 000 hits and 100 values per facet', () => {
    expect(settings.pagination).toEqual({ maxTotalHits: 10_000 });
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100 });
  });

  it('returns a fresh object each time, so a caller cannot alter the next one', () => {
    const first = buildIndexSettings();
    first.searchableAttributes?.push('secret');
    expect(buildIndexSettings().searchableAttributes).not.toContain('secret');
  });
});

describe('toMeiliDocument', () => {
  it('sends Chinese cut into the words the PostgreSQL engine finds, so no domain word is cut out of a longer one', () => {
    // Alone, charabia would find the dictionary word 冻干 first and index 冷|冻干|燥|机: 干燥 would find nothing.
    const doc = toMeiliDocument(
      offering({
        titleZh: '真空冷冻干燥机租用',
        descriptionZh: '冷凍乾燥機，冻干粉针',
        keywords: ['冷冻干燥', 'lyophilizer'],
        equipmentNames: ['冷冻干燥机 FD-5'],
      }),
    );
    const pieces = (text: string) => text.split(/[\u200c ，]/u);
    expect(pieces(doc.titleZh)).toEqual(['真空', '冷冻', '干燥', '机', '租用']);
    // Traditional characters are cut as their simplified reading, and stay as written.
    expect(pieces(doc.descriptionZh ?? '')).toEqual(['冷凍', '乾燥', '機', '冻干', '粉针']);
    expect(doc.keywords.map(pieces)).toEqual([['冷冻', '干燥'], ['lyophilizer']]);
    expect(doc.equipmentNames.map(pieces)).toEqual([['冷冻', '干燥', '机', 'FD-5']]);
    // The query's words and the document's are cut alike.
    const q = (text: string) => buildSearchParams({ query: text, sort: 'RELEVANCE', limit: 20, offset: 0 }).q;
    expect(q('干燥')).toBe('干燥 ');
    expect(q('冷冻干燥机')).toBe('冷冻\u200c干燥\u200c机 ');
    expect(q('锂电池正极材料')).toBe('锂电\u200c池\u200c正极\u200c材料 ');
  });

  it('separates the pieces with a soft default separator of charabia, which nothing else in the text holds', () => {
    expect(MEILI_WORD_BREAK).toBe('\u200c');
    expect(buildIndexSettings().separatorTokens).toContain(MEILI_WORD_BREAK);
    expect(toMeiliDocument(offering({ titleZh: '冷\u200c冻干燥机' })).titleZh).toBe('冷冻\u200c干燥\u200c机');
  });

  it('cuts the synonyms’ Chinese terms as it cuts documents and queries', () => {
    const synonyms = buildIndexSettings().synonyms ?? {};
    expect(synonyms['冷冻\u200c干燥\u200c机']).toContain('lyophiliser');
    expect(synonyms['lyophiliser']).toContain('冷冻\u200c干燥\u200c机');
    expect(synonyms['冷冻干燥机']).toBeUndefined();
  });

  it('moves location to _geo and adds numeric twins for the earliest slot and the slot days', () => {
    const doc = toMeiliDocument(offering());
    expect(doc._geo).toEqual({ lat: 31.8107, lng: 119.9741 });
    expect('location' in doc).toBe(false);
    expect(doc.earliestOpenSlotTs).toBe(Date.UTC(2026, 2, 1, 16, 30));
    expect(doc.openSlotDayKeys).toEqual([20260302, 20260303]);
    expect(doc.openSlotDays).toEqual(['2026-03-02', '2026-03-03']);
    expect(doc.priceAmount).toBe(4_800_000);
    expect(doc.titleZh).toBe('高镍\u200c正极\u200c材料\u200c工艺\u200c放大');
  });

  it('omits _geo without a coordinate and keeps nulls for a quote without slots', () => {
    const doc = toMeiliDocument(
      offering({
        location: null,
        earliestOpenSlot: null,
        openSlotDays: [],
        priceModel: PriceModel.QUOTE,
        priceAmount: null,
      }),
    );
    expect('_geo' in doc).toBe(false);
    expect(doc.earliestOpenSlotTs).toBeNull();
    expect(doc.openSlotDayKeys).toEqual([]);
    expect(doc.priceAmount).toBeNull();
  });

  it('keeps completion keys one word: no dictionary word or separator token is made of Latin letters alone', () => {
    // charabia cuts the whole text at its dictionary words and separators, Latin text included: a key holding one of
    // them would be cut in two and complete nothing.
    const settings = buildIndexSettings();
    for (const word of [...(settings.dictionary ?? []), ...(settings.separatorTokens ?? [])])
      expect({ word, letters: /^[a-z]+$/i.test(word) }).toEqual({ word, letters: false });
  });

  it('holds the completion keys of its titles, keywords and platform names (meili-completion.ts)', () => {
    const doc = offering({ keywords: ['冷冻干燥机'] });
    expect(toMeiliDocument(doc).completionKeys).toEqual(completionKeysOf(doc));
    expect(toMeiliDocument(doc).completionKeys).toContain(completionKey('燥机'));
  });

  it('refuses an earliest slot that is not a timestamp', () => {
    expect(() => toMeiliDocument(offering({ earliestOpenSlot: 'soon' }))).toThrow(RangeError);
  });

  it('round-trips through fromMeiliDocument', () => {
    const original = offering();
    expect(fromMeiliDocument(toMeiliDocument(original))).toEqual(original);
    const chinese = offering({ titleZh: '冷冻干燥机租用', keywords: ['冷冻干燥'], contextTerms: ['江苏省'] });
    expect(fromMeiliDocument(toMeiliDocument(chinese))).toEqual(chinese);
    const unlocated = offering({ location: null, earliestOpenSlot: null });
    expect(fromMeiliDocument(toMeiliDocument(unlocated))).toEqual(unlocated);
  });
});
