import { Field, ObjectType } from '@nestjs/graphql';

/** A bilingual text. Every enum's labels live in one table beside the enum and are served through this type. */
export interface Bilingual {
  zh: string;
  en: string;
}

@ObjectType('Label', { description: 'The same text in Chinese and English.' })
export class LabelModel implements Bilingual {
  @Field()
  zh: string;

  @Field()
  en: string;
}

export type LabelTable<E extends string> = Record<E, Bilingual>;
