import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventHandlers } from '@bg/events';
import { ArchiveDocument, DocumentKind, DocumentSource } from '../archives/archive-document.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { changeLevel, hire } from '../employees/employee-lifecycle';
import { fileDocument } from '../filings/filing.service';

async function employeeOf(em: EntityManager, id: string, event: string): Promise<Employee> {
  const e = await em.findOne(Employee, id);
  // Not a transient failure: retried, then dead-lettered for someone to look at.
  if (!e) throw new Error(`${event} names unknown employee ${id}`);
  return e;
}

/** An archive entry fed by another service, once per event (sourceEventId is unique). */
function feedArchive(em: EntityManager, event: EventEnvelope, employeeId: string, entry: Partial<ArchiveDocument>): void {
  em.create(ArchiveDocument, { employeeId, addedBy: event.source, sourceEventId: event.id, ...entry } as ArchiveDocument);
}

const DOCUMENT_KINDS = new Set<string>(Object.values(DocumentKind));

/** Events personnel consumes: hires from recruitment, approved levels, assessment and training results. */
export const personnelHandlers: EventHandlers = {
  async CandidateHired(em, event) {
    const d = event.data;
    // A repeated hire of the same candidate (a second event, not a redelivery) makes no second employee.
    if (await em.findOne(Employee, { candidateId: d.candidateId })) return;
    const employee = hire(em, {
      id: randomUUID(), name: d.name, branchId: d.branchId, teamId: d.teamId, groupId: null, outletId: null, level: 'L1',
      employmentType: d.employmentType as EmploymentType, status: EmployeeStatus.ACTIVE, hiredOn: d.hiredOn,
    }, `recruitment:${event.id}`, d.candidateId);
    for (const doc of d.documents) {
      em.create(ArchiveDocument, {
        employeeId: employee.id, kind: DOCUMENT_KINDS.has(doc.kind) ? doc.kind : DocumentKind.OTHER, title: doc.kind, fileRef: doc.fileRef,
        source: DocumentSource.RECRUITMENT, addedBy: 'recruitment', genuine: doc.genuine, verifiedBy: doc.verifiedBy, verifiedAt: new Date(doc.verifiedAt),
      } as ArchiveDocument);
    }
  },
  async LevelChangeApproved(em, event) {
    const d = event.data;
    const e = await employeeOf(em, d.employeeId, 'LevelChangeApproved');
    if (e.level !== d.to) changeLevel(em, e, d.to, d.effectiveOn, `approved assessment proposal (from ${d.from})`, d.approvedBy);
  },
  async AssessmentCompleted(em, event) {
    const d = event.data;
    await employeeOf(em, d.employeeId, 'AssessmentCompleted');
    feedArchive(em, event, d.employeeId, {
      kind: DocumentKind.ASSESSMENT, title: `${d.cycle} assessment ${d.period}`, reason: `score ${d.score}`,
      decidedOn: event.time.slice(0, 10), source: DocumentSource.PERFORMANCE,
    });
  },
  async PayrollFiled(em, { data }) {
    // The pay report (营业部客户经理薪酬月报表) filed with the brokerage office is archived (R-6.5).
    await fileDocument(em, {
      branchId: data.branchId, type: 'PAY_REPORT', title: `客户经理薪酬月报表 ${data.month}${data.adjustsPayrollId ? ' (更正)' : ''}`, period: data.month, date: data.filedOn,
      fileRef: `performance:payroll/${data.payrollId}`, filedBy: 'system:performance', sourceRef: `payroll:${data.payrollId}`,
    });
  },
  async TrainingResultRecorded(em, event) {
    const d = event.data;
    await employeeOf(em, d.employeeId, 'TrainingResultRecorded');
    feedArchive(em, event, d.employeeId, {
      kind: DocumentKind.TRAINING_RESULT, title: `${d.programme} (${d.category})`, decidedOn: d.sessionDate,
      reason: `${d.passed ? 'passed' : 'failed'}${d.score === null ? '' : `, score ${d.score}`}`, source: DocumentSource.TRAINING,
    });
  },
};
