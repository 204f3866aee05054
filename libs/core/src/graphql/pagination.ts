import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { isUUID, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CoreError } from '../errors/domain-error.js';
import { countedAbove } from './complexity.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** The size of a list nested in an object (a platform's offerings): the first `first` items, 1–100. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most this many items, 1–100.' })
  @Min(1)
  @Max(100)
  first: number = 20;
}

/** Relay-style page arguments shared by every list; contexts extend this with their own filter. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

type Constructor<T> = abstract new (...args: never[]) => T;

/** Builds `XConnection { edges { cursor node } pageInfo totalCount }` for a model: `class X extends Connection(Model, 'X') {}`. */
export function Connection<T>(node: Constructor<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    // The connection's field multiplies by its page size already (pageCost).
    @Field(() => [Edge], { complexity: countedAbove })
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

export interface Page<E> {
  items: E[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface ConnectionShape<M> {
  edges: Array<{ cursor: string; node: M }>;
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<E, M>(page: Page<E>, map: (item: E) => M): ConnectionShape<M> {
  return {
    edges: page.items.map((item, index) => ({ cursor: page.cursors[index], node: map(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount: page.totalCount,
  };
}

/**
 * A position in a list: the list it was returned by (a cursor of another list, even one of the same rows, is refused),
 * the row's created_at in whole microseconds since the epoch (PostgreSQL's own precision, so rows written in one
 * transaction, which share a timestamp, are still told apart by id) and its id.
 */
interface CursorKey {
  list: string;
  micros: string;
  id: string;
}

const encodeCursor = (key: CursorKey) =>
  Buffer.from(JSON.stringify([key.list, key.micros, key.id])).toString('base64url');

/** Years 1900–9999 in microseconds: anything else was not written by this service. */
const MICROS = /^-?\d{1,18}$/;
const MICROS_RANGE = { min: -2_208_988_800_000_000n, max: 253_402_300_799_999_999n };
const inRange = (micros: string) => BigInt(micros) >= MICROS_RANGE.min && BigInt(micros) <= MICROS_RANGE.max;

function decodeCursor(cursor: string, list: string): CursorKey {
  try {
    const [of, micros, id, ...rest] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      of !== list ||
      typeof micros !== 'string' ||
      !MICROS.test(micros) ||
      !inRange(micros) ||
      typeof id !== 'string' ||
      !isUUID(id) ||
      rest.length
    )
      throw new Error('shape');
    return { list, micros, id };
  } catch {
    throw CoreError.invalidField('after', 'after is not a cursor returned by this list');
  }
}

/**
 * Keyset pagination, newest first, on (created_at, id): stable under inserts, and each page is an index range scan
 * when the table has an index on (created_at, id) or a filter column followed by them. The cursor carries
 * created_at at full precision, read in the same query: a millisecond JavaScript Date would skip or repeat rows that
 * share a millisecond. `query` may join only to-one relations (each row stays one row: the page is a SQL LIMIT).
 * `list` names the list (its GraphQL field): its cursors are refused by every other list.
 */
export async function paginate<E extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<E>,
  args: { first: number; after?: string },
  list: string,
): Promise<Page<E>> {
  const alias = query.alias;
  const key = args.after ? decodeCursor(args.after, list) : undefined;
  const totalCount = await query.clone().getCount();
  const paged = query
    .clone()
    .addSelect(`(extract(epoch FROM ${alias}.createdAt) * 1000000)::bigint::text`, 'cursor_micros')
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(args.first + 1);
  if (key) {
    paged.andWhere(
      `(${alias}.createdAt, ${alias}.id) < (timestamptz 'epoch' + :cursorMicros::bigint * interval '1 microsecond', :cursorId::uuid)`,
      { cursorMicros: key.micros, cursorId: key.id },
    );
  }
  const { entities, raw } = await paged.getRawAndEntities<Record<string, string>>();
  const micros = new Map(raw.map((row) => [row[`${alias}_id`], row.cursor_micros]));
  const items = entities.slice(0, args.first);
  return {
    items,
    cursors: items.map((item) => encodeCursor({ list, micros: micros.get(item.id) ?? '0', id: item.id })),
    hasNextPage: entities.length > args.first,
    totalCount,
  };
}
