/** The approval route: what other modules use to put a subject on it. */
export { ApprovalKind, ApprovalStage, ApprovalStatus, CosignDepartment } from './route';
export { ApprovalRequest, ApprovalStep, StepDecision } from './approval.entity';
export {
  registerApprovalSubject,
  submitForApproval,
  decideApprovalStep,
  recordCosignOpinion,
  loadRequest,
  type ApprovalDecision,
  type ApprovalSubjectHandlers,
  type SubmitForApproval,
} from './approval.service';
