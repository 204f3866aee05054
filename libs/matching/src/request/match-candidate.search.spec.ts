import { describe, expect, it } from '@jest/globals';
import { Accreditation, IndustryDirection, ServiceType } from '#core';
import type { MatchedWord, OfferingSearchEngine, SearchQuery, SearchResult } from '#search';
import { PilotRequestKind } from '../matching.enums.js';
import {
  DESCRIPTION_WEIGHT,
  MatchCandidateSearch,
  phraseWeight,
  requestPhrases,
  specificity,
  textEvidence,
  type CandidateRequest,
} from './match-candidate.search.js';

const OFFERINGS = 100;

/** An engine that answers from a table: query text → [offering id, score]; a search without words → `filtered`. */
function fakeEngine(
  byQuery: Record<string, Array<[string, number, string?, MatchedWord[]?]>>,
  filtered: string[],
): { engine: OfferingSearchEngine; queries: SearchQuery[] } {
  const queries: SearchQuery[] = [];
  const result = (hits: Array<[string, number, string?, MatchedWord[]?]>, total: number): SearchResult => ({
    total,
    hits: hits.map(([id, score, title, matchedWords]) => ({
      id,
      score,
      distanceKm: null,
      highlights: title ? [{ field: 'titleZh', snippet: title }] : [],
      ...(matchedWords ? { matchedWords } : {}),
    })),
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
    expect(scores.get('na-ion')?.relevance).toBe(1);
    expect(scores.get('ncm')?.relevance).toBeGreaterThan(0);
    expect(scores.get('ncm')?.relevance).toBeLessThan(1);
  });

  it('filters by service type and direction only the search without words, and by a single required accreditation every search', async () => {
    const { engine, queries } = fakeEngine({}, ['by-filters']);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('by-filters')?.relevance).toBe(0);
    const withWords = queries.filter((q) => q.query !== undefined);
    expect(withWords.map((q) => q.query)).toEqual(['钠离子电池层状氧化物正极成果转化中试', '钠离子电池', '正极材料']);
    expect(withWords.every((q) => q.serviceTypes === undefined && q.industryDirections === undefined)).toBe(true);
    const filterOnly = queries.find((q) => q.query === undefined && q.limit > 0);
    expect(filterOnly?.serviceTypes).toEqual([ServiceType.SCALE_UP]);
    expect(filterOnly?.industryDirections).toEqual([IndustryDirection.RAW_MATERIALS]);
    // All but one: the index's size, which a word's count of offerings is a share of (`specificity`).
    const unfiltered = queries.filter((q) => q.accreditations === undefined);
    expect(unfiltered).toEqual([{ sort: 'RELEVANCE', limit: 0, offset: 0, facets: [] }]);
    expect(queries.filter((q) => q.accreditations).every((q) => q.accreditations?.[0] === Accreditation.CNAS)).toBe(
      true,
    );
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
    expect(scores.get('titled')?.relevance).toBe(1);
    // Counted at DESCRIPTION_WEIGHT of its rarity: below what the same match of the title gives.
    expect(scores.get('described')?.relevance).toBeGreaterThan(0);
    expect(scores.get('described')?.relevance).toBeLessThan(DESCRIPTION_WEIGHT);
  });

  it('counts a rare phrase for more than one most offerings share', async () => {
    const common = Array.from({ length: 60 }, (_, i): [string, number] => [`common-${i}`, 1]);
    const { engine } = fakeEngine({ 钠离子电池: [['rare', 1]], 正极材料: common }, []);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('rare')?.relevance).toBe(1);
    expect(scores.get('common-0')?.relevance).toBeLessThan(0.3);
  });

  it('counts a phrase as rare as its strong matches, not the partial ones the engine adds below them', async () => {
    const partial = Array.from({ length: 59 }, (_, i): [string, number] => [`partial-${i}`, 0.3]);
    const tenStrong = Array.from({ length: 10 }, (_, i): [string, number] => [`strong-${i}`, 1]);
    const { engine } = fakeEngine({ 钠离子电池: [['only-strong', 1], ...partial], 正极材料: tenStrong }, []);
    const scores = await new MatchCandidateSearch(engine).candidates(request);
    expect(scores.get('only-strong')?.relevance).toBe(1);
    expect(scores.get('strong-0')?.relevance).toBeLessThan(1);
    expect(scores.get('partial-0')?.relevance).toBeCloseTo(0.3);
  });
});

