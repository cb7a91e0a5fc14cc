import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { checkRange, InvalidInputError } from '../../domain/invalid-input-error';
import type { Page, PageOf } from '../../store/graph-store';

export const defaultPageSize = 20;
export const maxPageSize = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    description: `How many items to return: ${defaultPageSize} by default, at most ${maxPageSize}.`,
    defaultValue: defaultPageSize,
  })
  first: number = defaultPageSize;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an endCursor from a previous page).',
  })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item on this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

const cursorPrefix = 'cursor:v1:';

/** Cursors are opaque to clients; inside they hold the position in the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${cursorPrefix}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(cursorPrefix.length));
  if (!text.startsWith(cursorPrefix) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new InvalidInputError(`after is not a cursor this API gave out: "${cursor}".`, 'after');
  }
  return offset;
}

/** The store page that `first` and `after` ask for, checked. */
export function pageFromArgs({ first, after }: PageArgs): Page {
  checkRange('first', first, 0, maxPageSize);
  return { offset: after ? decodeCursor(after) + 1 : 0, limit: first };
}

/** A connection's fields from a store page. */
export function toConnection<T>(page: Page, result: PageOf<T>) {
  const edges = result.items.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) }));
  return {
    edges,
    nodes: result.items,
    totalCount: result.totalCount,
    pageInfo: {
      hasNextPage: page.offset + result.items.length < result.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

type ClassType<T = object> = new (...args: never[]) => T;

/** A Relay connection type (`XConnection`, `XEdge`) for one node type. */
export function ConnectionType<T extends object>(
  name: string,
  nodeType: ClassType<T> | object,
  plural: string,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType, { description: `The ${name.toLowerCase()}.` })
    node!: T;

    @Field({ description: 'Opaque cursor of this item: pass it as `after` to continue from here.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}, with cursors and the total count.` })
  class Connection {
    @Field(() => [Edge], { description: `The ${plural} on this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType], { description: `The ${plural} on this page, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match in all, across every page.` })
    totalCount!: number;
  }
  return Connection;
}
