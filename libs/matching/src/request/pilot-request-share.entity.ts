import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A confidential request shown in full to one platform's operator. */
@Entity('pilot_request_share')
export class PilotRequestShareEntity {
  @PrimaryColumn({ type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ type: 'uuid' })
  platformId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sharedAt: Date;
}
