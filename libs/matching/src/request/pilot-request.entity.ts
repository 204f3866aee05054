import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Accreditation, IndustryDirection, KeyDomain, MONEY, NUMERIC, ServiceType } from '#core';
import { PilotRequestKind, PilotRequestStatus } from '../matching.enums.js';

/** A need that is not a slot to pick: a scale-up, a test campaign, a technology-transfer pilot run. */
@Entity('pilot_request')
@Index('ix_pilot_request_requester_created', ['requesterOrganizationId', 'createdAt', 'id'])
// Serves the platform side: open requests, newest first.
@Index('ix_pilot_request_status_created', ['status', 'createdAt', 'id'])
export class PilotRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'enum', enum: PilotRequestKind, enumName: 'pilot_request_kind' })
  kind: PilotRequestKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type', array: true, default: '{}' })
  serviceTypes: ServiceType[];

  @Column({ type: 'enum', enum: IndustryDirection, enumName: 'industry_direction', nullable: true })
  industryDirection: IndustryDirection | null;

  @Column({ type: 'enum', enum: KeyDomain, enumName: 'key_domain', array: true, default: '{}' })
  keyDomains: KeyDomain[];

  @Column({ type: 'text', array: true, default: '{}' })
  keywords: string[];

  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  scaleFrom: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true, transformer: NUMERIC })
  scaleTo: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  scaleUnit: string | null;

  @Column({ type: 'timestamptz' })
  windowFrom: Date;

  @Column({ type: 'timestamptz' })
  windowTo: Date;

  /** In fen (money.ts). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: MONEY })
  budgetMin: number | null;

  /** In fen (money.ts). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: MONEY })
  budgetMax: number | null;

  @Column({ type: 'text', array: true, default: '{}' })
  preferredProvinces: string[];

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'enum', enum: Accreditation, enumName: 'accreditation', array: true, default: '{}' })
  requiredAccreditations: Accreditation[];

  /** Technology readiness level 1–9; required for TECH_TRANSFER. */
  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({ type: 'text', array: true, default: '{}' })
  patentNumbers: string[];

  @Column({ type: 'text', nullable: true })
  ipOwnership: string | null;

  /** Platforms see only a summary until the requester shares the request with them. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({
    type: 'enum',
    enum: PilotRequestStatus,
    enumName: 'pilot_request_status',
    default: PilotRequestStatus.OPEN,
  })
  status: PilotRequestStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
