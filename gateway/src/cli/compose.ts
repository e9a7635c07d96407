/** `npm run compose`: rewrites gateway/supergraph.graphql from the subgraphs' sources. */
import { writeFileSync } from 'node:fs';
import { personnel } from '@bg/personnel';
import { attendance } from '@bg/attendance';
import { performance } from '@bg/performance';
import { recruitment } from '@bg/recruitment';
import { SUPERGRAPH_FILE, composeSupergraph } from '../compose';

composeSupergraph({ personnel, attendance, performance, recruitment })
  .then((sdl) => {
    writeFileSync(SUPERGRAPH_FILE, sdl);
    console.log(`wrote ${SUPERGRAPH_FILE}`);
  })
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
