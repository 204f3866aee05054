import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CoreError } from '../errors/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
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
    @Field(() => [Edge])
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

interface CursorKey {
  createdAt: string;
  id: string;
}

const encodeCursor = (key: CursorKey) => Buffer.from(JSON.stringify([key.createdAt, key.id])).toString('base64url');

function decodeCursor(cursor: string): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)))
      throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw CoreError.invalidField('after', 'after is not a cursor returned by this list');
  }
}

/**
 * Keyset pagination, newest first, on (created_at, id): stable under inserts, and each page is an index range scan
 * when the table has an index on (created_at, id) or a filter column followed by them.
 */
export async function paginate<E extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<E>,
  args: { first: number; after?: string },
): Promise<Page<E>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const paged = query
    .clone()
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(args.first + 1);
  if (args.after) {
    const key = decodeCursor(args.after);
    paged.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: key.createdAt,
      cursorId: key.id,
    });
  }
  const rows = await paged.getMany();
  const items = rows.slice(0, args.first);
  return {
    items,
    cursors: items.map((item) => encodeCursor({ createdAt: item.createdAt.toISOString(), id: item.id })),
    hasNextPage: rows.length > args.first,
    totalCount,
  };
}
