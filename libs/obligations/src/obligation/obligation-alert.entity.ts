import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ComplianceStatus } from '../obligations.enums.js';

/** An alert already sent: the operator hears once per obligation, period and status. */
@Entity('obligation_alert')
export class ObligationAlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  obligationId: string;

  @PrimaryColumn({ type: 'timestamptz' })
  periodStart: Date;

  @PrimaryColumn({ type: 'enum', enum: ComplianceStatus, enumName: 'compliance_status' })
  status: ComplianceStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
