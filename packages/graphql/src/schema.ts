import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { getNamedType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth-checker';
import { checkArguments } from './arguments';
import { DateTimeScalar } from './scalars';

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
 * Connections are built by one helper (`Connection(X)` in pagination.ts) whose subclasses carry no
 * description of their own: each `XConnection` and its three fields get the same wording here.
 */
function describeShared(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const fields = type.getFields();
    if (!fields.nodes || !fields.totalCount || !fields.pageInfo) continue;
    const item = type.name.slice(0, -'Connection'.length);
    type.description ||= `A page of ${item} items: nodes, the total count and where the next page starts (page: { first, after }).`;
    fields.nodes.description ||= `The ${item} items of this page, in the list's order.`;
    fields.totalCount.description ||= 'How many items the whole list has, over all pages.';
    fields.pageInfo.description ||= 'Whether there is a next page and the cursor to pass as page.after for it.';
  }
  // An object's `id` is its id everywhere.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    const id = type.getFields().id;
    if (id && getNamedType(id.type).name === 'ID') id.description ||= `The ${type.name}'s id: stable, what other records and queries refer to it by.`;
  }
  // `page: PageInput` means the same on every list.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        if (arg.name === 'page' && getNamedType(arg.type).name === 'PageInput') {
          arg.description ||= 'Which page: first 1..200 items (default 50) after the endCursor of the previous page; the first page without after.';
        }
      }
    }
  }
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
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  describeShared(schema);
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
