import { Injectable } from '@nestjs/common';
import { enqueueSearchIndex, OutboxWriter, TransactionRunner } from '#core';
import type { Actor } from '#identity';
import { equipmentNotFound } from '../catalog.errors.js';
import { OfferingRepository } from '../offering/offering.repository.js';
import { PlatformService } from '../platform/platform.service.js';
import { viewerOf, type Viewer } from '../viewer.js';
import type { CreateEquipmentInput, UpdateEquipmentInput } from './dto/equipment.input.js';
import type { EquipmentEntity } from './equipment.entity.js';
import { EquipmentRepository, type NewEquipment } from './equipment.repository.js';

@Injectable()
export class EquipmentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly equipment: EquipmentRepository,
    private readonly offerings: OfferingRepository,
    private readonly platforms: PlatformService,
    private readonly outbox: OutboxWriter,
  ) {}

  async get(viewer: Viewer, id: string): Promise<EquipmentEntity> {
    const equipment = await this.equipment.findById(id);
    if (!equipment) throw equipmentNotFound(id);
    await this.platforms.get(viewer, equipment.platformId).catch(() => {
      throw equipmentNotFound(id);
    });
    return equipment;
  }

  async create(actor: Actor, input: CreateEquipmentInput): Promise<EquipmentEntity> {
    await this.platforms.getWritable(actor, input.platformId);
    return this.transactions.run((manager) => this.equipment.insert(manager, toColumns(input) as NewEquipment));
  }

  async update(actor: Actor, input: UpdateEquipmentInput): Promise<EquipmentEntity> {
    const current = await this.get(viewerOf(actor), input.id);
    await this.platforms.getWritable(actor, current.platformId);
    const { id, ...changes } = input;
    return this.transactions.run(async (manager) => {
      const updated = await this.equipment.update(manager, id, toColumns(changes));
      // Equipment no longer shared takes no bookings: its offerings' rows are written as archiving writes one, so that
      // booking claims of them in flight finish first and no booking of it commits after this does.
      const offeringIds =
        changes.shareable === false
          ? await this.offerings.touchUsingEquipment(manager, current.platformId, id)
          : await this.offerings.idsUsingEquipment(manager, current.platformId, id);
      // Offerings carry their equipment's names and models in the search index.
      await enqueueSearchIndex(this.outbox, manager, { offeringIds });
      return updated;
    });
  }
}

function toColumns(input: Partial<CreateEquipmentInput>): Partial<NewEquipment> {
  const { capacity, specifications, ...rest } = input;
  const columns: Partial<NewEquipment> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (specifications !== undefined)
    columns.specifications = specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit ?? null }));
  if (capacity !== undefined)
    Object.assign(columns, { capacityValue: capacity?.value ?? null, capacityUnit: capacity?.unit ?? null });
  return columns;
}
