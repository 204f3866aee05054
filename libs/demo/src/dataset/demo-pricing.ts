import { createHash } from 'node:crypto';
import { ConstructionMode } from '#core';

/** A demo tier as the catalog stores it: an amount in fen or a discount in basis points. */
export interface DemoPriceTier {
  tier: 'STARTUP' | 'SME' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'LARGE_ENTERPRISE' | 'OPEN_ACCESS';
  amountFen: number | null;
  discountBasisPoints: number | null;
}

const discount = (tier: DemoPriceTier['tier'], percent: number): DemoPriceTier => ({
  tier,
  amountFen: null,
  discountBasisPoints: percent * 100,
});
const amount = (tier: DemoPriceTier['tier'], fen: number): DemoPriceTier => ({
  tier,
  amountFen: fen,
  discountBasisPoints: null,
});

/** A stable number in [0, 1) from an offering's key: tiers vary between offerings without touching the dataset's random stream. */
const unit = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;

/** Rounded down to whole ten yuan, as price lists are written. */
const tenYuan = (fen: number) => Math.floor(fen / 1_000) * 1_000;

/**
 * Realistic tiers for a demo offering, by who runs its platform (as core facilities and the notice's platforms price):
 *
 * - leading-enterprise and partially open enterprise lines (obligated to open capacity): start-ups 30 % off, SMEs
 *   15 % off, universities 10 % off, and an open-access price of 40–60 % of the base for their obligated slots — the
 *   notice's "lower the threshold for start-ups";
 * - government-funded public platforms and university transfer platforms: academic rates (universities and institutes
 *   20 % off) and start-ups 10 % off;
 * - jointly built platforms: start-ups and SMEs 15 % off;
 * - enterprise-run market services: a large-enterprise rate 10 % above the base, SMEs 5 % off.
 *
 * One offering in six publishes no tiers at all (the base price for everyone); QUOTE offerings never have any.
 */
export function demoPriceTiers(
  offeringKey: string,
  constructionMode: ConstructionMode,
  model: string,
  baseFen: number | null,
): DemoPriceTier[] {
  if (model === 'QUOTE' || baseFen === null) return [];
  const u = unit(offeringKey);
  if (u < 1 / 6) return [];
  switch (constructionMode) {
    case ConstructionMode.LEADING_ENTERPRISE_OWN:
    case ConstructionMode.ENTERPRISE_PARTIAL_OPEN:
      return [
        discount('STARTUP', 30),
        discount('SME', 15),
        discount('UNIVERSITY', 10),
        amount('OPEN_ACCESS', tenYuan(Math.round(baseFen * (0.4 + 0.2 * u)))),
      ];
    case ConstructionMode.GOVERNMENT_PUBLIC_SERVICE:
    case ConstructionMode.UNIVERSITY_TRANSFER:
      return [discount('STARTUP', 10), discount('UNIVERSITY', 20), discount('RESEARCH_INSTITUTE', 20)];
    case ConstructionMode.MULTI_PARTY_JOINT:
      return [discount('STARTUP', 15), discount('SME', 15)];
    case ConstructionMode.ENTERPRISE_MARKET_SERVICE:
      return [discount('SME', 5), amount('LARGE_ENTERPRISE', tenYuan(Math.round(baseFen * 1.1)))];
  }
}
