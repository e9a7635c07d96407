/**
 * The cost of an operation, computed before planning from the supergraph: what the subgraphs
 * will be asked to do, not how long the query text is.
 *
 * - Every object a field returns costs 1, times how many of it the enclosing lists return
 *   (scalars are free: they come with their object).
 * - A list multiplies what is below it by its size: `page.first` (default 50) for a connection's
 *   `nodes`, `first`/`limit` arguments where a field has them, else `listSize` (an estimate for
 *   the unpaginated lists: a team's members, a month's days).
 * - A selection that crosses into a subgraph that does not own its parent costs `fetchCost` once
 *   per subgraph it crosses into (the planner's one fetch per path and subgraph), plus the objects
 *   it resolves there. Aliases are separate paths: 1,000 aliases crossing subgraphs are 1,000 fetches.
 *
 * Ownership is read off the supergraph's `@join__field(graph:)` (a field's owners) and
 * `@join__type(graph:)` (a type's owners, for fields without `@join__field`).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  valueFromASTUntyped,
  buildSchema,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@bg/graphql';

export interface CostOptions {
  /** The largest cost an operation may have. */
  maxCost: number;
  /** What one subgraph fetch costs. */
  fetchCost: number;
  /** Assumed size of a list without a page argument. */
  listSize: number;
  /** Page size when `page.first` is not given (PageInput's default). */
  defaultPage: number;
}

export const DEFAULT_COST: CostOptions = { maxCost: 8_000, fetchCost: 10, listSize: 20, defaultPage: 50 };

/** Which subgraphs (join__Graph enum values) own each `Type.field`, from the supergraph's join directives. */
export class Ownership {
  private readonly fields = new Map<string, ReadonlySet<string>>();
  private readonly types = new Map<string, ReadonlySet<string>>();

  private static graphs(directives: readonly DirectiveNode[] | undefined, name: string): Set<string> {
    const out = new Set<string>();
    for (const d of directives ?? []) {
      if (d.name.value !== name) continue;
      const graph = d.arguments?.find((a) => a.name.value === 'graph');
      if (graph && graph.value.kind === Kind.ENUM) out.add(graph.value.value);
    }
    return out;
  }

  ofType(type: GraphQLNamedType): ReadonlySet<string> {
    let owners = this.types.get(type.name);
    if (!owners) {
      owners = Ownership.graphs(type.astNode?.directives, 'join__type');
      this.types.set(type.name, owners);
    }
    return owners;
  }

  ofField(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): ReadonlySet<string> {
    const key = `${parent.name}.${field.name}`;
    let owners = this.fields.get(key);
    if (!owners) {
      const own = Ownership.graphs(field.astNode?.directives, 'join__field');
      owners = own.size ? own : this.ofType(parent);
      this.fields.set(key, owners);
    }
    return owners;
  }
}

/** The largest page a list gives (PageInput: first in 1..200). */
const MAX_PAGE = 200;

/** A list's size from a field's arguments: page.first, first, limit; else null. */
function pageSize(node: FieldNode, variables: Record<string, unknown> | undefined, defaultPage: number, hasPageArg: boolean): number | null {
  for (const arg of node.arguments ?? []) {
    const value = valueFromASTUntyped(arg.value, variables) as unknown;
    if (arg.name.value === 'page') {
      const first = value && typeof value === 'object' ? (value as { first?: unknown }).first : undefined;
      // Outside 1..200 the subgraph refuses the page, naming page.first: counted as the largest page, not refused here.
      return typeof first === 'number' && first > 0 ? Math.min(first, MAX_PAGE) : defaultPage;
    }
    if ((arg.name.value === 'first' || arg.name.value === 'limit') && typeof value === 'number' && value > 0) return Math.min(value, MAX_PAGE);
  }
  return hasPageArg ? defaultPage : null;
}

/** A conservative bound: stops counting once past the limit, so a hostile operation costs little to price. */
export function operationCost(
  schema: GraphQLSchema,
  ownership: Ownership,
  selectionSet: SelectionSetNode,
  rootType: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  options: CostOptions,
  variables?: Record<string, unknown>,
): number {
  let total = 0;
  const cap = options.maxCost + 1;
  // `owner` is the subgraph that resolves the parent objects (null at the root: every root field is a fetch).
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    owner: string | null,
    multiplier: number,
    inFragments: Set<string>,
    pageSized: number | null,
  ): void => {
    const crossed = new Set<string>();
    const visit = (s: SelectionSetNode, p: GraphQLNamedType, seen: Set<string>) => {
      for (const sel of s.selections) {
        if (total > cap) return;
        if (sel.kind === Kind.INLINE_FRAGMENT) {
          const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : p;
          visit(sel.selectionSet, t ?? p, seen);
          continue;
        }
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name.value;
          const frag = fragments[name];
          if (!frag || seen.has(name)) continue; // unknown fragments and cycles: other rules refuse them
          const t = schema.getType(frag.typeCondition.name.value) ?? p;
          visit(frag.selectionSet, t, new Set([...seen, name]));
          continue;
        }
        if (!isObjectType(p) && !isInterfaceType(p)) continue;
        const field = p.getFields()[sel.name.value];
        if (!field) continue;
        const owners = ownership.ofField(p, field);
        let here = owner;
        if (owners.size && (owner === null || !owners.has(owner))) {
          here = [...owners][0];
          const key = `${here}`;
          if (!crossed.has(key)) {
            crossed.add(key);
            total += options.fetchCost;
          }
        }
        if (!sel.selectionSet) continue;
        const type = field.type;
        const nullable = getNullableType(type);
        const named = getNamedType(type);
        const hasPage = field.args.some((a) => a.name === 'page');
        let size = 1;
        let childPage: number | null = null;
        if (hasPage) childPage = pageSize(sel, variables, options.defaultPage, true);
        if (isListType(nullable)) {
          const own = pageSize(sel, variables, options.defaultPage, false);
          size = own ?? (sel.name.value === 'nodes' && pageSized !== null ? pageSized : options.listSize);
        }
        const count = multiplier * size;
        total += count;
        if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) {
          walk(sel.selectionSet, named, here, count, seen, childPage);
        }
      }
    };
    visit(set, parent, inFragments);
  };
  walk(selectionSet, rootType, null, 1, new Set(), null);
  return total;
}

/**
 * The cost check as an Apollo plugin (and the refusal of an operationName the query lacks): after the operation is resolved (so `page.first` given in
 * variables counts) and before it is planned. Refused with QUERY_TOO_COMPLEX and HTTP 400.
 */
export function costLimitPlugin(supergraphSdl: string, options: CostOptions): ApolloServerPlugin {
  const schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const ownership = new Ownership();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) {
            // The gateway's executor would throw this as an unexpected error (500): a client's mistake, 400.
            throw new GraphQLError(
              request.operationName
                ? 'operationName names no operation of the query'
                : 'The query has several operations: name the one to run in operationName',
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
            );
          }
          const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
          if (!root) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          }
          const cost = operationCost(schema, ownership, operation.selectionSet, root, fragments, options, request.variables);
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `The operation is too costly (over ${options.maxCost}): ask for smaller pages, fewer nested lists or fewer aliases crossing services, or split it`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'cost', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
