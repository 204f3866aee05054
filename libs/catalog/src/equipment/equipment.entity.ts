import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NUMERIC } from '#core';

export interface Specification {
  key: string;
  value: string;
  unit: string | null;
}

/** An instrument or a pilot line; capacity slots (booking) hang off it. */
@Entity('equipment')
@Index('ix_equipment_platform_created', ['platformId', 'createdAt', 'id'])
export class EquipmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  model: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  manufacturer: string | null;

  @Column({ type: 'varchar', length: 100 })
  category: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  specifications: Specification[];

  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  capacityValue: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  capacityUnit: string | null;

  /** Open to outside users at all (a line kept for the owner's own production is not). */
  @Column({ type: 'boolean', default: true })
  shareable: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
