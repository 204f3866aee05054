import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AppliedPriceModel, OfferingModel } from '#catalog';
import { listCost, registerLabelledEnum, type LabelTable } from '#core';

export enum SuggestionSource {
  TITLE = 'TITLE',
  KEYWORD = 'KEYWORD',
  PLATFORM = 'PLATFORM',
}
export const SUGGESTION_SOURCE_LABELS: LabelTable<SuggestionSource> = {
  TITLE: { zh: '服务名称', en: 'service' },
  KEYWORD: { zh: '关键词', en: 'keyword' },
  PLATFORM: { zh: '平台', en: 'platform' },
};
registerLabelledEnum(SuggestionSource, SUGGESTION_SOURCE_LABELS, {
  name: 'SuggestionSource',
  description: 'Where a completion comes from: an offering title, a keyword or a platform name.',
});

@ObjectType('SearchHighlight')
export class SearchHighlightModel {
  @Field({ description: 'titleZh, titleEn, descriptionZh or descriptionEn.' })
  field: string;

  @Field({ description: 'The text with matches in <em>…</em>; descriptions cropped around the first match (…).' })
  snippet: string;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  /** Resolved by SearchResolver through the catalog, in one batch per request. */
  offeringId: string;

  @Field(() => Float, { description: 'Relevance in [0, 1].' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance from `near`, when given.' })
  distanceKm: number | null;

  @Field(() => [SearchHighlightModel], { complexity: listCost(3) })
  highlights: SearchHighlightModel[];

  /** Set when `price` or `offering` is selected (the resolver reads the offering only then). */
  @Field(() => AppliedPriceModel, {
    description:
      'The price per unit you would pay, which filters and price sorts used: your organization kind’s tier, else the base price.',
  })
  price?: AppliedPriceModel;

  @Field(() => OfferingModel)
  offering?: OfferingModel;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueModel {
  @Field({ description: 'An enum code (service type, direction, level, accreditation) or a province code.' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchFacet')
export class SearchFacetModel {
  @Field({ description: 'serviceType, industryDirection, province, level or accreditation.' })
  field: string;

  // At most one value per province (34), the longest facet.
  @Field(() => [SearchFacetValueModel], {
    description: 'Values in the filtered result, most frequent first.',
    complexity: listCost(34),
  })
  values: SearchFacetValueModel[];
}

@ObjectType('OfferingSearchResult')
export class OfferingSearchResultModel {
  @Field(() => Int, { description: 'All matching offerings (filters applied), not just this page.' })
  total: number;

  // 20 hits; searchOfferings counts the selection once more per further 20.
  @Field(() => [SearchHitModel], { complexity: listCost(20) })
  hits: SearchHitModel[];

  @Field(() => [SearchFacetModel], { description: 'Counts over the filtered result.', complexity: listCost(5) })
  facets: SearchFacetModel[];

  // At most the query's ten words.
  @Field(() => [String], {
    description:
      'The query’s words (stop words aside) that no hit of this page matched, by any synonym, alternative or typo, as typed: every word when there is no hit, none for a blank query.',
    complexity: listCost(10),
  })
  unmatchedWords: string[];

  @Field({ description: 'postgres or meilisearch.' })
  engine: string;

  @Field(() => Int, { description: 'Time the search took in the server, in milliseconds.' })
  tookMs: number;
}

@ObjectType('SearchSuggestion')
export class SearchSuggestionModel {
  @Field()
  text: string;

  @Field(() => SuggestionSource)
  source: SuggestionSource;
}
