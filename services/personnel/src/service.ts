import { AuditEntry, auditLogResolver, type ServiceDefinition } from '@bg/service';
import { Branch, Group, Outlet, Team } from './organisation/organisation.entity';
import { BranchResolver, TeamResolver } from './organisation/organisation.resolver';
import { Employee } from './employees/employee.entity';
import { EmployeeResolver } from './employees/employee.resolver';
import { EmployeeLifecycleResolver } from './employees/employee-lifecycle.resolver';
import { EmployeeChange } from './employees/employee-change.entity';
import { employeeReference } from './employees/employee.reference';
import { seedDemoCompany } from './demo/seed';
import { personnelHandlers, prefetchPersonnel } from './events/handlers';
import { migrations } from './migrations';
import { archivesModule } from './archives';
import { FileStore, configureFileStore } from './archives/files';
import { serveArchiveFile } from './archives/archive.resolver';
import { assetsModule } from './assets';
import { contractsModule } from './contracts';
import { serialsModule } from './serials';
import { filingsModule } from './filings';
import { organisationModule } from './organisation';
import { handoversModule } from './handovers';
import { teamLeadsModule } from './team-leads';
import { divisionOfLabourModule } from './division-of-labour';
import { regionsModule } from './regions';
import { REPORT_TOPICS, reportFilingHandlers } from './filings/report-filing';
import { STAFF_CHANGE_TOPICS, staffChangeFilingHandlers } from './filings/staff-change-filing';

/** The audit log of level changes and asset ledger exports (archive reads keep their own, archiveAuditLog). */
const PersonnelAuditLogResolver = auditLogResolver('personnelAuditLog', 'level changes and asset ledger exports (archive reads: archiveAuditLog)');

const modules = [
  organisationModule,
  archivesModule,
  assetsModule,
  contractsModule,
  serialsModule,
  filingsModule,
  handoversModule,
  teamLeadsModule,
  divisionOfLabourModule,
  regionsModule,
];

/** Personnel & archives: the organisation and its employees (the owner of `Employee`). */
export const personnel: ServiceDefinition = {
  name: 'personnel',
  entities: [Branch, Team, Group, Outlet, Employee, EmployeeChange, ...modules.flatMap((m) => m.entities), AuditEntry],
  migrations,
  resolvers: [BranchResolver, TeamResolver, EmployeeResolver, EmployeeLifecycleResolver, ...modules.flatMap((m) => m.resolvers), PersonnelAuditLogResolver] as [
    Function,
    ...Function[],
  ],
  referenceResolvers: employeeReference,
  consumes: {
    topics: [
      'recruitment.candidate',
      'performance.assessment',
      'attendance.month',
      'performance.payroll',
      'recruitment.training',
      ...REPORT_TOPICS,
      ...STAFF_CHANGE_TOPICS,
    ],
    handlers: { ...personnelHandlers, ...reportFilingHandlers, ...staffChangeFilingHandlers },
    prefetch: prefetchPersonnel,
  },
  seed: seedDemoCompany,
  routes(app, { config, orm }) {
    const files = FileStore.fromConfig(config);
    configureFileStore(files);
    files.routes(app, (grant) => serveArchiveFile(orm.em.fork(), grant));
  },
};
