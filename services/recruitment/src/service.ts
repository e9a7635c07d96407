import { PERSONNEL_PROJECTIONS, employeeStubReference, prefetchKnownEmployees, type ServiceDefinition } from '@bg/service';
import { Requisition } from './requisitions/requisition.entity';
import { RequisitionResolver } from './requisitions/requisition.resolver';
import { Candidate, CandidateDocument, CandidateEvaluation, Probation, StageMove } from './candidates/candidate.entity';
import { CandidateResolver } from './candidates/candidate.resolver';
import { TrainingRecord } from './training/training-record.entity';
import { TrainingEnrolment, TrainingProgramme, TrainingSession } from './training/training.entity';
import { TrainingResolver } from './training/training.resolver';
import { TrainingRecordResolver, Employee } from './training/training-record.resolver';
import { recruitmentHandlers } from './events/handlers';
import { seedDemoRecruitment } from './demo/seed';
import { migrations } from './migrations';
import { STAFFING_TOPICS, staffingHandlers } from './requisitions/staffing';

/** Recruitment & training: requisitions, the candidate pipeline, the talent pool, training and its archive. */
export const recruitment: ServiceDefinition = {
  name: 'recruitment',
  entities: [
    Requisition,
    Candidate,
    CandidateDocument,
    StageMove,
    CandidateEvaluation,
    Probation,
    TrainingProgramme,
    TrainingSession,
    TrainingEnrolment,
    TrainingRecord,
    ...PERSONNEL_PROJECTIONS,
  ],
  migrations,
  resolvers: [RequisitionResolver, CandidateResolver, TrainingResolver, TrainingRecordResolver],
  orphanedTypes: [Employee],
  referenceResolvers: employeeStubReference,
  consumes: {
    topics: ['personnel.employee', 'personnel.organisation', ...STAFFING_TOPICS],
    handlers: { ...recruitmentHandlers, ...staffingHandlers },
    prefetch: prefetchKnownEmployees,
  },
  seed: seedDemoRecruitment,
};
