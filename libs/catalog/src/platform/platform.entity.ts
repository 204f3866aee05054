import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel } from '#core';
import { PlatformStatus } from '../catalog.enums.js';

@Entity('platform')
// Serves the default listing (newest first) of published platforms and keyset pages.
@Index('ix_platform_status_created', ['status', 'createdAt', 'id'])
export class PlatformEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_platform_organization')
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ type: 'enum', enum: IndustryDirection, enumName: 'industry_direction' })
  industryDirection: IndustryDirection;

  @Column({ type: 'enum', enum: KeyDomain, enumName: 'key_domain', array: true, default: '{}' })
  keyDomains: KeyDomain[];

  @Column({ type: 'enum', enum: ConstructionMode, enumName: 'construction_mode' })
  constructionMode: ConstructionMode;

  @Column({ type: 'enum', enum: PlatformLevel, enumName: 'platform_level', default: PlatformLevel.NONE })
  level: PlatformLevel;

  @Index('ix_platform_province')
  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  address: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'enum', enum: Accreditation, enumName: 'accreditation', array: true, default: '{}' })
  accreditations: Accreditation[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'enum', enum: PlatformStatus, enumName: 'platform_status', default: PlatformStatus.DRAFT })
  status: PlatformStatus;

  /** Suspended by a site admin (moderation): only a site admin publishes it again, never its operator. */
  @Column({ type: 'boolean', default: false })
  suspendedBySiteAdmin: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
