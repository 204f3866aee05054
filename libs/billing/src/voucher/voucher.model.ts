import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LabelModel, listCost, Money, ServiceType } from '#core';
import { OrganizationKind } from '#identity';

@ObjectType('VoucherProgramme', {
  description:
    'An innovation voucher programme (科技创新券) an authority issued for a province: a share of eligible charges is ' +
    'covered, capped per requester and calendar year, within a budget.',
})
export class VoucherProgrammeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  issuerOrganizationId: string;

  @Field({ description: 'GB/T 2260 province code of the platforms it covers.' })
  province: string;

  @Field(() => LabelModel)
  provinceLabel: LabelModel;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field({ description: 'The policy document it was issued under.' })
  reference: string;

  @Field(() => [OrganizationKind])
  eligibleKinds: OrganizationKind[];

  @Field(() => [ServiceType])
  eligibleServiceTypes: ServiceType[];

  @Field(() => Float, { description: 'Share of a charge covered, in percent.' })
  sharePercent: number;

  @Field(() => Money)
  capPerRequesterPerYear: number;

  @Field(() => Money)
  budget: number;

  @Field(() => Money, { description: 'Booked against the budget by redemptions, net of returns.' })
  committed: number;

  @Field(() => Money)
  remaining: number;

  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive.' })
  validTo: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('VoucherUsageByPlatform')
export class VoucherUsageByPlatformModel {
  @Field(() => ID)
  platformId: string;

  @Field(() => String, { nullable: true })
  platformName: string | null;

  @Field(() => Money)
  covered: bigint;

  @Field(() => Int)
  charges: number;
}

@ObjectType('VoucherUsageByRequesterKind')
export class VoucherUsageByRequesterKindModel {
  @Field(() => OrganizationKind, { nullable: true })
  requesterKind: OrganizationKind | null;

  @Field(() => LabelModel, { nullable: true })
  requesterKindLabel: LabelModel | null;

  @Field(() => Money)
  covered: bigint;

  @Field(() => Int)
  charges: number;
}

@ObjectType('VoucherUsageByServiceType')
export class VoucherUsageByServiceTypeModel {
  @Field(() => ServiceType)
  serviceType: ServiceType;

  @Field(() => LabelModel)
  serviceTypeLabel: LabelModel;

  @Field(() => Money)
  covered: bigint;

  @Field(() => Int)
  charges: number;
}

@ObjectType('VoucherUsage', { description: 'How a programme’s budget was used: in total and broken down.' })
export class VoucherUsageModel {
  @Field(() => VoucherProgrammeModel)
  programme: VoucherProgrammeModel;

  @Field(() => Money, { description: 'Covered, net of what credits returned.' })
  covered: bigint;

  @Field(() => Int, { description: 'Charges a voucher of the programme covered.' })
  charges: number;

  @Field(() => Int, { description: 'Distinct requesting organizations.' })
  requesters: number;

  // One row per platform of a province that used it: a province has at most a few hundred pilot platforms.
  @Field(() => [VoucherUsageByPlatformModel], { complexity: listCost(100) })
  byPlatform: VoucherUsageByPlatformModel[];

  @Field(() => [VoucherUsageByRequesterKindModel], { complexity: listCost(6) })
  byRequesterKind: VoucherUsageByRequesterKindModel[];

  @Field(() => [VoucherUsageByServiceTypeModel], { complexity: listCost(8) })
  byServiceType: VoucherUsageByServiceTypeModel[];
}
