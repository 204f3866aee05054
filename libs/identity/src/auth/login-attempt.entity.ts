import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts per throttle key (one account from one address, one address, one account), in the database so
 * every API instance sees the same count. Keys are SHA-256 digests: the table holds no e-mail address or IP.
 */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  /** Attempts counted since the key was last forgiven (a success, or an hour without attempts). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastAttemptAt: Date;

  /** No password is checked for this key before this instant. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Account-and-address keys only: this address signed in to this account, so it skips the account-wide delay. */
  @Column({ type: 'timestamptz', nullable: true })
  trustedUntil: Date | null;
}
