import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventHandlers, Prefetch } from '@bg/events';
import { contractKindFor, eventName, HIRING_DOCUMENT_KINDS, type EventData } from '@bg/events';
import { ArchiveDocument, ArchiveEntryStatus, DocumentKind, DocumentSource } from '../archives/archive-document.entity';
import { assessmentRecordKey, idNumberProblem, placeVersion } from '../archives/archive.rules';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { Group, Outlet, Team } from '../organisation/organisation.entity';
import { changeLevel, hire } from '../employees/employee-lifecycle';
import { fileDocument } from '../filings/filing.service';
import { customerDetailsText, monthlyRecordKey, resultsText } from '../archives/monthly-details';

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

/**
 * The current versions of the archive records an inbox batch feeds, by live key (absent ones as
 * null), prefetched in one query: each event of the batch then finds its record's current version
 * here, including one created earlier in the batch and not yet written, so the batch flushes once
 * at its commit instead of once per event (a flush per event costs the whole batch's unit of work
 * each time: 424 events a branch at month end).
 */
const liveVersions = new WeakMap<EntityManager, Map<string, ArchiveDocument | null>>();
/** Versions created in the batch, written by the commit's flush. */
const pendingVersions = new WeakSet<ArchiveDocument>();

/**
 * A versioned archive record fed by another service (one per person and record key): the version
 * recorded later at its source (the event's time) is CURRENT, the other SUPERSEDED, linked to its
 * successor and kept as history; an older version arriving late is filed as history.
 */
async function archiveVersion(em: EntityManager, event: EventEnvelope, employeeId: string, recordKey: string, entry: Partial<ArchiveDocument>): Promise<void> {
  const liveKey = `${employeeId}:${recordKey}`;
  const recordedAt = new Date(event.time);
  const batch = liveVersions.get(em);
  const current = batch?.has(liveKey) ? batch.get(liveKey)! : await em.findOne(ArchiveDocument, { liveKey });
  const place = placeVersion(current && { recordedAt: current.addedAt }, { recordedAt });
  const created = em.create(ArchiveDocument, {
    employeeId,
    ...entry,
    addedBy: event.source,
    addedAt: recordedAt,
    sourceEventId: event.id,
    recordKey,
    ...(place === 'CURRENT'
      ? { status: ArchiveEntryStatus.CURRENT, liveKey }
      : { status: ArchiveEntryStatus.SUPERSEDED, liveKey: null, supersededById: current!.id, supersededAt: new Date() }),
  } as ArchiveDocument);
  if (place === 'CURRENT' && current) {
    const superseded = { status: ArchiveEntryStatus.SUPERSEDED, liveKey: null, supersededById: created.id, supersededAt: new Date() };
    // A stored version is written now, before the new version's insert takes the live key; one
    // created earlier in this batch is not stored yet: its insert carries the change.
    if (!pendingVersions.has(current)) await em.nativeUpdate(ArchiveDocument, { id: current.id }, superseded);
    Object.assign(current, superseded);
  }
  if (!batch) {
    await em.flush(); // outside a batch, the next event looks the live version up in the database
    return;
  }
  pendingVersions.add(created);
  if (place === 'CURRENT') batch.set(liveKey, created);
}

/** The record keys of the versioned archive records, per event that feeds one. */
const VERSIONED_RECORDS: Partial<Record<string, (data: Record<string, unknown>) => string>> = {
  AssessmentCompleted: (d) => assessmentRecordKey(d.cycle as string, d.period as string),
  CustomerDetailsClosed: (d) => monthlyRecordKey('CUSTOMER_DETAILS', d.month as string),
  MonthlyResultsReviewed: (d) => monthlyRecordKey('MONTHLY_RESULTS', d.month as string),
};

/**
 * For an inbox batch: the employees its events name and the current versions of the archive
 * records they feed, each loaded in one query (the employees into the EntityManager, so the
 * handlers' lookups by id need none), so the handlers run without a flush or query per event.
 */
