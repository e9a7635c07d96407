import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth-checker';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@tag", "@override"])';

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: Function[];
  /** `__resolveReference` and friends, keyed by type name. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * type-graphql resolvers -> Apollo Federation 2 subgraph schema: build with type-graphql, print
 * with directives (plain printSchema drops @key), add the federation @link and build the subgraph.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [type, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
