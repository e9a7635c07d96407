/**
 * The supergraph's root operations and type-correct arguments for them, generated from
 * gateway/supergraph.graphql: every required argument gets a harmless value of its type, and the
 * arguments that place a request in the organisation (employeeId, teamId, groupId, branchId) get
 * the target of the scope under test. A row of the matrix overrides what does not fit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export const ROOT = join(__dirname, '..', '..', '..', '..');
export const SUPERGRAPH_FILE = join(ROOT, 'gateway', 'supergraph.graphql');

/** Where a request points in the organisation: the values of the scope-bearing arguments. */
export interface Target {
  employeeId: string;
  groupId: string;
  teamId: string;
  branchId: string;
}

/** The arguments that carry a target, by name, wherever they appear (top level or in an input). */
const TARGET_ARGS: Record<string, keyof Target> = {
  employeeId: 'employeeId',
  managerId: 'employeeId',
  clientManagerId: 'employeeId',
  fromEmployeeId: 'employeeId',
  groupId: 'groupId',
  teamId: 'teamId',
  branchId: 'branchId',
};

export type TargetKind = 'employee' | 'group' | 'team' | 'branch' | 'none';

export interface RootOperation {
  /** `Query.employee`, `Mutation.hireEmployee`. */
  name: string;
  kind: 'query' | 'mutation';
  field: string;
  /** The subgraph that resolves it (lower case: personnel, attendance, performance, recruitment). */
  service: string;
  /** The narrowest organisational argument it takes (employee < group < team < branch), or none. */
  targetKind: TargetKind;
  /** The GraphQL document for a target, with the generated arguments inlined as variables. */
  document(target: Target, overrides?: Record<string, unknown>): { query: string; variables: Record<string, unknown> };
}

let schema: GraphQLSchema | undefined;
export function supergraphSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
  return schema;
}

const SCALAR_VALUES: Record<string, unknown> = {
  String: 'matrix',
  ID: 'MATRIX-NONE',
  Int: 1,
  Float: 1,
  Boolean: true,
  LocalDate: '2026-10-15',
  YearMonth: '2026-10',
  DateTime: '2026-10-15T02:00:00.000Z',
  Fen: 100,
  YearQuarter: '2026-Q3',
  YearHalf: '2026-H2',
  Year: 2026,
  Period: '2026-10',
};

function valueFor(type: GraphQLInputType, name: string, target: Target, found: Set<keyof Target>, depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, name, target, found, depth + 1)];
  const named = getNamedType(inner);
  const t = TARGET_ARGS[name];
  if (t && !isInputObjectType(named) && !isListType(inner)) {
    found.add(t);
    return target[t];
  }
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(named.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueFor(f.type, f.name, target, found, depth + 1);
      else if (TARGET_ARGS[f.name] && !isListType(isNonNullType(f.type) ? f.type.ofType : f.type))
        out[f.name] = valueFor(f.type, f.name, target, found, depth + 1);
    }
    return out;
  }
  if (named.name in SCALAR_VALUES) return SCALAR_VALUES[named.name];
  return 'matrix';
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
}

const KIND_ORDER: TargetKind[] = ['employee', 'group', 'team', 'branch'];

function rootOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): RootOperation {
  const probe = new Set<keyof Target>();
  const dummy: Target = { employeeId: 'x', groupId: 'x', teamId: 'x', branchId: 'x' };
  argValues(field.args, dummy, probe);
  const byId = ID_OF[field.name];
  if (byId && field.args.some((a) => a.name === 'id')) probe.add(byId);
  const targetKind = KIND_ORDER.find((k) => probe.has(`${k}Id` as keyof Target)) ?? 'none';
  const only = targetKind === 'none' ? undefined : (`${targetKind}Id` as keyof Target);
  return {
    name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    kind,
    field: field.name,
    service: serviceOf(field),
    targetKind,
    document(target, overrides = {}) {
      const variables: Record<string, unknown> = { ...argValues(field.args, target, new Set(), only), ...(byId ? { id: target[byId] } : {}), ...overrides };
      const used = field.args.filter((a) => a.name in variables && variables[a.name] !== undefined);
      const defs = used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
      const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${kind} Matrix${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection(field)} }`;
      return { query, variables: Object.fromEntries(used.map((a) => [a.name, variables[a.name]])) };
    },
  };
}

function serviceOf(field: GraphQLField<unknown, unknown>): string {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  return graph && graph.kind === 'EnumValue' ? graph.value.toLowerCase() : 'unknown';
}

/** Root fields that take the target itself as `id` (`employee(id:)`, `team(id:)`, `branch(id:)`). */
const ID_OF: Record<string, keyof Target> = { employee: 'employeeId', team: 'teamId', branch: 'branchId' };

/**
 * Required arguments, and the optional ones that carry a target: all of them while probing
 * (`only` undefined), else only those of the operation's own target kind (`employeeId` alone
 * where it takes `employeeId` or `teamId`).
 */
function argValues(args: readonly GraphQLArgument[], target: Target, found: Set<keyof Target>, only?: keyof Target): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const wanted = (name: string) => TARGET_ARGS[name] && (only === undefined || TARGET_ARGS[name] === only);
  for (const a of args) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    const named = getNamedType(a.type);
    if (required || wanted(a.name)) out[a.name] = valueFor(a.type, a.name, target, found);
    else if (isInputObjectType(named) && !isListType(isNonNullType(a.type) ? a.type.ofType : a.type)) {
      // An optional filter that carries a target (e.g. `filter: { branchId }`): set the target only.
      const sub = Object.values(named.getFields()).filter((f) => wanted(f.name) && !isListType(isNonNullType(f.type) ? f.type.ofType : f.type));
      const required2 = Object.values(named.getFields()).some((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      if (sub.length && !required2) out[a.name] = Object.fromEntries(sub.map((f) => [f.name, valueFor(f.type, f.name, target, found)]));
    }
  }
  return out;
}

/** Every root query and mutation of the committed supergraph, in schema order. */
export function rootOperations(): RootOperation[] {
  const s = supergraphSchema();
  return [
    ...Object.values(s.getQueryType()?.getFields() ?? {})
      .filter((f) => !f.name.startsWith('_'))
      .map((f) => rootOperation('query', f)),
    ...Object.values(s.getMutationType()?.getFields() ?? {}).map((f) => rootOperation('mutation', f)),
  ];
}
