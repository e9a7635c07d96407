import { KnownEmployee, employeeStubReference, knownEmployeeHandlers, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { BusinessMetrics } from './metrics/business-metrics.entity';
import { BusinessMetricsResolver, Employee } from './metrics/business-metrics.resolver';
import { seedDemoMetrics } from './demo/seed';
import { migrations } from './migrations';

/** Performance & payroll: business figures, assessment and pay (R-1.x, R-4.x). */
export const performance: ServiceDefinition = {
  name: 'performance',
  entities: [BusinessMetrics, KnownEmployee],
  migrations,
  resolvers: [BusinessMetricsResolver],
  orphanedTypes: [Employee],
  referenceResolvers: employeeStubReference,
  consumes: { topics: ['personnel.employee'], handlers: { ...knownEmployeeHandlers }, prefetch: prefetchKnownEmployees },
  seed: seedDemoMetrics,
};
