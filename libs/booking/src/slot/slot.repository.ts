import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface OpenSlotFact {
  equipmentId: string;
  startsAt: Date;
  endsAt: Date;
  openAccess: boolean;
}

@Injectable()
export class SlotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** OPEN slots of these equipment that have not ended (served by ix_slot_equipment_starts). */
  async openSlotsOf(equipmentIds: readonly string[], notEndedBy: Date): Promise<OpenSlotFact[]> {
    if (equipmentIds.length === 0) return [];
    const rows: Array<{ equipment_id: string; starts_at: Date; ends_at: Date; open_access: boolean }> = await this.dataSource.query(
      `SELECT equipment_id, starts_at, ends_at, open_access FROM capacity_slot
        WHERE equipment_id = ANY($1::uuid[]) AND status = 'OPEN' AND ends_at > $2
        ORDER BY equipment_id, starts_at`,
      [equipmentIds, notEndedBy],
    );
    return rows.map((r) => ({ equipmentId: r.equipment_id, startsAt: r.starts_at, endsAt: r.ends_at, openAccess: r.open_access }));
  }
}
