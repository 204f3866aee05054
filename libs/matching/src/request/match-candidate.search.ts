import { Inject, Injectable } from '@nestjs/common';
import type { IndustryDirection, ServiceType } from '#core';
import { OfferingSearchService, type SearchHit } from '#search';
import { servicesAsked } from '../scoring/match-scorer.js';
import type { PilotRequestEntity } from './pilot-request.entity.js';

const CANDIDATES_PER_QUERY = 100;

/** What the request's text says of a candidate (MatchCandidateSearch.candidates). */
export interface CandidateText {
  /** Relative to the best candidate, 0–1: what ranks the candidates on text (the best is 1). */
  relevance: number;
  /**
   * Absolute, 0–1: how much of one of the request's phrases the offering matches, or how much of the offering's title
   * the phrase covers, whichever is more (`textEvidence`), times how telling the words matched are (`specificity`).
   * The title, English title and keywords count; the description only when the engine says which words matched.
   */
  evidence: number;
  /**
   * That evidence before its words' specificity (`textEvidence` alone): kept so that the scorer can say which of the
   * two fell short. A need described only in words most offerings hold (检测, 服务, 小批量试生产) is covered in full and
   * shown by nothing.
   */
  coverage: number;
}
/** A hit scoring this much matches (nearly) every word of the phrase: what the phrase's rarity is counted on. */
const STRONG_MATCH = 0.8;

/** What candidate generation reads of a request. */
export type CandidateRequest = Pick<
  PilotRequestEntity,
  | 'kind'
  | 'title'
  | 'titleEn'
  | 'description'
  | 'descriptionEn'
  | 'keywords'
  | 'serviceTypes'
  | 'industryDirection'
  | 'requiredAccreditations'
>;
/** Title, English title and keywords searched, at most (a request may carry 50 keywords). */
const MAX_PHRASES = 10;
/**
 * What a match of the description counts for next to one of the title or a keyword. A description names what the
 * title leaves out (PBAT/PLA, hot isostatic pressing, C-SAM), but also conditions any offering of the theme shares:
 * at full weight its partial matches outweighed the product the title names (measured: docs/benchmarks.md).
 */
export const DESCRIPTION_WEIGHT = 0.25;

/**
 * Candidates for a request from the search engine, with a text relevance 0–1.
 *
 * One search per phrase of the request — its title, its English title, each keyword and, for less, each description
 * (`DESCRIPTION_WEIGHT`) — rather than one search
 * with all of them, so that each phrase weighs by its own rarity and a title worded unlike every offering
 * ('钠离子电池层状氧化物正极成果转化中试') still finds them through its words (the engine cuts Chinese into words and
 * keeps offerings that match the more telling ones). An offering's text relevance is the
 * sum of its scores over the phrases, each weighted by how rare the phrase is among the offerings (`phraseWeight`),
 * relative to the best candidate's: matching more, and more specific, words of the request ranks higher. The phrase searches do not filter by service type: the service type is a factor of the scorer, not
 * a hard filter (only required accreditations are), so a performance test of the very product asked for is still
 * offered, below the type tests, to someone who asked for a type test. One more search with the request's service
 * types (or, when it names none, its kind's: `servicesAsked`) and industry direction as filters, and no words, keeps offerings that describe the service in other words.
 */
@Injectable()
export class MatchCandidateSearch {
  constructor(@Inject(OfferingSearchService) private readonly offerings: Pick<OfferingSearchService, 'search'>) {}

