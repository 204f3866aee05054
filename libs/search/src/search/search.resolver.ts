import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '#core';
import { appliedPrice, CatalogLoaders, tierOfKind, toAppliedPriceModel, type OfferingModel } from '#catalog';
import { OptionalActor, type Actor } from '#identity';
import { SearchOfferingsInput, SearchSuggestionsArgs } from './dto/search-offerings.input.js';
import {
  OfferingSearchResultModel,
  SearchSuggestionModel,
  SuggestionSource,
  type SearchHitModel,
} from './search.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => OfferingSearchResultModel)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly catalogLoaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => OfferingSearchResultModel, {
    description:
      'Full-text search of offerings (Chinese and English, typos, synonyms) with filters, facets, distance and availability.',
    // `hits` count 20 (listCost); a larger page costs the whole selection once more per 20 hits.
    complexity: ({ args, childComplexity }) =>
      1 + childComplexity * Math.max(1, Math.ceil(Math.min(Number(args.input?.limit) || 20, 100) / 20)),
  })
  async searchOfferings(
    @OptionalActor() actor: Actor | null,
    @Args('input') input: SearchOfferingsInput,
    @Context() context: object,
  ): Promise<OfferingSearchResultModel> {
    // Prices are filtered and sorted as the caller would pay them, and each hit says which tier that is.
    const kind = actor?.organizationKind ?? null;
    const result = await this.searchService.search(input, tierOfKind(kind));
    // One batched catalog read for the page's offerings. A hit whose offering is gone since it was indexed is dropped.
    const offerings = await this.catalogLoaders.offering(context).loadMany(result.hits.map((hit) => hit.id));
    const hits: SearchHitModel[] = [];
    result.hits.forEach((hit, index) => {
      const offering = offerings[index];
      if (offering && !(offering instanceof Error))
        hits.push({
          offeringId: hit.id,
          score: hit.score,
          distanceKm: hit.distanceKm,
          highlights: hit.highlights,
          price: toAppliedPriceModel(
            (offering as OfferingModel).priceList,
            appliedPrice((offering as OfferingModel).priceList, kind),
          ),
          offering: offering as OfferingModel,
        });
    });
    return { total: result.total, hits, facets: result.facets, engine: result.engine, tookMs: result.tookMs };
  }

  @Public()
  @Query(() => [SearchSuggestionModel], {
    description: 'Search-as-you-type completions from offering titles, keywords and platform names, in both languages.',
  })
  async searchSuggestions(@Args() args: SearchSuggestionsArgs): Promise<SearchSuggestionModel[]> {
    const suggestions = await this.searchService.suggest(args.prefix, args.limit);
    return suggestions.map((s) => ({ text: s.text, source: SuggestionSource[s.source] }));
  }
}
