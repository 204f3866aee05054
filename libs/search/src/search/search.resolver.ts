import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, selectedFields } from '#core';
import { appliedPrice, CatalogLoaders, tierOfKind, toAppliedPriceModel } from '#catalog';
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<OfferingSearchResultModel> {
    // Only the work asked for: facets and the total are counted when selected, the page read when hits are, offerings
    // read when selected.
    // Prices are filtered and sorted as the caller would pay them, and each hit says which tier that is.
    const kind = actor?.organizationKind ?? null;
    const selected = selectedFields(info);
    const hitFields = selectedFields(info, ['hits']);
    // The applied price is read from the offering's price list, so it needs the offering too.
    const withOfferings = hitFields.has('offering') || hitFields.has('price');
    // What of the offering the page answers: a page of titles and prices is read without the long texts.
    const offeringFields = selectedFields(info, ['hits', 'offering']);
    // One batched catalog read for the page's offerings, started as soon as the engine knows the page, while it may
    // still count facets; listedOfferings below answers from it.
    const result = await this.searchService.search(
      input,
      {
        facets: selected.has('facets'),
        total: selected.has('total'),
        // The words no hit matched are read from the page's hits.
        hits: selected.has('hits') || selected.has('unmatchedWords'),
      },
      tierOfKind(kind),
      withOfferings
        ? { onHits: (ids) => this.catalogLoaders.prefetchListedOfferings(context, ids, offeringFields) }
        : undefined,
    );
    // A hit the catalog no longer lists (archived, platform unpublished, gone) since it was indexed is dropped.
    const offerings = withOfferings
      ? await this.catalogLoaders.listedOfferings(
          context,
          result.hits.map((hit) => hit.id),
          offeringFields,
        )
      : result.hits.map(() => null);
    const hits: SearchHitModel[] = [];
    result.hits.forEach((hit, index) => {
      const offering = offerings[index];
      if (withOfferings && !offering) return;
      hits.push({
        offeringId: hit.id,
        score: hit.score,
        distanceKm: hit.distanceKm,
        highlights: hit.highlights,
        price: offering ? toAppliedPriceModel(offering.priceList, appliedPrice(offering.priceList, kind)) : undefined,
        offering: offering ?? undefined,
      });
    });
    // total and facets are computed when selected, and read only then.
    return {
      total: result.total ?? 0,
      hits,
      facets: result.facets,
      unmatchedWords: result.unmatchedWords,
      engine: result.engine,
      tookMs: result.tookMs,
    };
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
