import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoreError, enqueueSearchIndex, OutboxWriter, TransactionRunner, type Page } from '#core';
import type { Actor } from '#identity';
import { CatalogError, CatalogErrorCode, offeringNotFound } from '../catalog.errors.js';
import { OfferingStatus } from '../catalog.enums.js';
import { EquipmentRepository } from '../equipment/equipment.repository.js';
import { PlatformService } from '../platform/platform.service.js';
import { seesOffering, viewerOf, type Viewer } from '../viewer.js';
import type { CreateOfferingInput, OfferingFilter, PricingInput, UpdateOfferingInput } from './dto/offering.input.js';
import type { OfferingEntity } from './offering.entity.js';
import { OfferingRepository, type NewOffering } from './offering.repository.js';
import { pricingProblems, toStoredTiers } from './pricing.js';

@Injectable()
export class OfferingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly offerings: OfferingRepository,
    private readonly equipment: EquipmentRepository,
    private readonly platforms: PlatformService,
    private readonly outbox: OutboxWriter,
  ) {}

  /** An offering the viewer may see (`seesOffering`); others read as not found. */
  async get(viewer: Viewer, id: string): Promise<OfferingEntity> {
    const offering = await this.offerings.findById(id);
    const notFound = offeringNotFound(id);
    if (!offering) throw notFound;
    const platform = await this.platforms.get(viewer, offering.platformId).catch(() => {
      throw notFound;
    });
    if (!seesOffering(viewer, offering, platform)) throw notFound;
    return offering;
  }

  list(viewer: Viewer, filter: OfferingFilter, page: { first: number; after?: string }): Promise<Page<OfferingEntity>> {
    return this.offerings.page(viewer, filter, page);
  }

  async create(actor: Actor, input: CreateOfferingInput): Promise<OfferingEntity> {
    await this.platforms.getWritable(actor, input.platformId);
    assertPricing(input.pricing, 'pricing');
    return this.transactions.run(async (manager) => {
      await this.assertEquipmentOfPlatform(manager, input.platformId, input.equipmentIds);
      const offering = await this.offerings.insert(manager, {
        ...toColumns(input),
        platformId: input.platformId,
        status: OfferingStatus.ACTIVE,
      } as NewOffering);
      await enqueueSearchIndex(this.outbox, manager, { offeringIds: [offering.id] });
      return offering;
    });
  }

  async update(actor: Actor, input: UpdateOfferingInput): Promise<OfferingEntity> {
    const current = await this.get(viewerOf(actor), input.id);
    await this.platforms.getWritable(actor, current.platformId);
    if (current.status === OfferingStatus.ARCHIVED)
      throw new CatalogError(CatalogErrorCode.OFFERING_ARCHIVED, 'The offering is ARCHIVED and cannot be changed');
    if (input.pricing) assertPricing(input.pricing, 'pricing');
    const { id, ...changes } = input;
    return this.transactions.run(async (manager) => {
      if (changes.equipmentIds) await this.assertEquipmentOfPlatform(manager, current.platformId, changes.equipmentIds);
      const offering = await this.offerings.update(manager, id, toColumns(changes));
      await enqueueSearchIndex(this.outbox, manager, { offeringIds: [id] });
      return offering;
    });
  }

  async archive(actor: Actor, id: string): Promise<OfferingEntity> {
    const current = await this.get(viewerOf(actor), id);
    await this.platforms.getWritable(actor, current.platformId);
    if (current.status === OfferingStatus.ARCHIVED)
      throw new CatalogError(CatalogErrorCode.OFFERING_ARCHIVED, 'The offering is already ARCHIVED');
    return this.transactions.run(async (manager) => {
      // Waits for booking claims in flight (they lock the offering's row FOR SHARE): once this commits, none of them
      // commits a booking of it, and a claim that waited reads it ARCHIVED.
      const offering = await this.offerings.update(manager, id, { status: OfferingStatus.ARCHIVED });
      await enqueueSearchIndex(this.outbox, manager, { offeringIds: [id] });
      return offering;
    });
  }

  private async assertEquipmentOfPlatform(
    manager: EntityManager,
    platformId: string,
    equipmentIds: string[],
  ): Promise<void> {
    if (equipmentIds.length === 0) return;
    // Locked: stopping an equipment's sharing writes the offerings using it, which must include this one.
    const found = await this.equipment.lockByIdsForShare(manager, equipmentIds);
    const foreign = equipmentIds.filter((id) => !found.some((e) => e.id === id && e.platformId === platformId));
    if (foreign.length)
      throw CoreError.invalidField(
        'equipmentIds',
        `equipmentIds must be equipment of the same platform (not: ${foreign.join(', ')})`,
      );
  }
}

function assertPricing(pricing: PricingInput, field: string): void {
  const problems = pricingProblems(pricing, field);
  if (problems.length) throw CoreError.invalidInput(problems);
}

function toColumns(input: Partial<CreateOfferingInput>): Partial<NewOffering> {
  const { scale, pricing, platformId: _platformId, ...rest } = input;
  const columns: Partial<NewOffering> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (scale !== undefined)
    Object.assign(columns, {
      scaleMin: scale?.min ?? null,
      scaleMax: scale?.max ?? null,
      scaleUnit: scale?.unit ?? null,
    });
  if (pricing !== undefined)
    Object.assign(columns, {
      priceModel: pricing.model,
      priceFen: pricing.amount ?? null,
      priceTiers: toStoredTiers(pricing.tiers ?? []),
      currency: pricing.currency,
    });
  return columns;
}
