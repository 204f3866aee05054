import type { Accreditation, IndustryDirection, PlatformLevel, ServiceType } from '#core';
import { geoCellTokens } from '../geo.js';
import { placeTermsOf } from '../indexing/context-terms.js';
import type { FacetField, OfferingSearchDocument } from '../search-document.js';
import { dayKey } from '../shanghai-days.js';
import { suggestionEntries } from '../text/suggestions.js';
import { INNER_MARK, isCjk, modelKey, tokenize } from '../text/tokenize.js';

/**
 * How the PostgreSQL engine stores a document: one row whose tokens (the lexemes of `terms`, GIN-indexed) hold
 * everything a search can ask for, so that every text condition and every filter is answered by one inverted index:
 *
 * - text tokens of the searchable fields (the shared tokenizer: Latin words, CJK characters, bigrams and words);
 * - the same tokens marked `^` for the title fields (titles, keywords, context terms): the `attribute` rule asks
 *   "are the query words in the title?" through the index too;
 * - the words of where the platform is (its city, province and regions: `placeTermsOf`) marked `@`, counted only: the
 *   count of `@苏州` tells the query word 苏州 names a place (`LOCATION_MARK`, pg-query-plan.ts);
 * - filter tokens `st:`, `dir:`, `kd:`, `pv:`, `lv:`, `ac:`, `oa:1` (facet values, key domains, open access);
 * - day tokens `d:YYYYMMDD` for each Shanghai day with an OPEN slot;
 * - geo cell tokens `g1:…`, `g5:…` for radius searches.
 *
 * Text tokens never contain `:`, `^`, `=` or `@` (the tokenizer splits on anything but letters and digits), so the
 * markers cannot collide with words.
 */
export const TITLE_MARK = '^';
/** Marks the tokens of the headline fields (titleZh, titleEn): the first of the `attribute` rule's places. */
export const HEADLINE_MARK = '=';
/** Marks the words of where an offering's platform is (its city, province, regions). */
export const LOCATION_MARK = '@';

export const FILTER_PREFIX = {
  serviceType: 'st',
  industryDirection: 'dir',
  keyDomain: 'kd',
  province: 'pv',
  level: 'lv',
  accreditation: 'ac',
} as const;

export const OPEN_ACCESS_TOKEN = 'oa:1';

export const filterToken = (field: keyof typeof FILTER_PREFIX, value: string) => `${FILTER_PREFIX[field]}:${value}`;

/** 'YYYY-MM-DD' as the token `d:YYYYMMDD`. */
export const dayToken = (day: string) => `d:${dayKey(day)}`;

/** Searchable fields, in Meilisearch's `searchableAttributes` order: headline, then keywords and context terms. */
const HEADLINE_FIELDS = (doc: OfferingSearchDocument) => [doc.titleZh, doc.titleEn ?? ''];
const OTHER_FIELDS = (doc: OfferingSearchDocument) => [
  doc.platformNameZh,
  doc.platformNameEn ?? '',
  ...doc.equipmentNames,
  doc.descriptionZh,
  doc.descriptionEn ?? '',
];

export interface PgSearchRow {
  id: string;
  ratingAverage: number | null;
  /** Base price per unit in fen; the tiers' prices are in `document.tierPrices` and their own columns. */
  priceAmount: number | null;
  lat: number | null;
  lng: number | null;
  earliestOpenSlot: string | null;
  /** Facet values as small codes (FACET_CODES): grouping by two-byte integers is what keeps facets cheap. */
  serviceType: number;
  industryDirection: number;
  province: number;
  platformLevel: number;
  /** Accreditations as a bit set (ACCREDITATION_BITS). */
  accreditations: number;
  tokens: string[];
  document: OfferingSearchDocument;
}

/**
 * Facet codes of the search_document columns. Written out rather than taken from the enums' order, so that
 * reordering an enum cannot silently change what stored codes mean; a value added to an enum fails to compile
 * here until it gets a code (and the index must then be rebuilt: `npm run reindex`). Provinces are their
 * two-digit GB/T 2260 code as a number.
 */
export const FACET_CODES = {
  serviceType: {
    TECH_DEVELOPMENT: 1,
    PROCESS_IMPROVEMENT: 2,
    SCALE_UP: 3,
    TYPE_TESTING: 4,
    PERFORMANCE_TESTING: 5,
    SMALL_BATCH_PRODUCTION: 6,
    EQUIPMENT_SHARING: 7,
    EQUIPMENT_VALIDATION: 8,
  } satisfies Record<ServiceType, number>,
  industryDirection: {
    RAW_MATERIALS: 1,
    EQUIPMENT_MANUFACTURING: 2,
    CONSUMER_GOODS: 3,
    INFORMATION_TECHNOLOGY: 4,
    EMERGING_AND_FUTURE: 5,
  } satisfies Record<IndustryDirection, number>,
  level: { NONE: 1, CULTIVATION: 2, PROVINCIAL: 3, NATIONAL: 4 } satisfies Record<PlatformLevel, number>,
} as const;

