import type { EventHandlers } from '@bg/events';
import { knownEmployeeHandlers, organisationHandlers } from '@bg/service';
import { Candidate } from '../candidates/candidate.entity';
import { TraineeKind, TrainingEnrolment, TrainingProgramme, TrainingSession } from '../training/training.entity';
import { archiveResult } from '../training/training.resolver';

/**
 * personnel.employee and personnel.organisation: the shared projections (@bg/service), and for a hire that came from a candidate
 * (`EmployeeHired.candidateId`), the link candidate -> employee and the candidate's
 * pre-employment training results carried into the new employee's training archive.
 */
export const recruitmentHandlers: EventHandlers = {
  ...knownEmployeeHandlers,
  ...organisationHandlers,
  async EmployeeHired(em, event) {
    await knownEmployeeHandlers.EmployeeHired!(em, event);
    const { candidateId, employeeId, branchId } = event.data;
    if (!candidateId) return;
    const candidate = await em.findOne(Candidate, candidateId);
    if (!candidate || candidate.employeeId) return;
    candidate.employeeId = employeeId;
    const results = await em.find(TrainingEnrolment, { personId: candidateId, personKind: TraineeKind.CANDIDATE, passed: { $ne: null } });
    for (const e of results) {
      const session = await em.findOneOrFail(TrainingSession, e.sessionId);
      const programme = await em.findOneOrFail(TrainingProgramme, session.programmeId);
      archiveResult(em, e, session, programme, e.resultBy ?? 'recruitment', employeeId, branchId);
    }
  },
};
