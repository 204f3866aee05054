import type { FilterableAttributes, Settings } from 'meilisearch';
import {
  SEARCH_PRICE_TIERS,
  type FacetField,
  type OfferingSearchDocument,
  type SearchPriceTier,
} from '../search-document.js';
import { dayKey } from '../shanghai-days.js';
import { MEILI_WORD_BREAK, meiliSegmented, withoutMeiliBreaks } from '../text/chinese-segmenter.js';
import { DOMAIN_DICTIONARY } from '../text/domain-dictionary.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { isCjk } from '../text/normalize.js';
import { meiliSynonyms } from '../text/synonyms.js';
import { COMPLETION_KEYS_ATTRIBUTE, completionKeysOf } from './meili-completion.js';

/**
 * The document as Meilisearch stores it: `location` becomes the reserved `_geo`, left out without a coordinate
 * (the server would accept `_geo: null` too; leaving it out keeps the stored document small), and the values
 * Meilisearch must sort or range-filter get numeric twins, because it sorts and compares numbers, not ISO strings.
 */
export type MeiliOfferingDocument = Omit<OfferingSearchDocument, 'location'> & {
  _geo?: { lat: number; lng: number };
  /** `earliestOpenSlot` in epoch milliseconds; null sorts last in both directions. */
  earliestOpenSlotTs: number | null;
  /** `openSlotDays` as YYYYMMDD numbers, for one range condition over the array. */
  openSlotDayKeys: number[];
  /** Where typed text may start in its completions (`completionKeysOf`); searched by completions only. */
  completionKeys: string[];
};

/** Attribute names in the Meilisearch index, shared by the settings and the query builder. */
export const MEILI_ATTRIBUTES = {
  priceAmount: 'priceAmount',
  earliestOpenSlotTs: 'earliestOpenSlotTs',
  ratingAverage: 'ratingAverage',
  leadTimeDays: 'leadTimeDays',
  openSlotDayKeys: 'openSlotDayKeys',
  openAccess: 'openAccess',
  geo: '_geo',
} as const;

/** The attribute holding a tier's price (fen): the base price, or the nested `tierPrices.<TIER>`. */
export const priceAttribute = (tier: SearchPriceTier | undefined): string =>
  tier === undefined ? MEILI_ATTRIBUTES.priceAmount : `tierPrices.${tier}`;
const TIER_PRICE_ATTRIBUTES = SEARCH_PRICE_TIERS.map(priceAttribute);

/** Facet (API name) to the index attribute that holds it. */
export const MEILI_FACET_ATTRIBUTES: Readonly<Record<FacetField, string>> = {
  serviceType: 'serviceType',
  industryDirection: 'industryDirection',
  province: 'province',
  level: 'platformLevel',
  accreditation: 'accreditations',
};

// Order matters: the `attribute` ranking rule prefers matches in earlier attributes. What searches search
// (`attributesToSearchOn`); the index's searchable attributes add the completion keys, which only completions search.
export const SEARCHABLE_ATTRIBUTES = [
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
];

/**
 * Filterable attributes in the granular syntax: equality only for the facets and flags, comparison where a range is
 * asked (price cap, day window), and facet search nowhere (the API never searches facet values; facet counts need only
 * the filter). `_geo` keeps the plain form the geo filter and sort expect.
 */
const FILTERABLE_ATTRIBUTES: FilterableAttributes = [
  {
    attributePatterns: [
      'serviceType',
      'industryDirection',
      'keyDomains',
      'province',
      'platformLevel',
      'accreditations',
      MEILI_ATTRIBUTES.openAccess,
      // Not for users: lets the indexer delete or audit one platform's or organization's documents by filter.
      'platformId',
      'organizationId',
    ],
    features: { facetSearch: false, filter: { equality: true, comparison: false } },
  },
  {
    attributePatterns: [MEILI_ATTRIBUTES.openSlotDayKeys, MEILI_ATTRIBUTES.priceAmount, ...TIER_PRICE_ATTRIBUTES],
    features: { facetSearch: false, filter: { equality: false, comparison: true } },
  },
  MEILI_ATTRIBUTES.geo,
];

/**
 * Characters the PostgreSQL analysis also treats as separators (it splits on anything that is not a letter or a digit)
 * that are not among Meilisearch's default separators. No `nonSeparatorTokens`: the two analyses split the same
 * punctuation ('scale-up', 'PC/ABS', 'GB/T'). And the break between the Chinese words of what we send
 * (`meiliSegmented`): a default separator already, listed so that it stays one whatever the defaults become.
 */
const SEPARATOR_TOKENS = ['~', '|', '^', '$', '¥', '€', '°', '®', '™', MEILI_WORD_BREAK];

// The shortest word Meilisearch (and allowedTypos) gives a typo.
const ONE_TYPO_LENGTH = 5;

const SORTABLE_ATTRIBUTES = [
  MEILI_ATTRIBUTES.priceAmount,
  ...TIER_PRICE_ATTRIBUTES,
  MEILI_ATTRIBUTES.earliestOpenSlotTs,
  MEILI_ATTRIBUTES.ratingAverage,
  MEILI_ATTRIBUTES.geo,
  MEILI_ATTRIBUTES.leadTimeDays,
];

/**
 * `sort` sits right after `words`, not in Meilisearch's default place after `attribute`: with the default, a
 * PRICE_ASC search for "锂电池" is ordered by typo, proximity and attribute first and by price only among ties, so
 * "sort orders hold" would fail. A RELEVANCE search sends no `sort`, which makes the rule a no-op, so relevance
 * ranking is the default order (words, typo, proximity, attribute, exactness), the order the PostgreSQL engine follows
 * too. The rating breaks the remaining ties.
 */
