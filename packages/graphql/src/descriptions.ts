import { Kind, parse, type DefinitionNode } from 'graphql';

/** Types the federation machinery adds to a subgraph's SDL: not ours to describe. */
const MACHINERY = /^(link|link__\w+|federation__\w+|join__\w+|_Any|_Entity|_Service|FieldSet)$/;

/**
 * Every type, field, argument, input field and enum value of an SDL without a description, named
 * `Type`, `Type.field`, `Type.field(argument)` or `Enum.VALUE` (a schema convention:
 * docs/schema-conventions.md). Scalars count as types.
 */
export function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  for (const def of parse(sdl).definitions as readonly DefinitionNode[]) {
    if (!('name' in def) || !def.name || MACHINERY.test(def.name.value)) continue;
    const type = def.name.value;
    if (def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (!('description' in def) || !def.description?.value.trim()) missing.push(type);
    if ('fields' in def) {
      for (const f of def.fields ?? []) {
        if (!f.description?.value.trim()) missing.push(`${type}.${f.name.value}`);
        for (const a of ('arguments' in f ? f.arguments : undefined) ?? []) {
          if (!a.description?.value.trim()) missing.push(`${type}.${f.name.value}(${a.name.value})`);
        }
      }
    }
    if ('values' in def) for (const v of def.values ?? []) if (!v.description?.value.trim()) missing.push(`${type}.${v.name.value}`);
  }
  return missing;
}
