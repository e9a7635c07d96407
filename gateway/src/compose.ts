import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '@bg/graphql';
import type { ServiceDefinition } from '@bg/service';
import { SUBGRAPHS, defaultUrl } from './subgraphs';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

/** Where each subgraph's own SDL is committed: `services/<name>/schema.graphql`. */
export const subgraphSchemaFile = (name: string) => join(__dirname, '..', '..', 'services', name, 'schema.graphql');

export interface Composition {
  supergraph: string;
  /** Each subgraph's SDL as the gateway composes it, keyed by subgraph name. */
  subgraphs: Record<string, string>;
}

/** Builds each subgraph's schema from its service definition and composes the supergraph. */
export async function composeAll(definitions: Record<string, ServiceDefinition>): Promise<Composition> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (s) => {
      const sdl = printSubgraphSchema(await buildFederatedSchema(definitions[s.name]));
      return { name: s.name, url: defaultUrl(s), sdl, typeDefs: parse(sdl) };
    }),
  );
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { supergraph: result.supergraphSdl!, subgraphs: Object.fromEntries(services.map((s) => [s.name, `${s.sdl.trimEnd()}\n`])) };
}

export async function composeSupergraph(definitions: Record<string, ServiceDefinition>): Promise<string> {
  return (await composeAll(definitions)).supergraph;
}

export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}

export function committedSubgraphSchema(name: string): string {
  return readFileSync(subgraphSchemaFile(name), 'utf8');
}
