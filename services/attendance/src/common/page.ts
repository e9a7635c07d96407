import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * Page info of attendance's connections. The shared `PageInfo` of @bg/graphql is not @shareable,
 * so a second subgraph returning it breaks composition; attendance names its own until it is.
 */
@ObjectType({ description: "Where a page of attendance's lists ends" })
export class AttendancePageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

/** A connection type (`nodes`, `totalCount`, `pageInfo`), filled by @bg/graphql's `toPage`. */
export function Page<T extends object>(item: ClassType<T>) {
  @ObjectType(`${item.name}PageBase`)
  abstract class PageClass {
    @Field(() => [item]) nodes!: T[];
    @Field(() => Int) totalCount!: number;
    @Field(() => AttendancePageInfo) pageInfo!: AttendancePageInfo;
  }
  return PageClass;
}
