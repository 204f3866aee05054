import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationKind } from '../identity.enums.js';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ type: 'boolean', default: false })
  isLeadingEnterprise: boolean;

  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Index('ux_organization_credit_code', { unique: true, where: 'credit_code IS NOT NULL' })
  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  /** Authorities gain their rights only once a site admin verifies them. */
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  /** GOVERNMENT only: the province code it oversees, or NATIONAL. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  authorityRegion: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
