import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '@bg/graphql';
import type { ServiceDefinition } from '@bg/service';
import { SUBGRAPHS, defaultUrl } from './subgraphs';

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

/** Builds each subgraph's schema from its service definition and composes the supergraph. */
export async function composeSupergraph(definitions: Record<string, ServiceDefinition>): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (s) => ({
      name: s.name,
      url: defaultUrl(s),
      typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(definitions[s.name]))),
    })),
  );
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}

export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
