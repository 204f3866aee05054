import type { MigrationInterface } from 'typeorm';
// migrations:imports
import { CreateOutbox1795795280780 } from './1795795280780-create-outbox.js';
import { CreateIdentity1795795737065 } from './1795795737065-create-identity.js';
import { CreateCatalog1795795958239 } from './1795795958239-create-catalog.js';
import { CreateCapacitySlots1795796061516 } from './1795796061516-create-capacity-slots.js';
import { CreateBookingsAndNotifications1795796327750 } from './1795796327750-create-bookings-and-notifications.js';
import { CreateObligations1795796700940 } from './1795796700940-create-obligations.js';
import { CreateMatching1795797069764 } from './1795797069764-create-matching.js';
import { CreateSearch1795797225878 } from './1795797225878-create-search.js';
import { HardenSignInAndInvitations1795968365231 } from './1795968365231-harden-sign-in-and-invitations.js';
import { ReindexSearchAfterWordSegmentation1795970256058 } from './1795970256058-reindex-search-after-word-segmentation.js';
import { BookingOfferingReviewsIndex1795971073877 } from './1795971073877-booking-offering-reviews-index.js';
import { LedgerRulesOnEveryPath1795972578734 } from './1795972578734-ledger-rules-on-every-path.js';
import { AuthoritiesWorkspace1795975446835 } from './1795975446835-authorities-workspace.js';
import { OfferingOwnershipView1795977900000 } from './1795977900000-offering-ownership-view.js';
import { SearchIndexGeneration1795978000000 } from './1795978000000-search-index-generation.js';
import { ReindexSearchWithContextTerms1795981629458 } from './1795981629458-reindex-search-with-context-terms.js';
import { PricesChargesVouchers1795982519655 } from './1795982519655-prices-charges-vouchers.js';
import { CountPlaceMarkedSearchTerms1795990000000 } from './1795990000000-count-place-marked-search-terms.js';
import { PlatformSuspendedBySiteAdmin1796012349553 } from './1796012349553-platform-suspended-by-site-admin.js';
import { ReindexSearchAfterDictionaryWords1796017200824 } from './1796017200824-reindex-search-after-dictionary-words.js';
import { ReindexSearchAfterTradeWords1796024504462 } from './1796024504462-reindex-search-after-trade-words.js';
import { SearchOpenDays1796044683311 } from './1796044683311-search-open-days.js';
import { ReindexSearchAfterSubregions1796045505575 } from './1796045505575-reindex-search-after-subregions.js';
import { SearchTokenFacet1796054196238 } from './1796054196238-search-token-facet.js';
import { OfferingRatingSum1796055196275 } from './1796055196275-offering-rating-sum.js';
import { ReindexSearchAfterEquipmentModels1796060000000 } from './1796060000000-reindex-search-after-equipment-models.js';
import { SessionVersion1796070000000 } from './1796070000000-session-version.js';
import { OfferingOwnershipRowVersion1796074195776 } from './1796074195776-offering-ownership-row-version.js';
import { ReindexSearchAfterCatalogueWords1796080000000 } from './1796080000000-reindex-search-after-catalogue-words.js';
import { RemovedSlotsAndCompletionTime1796100000000 } from './1796100000000-removed-slots-and-completion-time.js';
import { ReindexSearchAfterCompletionKeys1796110000000 } from './1796110000000-reindex-search-after-completion-keys.js';
import { ChargeCreditIdempotency1796120000000 } from './1796120000000-charge-credit-idempotency.js';
import { ProposalIdempotency1796130000000 } from './1796130000000-proposal-idempotency.js';

/** Every migration, oldest first; `npm run migration:generate` appends here. Never edit one that has landed. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  CreateOutbox1795795280780,
  CreateIdentity1795795737065,
  CreateCatalog1795795958239,
  CreateCapacitySlots1795796061516,
  CreateBookingsAndNotifications1795796327750,
  CreateObligations1795796700940,
  CreateMatching1795797069764,
  CreateSearch1795797225878,
  HardenSignInAndInvitations1795968365231,
  ReindexSearchAfterWordSegmentation1795970256058,
  BookingOfferingReviewsIndex1795971073877,
  LedgerRulesOnEveryPath1795972578734,
  AuthoritiesWorkspace1795975446835,
  OfferingOwnershipView1795977900000,
  SearchIndexGeneration1795978000000,
  ReindexSearchWithContextTerms1795981629458,
  PricesChargesVouchers1795982519655,
  CountPlaceMarkedSearchTerms1795990000000,
  PlatformSuspendedBySiteAdmin1796012349553,
  ReindexSearchAfterDictionaryWords1796017200824,
  ReindexSearchAfterTradeWords1796024504462,
  SearchOpenDays1796044683311,
  ReindexSearchAfterSubregions1796045505575,
  SearchTokenFacet1796054196238,
  OfferingRatingSum1796055196275,
  ReindexSearchAfterEquipmentModels1796060000000,
  SessionVersion1796070000000,
  OfferingOwnershipRowVersion1796074195776,
  ReindexSearchAfterCatalogueWords1796080000000,
  RemovedSlotsAndCompletionTime1796100000000,
  ReindexSearchAfterCompletionKeys1796110000000,
  ChargeCreditIdempotency1796120000000,
  ProposalIdempotency1796130000000,
];
