import type { PersonnelModule } from '../module';
import { ArchiveDocument } from './archive-document.entity';
import { ArchiveAudit } from './archive-audit.entity';
import { ArchiveDocumentResolver, ArchiveResolver, EmployeeIdNumberResolver } from './archive.resolver';

/** R-6.1-R-6.3 archives, the archive lookup rule and its audit log. */
export const archivesModule: PersonnelModule = {
  entities: [ArchiveDocument, ArchiveAudit],
  resolvers: [ArchiveResolver, ArchiveDocumentResolver, EmployeeIdNumberResolver],
};
