import { formatMoney, shareOf, SERVICE_TYPE_LABELS, type ServiceType } from '#core';
import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '#identity';

/**
 * The rules of innovation vouchers, without a database:
 * - a voucher applies to a booking of a platform in the programme's province, by a verified requester of an eligible
 *   kind (anyone can sign up as a start-up; public money goes to organizations a site admin checked), for
 *   an offering of an eligible service type, while the programme is valid, and while the requester has cap left this
 *   year and the programme budget left;
 * - at completion it covers its share of the charge, truncated to the fen (a subsidy never pays more than its share),
 *   and no more than the requester's cap left for the year and the budget left: possibly less than the share, or
 *   nothing once either is spent;
 * - a credit that lowers the charge lowers the coverage to the share of the new net amount, returning the rest to
 *   the budget.
 */

export interface ProgrammeTerms {
  province: string;
  eligibleKinds: readonly OrganizationKind[];
  eligibleServiceTypes: readonly ServiceType[];
  shareBasisPoints: number;
  capPerRequesterPerYear: number;
  budget: number;
  committed: number;
  validFrom: Date;
  validTo: Date;
}

export interface VoucherUse {
  province: string;
  requesterKind: OrganizationKind | null;
  /** A site admin verified the requester's organization: a kind it only declared at sign-up proves nothing. */
  requesterVerified: boolean;
  serviceType: ServiceType;
  at: Date;
}

/** Why the voucher cannot apply to this use, or null. */
export function ineligibility(programme: ProgrammeTerms, use: VoucherUse): string | null {
  if (use.at < programme.validFrom || use.at >= programme.validTo)
    return `the programme is valid from ${programme.validFrom.toISOString()} until ${programme.validTo.toISOString()}`;
  if (use.province !== programme.province)
    return `the programme covers platforms of province ${programme.province}; this platform is in ${use.province}`;
  if (!use.requesterKind || !programme.eligibleKinds.includes(use.requesterKind))
    return `the programme is for ${programme.eligibleKinds.map((k) => ORGANIZATION_KIND_LABELS[k].en).join(', ')}; your organization is ${use.requesterKind ? ORGANIZATION_KIND_LABELS[use.requesterKind].en : 'of no kind'}`;
  if (!use.requesterVerified)
    return `the programme is for organizations a site admin has verified; yours is not verified yet (a site admin checks its name and credit code)`;
  if (!programme.eligibleServiceTypes.includes(use.serviceType))
    return `the programme covers ${programme.eligibleServiceTypes.map((t) => SERVICE_TYPE_LABELS[t].en).join(', ')}, not ${SERVICE_TYPE_LABELS[use.serviceType].en}`;
  return null;
}

/** What is left: of the requester's yearly cap and of the budget, in fen. */
export const capLeft = (programme: ProgrammeTerms, usedThisYear: number) =>
  Math.max(0, programme.capPerRequesterPerYear - usedThisYear);
export const budgetLeft = (programme: ProgrammeTerms) => Math.max(0, programme.budget - programme.committed);

/** The coverage of a charge: its share, truncated, within the cap and the budget left. */
export function coverage(programme: ProgrammeTerms, chargeFen: number, usedThisYear: number): number {
  return Math.max(
    0,
    Math.min(
      shareOf(chargeFen, programme.shareBasisPoints, 'DOWN'),
      capLeft(programme, usedThisYear),
      budgetLeft(programme),
    ),
  );
}

/** A credit lowered the charge to `netFen`: the coverage never exceeds the share of it. */
export const coverageAfterCredit = (programme: ProgrammeTerms, coveredFen: number, netFen: number) =>
  Math.min(coveredFen, shareOf(netFen, programme.shareBasisPoints, 'DOWN'));

/** The calendar year of an instant in Asia/Shanghai (UTC+8, no daylight saving): the cap's year. */
export const shanghaiYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

export const describeAmount = (fen: number) => `${formatMoney(fen)} CNY`;
