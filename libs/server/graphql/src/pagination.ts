import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badInput } from './errors';

@Directive('@shareable')
@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients; inside they carry the sort key values of the last row. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(values) && values.every((v) => typeof v === 'string' || typeof v === 'number')) return values;
  } catch {
    // fall through to the coded error
  }
  throw badInput('the cursor is not valid', 'after');
}

/**
 * Builds a connection from `first + 1` rows fetched after the cursor (keyset pagination:
 * stable under inserts, no OFFSET scans).
 */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => (string | number)[], hasPrevious: boolean): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
