import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A side effect that must survive: written in the same transaction as the change it describes, carried out by
 * the worker after commit (search indexing, notification e-mail).
 */
@Entity('outbox_message')
// Serves the drain: pending messages in id order.
@Index('ix_outbox_pending', ['id'], { where: 'processed_at IS NULL' })
// Serves the per-key order check (an earlier message of the same document still waiting).
@Index('ix_outbox_pending_key', ['topic', 'key', 'id'], { where: 'processed_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  topic: string;

  /** The document or recipient the message is about; messages of one key are handled in id order. */
  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
