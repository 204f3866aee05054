import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  Accreditation,
  IndustryDirection,
  IsLatitude,
  IsLongitude,
  IsMoney,
  IsNotBefore,
  IsProvinceCode,
  KeyDomain,
  showsNothing,
  Money,
  registerLabelledEnum,
  type LabelTable,
  PlatformLevel,
  ServiceType,
  MAX_FILTER_VALUES,
} from '#core';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  EARLIEST_AVAILABLE = 'EARLIEST_AVAILABLE',
  DISTANCE = 'DISTANCE',
  RATING = 'RATING',
}
export const SEARCH_SORT_LABELS: LabelTable<SearchSort> = {
  RELEVANCE: { zh: '综合排序', en: 'best match' },
  PRICE_ASC: { zh: '价格从低到高', en: 'price, lowest first' },
  PRICE_DESC: { zh: '价格从高到低', en: 'price, highest first' },
  EARLIEST_AVAILABLE: { zh: '最早可预约', en: 'earliest available' },
  DISTANCE: { zh: '距离最近', en: 'nearest' },
  RATING: { zh: '评分最高', en: 'best rated' },
};
registerLabelledEnum(SearchSort, SEARCH_SORT_LABELS, {
  name: 'SearchSort',
  valuesMap: {
    RELEVANCE: { description: 'Matching words, then typos, then title matches, then rating (the default).' },
    PRICE_ASC: { description: 'Cheapest first, by the price you would pay; offerings on quotation last.' },
    PRICE_DESC: { description: 'Dearest first, by the price you would pay; offerings on quotation last.' },
    EARLIEST_AVAILABLE: { description: 'Earliest OPEN slot first; offerings without one last.' },
    DISTANCE: { description: 'Nearest to `near` first (needs `near`).' },
    RATING: { description: 'Best rated first; unrated last.' },
  },
});

/** The facets a search can count; the values are the `field` names of SearchFacet. */
export enum SearchFacetField {
  serviceType = 'serviceType',
  industryDirection = 'industryDirection',
  province = 'province',
  level = 'level',
  accreditation = 'accreditation',
}
export const SEARCH_FACET_FIELD_LABELS: LabelTable<SearchFacetField> = {
  serviceType: { zh: '服务类型', en: 'service type' },
  industryDirection: { zh: '产业方向', en: 'industry direction' },
  province: { zh: '省份', en: 'province' },
  level: { zh: '平台级别', en: 'platform level' },
  accreditation: { zh: '资质认证', en: 'accreditation' },
};
registerLabelledEnum(SearchFacetField, SEARCH_FACET_FIELD_LABELS, {
  name: 'SearchFacetField',
  description: 'A facet of offering search: the `field` of a SearchFacet.',
});

/** Longest query accepted: longer text is a document, not a search. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_SEARCH_OFFSET = 10_000;
/** Half the Earth's circumference: every point is within it. */
const MAX_RADIUS_KM = 20_040;

@InputType('SearchNearInput', { description: 'Offerings within radiusKm of a point (great-circle distance).' })
export class SearchNearInput {
  @Field(() => Float)
  @IsLatitude()
  lat: number;

  @Field(() => Float)
  @IsLongitude()
  lng: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'radiusKm must be greater than 0' })
  @Max(MAX_RADIUS_KM)
  radiusKm: number;
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType('SearchOfferingsInput')
export class SearchOfferingsInput {
  @Field({
    nullable: true,
    description: 'Words in Chinese and/or English; typos tolerated, the last word completed. Empty: filters only.',
  })
  // Text that shows nothing (zero-width characters pasted alone) is no words: blank, which lists everything, in both
  // engines alike, rather than a query of no words that finds nothing.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && showsNothing(value) ? '' : value))
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string;

  @Field(() => [ServiceType], { nullable: true, description: 'Any of these (OR); filters combine with AND.' })
  @IsOptional()
  @IsEnum(ServiceType, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  serviceTypes?: ServiceType[];

  @Field(() => [IndustryDirection], { nullable: true })
  @IsOptional()
  @IsEnum(IndustryDirection, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  industryDirections?: IndustryDirection[];

  @Field(() => [KeyDomain], { nullable: true })
  @IsOptional()
  @IsEnum(KeyDomain, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  keyDomains?: KeyDomain[];

  @Field(() => [String], { nullable: true, description: 'GB/T 2260 province codes, e.g. 32 (Jiangsu).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => trimmed({ value: v })) : value,
  )
  @IsProvinceCode({ each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  provinces?: string[];

  @Field(() => [PlatformLevel], { nullable: true })
  @IsOptional()
  @IsEnum(PlatformLevel, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  levels?: PlatformLevel[];

  @Field(() => [Accreditation], { nullable: true })
  @IsOptional()
  @IsEnum(Accreditation, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  accreditations?: Accreditation[];

  @Field({ nullable: true, description: 'Only offerings with an OPEN open-access slot.' })
  @IsOptional()
  @IsBoolean()
  openAccessOnly?: boolean;

  @Field({
    nullable: true,
    description: 'With availableTo: at least one OPEN slot overlapping the window (per Asia/Shanghai day).',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  availableFrom?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('availableFrom', { message: 'availableTo must not be before availableFrom' })
  availableTo?: Date;

  @Field(() => Money, {
    nullable: true,
    description:
      'CNY per unit, compared with the price you would pay (your organization kind’s tier; the base price when signed ' +
      'out); offerings on quotation (no price) are left out.',
  })
  @IsOptional()
  @IsMoney()
  maxPrice?: number;

  @Field(() => SearchNearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchNearInput)
  near?: SearchNearInput;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE })
  @IsEnum(SearchSort)
  sort: SearchSort = SearchSort.RELEVANCE;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1–${MAX_SEARCH_LIMIT}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit: number = 20;

  @Field(() => [SearchFacetField], {
    nullable: true,
    description:
      'The facets to count when `facets` is selected (default: all). Facets cost a pass over every match: ask only for those shown.',
  })
  @IsOptional()
  @IsEnum(SearchFacetField, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  facetFields?: SearchFacetField[];

  @Field(() => Int, { defaultValue: 0, description: `Hits to skip, at most ${MAX_SEARCH_OFFSET}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_SEARCH_OFFSET)
  offset: number = 0;
}

@ArgsType()
export class SearchSuggestionsArgs {
  @Field({ description: 'What the user has typed so far.' })
  @IsString()
  @MaxLength(100)
  prefix: string;

  @Field(() => Int, { defaultValue: 10, description: 'At most this many completions, 1–20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 10;
}
