import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Column types PostgresDriver.prepareHydratedValue converts (it returns any other value as it is, unless the column
 * has a transformer): dates and times, enums, and types stored as text (simple-array, simple-json, hstore, cube,
 * vectors). Constructor types (Boolean, Number, Date) are never copied either. Of these, an enum of strings only is
 * returned as it is too (the driver turns a value into a number only when the enum holds that number).
 */
const CONVERTED_TYPES = new Set([
  'datetime',
  'timestamp',
  'timestamptz',
  'timestamp with time zone',
  'timestamp without time zone',
  'date',
  'time',
  'vector',
  'halfvec',
  'hstore',
  'simple-array',
  'simple-json',
  'cube',
  'enum',
  'simple-enum',
]);

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
  /** Columns whose value the driver hands over as it is (text, uuid, integers, jsonb …): copied, not converted. */
  private readonly copied: ReadonlyArray<{ property: string; key: string }>;
  /** Arrays of a string enum: split as the driver would. */
  private readonly enumArrays: ReadonlyArray<{ column: ColumnMetadata; property: string; key: string }>;
  /** The others (dates, numerics with a transformer …): converted by TypeORM's driver. */
  private readonly converted: ReadonlyArray<{ column: ColumnMetadata; key: string }>;
  private readonly primaryKey: string;
  private readonly metadata: EntityMetadata;

  /** `omit`: properties left out of the select list (long texts a hot read does not need): absent from the entity. */
  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
    alias: string,
    omit: ReadonlyArray<keyof T & string> = [],
  ) {
    const metadata = (this.metadata = dataSource.getMetadata(target));
    const { driver } = dataSource;
    this.columns = metadata.columns
      .filter((column) => column.isPrimary || !omit.includes(column.propertyName))
      .map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
    this.select = this.columns
      .map(
        ({ column, key }) => `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(key)}`,
      )
      .join(', ');
    this.table = `${driver.escape(metadata.tablePath)} ${driver.escape(alias)}`;
    // What the driver would do to each column's value: nothing (copied), or split a string enum array (its text
    // `{A,B}`: PostgreSQL's driver has no parser for arrays of our enum types), or anything else (converted).
    const plain = (column: ColumnMetadata) =>
      !column.embeddedMetadata && !column.isVirtual && !column.transformer && typeof column.type === 'string';
    const stringEnum = (column: ColumnMetadata) =>
      (column.type === 'enum' || column.type === 'simple-enum') &&
      !!column.enum?.every((value) => typeof value === 'string');
    const kindOf = (column: ColumnMetadata) =>
      !plain(column)
        ? 'converted'
        : !CONVERTED_TYPES.has(column.type as string) || (stringEnum(column) && !column.isArray)
          ? 'copied'
          : stringEnum(column)
            ? 'enumArray'
            : 'converted';
    const of = (kind: string) =>
      this.columns
        .filter(({ column }) => kindOf(column) === kind)
        .map(({ column, key }) => ({ column, property: column.propertyName, key }));
    this.copied = of('copied');
    this.enumArrays = of('enumArray');
    this.converted = of('converted');
    const [primary] = metadata.primaryColumns;
    this.primaryKey = `${alias}_${primary.databaseName}`;
  }

  /** The entity a row holds under this alias; null when the row has none (no match of an outer join). */
  hydrate(row: Record<string, unknown>): T | null {
    if (row[this.primaryKey] === null || row[this.primaryKey] === undefined) return null;
    const entity = this.metadata.create() as T;
    const { driver } = this.dataSource;
    const fields = entity as Record<string, unknown>;
    for (const { property, key } of this.copied) fields[property] = row[key];
    for (const { column, property, key } of this.enumArrays) {
      const value = row[key];
      // Values that are identifiers (no quotes, no escapes): the driver's split, without its unquoting passes.
      fields[property] =
        typeof value === 'string' && !/["\\]/.test(value)
          ? value === '{}'
            ? []
            : value.slice(1, -1).split(',')
          : driver.prepareHydratedValue(value, column);
    }
    for (const { column, key } of this.converted)
      column.setEntityValue(entity, driver.prepareHydratedValue(row[key], column));
    return entity;
  }
}
