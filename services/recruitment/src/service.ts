import { KnownEmployee, employeeStubReference, knownEmployeeHandlers, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { TrainingRecord } from './training/training-record.entity';
import { TrainingRecordResolver, Employee } from './training/training-record.resolver';
import { seedDemoTraining } from './demo/seed';
import { migrations } from './migrations';

/** Recruitment & training: candidates and the training archive. */
export const recruitment: ServiceDefinition = {
  name: 'recruitment',
  entities: [TrainingRecord, KnownEmployee],
  migrations,
  resolvers: [TrainingRecordResolver],
  orphanedTypes: [Employee],
  referenceResolvers: employeeStubReference,
  consumes: { topics: ['personnel.employee'], handlers: { ...knownEmployeeHandlers }, prefetch: prefetchKnownEmployees },
  seed: seedDemoTraining,
};
