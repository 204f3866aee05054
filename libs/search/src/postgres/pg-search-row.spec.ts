import { describe, expect, it } from '@jest/globals';
import { ServiceType } from '#core';
import type { OfferingSearchDocument } from '../search-document.js';
import { isCjk } from '../text/tokenize.js';
import { searchDocument } from '../testing/search-document.fixture.js';
import {
  accreditationsOf,
  counterChanges,
  counterKey,
  documentTokens,
  facetValueOf,
  FACET_CODES,
  isTypoVocabulary,
  mergeCounterChanges,
  provinceOf,
  toPgSearchRow,
  vocabularyTokens,
} from './pg-search-row.js';

describe('documentTokens', () => {
  const tokens = documentTokens(searchDocument());

  it('holds the words of every searchable field, the title words marked ^ and the headline words =', () => {
    expect(tokens).toEqual(
      expect.arrayContaining(['cathode', 'nickel', 'ncm811', '正极', '材料', '中试', 'reactor', '常州', '公斤']),
    );
    // Strings inside Chinese words, stems of English ones.
    expect(tokens).toEqual(expect.arrayContaining(['~锂电', '~电池', '~高', 'cathod']));
    // 平台 (of 中试平台) is a stop word.
    expect(tokens).not.toContain('平台');
    expect(tokens).toEqual(expect.arrayContaining(['^cathode', '^正极', '^ncm811', '=正极', '=cathode']));
    // Keywords are title words, not headline words; platform and description words neither.
    expect(tokens).not.toContain('=ncm811');
    expect(tokens).not.toContain('^中试');
    expect(tokens).not.toContain('^reactor');
  });

  it('holds an equipment model as one word only, not its parts', () => {
    const tokens = documentTokens(searchDocument({ equipmentModels: ['HIP-5S'], descriptionZh: '热等静压。' }));
    expect(tokens).toContain('hip5s');
    expect(tokens).not.toEqual(expect.arrayContaining(['hip']));
    expect(tokens).not.toContain('5s');
  });

  it('marks the words of where the platform is @, not its level or accreditations', () => {
    // The fixture's platform is in 常州, Jiangsu.
    expect(tokens).toEqual(expect.arrayContaining(['@常州', '@常州市', '@江苏', '@江苏省', '@jiangsu', '@长三角']));
    expect(tokens.filter((t) => t.startsWith('@')).some((t) => t.startsWith('@~'))).toBe(false);
    expect(tokens).not.toContain('@cnas');
    expect(tokens).not.toContain('@省级');
    expect(vocabularyTokens(tokens)).toContain('@常州');
    expect(isTypoVocabulary('@jiangsu')).toBe(false);
  });

  it('holds the filter values, open days and geo cells as marked tokens', () => {
    expect(tokens).toEqual(
      expect.arrayContaining([
        'st:SCALE_UP',
        'dir:RAW_MATERIALS',
        'kd:ADVANCED_MATERIALS',
        'pv:32',
        'lv:PROVINCIAL',
        'ac:CMA',
        'ac:CNAS',
        'oa:1',
      ]),
    );
    expect(tokens).toEqual(expect.arrayContaining(['d:20260302', 'd:20260303', 'g1:63:239', 'g5:6:23']));
    expect(documentTokens(searchDocument({ openAccess: false, location: null }))).not.toContain('oa:1');
  });

  it('counts text tokens, plain and place-marked, and keeps only plain Latin words as the typo vocabulary', () => {
    const vocabulary = vocabularyTokens(tokens);
    expect(vocabulary).toEqual(
      expect.arrayContaining(['cathode', '正极', '~锂电', '^cathode', '=cathode', '^正极', '=~镍']),
    );
    expect(vocabulary.some((t) => t.includes(':'))).toBe(false);
    expect(vocabulary.filter(isTypoVocabulary)).toContain('cathode');
    expect(vocabulary.filter(isTypoVocabulary).some((t) => t.startsWith('^') || t.startsWith('=') || isCjk(t))).toBe(
      false,
    );
  });
});

describe('toPgSearchRow', () => {
  it('stores facet values as codes that read back as the values', () => {
    const row = toPgSearchRow(searchDocument());
    expect(facetValueOf('serviceType', row.serviceType)).toBe('SCALE_UP');
    expect(facetValueOf('industryDirection', row.industryDirection)).toBe('RAW_MATERIALS');
    expect(facetValueOf('level', row.platformLevel)).toBe('PROVINCIAL');
    expect(provinceOf(row.province)).toBe('32');
    expect(accreditationsOf(row.accreditations)).toEqual(['CMA', 'CNAS']);
    expect(row).toMatchObject({ lat: 31.8107, lng: 119.9741, priceAmount: 4_800_000, ratingAverage: 4.5 });
  });

  it('has a distinct code for every enum value', () => {
    for (const codes of Object.values(FACET_CODES))
      expect(new Set(Object.values(codes)).size).toBe(Object.keys(codes).length);
    expect(provinceOf(1)).toBe('01');
  });
});

describe('counterChanges', () => {
  const stored = (doc: OfferingSearchDocument) => ({ tokens: documentTokens(doc), document: doc });

  it('adds a new document to the vocabulary, facet and suggestion counts', () => {
    const changes = counterChanges([], [stored(searchDocument())]);
    expect(changes.terms.get('cathode')).toBe(1);
    expect(changes.facets.get(counterKey('serviceType', 'SCALE_UP'))).toBe(1);
    expect(changes.facets.get(counterKey('accreditation', 'CNAS'))).toBe(1);
    expect(changes.facets.get(counterKey('*', '*'))).toBe(1);
    expect(changes.suggestions.get(counterKey('TITLE', 'high-nickel cathode scale-up'))).toEqual({
      text: 'High-nickel cathode scale-up',
      delta: 1,
    });
  });

  it('keeps only what changed when a document is replaced, and undoes all of it when removed', () => {
    const before = stored(searchDocument());
    const after = stored(
      searchDocument({ titleEn: 'High-nickel anode scale-up', serviceType: ServiceType.TYPE_TESTING }),
    );
    const changes = counterChanges([before], [after]);
    expect(changes.terms.get('cathode')).toBe(-1);
    expect(changes.terms.get('anode')).toBe(1);
    expect(changes.terms.has('nickel')).toBe(false);
    expect(changes.facets.get(counterKey('serviceType', 'SCALE_UP'))).toBe(-1);
    expect(changes.facets.has(counterKey('*', '*'))).toBe(false);
    const removed = counterChanges([before], []);
    expect(removed.facets.get(counterKey('*', '*'))).toBe(-1);
    expect([...removed.terms.values()].every((delta) => delta === -1)).toBe(true);
  });

  it('sums the contributions of many documents for a rebuild', () => {
    const total = counterChanges([], []);
    mergeCounterChanges(total, counterChanges([], [stored(searchDocument())]));
    mergeCounterChanges(total, counterChanges([], [stored(searchDocument({ id: 'other' }))]));
    expect(total.terms.get('cathode')).toBe(2);
    expect(total.suggestions.get(counterKey('KEYWORD', 'ncm811'))?.delta).toBe(2);
  });
});
