/**
 * Connection types of this subgraph. The same shape as @bg/graphql's `Connection(X)`, but with a
 * page-info type of its own: @bg/graphql's `PageInfo` is not @shareable, so two subgraphs may not
 * both resolve it (composition fails). Swap back to `Connection` once it is.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PerformancePageInfo')
export class PerformancePageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

export function PerformanceConnection<T extends object>(item: ClassType<T>) {
  @ObjectType(`${item.name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [item]) nodes!: T[];
    @Field(() => Int) totalCount!: number;
    @Field(() => PerformancePageInfo) pageInfo!: PerformancePageInfo;
  }
  return ConnectionClass;
}
