import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A slot unpublishSlots took off the calendar, as it stood, and when. Its time is free to publish again, but an
 * obligation period that had begun when it was removed keeps its hours in a share's base (compliance.ts).
 */
@Entity('removed_capacity_slot')
// Serves the removals of a platform's equipment overlapping a period.
@Index('ix_removed_slot_equipment_starts', ['equipmentId', 'startsAt'])
export class RemovedSlotEntity {
  /** The removed slot's own id. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_removed_capacity_slot' })
  id: string;

  @Column({ type: 'uuid' })
  equipmentId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean' })
  openAccess: boolean;

  @Column({ type: 'timestamptz' })
  removedAt: Date;
}
