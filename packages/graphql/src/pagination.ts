import { Directive, Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { BadInputError, type FieldProblem } from './errors';

/** Shared by every subgraph's connections: a value type, so federation needs it @shareable. */
@ObjectType({ description: 'Where a page of a list ends and whether more follows.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: "The cursor after this page's last item: pass it as page.after for the next page; null on an empty page",
  })
  endCursor!: string | null;
  @Field({ description: 'Whether items follow this page' }) hasNextPage!: boolean;
}

@InputType({ description: 'Which page of a list: first items after the cursor (refused outside 1..200 or with a cursor this API did not issue).' })
export class PageInput {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1-200' })
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A connection type for a list: `nodes`, `totalCount`, `pageInfo`. */
export function Connection<T extends object>(item: ClassType<T>) {
  // Each subclass (`@ObjectType() class XConnection extends Connection(X)`) is the schema's type;
  // this base is registered only so that the subclass inherits its fields.
  @ObjectType(`${item.name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [item]) nodes!: T[];
    @Field(() => Int) totalCount!: number;
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Offset cursors: opaque to clients, stable for lists ordered by a unique key. */
export function decodeCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const n = Number(Buffer.from(after, 'base64url').toString());
  if (!Number.isSafeInteger(n) || n < 0) throw new BadInputError('The page cursor is not valid; start again from the first page');
  return n;
}

export const MAX_PAGE = 200;

/** Problems with a `page` argument (PageInput): `first` a whole number 1..200, `after` a cursor this API issued. */
export function pageProblems(page: { first?: unknown; after?: unknown } | null | undefined, field = 'page'): FieldProblem[] {
  if (!page || typeof page !== 'object') return [];
  const problems: FieldProblem[] = [];
  const { first, after } = page;
  if (first !== undefined && first !== null && !(Number.isInteger(first) && (first as number) >= 1 && (first as number) <= MAX_PAGE)) {
    problems.push({ field: `${field}.first`, problem: `a page size from 1 to ${MAX_PAGE} (default 50), not ${JSON.stringify(first).slice(0, 20)}` });
  }
  if (after !== undefined && after !== null) {
    try {
      decodeCursor(after as string);
    } catch {
      problems.push({ field: `${field}.after`, problem: 'not a cursor of this list: pass the endCursor of the previous page, or leave it out' });
    }
  }
  return problems;
}

/** A page of a list; never `hasNextPage` without an `endCursor` to follow (an empty page ends the list). */
export function toPage<T>(nodes: T[], totalCount: number, offset: number): Page<T> {
  const end = offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: { endCursor: nodes.length ? Buffer.from(String(end)).toString('base64url') : null, hasNextPage: nodes.length > 0 && end < totalCount },
  };
}
