import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A platform of a round and one expert assigned to score it. */
@Entity('evaluation_assignment')
// Serves an expert's assignments.
@Index('ix_evaluation_assignment_expert', ['expertUserId', 'roundId'])
@Index('ix_evaluation_assignment_platform', ['platformId'])
export class EvaluationAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid' })
  platformId: string;

  @PrimaryColumn({ type: 'uuid' })
  expertUserId: string;
}
