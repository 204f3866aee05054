import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole } from '../identity.enums.js';

/**
 * An OWNER or ADMIN invites an e-mail address; registering with that address, organizationId and the code e-mailed
 * to it joins. Only the code's SHA-256 digest is stored.
 */
@Entity('invitation')
@Index('ux_invitation_pending', ['organizationId', 'email'], { unique: true, where: 'accepted_at IS NULL' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role' })
  role: MemberRole;

  @Column({ type: 'uuid' })
  invitedBy: string;

  /** SHA-256 (hex) of the invitation code; null for invitations made before codes existed, which cannot be used. */
  @Column({ type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
