import type { PersonnelModule } from '../module';
import { Filing } from './filing.entity';
import { FilingResolver } from './filing.resolver';

export { Filing, FilingType } from './filing.entity';
export { fileDocument, type FileDocumentInput } from './filing.service';

/** filings to head office, searchable. */
export const filingsModule: PersonnelModule = { entities: [Filing], resolvers: [FilingResolver] };
