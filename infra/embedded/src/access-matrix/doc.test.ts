/** docs/access-matrix.md is generated from the matrix's rows; a stale file fails here. */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_FILE, renderDoc } from './doc';

describe('docs/access-matrix.md', () => {
  it('is what the rows of the access matrix say', () => {
    const fresh = renderDoc();
    if (process.env.UPDATE_ACCESS_MATRIX) writeFileSync(DOC_FILE, fresh);
    const current = readFileSync(DOC_FILE, 'utf8');
    if (current !== fresh) {
      throw new Error('docs/access-matrix.md is stale: run `UPDATE_ACCESS_MATRIX=1 npx jest infra/embedded/src/access-matrix/doc.test.ts` and commit it');
    }
  });
});
