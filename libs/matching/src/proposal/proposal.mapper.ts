import { toQuoteModel } from '#billing';
import type { ProposalEntity } from './proposal.entity.js';
import type { ProposalModel } from './proposal.model.js';

export const toProposalModel = (entity: ProposalEntity): ProposalModel => ({
  id: entity.id,
  requestId: entity.requestId,
  offeringId: entity.offeringId,
  platformId: entity.platformId,
  priceAmount: entity.priceAmount,
  quote: entity.quote ? toQuoteModel(entity.quote) : null,
  startsAt: entity.startsAt,
  endsAt: entity.endsAt,
  slotIds: entity.slotIds,
  message: entity.message,
  validUntil: entity.validUntil,
  status: entity.status,
  declineReason: entity.declineReason,
  bookingId: entity.bookingId,
  createdAt: entity.createdAt,
});
