import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MONEY } from '#core';
import type { StoredQuote } from '#billing';
import { ProposalStatus } from '../matching.enums.js';

/** A platform's answer to a pilot request: a price, a period and, optionally, slots held for it. */
@Entity('proposal')
@Index('ix_proposal_request', ['requestId', 'createdAt'])
// Serves a platform's proposals over a period (authorities' service figures).
@Index('ix_proposal_platform_created', ['platformId', 'createdAt'])
// Serves the expiry sweep.
@Index('ix_proposal_valid_until', ['validUntil'], { where: "status = 'SUBMITTED'" })
// A proposal sent again under its author's key is found, and never made twice.
@Index('ux_proposal_idempotency', ['createdByUserId', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'uuid' })
  offeringId: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'uuid' })
  operatorOrganizationId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  /** The price the operator proposes for the whole job, in fen (money.ts). */
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: MONEY })
  priceAmount: number;

  /**
   * Its price line by line for the requester it answers: the list price of the slots it holds and one line making up
   * the difference to `priceAmount` (billing's agreeOnProposal). The booking it becomes takes it as its quote.
   */
  @Column({ type: 'jsonb', nullable: true })
  quote: StoredQuote | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'uuid', array: true, default: '{}' })
  slotIds: string[];

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'timestamptz' })
  validUntil: Date;

  /** Its author's key for it (see SubmitProposalInput). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.SUBMITTED })
  status: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
