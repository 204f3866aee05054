import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator.js';
import { LocationModel } from '../graphql/location.js';
import { LabelModel, type LabelTable } from '../i18n/label.js';
// Registers the shared kernel's enums first, so they lead the list.
import './domain.enums.js';
import { PROVINCES } from './provinces.js';
import { labelledEnums } from './vocabulary.registry.js';

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

@ObjectType('ProvinceInfo', { description: 'A province with its capital, for "near a city" searches.' })
class ProvinceInfo {
  @Field({ description: 'GB/T 2260 code.' })
  code: string;

  @Field(() => LabelModel)
  name: LabelModel;

  @Field(() => LabelModel)
  capital: LabelModel;

  @Field(() => LocationModel, { description: "The capital's coordinates." })
  capitalLocation: LocationModel;
}

const PROVINCE_INFOS: ProvinceInfo[] = PROVINCES.map((p) => ({
  code: p.code,
  name: p.name,
  capital: p.capital.name,
  capitalLocation: { lat: p.capital.lat, lng: p.capital.lng },
}));

const entries = (table: LabelTable<string>): VocabularyEntry[] =>
  Object.entries(table).map(([value, label]) => ({ value, label }));

const PROVINCE_VOCABULARY: VocabularyEnum = {
  name: 'Province',
  values: PROVINCES.map((p) => ({ value: p.code, label: p.name })),
};

/** The domain's codes with their Chinese and English labels, for building filters and forms. */
@Resolver()
export class VocabularyResolver {
  @Public()
  @Query(() => [VocabularyEnum], { description: 'Every domain enum (and the province codes) with bilingual labels.' })
  vocabulary(): VocabularyEnum[] {
    // Read at request time: each context registers its enums when its module is imported (registerLabelledEnum).
    const enums = [...labelledEnums()].map(([name, table]) => ({ name, values: entries(table) }));
    return [...enums, PROVINCE_VOCABULARY];
  }

  @Public()
  @Query(() => [ProvinceInfo], {
    description: 'The 34 provincial-level divisions with their capitals and coordinates.',
  })
  provinces(): ProvinceInfo[] {
    return PROVINCE_INFOS;
  }
}