  async candidates(request: CandidateRequest): Promise<Map<string, CandidateText>> {
    const accreditations = request.requiredAccreditations.length === 1 ? request.requiredAccreditations : undefined;
    // Matching shows no facets: none are counted. Totals only where a phrase's rarity is read from them.
    const search = (
      query: string | undefined,
      filters: { serviceTypes?: ServiceType[]; industryDirections?: IndustryDirection[] },
      total = true,
    ) =>
      this.offerings.search({
        query,
        ...filters,
        accreditations,
        sort: 'RELEVANCE',
        limit: CANDIDATES_PER_QUERY,
        offset: 0,
        facets: [],
        total,
      });
    const titled = requestPhrases(request);
    const phrases = [
      ...titled.map((text) => ({ text, weight: 1 })),
      ...descriptionPhrases(request, titled).map((text) => ({ text, weight: DESCRIPTION_WEIGHT })),
    ];
    const [byPhrase, byFilters, all, wholeIndex] = await Promise.all([
      Promise.all(phrases.map(({ text }) => search(text, {}))),
      search(
        undefined,
        {
          serviceTypes: servicesAsked(request),
          industryDirections: request.industryDirection ? [request.industryDirection] : undefined,
        },
        false,
      ),
      this.offerings.search({ accreditations, sort: 'RELEVANCE', limit: 0, offset: 0, facets: [] }),
      // What a word's count of offerings is a share of: the whole index, as the engine counts words.
      accreditations ? this.offerings.search({ sort: 'RELEVANCE', limit: 0, offset: 0, facets: [] }) : null,
    ]);
    const offerings = (wholeIndex ?? all).total ?? 0;
    const sums = new Map<string, number>();
    const evidence = new Map<string, { evidence: number; coverage: number }>();
    for (const [index, result] of byPhrase.entries()) {
      // The engine also returns offerings matching only the phrase's more telling words: its total counts those. How
      // rare the phrase is shows in its strong matches (all of them, unless every hit of the page is one).
      const strong = result.hits.filter((hit) => hit.score >= STRONG_MATCH).length;
      const weight =
        phrases[index].weight *
        phraseWeight(strong < result.hits.length ? strong : (result.total ?? 0), all.total ?? 0);
      for (const hit of result.hits) {
        sums.set(hit.id, (sums.get(hit.id) ?? 0) + weight * hit.score);
        // A description's partial matches are conditions any offering of the theme shares: they count only when the
        // engine tells which words matched, and as much as the rarest of them names a product or process.
        const specific = index < titled.length || hit.matchedWords ? specificity(hit, offerings) : 0;
        const coverage = textEvidence(hit);
        const found = { evidence: coverage * specific, coverage };
        const known = evidence.get(hit.id);
        if (
          !known ||
          found.evidence > known.evidence ||
          (found.evidence === known.evidence && coverage > known.coverage)
        )
          evidence.set(hit.id, found);
      }
    }
    const best = Math.max(0, ...sums.values());
    const scores = new Map<string, CandidateText>();
    for (const [id, sum] of sums)
      scores.set(id, { relevance: best > 0 ? sum / best : 0, ...(evidence.get(id) ?? NO_EVIDENCE) });
    for (const hit of byFilters.hits) if (!scores.has(hit.id)) scores.set(hit.id, { relevance: 0, ...NO_EVIDENCE });
    return scores;
  }
}

const NO_EVIDENCE = { evidence: 0, coverage: 0 };

/** A word this share of the offerings hold, or more, tells nothing of which one is needed (检测, 服务, 中试)… */
export const GENERIC_SHARE = 1 / 4;
/** …once this many hold it: in a site's first few offerings every word is held by a large share. */
const GENERIC_HOLDERS = 6;
/** A word this share of the offerings hold, or less, names a product or process (扁线, 钠电, TOPCon, 热等静压)… */
export const SPECIFIC_SHARE = 1 / 30;
/** …and so does a word this few offerings hold, however small the index. */
const SPECIFIC_HOLDERS = 2;

/**
 * How telling the words a hit matched are, 0–1: that of the rarest, by how many offerings hold it, from 0 at
 * GENERIC_SHARE of them to 1 at SPECIFIC_SHARE (in a small index, GENERIC_HOLDERS and SPECIFIC_HOLDERS), linear in its
 * rarity (ln(1 + offerings / holders), as the engine weighs words). A request titled '需要做个检测' or '加工服务'
 * matches every test or production service in full, and says nothing of which it needs. 1 when the engine does not
 * say which words matched (Meilisearch).
 */
