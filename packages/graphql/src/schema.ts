import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth-checker';
import { checkArguments } from './arguments';

/**
 * Apollo's resolver map type, read off the public `buildSubgraphSchema` signature (its
 * `{ typeDefs, resolvers }` form) rather than imported from the package's internal `dist/` files.
 */
type GraphQLResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@tag", "@override"])';

const QUERY_DESCRIPTION = "The reads: every question this graph answers, each within the caller's roles and scope.";
const MUTATION_DESCRIPTION = 'The writes: every change this graph makes; a refusal names the roles that would be allowed.';

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: Function[];
  /** `__resolveReference` and friends, keyed by type name. */
  referenceResolvers?: GraphQLResolverMap;
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
    globalMiddlewares: [checkArguments],
    skipCheck: true,
  });
  const printed = printSchemaWithDirectives(schema)
    .replace(/^type Query \{/m, `"""${QUERY_DESCRIPTION}"""\ntype Query {`)
    .replace(/^type Mutation \{/m, `"""${MUTATION_DESCRIPTION}"""\ntype Mutation {`);
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printed}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap;
  for (const [type, fields] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
