import { describe, expect, it } from '@jest/globals';
import { Accreditation, IndustryDirection, ServiceType } from '#core';
import type { OfferingSearchEngine, SearchQuery, SearchResult } from '#search';
import { PilotRequestKind } from '../matching.enums.js';
import {
  DESCRIPTION_WEIGHT,
  MatchCandidateSearch,
  phraseWeight,
  requestPhrases,
  type CandidateRequest,
} from './match-candidate.search.js';

const OFFERINGS = 100;

/** An engine that answers from a table: query text → [offering id, score]; a search without words → `filtered`. */
function fakeEngine(
  byQuery: Record<string, Array<[string, number]>>,
  filtered: string[],
): { engine: OfferingSearchEngine; queries: SearchQuery[] } {
  const queries: SearchQuery[] = [];
  const result = (hits: Array<[string, number]>, total: number): SearchResult => ({
    total,
    hits: hits.map(([id, score]) => ({ id, score, distanceKm: null, highlights: [] })),
    facets: [],
    unmatchedWords: [],
  });
  const engine: OfferingSearchEngine = {
    name: 'postgres',
    upsert: async () => undefined,
    remove: async () => undefined,
    suggest: async () => [],
    reindex: async () => ({ documents: 0 }),
    health: async () => ({ up: true }),
    search: async (query) => {
      queries.push(query);
      if (query.query === undefined)
        return query.limit === 0
          ? result([], OFFERINGS)
          : result(
              filtered.map((id) => [id, 1]),
              filtered.length,
            );
      const hits = byQuery[query.query] ?? [];
      return result(hits, hits.length);
    },
  };
  return { engine, queries };
}

const request: CandidateRequest = {
  kind: PilotRequestKind.TECH_TRANSFER,
  title: '钠离子电池层状氧化物正极成果转化中试',
  titleEn: null,
  description: '钠离子电池层状氧化物正极成果转化中试',
  descriptionEn: null,
  keywords: ['钠离子电池', '正极材料', ' 钠离子电池 '],
  serviceTypes: [ServiceType.SCALE_UP],
  industryDirection: IndustryDirection.RAW_MATERIALS,
  requiredAccreditations: [Accreditation.CNAS],
};

describe('MatchCandidateSearch', () => {
  it('searches each phrase on its own, so a title worded unlike any offering does not hide those matching its keywords', async () => {
    const { engine } = fakeEngine(
      {
        钠离子电池: [['na-ion', 1]],
        正极材料: [
          ['na-ion', 1],
          ['ncm', 1],
        ],
      },
      [],
    );
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('na-ion')).toBe(1);
    expect(scores.get('ncm')).toBeGreaterThan(0);
    expect(scores.get('ncm')).toBeLessThan(1);
  });

  it('filters by service type and direction only the search without words, and by a single required accreditation every search', async () => {
    const { engine, queries } = fakeEngine({}, ['by-filters']);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('by-filters')).toBe(0);
    const withWords = queries.filter((q) => q.query !== undefined);
    expect(withWords.map((q) => q.query)).toEqual(['钠离子电池层状氧化物正极成果转化中试', '钠离子电池', '正极材料']);
    expect(withWords.every((q) => q.serviceTypes === undefined && q.industryDirections === undefined)).toBe(true);
    const filterOnly = queries.find((q) => q.query === undefined && q.limit > 0);
    expect(filterOnly?.serviceTypes).toEqual([ServiceType.SCALE_UP]);
    expect(filterOnly?.industryDirections).toEqual([IndustryDirection.RAW_MATERIALS]);
    expect(queries.every((q) => q.accreditations?.[0] === Accreditation.CNAS)).toBe(true);
  });

  it('filters the search without words by the services of the request’s kind when it names none', async () => {
    const { engine, queries } = fakeEngine({}, []);
    await new MatchCandidateSearch(engine).candidates({
      ...request,
      kind: PilotRequestKind.EQUIPMENT_ACCESS,
      serviceTypes: [],
    });
    expect(queries.find((q) => q.query === undefined && q.limit > 0)?.serviceTypes).toEqual([
      ServiceType.EQUIPMENT_SHARING,
    ]);
  });

  it('finds through the description what the title does not name, counting it for less than a title match', async () => {
    const { engine, queries } = fakeEngine(
      {
        钠离子电池层状氧化物正极成果转化中试: [['titled', 1]],
        'PBAT/PLA 体系，吹膜级': [
          ['described', 1],
          ['titled', 1],
        ],
      },
      [],
    );
    const scores = await new MatchCandidateSearch(engine).candidates({
      ...request,
      keywords: [],
      description: 'PBAT/PLA 体系，吹膜级',
    });
    expect(queries.filter((q) => q.query !== undefined).map((q) => q.query)).toEqual([
      '钠离子电池层状氧化物正极成果转化中试',
      'PBAT/PLA 体系，吹膜级',
    ]);
    expect(scores.get('titled')).toBe(1);
    // Counted at DESCRIPTION_WEIGHT of its rarity: below what the same match of the title gives.
    expect(scores.get('described')).toBeGreaterThan(0);
    expect(scores.get('described')).toBeLessThan(DESCRIPTION_WEIGHT);
  });

  it('counts a rare phrase for more than one most offerings share', async () => {
    const common = Array.from({ length: 60 }, (_, i): [string, number] => [`common-${i}`, 1]);
    const { engine } = fakeEngine({ 钠离子电池: [['rare', 1]], 正极材料: common }, []);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('rare')).toBe(1);
    expect(scores.get('common-0')).toBeLessThan(0.3);
  });

  it('counts a phrase as rare as its strong matches, not the partial ones the engine adds below them', async () => {
    const partial = Array.from({ length: 59 }, (_, i): [string, number] => [`partial-${i}`, 0.3]);
    const tenStrong = Array.from({ length: 10 }, (_, i): [string, number] => [`strong-${i}`, 1]);
    const { engine } = fakeEngine({ 钠离子电池: [['only-strong', 1], ...partial], 正极材料: tenStrong }, []);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('only-strong')).toBe(1);
    expect(scores.get('strong-0')).toBeLessThan(1);
    expect(scores.get('partial-0')).toBeCloseTo(0.3);
  });
});

describe('requestPhrases', () => {
  it('takes title, English title and keywords, trimmed, without blanks or repeats (any case)', () => {
    expect(
      requestPhrases({
        title: ' RV 减速器型式试验 ',
        titleEn: 'Type testing of an RV reducer',
        keywords: ['rv 减速器型式试验', '', '型式试验', 'TYPE TESTING OF AN RV REDUCER'],
      }),
    ).toEqual(['RV 减速器型式试验', 'Type testing of an RV reducer', '型式试验']);
  });

  it('caps the number of searches', () => {
    expect(
      requestPhrases({ title: 't', titleEn: null, keywords: Array.from({ length: 50 }, (_, i) => `k${i}`) }),
    ).toHaveLength(10);
  });
});

describe('phraseWeight', () => {
  it('falls as more offerings match the phrase, and stays positive', () => {
    expect(phraseWeight(1, 480)).toBeGreaterThan(phraseWeight(10, 480));
    expect(phraseWeight(10, 480)).toBeGreaterThan(phraseWeight(480, 480));
    expect(phraseWeight(480, 480)).toBeGreaterThan(0);
    expect(phraseWeight(0, 480)).toBe(phraseWeight(1, 480));
  });
});
