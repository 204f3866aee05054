import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per e-mail and per address, in the database so every API instance sees the same count. */
@Entity('login_attempt')
export class LoginAttemptEntity {
  /** `email:<address>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'int' })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
