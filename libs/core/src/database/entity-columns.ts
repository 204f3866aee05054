import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * An entity's columns in a hand-written statement: the select list under an alias (`"o"."title" AS "o_title"`, …,
 * every column the entity maps, so a new column is read without touching the statement) and TypeORM's own
 * conversion of such a row back into the entity (the driver's per-column hydration: enums and their arrays, numeric
 * transformers, jsonb, dates), so the entity is the one `find()` and the QueryBuilder return. For a hot read whose
 * text must stay constant to be `prepared()` and whose rows the QueryBuilder costs more to build and hydrate than
 * PostgreSQL takes to read them (a page of search hits: ~1 ms of the API thread per page).
 */
export class EntityColumns<T extends ObjectLiteral> {
  /** The select list, `"alias"."column" AS "alias_column", …`. */
  readonly select: string;
  /** The table under the alias, for FROM and JOIN: `"table" "alias"`. */
  readonly table: string;
  private readonly columns: ReadonlyArray<{ column: ColumnMetadata; key: string }>;
  private readonly primaryKey: string;
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
    alias: string,
  ) {
    const metadata = (this.metadata = dataSource.getMetadata(target));
    const { driver } = dataSource;
    this.columns = metadata.columns.map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
    this.select = this.columns
      .map(
        ({ column, key }) => `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(key)}`,
      )
      .join(', ');
    this.table = `${driver.escape(metadata.tablePath)} ${driver.escape(alias)}`;
    const [primary] = metadata.primaryColumns;
    this.primaryKey = `${alias}_${primary.databaseName}`;
  }

  /** The entity a row holds under this alias; null when the row has none (no match of an outer join). */
  hydrate(row: Record<string, unknown>): T | null {
    if (row[this.primaryKey] === null || row[this.primaryKey] === undefined) return null;
    const entity = this.metadata.create() as T;
    const { driver } = this.dataSource;
    for (const { column, key } of this.columns)
      column.setEntityValue(entity, driver.prepareHydratedValue(row[key], column));
    return entity;
  }
}
