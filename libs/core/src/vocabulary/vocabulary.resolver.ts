import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator.js';
import { LabelModel, type LabelTable } from '../i18n/label.js';
import {
  ACCREDITATION_LABELS,
  CONSTRUCTION_MODE_LABELS,
  EVALUATION_DIMENSION_LABELS,
  INDUSTRY_DIRECTION_LABELS,
  KEY_DOMAIN_LABELS,
  PLATFORM_LEVEL_LABELS,
  SERVICE_TYPE_LABELS,
} from './domain.enums.js';
import { PROVINCES } from './provinces.js';

@ObjectType()
class VocabularyEntry {
  @Field({ description: 'The enum value as the API uses it.' })
  value: string;

  @Field(() => LabelModel)
  label: LabelModel;
}

@ObjectType()
class VocabularyEnum {
  @Field({ description: 'GraphQL enum name, e.g. ServiceType.' })
  name: string;

  @Field(() => [VocabularyEntry])
  values: VocabularyEntry[];
}

const entries = (table: LabelTable<string>): VocabularyEntry[] =>
  Object.entries(table).map(([value, label]) => ({ value, label }));

const VOCABULARY: VocabularyEnum[] = [
  { name: 'ServiceType', values: entries(SERVICE_TYPE_LABELS) },
  { name: 'IndustryDirection', values: entries(INDUSTRY_DIRECTION_LABELS) },
  { name: 'KeyDomain', values: entries(KEY_DOMAIN_LABELS) },
  { name: 'ConstructionMode', values: entries(CONSTRUCTION_MODE_LABELS) },
  { name: 'PlatformLevel', values: entries(PLATFORM_LEVEL_LABELS) },
  { name: 'Accreditation', values: entries(ACCREDITATION_LABELS) },
  { name: 'EvaluationDimension', values: entries(EVALUATION_DIMENSION_LABELS) },
  { name: 'Province', values: PROVINCES.map((p) => ({ value: p.code, label: p.name })) },
];

/** The domain's codes with their Chinese and English labels, for building filters and forms. */
@Resolver()
export class VocabularyResolver {
  @Public()
  @Query(() => [VocabularyEnum], { description: 'Every domain enum (and the province codes) with bilingual labels.' })
  vocabulary(): VocabularyEnum[] {
    return VOCABULARY;
  }
}