export function specificity(hit: Pick<SearchHit, 'matchedWords'>, offerings: number): number {
  // An index this small has no word most offerings hold that is not also a product of one.
  if (!hit.matchedWords || offerings <= GENERIC_HOLDERS) return 1;
  const rarity = (holders: number) => Math.log(1 + offerings / Math.max(1, holders));
  const generic = rarity(Math.max(GENERIC_SHARE * offerings, GENERIC_HOLDERS));
  const specific = rarity(Math.max(SPECIFIC_SHARE * offerings, SPECIFIC_HOLDERS));
  const rarest = Math.max(0, ...hit.matchedWords.map((w) => rarity(Math.min(w.offerings, offerings))));
  return Math.max(0, Math.min(1, (rarest - generic) / (specific - generic)));
}

/**
 * How much matching a phrase says about an offering: the rarer the phrase among the offerings, the more (inverse
 * document frequency). 'machine hours' or '工艺放大', found in every offering of a service type, count for little;
 * '热压罐' or 'NCM811' for much.
 */
export function phraseWeight(matching: number, offerings: number): number {
  return Math.log(1 + offerings / Math.max(1, matching));
}

/** The request's phrases, each searched on its own: title, English title, keywords; blanks and repeats dropped. */
export function requestPhrases(request: Pick<PilotRequestEntity, 'title' | 'titleEn' | 'keywords'>): string[] {
  return distinctPhrases([request.title, request.titleEn, ...request.keywords]).slice(0, MAX_PHRASES);
}

/** The request's descriptions (Chinese, English), each searched on its own, less those already `searched`. */
export function descriptionPhrases(
  request: Pick<PilotRequestEntity, 'description' | 'descriptionEn'>,
  searched: readonly string[] = [],
): string[] {
  return distinctPhrases([request.description, request.descriptionEn], searched);
}

/** Texts trimmed to their first 200 characters, blanks and repeats (any case, `seen` ones too) dropped. */
function distinctPhrases(texts: ReadonlyArray<string | null | undefined>, seen: readonly string[] = []): string[] {
  const known = new Set(seen.map((phrase) => phrase.toLowerCase()));
  const phrases: string[] = [];
  for (const raw of texts) {
    const phrase = raw?.trim().slice(0, 200);
    if (!phrase || known.has(phrase.toLowerCase())) continue;
    known.add(phrase.toLowerCase());
    phrases.push(phrase);
  }
  return phrases;
}

/**
 * How much a hit of one of the request's phrases says the offering is what the request describes, 0–1: the share of
 * the phrase it matches (the engine's score), or the share of the offering's title, Chinese or English, the phrase's
 * words cover (its highlights), whichever is more. The first misses a need written as a sentence
 * ('借用超声扫描显微镜看一下塑封器件内部分层' against '超声扫描显微镜机时共享'), the second a title the engine matched
 * through a synonym it does not highlight; an unserved need scores low on both, having only the generic words of a
 * theme in common with any offering ('…中试放大' against '钠电层状氧化物正极材料百公斤级工艺放大').
 */
export function textEvidence(hit: Pick<SearchHit, 'score' | 'highlights'>): number {
  let covered = 0;
  for (const { field, snippet } of hit.highlights) {
    if (field !== 'titleZh' && field !== 'titleEn') continue;
    const whole = letters(snippet.replace(/<\/?em>/g, ''));
    const marked = [...snippet.matchAll(/<em>(.*?)<\/em>/g)].reduce((n, match) => n + letters(match[1]), 0);
    if (whole > 0) covered = Math.max(covered, marked / whole);
  }
  return Math.min(1, Math.max(hit.score, covered));
}

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
