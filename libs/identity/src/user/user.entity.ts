import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole } from '../identity.enums.js';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalized (trimmed, lower-case), so the unique index is the duplicate check. */
  @Index('ux_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Index('ix_app_user_organization')
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role', nullable: true })
  role: MemberRole | null;

  /**
   * The sessions in force: every token carries the number it was issued under, and one that differs is refused.
   * Signing out adds one, ending every session of the account at once.
   */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  /** Operators of PilotMatch itself. */
  @Column({ type: 'boolean', default: false })
  siteAdmin: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