export const ACCREDITATION_BITS = {
  CMA: 1,
  CNAS: 2,
  GLP: 4,
  GMP: 8,
  ISO_9001: 16,
  IATF_16949: 32,
  OTHER: 64,
} as const satisfies Record<Accreditation, number>;

type CodedFacet = keyof typeof FACET_CODES;

// Codes back to values, built once: every facet row of every search that counts facets is decoded.
const valuesByCode = (codes: Readonly<Record<string, number>>): ReadonlyMap<number, string> =>
  new Map(Object.entries(codes).map(([value, code]) => [code, value]));
const FACET_VALUES: Record<CodedFacet, ReadonlyMap<number, string>> = {
  serviceType: valuesByCode(FACET_CODES.serviceType),
  industryDirection: valuesByCode(FACET_CODES.industryDirection),
  level: valuesByCode(FACET_CODES.level),
};
const ACCREDITATION_ENTRIES = Object.entries(ACCREDITATION_BITS) as Array<[Accreditation, number]>;

/** The value a stored code stands for. */
export function facetValueOf(facet: CodedFacet, code: number): string {
  const value = FACET_VALUES[facet].get(code);
  if (value === undefined) throw new RangeError(`no ${facet} with code ${code}`);
  return value;
}

export function accreditationsOf(bits: number): Accreditation[] {
  const values: Accreditation[] = [];
  for (const [value, bit] of ACCREDITATION_ENTRIES) if ((bits & bit) !== 0) values.push(value);
  return values;
}

export const provinceCode = (province: string) => Number.parseInt(province, 10);
export const provinceOf = (code: number) => String(code).padStart(2, '0');

// Offerings of one platform share its name, city and equipment names, and many share keywords: tokenizing each
// distinct field text once (the ICU segmenter is the expensive part) makes a full re-index several times faster.
const TOKEN_CACHE_LIMIT = 50_000;
const tokenCache = new Map<string, readonly string[]>();

