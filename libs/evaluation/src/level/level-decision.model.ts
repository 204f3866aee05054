import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LabelModel, PlatformLevel } from '#core';
import { LevelAction, LevelStanding } from '../evaluation.enums.js';

@ObjectType('LevelDecision', {
  description: 'An authority’s decision about a platform’s level; the history lists every one.',
})
export class LevelDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => Int, { description: '1 for the platform’s first decision, then 2, 3 …' })
  sequence: number;

  @Field(() => LevelAction)
  action: LevelAction;

  @Field(() => LabelModel)
  actionLabel: LabelModel;

  @Field(() => LevelStanding)
  fromStanding: LevelStanding;

  @Field(() => LevelStanding)
  toStanding: LevelStanding;

  @Field(() => PlatformLevel)
  levelBefore: PlatformLevel;

  @Field(() => PlatformLevel)
  levelAfter: PlatformLevel;

  @Field()
  reason: string;

  @Field(() => [String])
  evidence: string[];

  @Field({ description: 'The jurisdiction it was decided under: NATIONAL or a province code.' })
  authorityRegion: string;

  @Field(() => ID, { nullable: true, description: 'Null for decisions recorded from before PilotMatch.' })
  decidedByUserId: string | null;

  @Field(() => ID, { nullable: true })
  decidedByOrganizationId: string | null;

  @Field(() => ID, { nullable: true })
  evaluationRoundId: string | null;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;
}
