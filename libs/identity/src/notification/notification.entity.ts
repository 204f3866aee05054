import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something a user should know: a booking changed, a proposal arrived, an obligation is at risk. */
@Entity('notification')
// Serves a user's inbox, newest first, and the unread count.
@Index('ix_notification_recipient_created', ['recipientUserId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientUserId: string;

  /** e.g. booking.requested, booking.confirmed, obligation.at_risk. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  titleZh: string;

  @Column({ type: 'varchar', length: 300 })
  titleEn: string;

  @Column({ type: 'text', default: '' })
  bodyZh: string;

  @Column({ type: 'text', default: '' })
  bodyEn: string;

  /** What it is about (a booking, proposal, obligation id), for clients to link to. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
