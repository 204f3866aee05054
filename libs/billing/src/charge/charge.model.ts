import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LabelModel, listCost, Money, ServiceType } from '#core';
import { Currency, PriceModel, PriceTier } from '#catalog';
import { DownloadLinkModel, OrganizationKind } from '#identity';
import { ChargeUnit } from '../billing.enums.js';
import { QuoteLineModel } from '../quote/quote.model.js';

@ObjectType('ChargeLine')
export class ChargeLineModel extends QuoteLineModel {
  @Field(() => Int, { description: 'The order lines were written in: the issue’s first, then credits.' })
  seq: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Charge', {
  description:
    'What a completed booking was charged: issued once at completion and never changed; corrected only by CREDIT ' +
    'lines. The product records charges for the operator’s own invoicing; it takes no payments.',
})
export class ChargeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  bookingId: string;

  @Field(() => ID)
  offeringId: string;

  @Field()
  offeringTitle: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => ID)
  operatorOrganizationId: string;

  @Field(() => ID)
  requesterOrganizationId: string;

  @Field(() => OrganizationKind, { nullable: true })
  requesterKind: OrganizationKind | null;

  @Field(() => ServiceType)
  serviceType: ServiceType;

  @Field(() => PriceModel)
  priceModel: PriceModel;

  @Field(() => PriceTier, { description: 'The requester’s tier the booking was priced at.' })
  tier: PriceTier;

  @Field(() => LabelModel)
  tierLabel: LabelModel;

  @Field(() => Currency)
  currency: Currency;

  @Field(() => Float, { nullable: true, description: 'Hours, samples or batches delivered (prices by a quantity).' })
  deliveredQuantity: number | null;

  @Field(() => ChargeUnit, { nullable: true })
  unit: ChargeUnit | null;

  // The lines (a handful) and any credits.
  @Field(() => [ChargeLineModel], { complexity: listCost(20) })
  lines: ChargeLineModel[];

  @Field(() => Money, { description: 'The priced lines.' })
  subtotal: number;

  @Field(() => Money, { description: 'The operator’s adjustments at completion.' })
  adjustmentsTotal: number;

  @Field(() => Money, { description: 'Charged at issue.' })
  total: number;

  @Field(() => Money, { description: 'Credited since (a positive amount taken off).' })
  credited: number;

  @Field(() => Money, { description: 'total − credited.' })
  net: number;

  @Field(() => Money, { nullable: true, description: 'The same units at the base price; null without a list price.' })
  listAmount: number | null;

  @Field(() => Money, { nullable: true, description: 'listAmount − subtotal: what the tier (or open access) saved.' })
  tierSavings: number | null;

  @Field(() => ID, { nullable: true })
  voucherProgrammeId: string | null;

  @Field(() => Money, { description: 'Covered by the innovation voucher (net of what credits returned).' })
  voucherCovered: number;

  @Field(() => Money, { description: 'net − voucherCovered: what the requester pays the operator.' })
  payableByRequester: number;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;
}

@ObjectType()
export class ChargeConnection extends Connection(ChargeModel, 'Charge') {}

@ObjectType('ChargeTotals')
export class ChargeTotalsModel {
  @Field(() => Int, { description: 'Charges issued in the period.' })
  charges: number;

  @Field(() => Money, { description: 'Issued in the period.' })
  issued: bigint;

  @Field(() => Money, { description: 'Credit lines written in the period (a positive amount taken off).' })
  credited: bigint;

  @Field(() => Money, { description: 'issued − credited.' })
  net: bigint;

  @Field(() => Money, { description: 'Voucher coverage booked in the period, net of returns.' })
  voucherCovered: bigint;
}

@ObjectType('ChargesExport', {
  description: 'Your organization’s charges of a period: totals, and the lines as CSV and XLSX for your invoicing.',
})
export class ChargesExportModel {
  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive.' })
  to: Date;

  @Field(() => ID, { nullable: true })
  platformId: string | null;

  @Field(() => ChargeTotalsModel)
  totals: ChargeTotalsModel;

  @Field(() => Int, { description: 'Rows of the files: one per charge line written in the period.' })
  lineCount: number;

  @Field(() => DownloadLinkModel)
  csv: DownloadLinkModel;

  @Field(() => DownloadLinkModel)
  xlsx: DownloadLinkModel;
}
