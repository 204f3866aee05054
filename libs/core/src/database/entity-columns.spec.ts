import { describe, expect, it } from '@jest/globals';
import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EntityColumns } from './entity-columns.js';
import { NUMERIC } from './numeric.transformer.js';

enum Mark {
  CNAS = 'CNAS',
  CMA = 'CMA',
  SPACED = 'A B',
}
enum Rank {
  LOW = 1,
  HIGH = 2,
}

@Entity('thing')
class Thing {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'varchar', nullable: true }) note: string | null;
  @Column({ type: 'text', array: true }) words: string[];
  @Column({ type: 'enum', enum: Mark, enumName: 'mark' }) mark: Mark;
  @Column({ type: 'enum', enum: Mark, enumName: 'mark', array: true }) marks: Mark[];
  @Column({ type: 'enum', enum: Rank, enumName: 'rank' }) rank: Rank;
  @Column({ type: 'enum', enum: Rank, enumName: 'rank', array: true }) ranks: Rank[];
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC }) amount: number | null;
  @Column({ type: 'int' }) count: number;
  @Column({ type: 'boolean' }) open: boolean;
  @Column({ type: 'jsonb' }) tiers: unknown[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** The same rows as TypeORM's driver converts them, column by column (what EntityColumns must equal). */
function typeormHydrate(dataSource: DataSource, row: Record<string, unknown>): Thing {
  const metadata = dataSource.getMetadata(Thing);
  const entity = metadata.create() as Thing;
  for (const column of metadata.columns)
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[`t_${column.databaseName}`], column));
  return entity;
}

describe('EntityColumns.hydrate', () => {
  it('makes the entity TypeORM makes of the row, for every kind of column and value', async () => {
    const dataSource = new DataSource({ type: 'postgres', entities: [Thing] });
    // Metadata only: no connection is made.
    await dataSource['buildMetadatas']();
    const columns = new EntityColumns(dataSource, Thing, 't');
    const row = (values: Record<string, unknown>) => ({
      t_id: '6f1c1c2e-0000-4000-8000-000000000001',
      t_title: '锂电池正极材料',
      t_note: null,
      t_words: ['a', 'b'],
      t_mark: 'CMA',
      t_marks: '{CNAS,CMA}',
      t_rank: '2',
      t_ranks: '{1,2}',
      t_amount: '12.500',
      t_count: 3,
      t_open: true,
      t_tiers: [{ tier: 'SME', discountBp: 500 }],
      t_created_at: new Date('2026-11-30T04:00:00Z'),
      ...values,
    });
    const rows = [
      row({}),
      row({ t_marks: '{}', t_ranks: '{}', t_amount: null, t_note: 'n' }),
      row({ t_marks: '{"A B",CNAS}', t_mark: 'A B' }),
      row({ t_marks: '{CNAS}', t_ranks: '{2}', t_open: false, t_words: [] }),
      row({ t_marks: null, t_ranks: null }),
    ];
    for (const values of rows) {
      const hydrated = columns.hydrate(values);
      expect(hydrated).toBeInstanceOf(Thing);
      expect(hydrated).toEqual(typeormHydrate(dataSource, values));
    }
    expect(columns.hydrate(rows[0])?.marks).toEqual(['CNAS', 'CMA']);
    expect(columns.hydrate(rows[2])?.marks).toEqual(['A B', 'CNAS']);
    expect(columns.hydrate(rows[0])?.ranks).toEqual([1, 2]);
    expect(columns.hydrate(row({ t_id: null }))).toBeNull();
  });

  it('leaves omitted columns out of the select list and the entity, never the primary key', async () => {
    const dataSource = new DataSource({ type: 'postgres', entities: [Thing] });
    await dataSource['buildMetadatas']();
    const columns = new EntityColumns(dataSource, Thing, 't', ['id', 'title', 'tiers']);
    expect(columns.select).toContain('"t"."id" AS "t_id"');
    expect(columns.select).not.toMatch(/"title"|"tiers"/);
    const row = { t_id: '6f1c1c2e-0000-4000-8000-000000000001', t_note: 'n', t_count: 3, t_title: 'not read' };
    const hydrated = columns.hydrate(row) as Partial<Thing>;
    expect(hydrated).toMatchObject({ id: row.t_id, note: 'n', count: 3 });
    expect('title' in hydrated || 'tiers' in hydrated).toBe(false);
  });
});
