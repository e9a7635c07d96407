import type { EntityManager } from '@mikro-orm/core';
import { BadInputError, monthProblem, type FieldProblem } from '@bg/graphql';
import { Branch } from '../organisation/organisation.entity';
import { allocateSerial, lockSerialCounter } from '../serials/serial-number';
import { localDateProblem } from '../serials/access';
import { Filing, FilingType } from './filing.entity';

export interface FileDocumentInput {
  branchId: string;
  type: FilingType | `${FilingType}`;
  title: string;
  /** The document's date, YYYY-MM-DD; its year is the serial number's year. */
  date: string;
  /** The month reported on, YYYY-MM (optional). */
  period?: string | null;
  fileRef: string;
  /** Username, or `system:<service>` for automatic filings. */
  filedBy: string;
  /** Idempotency key of an automatic filing, e.g. `payroll:<payrollId>`. */
  sourceRef?: string | null;
}

function problemsOf(input: FileDocumentInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: string, v: string | null | undefined, max: number) => {
    if (!v?.trim()) problems.push({ field, problem: `${field} is required` });
    else if (v.trim().length > max) problems.push({ field, problem: `${field} is longer than ${max} characters` });
  };
  if (!Object.values(FilingType).includes(input.type as FilingType)) problems.push({ field: 'type', problem: `unknown filing type ${input.type}` });
  need('title', input.title, 200);
  need('fileRef', input.fileRef, 300);
  need('filedBy', input.filedBy, 100);
  const d = localDateProblem(input.date);
  if (d) problems.push({ field: 'date', problem: d });
  const p = input.period ? monthProblem(input.period) : null;
  if (p) problems.push({ field: 'period', problem: p });
  return problems;
}

/**
 * Files a document to head office with the branch's next filing number. Runs in
 * the caller's transaction when there is one (an event consumer's), else in its own; the number
 * is consumed only when that transaction commits. With a `sourceRef` already filed it returns
 * that filing (a redelivered PayrollFiled files once). Throws BAD_USER_INPUT, nothing written.
 *
 *   await fileDocument(em, { branchId, type: 'PAY_REPORT', title: `工资表 ${month}`, period: month,
 *     date: filedOn, fileRef: `performance:payroll/${payrollId}`, filedBy: 'system:performance', sourceRef: `payroll:${payrollId}` });
 */
export async function fileDocument(em: EntityManager, input: FileDocumentInput): Promise<Filing> {
  const problems = problemsOf(input);
  if (!problems.length && !(await em.findOne(Branch, input.branchId))) problems.push({ field: 'branchId', problem: `no branch ${input.branchId}` });
  if (problems.length) throw new BadInputError('The filing is not valid', problems);
  const run = async (tx: EntityManager): Promise<Filing> => {
    const year = Number(input.date.slice(0, 4));
    if (input.sourceRef) {
      // Lock the counter first (consumes nothing), then check under the lock: two deliveries of
      // the same source cannot both pass, and returning the existing filing leaves no gap.
      await lockSerialCounter(tx, input.branchId, 'FILING', year);
      const existing = await tx.findOne(Filing, { sourceRef: input.sourceRef });
      if (existing) return existing;
    }
    const serial = await allocateSerial(tx, input.branchId, 'FILING', year);
    const filing = tx.create(Filing, {
      number: serial.number,
      year,
      seq: serial.seq,
      branchId: input.branchId,
      type: input.type as FilingType,
      title: input.title.trim(),
      period: input.period ?? null,
      date: input.date,
      fileRef: input.fileRef.trim(),
      filedBy: input.filedBy.trim(),
      sourceRef: input.sourceRef ?? null,
      filedAt: new Date(),
    });
    await tx.flush();
    return filing;
  };
  return em.isInTransaction() ? run(em) : em.transactional(run);
}