export const prefetchPersonnel: Prefetch = async (em, events) => {
  const employeeIds = [...new Set(events.map((e) => (e.data as { employeeId?: unknown }).employeeId).filter((id): id is string => typeof id === 'string'))];
  if (employeeIds.length) await em.find(Employee, { id: { $in: employeeIds } });
  const liveKeys = new Set<string>();
  for (const e of events) {
    const key = VERSIONED_RECORDS[eventName(e)];
    const data = e.data as Record<string, unknown>;
    if (key && typeof data.employeeId === 'string') liveKeys.add(`${data.employeeId}:${key(data)}`);
  }
  if (!liveKeys.size) return;
  const batch = new Map<string, ArchiveDocument | null>([...liveKeys].map((k) => [k, null]));
  for (const doc of await em.find(ArchiveDocument, { liveKey: { $in: [...liveKeys] } })) batch.set(doc.liveKey!, doc);
  liveVersions.set(em, batch);
};

const HIRING_KINDS = new Set<string>(HIRING_DOCUMENT_KINDS);

/**
 * The placement and ID number of a hire from recruitment, checked here: recruitment has no copy
 * of the organisation, personnel owns it. What does not fit (a team of another branch, a group
 * of another team, an outlet of another branch, a malformed or already used ID number) is left
 * out, and the reasons are returned for the archive, so the hire itself is never lost.
 */
async function checkedHire(em: EntityManager, d: EventData<'CandidateHired'>) {
  const problems: string[] = [];
  const [team, group, outlet] = await Promise.all([
    d.teamId ? em.findOne(Team, d.teamId) : null,
    d.groupId ? em.findOne(Group, d.groupId) : null,
    d.outletId ? em.findOne(Outlet, d.outletId) : null,
  ]);
  const teamId = team && team.branchId === d.branchId ? team.id : null;
  if (d.teamId && !teamId) problems.push(`team ${d.teamId} is not a team of branch ${d.branchId}`);
  const groupId = group && teamId && group.teamId === teamId ? group.id : null;
  if (d.groupId && !groupId) problems.push(`group ${d.groupId} is not a group of team ${d.teamId}`);
  const outletId = outlet && outlet.branchId === d.branchId ? outlet.id : null;
  if (d.outletId && !outletId) problems.push(`outlet ${d.outletId} is not an outlet of branch ${d.branchId}`);
  if (!d.groupId) problems.push('recruitment named no group');
  if (!d.outletId) problems.push('recruitment named no outlet');
  const given = d.idNumber?.trim() || null; // events recorded before the field existed lack it
  let idProblem = given ? idNumberProblem(given) : 'recruitment sent no ID number';
  if (!idProblem && (await em.findOne(Employee, { idNumber: given }))) idProblem = `the ID number ending ${given!.slice(-4)} is already another employee's`;
  if (idProblem) problems.push(idProblem);
  const idNumber = idProblem ? null : given;
  const contractKind = d.contractKind ?? contractKindFor(d.employmentType);
  if (contractKind !== contractKindFor(d.employmentType))
    problems.push(`a ${d.employmentType} hire signs a ${contractKindFor(d.employmentType)}, not the ${contractKind} recruitment named`);
  return { teamId, groupId, outletId, idNumber, problems };
}