const RANKING_RULES = [
  'words',
  'sort',
  'typo',
  'proximity',
  'attribute',
  'exactness',
  `${MEILI_ATTRIBUTES.ratingAverage}:desc`,
];

/**
 * Index settings, applied at start and kept here, in code. The text analysis mirrors the PostgreSQL engine's as far as
 * Meilisearch's tokenizer allows (docs/search.md): the same domain dictionary (`dictionary`: those words are kept
 * whole, before its jieba runs and re-cuts longer words into pairs), the same stop words and synonyms.
 */
export function buildIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES, COMPLETION_KEYS_ATTRIBUTE],
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    facetSearch: false,
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    // Meilisearch's defaults, written out: the PostgreSQL engine (allowedTypos) mirrors exactly these numbers, and gives
    // a Chinese word none. Meilisearch counts characters whatever the script: the re-cut leaves pieces of at most three
    // (and an n-gram of them loses a typo per word joined), but a domain word kept whole may reach five (磷酸锰铁锂,
    // which one typo would match with 磷酸锰铁铝).
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: ONE_TYPO_LENGTH, twoTypos: 9 },
      disableOnWords: DOMAIN_DICTIONARY.filter((word) => isCjk(word) && Array.from(word).length >= ONE_TYPO_LENGTH),
      // A key matches as typed or as the beginning of a key: a typo would find other completions.
      disableOnAttributes: [COMPLETION_KEYS_ATTRIBUTE],
      disableOnNumbers: false,
    },
    synonyms: meiliSegmentedSynonyms(meiliSynonyms()),
    stopWords: [...STOP_WORDS],
    dictionary: [...DOMAIN_DICTIONARY],
    separatorTokens: [...SEPARATOR_TOKENS],
    // Chinese fields are segmented as Mandarin (never guessed as Japanese from a short kanji title); keywords and
    // equipment names mix both languages and are left to detection.
    localizedAttributes: [
      { attributePatterns: ['titleZh', 'descriptionZh', 'platformNameZh'], locales: ['cmn'] },
      { attributePatterns: ['titleEn', 'descriptionEn', 'platformNameEn'], locales: ['eng'] },
    ],
    // The API refuses offset > 10 000, so no page can lie beyond what Meilisearch counts.
    pagination: { maxTotalHits: 10_000 },
    // The default, written out: the last word of a search, and the key of a completion, are prefixes of indexed words.
    prefixSearch: 'indexingTime',
    faceting: { maxValuesPerFacet: 100 },
  };
}

/** The synonyms with their Chinese cut as documents and queries are sent (`meiliSegmented`): Meilisearch matches words. */
function meiliSegmentedSynonyms(synonyms: Record<string, string[]>): Record<string, string[]> {
  const cut = new Map<string, string[]>();
  for (const [key, targets] of Object.entries(synonyms)) {
    const found = cut.get(meiliSegmented(key)) ?? [];
    for (const target of targets.map(meiliSegmented)) if (!found.includes(target)) found.push(target);
    cut.set(meiliSegmented(key), found);
  }
  return Object.fromEntries(cut);
}

// The searchable text fields, sent cut into words (`meiliSegmented`) and read back without the breaks.
const TEXT_FIELDS = [
  'titleZh',
  'titleEn',
  'descriptionZh',
  'descriptionEn',
  'platformNameZh',
  'platformNameEn',
] as const;
const TEXT_LIST_FIELDS = ['keywords', 'contextTerms', 'equipmentNames'] as const;

function withTexts<T extends OfferingSearchDocument | MeiliOfferingDocument>(
  doc: T,
  edit: (text: string) => string,
): T {
  const copy = { ...doc };
  for (const field of TEXT_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = edit(value);
  }
  for (const field of TEXT_LIST_FIELDS) copy[field] = copy[field].map(edit);
  return copy;
}

/**
 * The document Meilisearch indexes for an offering, its Chinese cut into the words the query will be cut into
 * (`meiliSegmented`: charabia alone would cut a domain word out of a longer word). Equipment models stay as written.
 */
export function toMeiliDocument(doc: OfferingSearchDocument): MeiliOfferingDocument {
  const { location, ...rest } = withTexts(doc, meiliSegmented);
  const earliestOpenSlotTs = doc.earliestOpenSlot === null ? null : Date.parse(doc.earliestOpenSlot);
  if (earliestOpenSlotTs !== null && Number.isNaN(earliestOpenSlotTs)) {
    throw new RangeError(`toMeiliDocument: earliestOpenSlot is not an ISO timestamp: ${doc.earliestOpenSlot}`);
  }
  return {
    ...rest,
    ...(location ? { _geo: { lat: location.lat, lng: location.lng } } : {}),
    earliestOpenSlotTs,
    openSlotDayKeys: doc.openSlotDays.map(dayKey),
    completionKeys: completionKeysOf(doc),
  };
}

/** The search document back from a Meilisearch hit (drops the numeric twins, restores `location`). */
export function fromMeiliDocument(doc: MeiliOfferingDocument): OfferingSearchDocument {
  const {
    _geo,
    earliestOpenSlotTs: _ts,
    openSlotDayKeys: _days,
    completionKeys: _keys,
    ...rest
  } = withTexts(doc, withoutMeiliBreaks);
  return { ...rest, location: _geo ? { lat: _geo.lat, lng: _geo.lng } : null };
}