describe('MatchCandidateSearch evidence', () => {
  it('tells what the request’s own phrases show of each candidate, in absolute terms, and not what its description does when the engine does not say which words matched', async () => {
    const { engine } = fakeEngine(
      {
        // A need written as a sentence: the engine matches a share of it, the highlights most of the offering's title.
        借用超声扫描显微镜看一下塑封器件内部分层: [
          ['microscope', 0.3, '<em>超声扫描显微镜</em>机时共享'],
          ['warpage', 0.2, '<em>塑封</em>器件翘曲改进'],
        ],
        'C-SAM 看分层': [['described', 0.9, '<em>分层</em>检测']],
      },
      [],
    );
    const scores = await new MatchCandidateSearch(engine).candidates({
      ...request,
      title: '借用超声扫描显微镜看一下塑封器件内部分层',
      keywords: [],
      description: 'C-SAM 看分层',
    });
    expect(scores.get('microscope')?.evidence).toBeCloseTo(7 / 11);
    expect(scores.get('warpage')?.evidence).toBeCloseTo(2 / 8);
    expect(scores.get('described')).toMatchObject({ evidence: 0 });
    expect(scores.get('described')?.relevance).toBeGreaterThan(0);
  });
});

describe('MatchCandidateSearch evidence by the words matched', () => {
  // OFFERINGS (100) in the index: 检测 in 40 of them, 电池 in 15, TOPCon in 2.
  const generic = [{ word: '检测', offerings: 40 }];
  const topcon = [
    { word: 'topcon', offerings: 2 },
    { word: '检测', offerings: 40 },
  ];

  it('takes a need described only in words most offerings hold as not shown by any of them, however fully they match', async () => {
    const { engine } = fakeEngine({ 需要做个检测: [['any-test', 1, '性能<em>检测</em>', generic]] }, []);
    const scores = await new MatchCandidateSearch(engine).candidates({
      ...request,
      title: '需要做个检测',
      keywords: [],
      description: '',
    });
    expect(scores.get('any-test')).toMatchObject({ evidence: 0, coverage: 1 });
  });

  it('takes the product a generic title leaves to the description as evidence, as far as the offering’s title shows it', async () => {
    const { engine } = fakeEngine(
      {
        需要做个检测: [['topcon-test', 1, 'TOPCon 电池<em>检测</em>', generic]],
        '我们做 TOPCon 电池片，想测 IV': [['topcon-test', 0.4, '<em>TOPCon</em> <em>电池</em>检测', topcon]],
      },
      [],
    );
    const scores = await new MatchCandidateSearch(engine).candidates({
      ...request,
      title: '需要做个检测',
      keywords: [],
      description: '我们做 TOPCon 电池片，想测 IV',
    });
    expect(scores.get('topcon-test')?.evidence).toBeCloseTo(8 / 10);
    expect(scores.get('topcon-test')?.coverage).toBeCloseTo(8 / 10);
  });
});

describe('specificity', () => {
  it('is 0 for words a quarter of the offerings hold, 1 for words a thirtieth hold, and rises with rarity between', () => {
    expect(specificity({ matchedWords: [{ word: '服务', offerings: 90 }] }, 100)).toBe(0);
    expect(specificity({ matchedWords: [{ word: '检测', offerings: 25 }] }, 100)).toBeCloseTo(0);
    expect(specificity({ matchedWords: [{ word: '扁线', offerings: 3 }] }, 100)).toBe(1);
    const theme = specificity({ matchedWords: [{ word: '电池', offerings: 15 }] }, 100);
    expect(theme).toBeGreaterThan(0.1);
    expect(theme).toBeLessThan(0.5);
  });

  it('is that of the rarest word matched: generic words beside a product name take nothing from it', () => {
    expect(
      specificity(
        {
          matchedWords: [
            { word: '检测', offerings: 40 },
            { word: 'topcon', offerings: 2 },
          ],
        },
        100,
      ),
    ).toBe(1);
  });

  it('takes in a small index a word two offerings hold as naming one, and none as generic before six hold it', () => {
    expect(specificity({ matchedWords: [{ word: '钠电', offerings: 2 }] }, 16)).toBe(1);
    expect(specificity({ matchedWords: [{ word: '检测', offerings: 8 }] }, 16)).toBe(0);
    expect(specificity({ matchedWords: [{ word: '正极材料', offerings: 3 }] }, 3)).toBe(1);
  });

  it('is 1 when the engine does not say which words matched (Meilisearch)', () => {
    expect(specificity({}, 100)).toBe(1);
  });
});

describe('textEvidence', () => {
  it('takes the share of the phrase matched or of the offering’s title covered, whichever is more', () => {
    expect(textEvidence({ score: 0.95, highlights: [] })).toBe(0.95);
    expect(
      textEvidence({
        score: 0.2,
        highlights: [
          { field: 'titleZh', snippet: '钠电层状氧化物正极材料百公斤级<em>工艺放大</em>' },
          { field: 'titleEn', snippet: '<em>Scale</em>-<em>up</em> of sodium-ion cathode material' },
          { field: 'descriptionZh', snippet: '<em>工艺放大</em>' },
        ],
      }),
    ).toBeCloseTo(7 / 33);
    expect(
      textEvidence({ score: 0.1, highlights: [{ field: 'titleEn', snippet: '<em>HIP</em> & more' }] }),
    ).toBeCloseTo(3 / 7);
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
