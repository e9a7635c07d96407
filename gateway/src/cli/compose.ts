/** `npm run compose`: rewrites gateway/supergraph.graphql and each services/<name>/schema.graphql from the subgraphs' sources. */
import { writeFileSync } from 'node:fs';
import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';
import { SUPERGRAPH_FILE, composeAll, subgraphSchemaFile } from '../compose';

composeAll({ personnel, attendance, performance, recruitment })
  .then(({ supergraph, subgraphs }) => {
    writeFileSync(SUPERGRAPH_FILE, supergraph);
    console.log(`wrote ${SUPERGRAPH_FILE}`);
    for (const [name, sdl] of Object.entries(subgraphs)) {
      writeFileSync(subgraphSchemaFile(name), sdl);
      console.log(`wrote ${subgraphSchemaFile(name)}`);
    }
  })
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