/** Events personnel consumes: hires from recruitment, approved levels, assessment and training results. */
export const personnelHandlers: EventHandlers = {
  async CandidateHired(em, event) {
    const d = event.data;
    // A repeated hire of the same candidate (a second event, not a redelivery) makes no second employee.
    if (await em.findOne(Employee, { candidateId: d.candidateId })) return;
    const checked = await checkedHire(em, d);
    const employee = hire(
      em,
      {
        id: randomUUID(),
        name: d.name,
        branchId: d.branchId,
        teamId: checked.teamId,
        groupId: checked.groupId,
        outletId: checked.outletId,
        level: 'L1',
        employmentType: d.employmentType as EmploymentType,
        status: EmployeeStatus.ACTIVE,
        hiredOn: d.hiredOn,
        idNumber: checked.idNumber,
      },
      `recruitment:${event.id}`,
      d.candidateId,
    );
    for (const doc of d.documents) {
      em.create(ArchiveDocument, {
        employeeId: employee.id,
        kind: HIRING_KINDS.has(doc.kind) ? doc.kind : DocumentKind.OTHER,
        title: doc.kind,
        fileRef: doc.fileRef,
        source: DocumentSource.RECRUITMENT,
        addedBy: 'recruitment',
        genuine: doc.genuine,
        verifiedBy: doc.verifiedBy,
        verifiedAt: new Date(doc.verifiedAt),
        verificationMethod: doc.method ?? null,
        verificationNote: doc.note ?? null,
      } as ArchiveDocument);
    }
    if (checked.problems.length) {
      // Left for the archive clerk and the branch manager to put right (transferEmployee, the ID card copy).
      em.create(ArchiveDocument, {
        employeeId: employee.id,
        kind: DocumentKind.OTHER,
        title: '录用信息待核 (hire details to check)',
        source: DocumentSource.RECRUITMENT,
        addedBy: 'recruitment',
        decidedOn: d.hiredOn,
        reason: `${checked.problems.join('; ')}: left out of the hire`,
        sourceEventId: event.id,
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
    // One record per person, cycle and period: a re-run's result replaces the current version,
    // which stays as history (SUPERSEDED, linked to its successor).
    await archiveVersion(em, event, d.employeeId, VERSIONED_RECORDS.AssessmentCompleted!(d), {
      kind: DocumentKind.ASSESSMENT,
      title: `${d.cycle} assessment ${d.period}`,
      reason: `score ${d.score}`,
      decidedOn: event.time.slice(0, 10),
      source: DocumentSource.PERFORMANCE,
    });
  },
  // R-6.4 (issue 16 item 12): the month's customer details (营销客户明细) from attendance's register at its close,
  // and the month's results (营销业绩) once finance reviewed the CRM figures; a later version replaces the current one.
  async CustomerDetailsClosed(em, event) {
    const d = event.data;
    await employeeOf(em, d.employeeId, 'CustomerDetailsClosed');
    await archiveVersion(em, event, d.employeeId, VERSIONED_RECORDS.CustomerDetailsClosed!(d), {
      kind: DocumentKind.CUSTOMER_DETAILS,
      title: `营销客户明细 ${d.month}`,
      reason: customerDetailsText(d),
      decidedOn: event.time.slice(0, 10),
      source: DocumentSource.ATTENDANCE,
    });
  },
  async MonthlyResultsReviewed(em, event) {
    const d = event.data;
    await employeeOf(em, d.employeeId, 'MonthlyResultsReviewed');
    await archiveVersion(em, event, d.employeeId, VERSIONED_RECORDS.MonthlyResultsReviewed!(d), {
      kind: DocumentKind.MONTHLY_RESULTS,
      title: `营销业绩 ${d.month}`,
      reason: resultsText(d),
      decidedOn: event.time.slice(0, 10),
      source: DocumentSource.PERFORMANCE,
    });
  },
  async PayrollFiled(em, { data }) {
    // The pay report (营业部客户经理薪酬月报表) filed with the brokerage office is archived (R-6.5).
    await fileDocument(em, {
      branchId: data.branchId,
      type: 'PAY_REPORT',
      title: `客户经理薪酬月报表 ${data.month}${data.adjustsPayrollId ? ' (更正)' : ''}`,
      period: data.month,
      date: data.filedOn,
      fileRef: `performance:payroll/${data.payrollId}`,
      filedBy: 'system:performance',
      sourceRef: `payroll:${data.payrollId}`,
    });
  },
  async TrainingResultRecorded(em, event) {
    const d = event.data;
    await employeeOf(em, d.employeeId, 'TrainingResultRecorded');
    feedArchive(em, event, d.employeeId, {
      kind: DocumentKind.TRAINING_RESULT,
      title: `${d.programme} (${d.category})`,
      decidedOn: d.sessionDate,
      reason: `${d.passed ? 'passed' : 'failed'}${d.score === null ? '' : `, score ${d.score}`}`,
      source: DocumentSource.TRAINING,
    });
  },
};
