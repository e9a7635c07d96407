import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * @bg/graphql's `Connection(X)` uses `PageInfo`, which personnel defines too and which is not
 * @shareable: the supergraph does not compose with a second subgraph resolving it. Until the
 * shared PageInfo is marked @shareable, recruitment's connections use their own page info type
 * with the same fields (`endCursor`, `hasNextPage`).
 */
@ObjectType({ description: 'Where a page of a recruitment list ends' })
export class RecruitmentPageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

export function Connection<T extends object>(item: ClassType<T>) {
  @ObjectType(`${item.name}ConnectionBase`)
  abstract class ConnectionClass {
    @Field(() => [item]) nodes!: T[];
    @Field(() => Int) totalCount!: number;
    @Field(() => RecruitmentPageInfo) pageInfo!: RecruitmentPageInfo;
  }
  return ConnectionClass;
}