function fieldTokens(text: string): readonly string[] {
  if (!text) return [];
  let tokens = tokenCache.get(text);
  if (tokens === undefined) {
    tokens = tokenize(text);
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Every token of a document, in the order described above, without duplicates. */
export function documentTokens(doc: OfferingSearchDocument): string[] {
  const tokens = new Set<string>();
  const titleTokens = new Set<string>();
  const headlineTokens = new Set<string>();
  for (const text of HEADLINE_FIELDS(doc)) {
    for (const token of fieldTokens(text)) {
      tokens.add(token);
      titleTokens.add(token);
      headlineTokens.add(token);
    }
  }
  // Keywords and the platform's place and level rank as title fields (see contextTermsOf).
  for (const text of [...doc.keywords, ...doc.contextTerms]) {
    for (const token of fieldTokens(text)) {
      tokens.add(token);
      titleTokens.add(token);
    }
  }
  for (const text of OTHER_FIELDS(doc)) for (const token of fieldTokens(text)) tokens.add(token);
  // A model as one word (ac45s), not its parts: 45s or s would match every model of the series.
  for (const model of doc.equipmentModels) if (modelKey(model)) tokens.add(modelKey(model));
  for (const token of titleTokens) tokens.add(TITLE_MARK + token);
  for (const token of headlineTokens) tokens.add(HEADLINE_MARK + token);
  for (const text of placeTermsOf(doc))
    for (const token of fieldTokens(text)) if (!token.startsWith(INNER_MARK)) tokens.add(LOCATION_MARK + token);
  tokens.add(filterToken('serviceType', doc.serviceType));
  tokens.add(filterToken('industryDirection', doc.industryDirection));
  for (const domain of doc.keyDomains) tokens.add(filterToken('keyDomain', domain));
  tokens.add(filterToken('province', doc.province));
  tokens.add(filterToken('level', doc.platformLevel));
  for (const accreditation of doc.accreditations) tokens.add(filterToken('accreditation', accreditation));
  if (doc.openAccess) tokens.add(OPEN_ACCESS_TOKEN);
  for (const day of doc.openSlotDays) tokens.add(dayToken(day));
  if (doc.location) for (const cell of geoCellTokens(doc.location)) tokens.add(cell);
  return [...tokens];
}

/** The facet codes of a document's columns. */
export type FacetCodes = Pick<
  PgSearchRow,
  'serviceType' | 'industryDirection' | 'province' | 'platformLevel' | 'accreditations'
>;

export function facetCodes(doc: OfferingSearchDocument): FacetCodes {
  return {
    serviceType: FACET_CODES.serviceType[doc.serviceType],
    industryDirection: FACET_CODES.industryDirection[doc.industryDirection],
    province: provinceCode(doc.province),
    platformLevel: FACET_CODES.level[doc.platformLevel],
    accreditations: doc.accreditations.reduce((bits, accreditation) => bits | ACCREDITATION_BITS[accreditation], 0),
  };
}

export function toPgSearchRow(doc: OfferingSearchDocument): PgSearchRow {
  return {
    id: doc.id,
    ratingAverage: doc.ratingAverage,
    priceAmount: doc.priceAmount,
    lat: doc.location?.lat ?? null,
    lng: doc.location?.lng ?? null,
    earliestOpenSlot: doc.earliestOpenSlot,
    ...facetCodes(doc),
    tokens: documentTokens(doc),
    document: doc,
  };
}

/** A text token, plain or marked for a place (not a filter, day or cell token): what `search_term` counts. */
export function isVocabularyToken(token: string): boolean {
  return !token.includes(':');
}

/** A token marked for the title fields or the headline. */
export const isPlaceMarked = (token: string) => token.startsWith(TITLE_MARK) || token.startsWith(HEADLINE_MARK);

/** A counted token that is a Latin word of the typo vocabulary (`search_term.latin`): plain and without CJK. */
export const isTypoVocabulary = (token: string) =>
  !isCjk(token) && !isPlaceMarked(token) && !token.startsWith(LOCATION_MARK);

/**
 * The text tokens of a document, counted in `search_term`: Latin words are the typo vocabulary; the count of every
 * token tells a word that every document holds (中试 on a pilot-platform site), which filters nothing; the counts of
 * place-marked tokens (^x, =x) tell a ranking bucket that no document can fill, which a search then skips; those of
 * location-marked tokens (@x) tell a query word that names where platforms are.
 */
export function vocabularyTokens(tokens: readonly string[]): string[] {
  return tokens.filter(isVocabularyToken);
}

/** The facet values a document counts for, as (field, value) pairs; accreditations may give several. */
export function facetEntries(doc: OfferingSearchDocument): Array<{ facet: FacetField; value: string }> {
  return [
    { facet: 'serviceType', value: doc.serviceType },
    { facet: 'industryDirection', value: doc.industryDirection },
    { facet: 'province', value: doc.province },
    { facet: 'level', value: doc.platformLevel },
    ...[...new Set(doc.accreditations)].map((value) => ({ facet: 'accreditation' as const, value })),
  ];
}

/** A document as stored, for undoing its contribution to the counters when it is replaced or removed. */
export interface StoredDocument {
  tokens: readonly string[];
  document: OfferingSearchDocument;
}

export const TOTAL_FACET = { facet: '*', value: '*' } as const;

export interface CounterChanges {
  terms: Map<string, number>;
  /** Key `facet\u0000value`. */
  facets: Map<string, number>;
  /** Key `source\u0000norm`. */
  suggestions: Map<string, { text: string; delta: number }>;
}

export const counterKey = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * How the vocabulary, facet and suggestion counts change when `before` documents are replaced by `after` ones (a
 * removal is a document in `before` only). Only non-zero changes are kept.
 */
export function counterChanges(before: readonly StoredDocument[], after: readonly StoredDocument[]): CounterChanges {
  const changes: CounterChanges = { terms: new Map(), facets: new Map(), suggestions: new Map() };
  const apply = (stored: StoredDocument, sign: 1 | -1) => {
    for (const term of vocabularyTokens(stored.tokens)) changes.terms.set(term, (changes.terms.get(term) ?? 0) + sign);
    for (const { facet, value } of [...facetEntries(stored.document), TOTAL_FACET]) {
      const key = counterKey(facet, value);
      changes.facets.set(key, (changes.facets.get(key) ?? 0) + sign);
    }
    for (const entry of suggestionEntries(stored.document)) {
      const key = counterKey(entry.source, entry.norm);
      const current = changes.suggestions.get(key);
      changes.suggestions.set(key, {
        text: sign > 0 ? entry.text : (current?.text ?? entry.text),
        delta: (current?.delta ?? 0) + sign,
      });
    }
  };
  for (const stored of before) apply(stored, -1);
  for (const stored of after) apply(stored, 1);
  for (const [key, delta] of changes.terms) if (delta === 0) changes.terms.delete(key);
  for (const [key, delta] of changes.facets) if (delta === 0) changes.facets.delete(key);
  for (const [key, { delta }] of changes.suggestions) if (delta === 0) changes.suggestions.delete(key);
  return changes;
}

/** Adds `source` into `target` (a full re-index sums the contributions of all documents). */
export function mergeCounterChanges(target: CounterChanges, source: CounterChanges): void {
  for (const [key, delta] of source.terms) target.terms.set(key, (target.terms.get(key) ?? 0) + delta);
  for (const [key, delta] of source.facets) target.facets.set(key, (target.facets.get(key) ?? 0) + delta);
  for (const [key, change] of source.suggestions) {
    const current = target.suggestions.get(key);
    target.suggestions.set(key, { text: current?.text ?? change.text, delta: (current?.delta ?? 0) + change.delta });
  }
}
