/** Every row of the access matrix, by operation (`Query.x`, `Mutation.y`), one file per subgraph. */
import type { Row } from '../model';
import { ATTENDANCE } from './attendance';
import { PERFORMANCE } from './performance';
import { PERSONNEL } from './personnel';
import { RECRUITMENT } from './recruitment';

export const ROWS_BY_SERVICE: Record<string, Record<string, Row>> = {
  personnel: PERSONNEL,
  attendance: ATTENDANCE,
  performance: PERFORMANCE,
  recruitment: RECRUITMENT,
};

export const ROWS: Record<string, Row> = Object.assign({}, ...Object.values(ROWS_BY_SERVICE));
