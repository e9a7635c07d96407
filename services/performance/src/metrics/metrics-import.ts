/** a branch's month of CRM figures, imported whole or not at all. */
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Principal } from '@bg/auth';
import { BadInputError, ConflictError, ForbiddenError, type FieldProblem } from '@bg/graphql';
import { KnownEmployee, clientManagersDuring, periodsDuring } from '@bg/service';
import { bulkInsert, type BulkColumns } from '@bg/db';
import { canImportMetrics } from '../access';
import { PayrollRun, PayrollStatus } from '../payroll/payroll.entity';
import { lastDayOf, shanghaiMonth } from '../time';
import { BusinessMetrics } from './business-metrics.entity';
import { MetricsImport } from './metrics-import.entity';
import { parseMetricsCsv, type MetricsRow } from './metrics-csv';

const CHUNK = 2_000;
const METRICS_COLUMNS: BulkColumns = {
  id: 'text',
  employeeId: 'text',
  branchId: 'text',
  teamId: 'text',
  month: 'text',
  customersDeveloped: 'int',
  newAccounts: 'int',
  newAssets: 'bigint',
  customerAssets: 'bigint',
  netRevenue: 'bigint',
};
const FINAL = [PayrollStatus.SIGNED_OFF, PayrollStatus.FILED];

function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Checks the whole file (every line, every problem listed by line number), then replaces the
 * branch's month in one transaction: its figures, the import's totals and revision. Refused once
 * a payroll of that month is signed off; a payroll still awaiting signatures is superseded
 * (it was computed from the figures being replaced).
 */
export async function importMetrics(
  em: EntityManager,
  principal: Principal,
  branchId: string,
  month: string,
  csv: string | Uint8Array,
  now = new Date(),
): Promise<MetricsImport> {
  if (!canImportMetrics(principal, branchId))
    throw new ForbiddenError(`Only the finance department or the manager of branch ${branchId} imports its CRM figures`);
  if (month > shanghaiMonth(now))
    throw new BadInputError(`${month} has not begun; import a month that has`, [{ field: 'month', problem: 'a month in the future' }]);

  const signed = await em.findOne(PayrollRun, { branchId, month, status: { $in: FINAL } });
  if (signed) throw new ConflictError(`The payroll of ${branchId} for ${month} is signed off; its CRM figures can no longer be replaced`);

  // The branch's client managers employed on some day of the month, by the facts in force then
  // (someone who left on the 15th has figures for the month; someone hired after it has none).
  const during = await clientManagersDuring(em, `${month}-01`, lastDayOf(month), { branchId });
  const people = new Map([...during].map(([id, periods]) => [id, { branchId, teamId: periods[periods.length - 1].teamId, status: 'ACTIVE' }]));
  let parsed = parseMetricsCsv(csv, branchId, month, (id) => people.get(id));
  const unknown = parsed.problems.map((x) => /^employee (\S+) is not a known manager$/.exec(x.problem)?.[1]).filter((id): id is string => !!id);
  if (unknown.length) {
    // Say why, for a file already refused: another branch's manager, a manager not employed in the month, or branch staff.
    const ids = unknown.slice(0, 5_000);
    const [knownRows, managers] = await Promise.all([
      em.find(KnownEmployee, { id: { $in: ids } }, { fields: ['id', 'branchId', 'status'] }),
      periodsDuring(em, '0000-01-01', '9999-12-31', { employeeIds: ids, posts: ['CLIENT_MANAGER'] }),
    ]);
    const others = new Map(
      knownRows.map((k) => [
        k.id,
        {
          branchId: managers.has(k.id) ? k.branchId : '',
          teamId: null,
          status: k.branchId === branchId ? 'DEPARTED' : k.status,
        },
      ]),
    );
    parsed = parseMetricsCsv(csv, branchId, month, (id) => people.get(id) ?? others.get(id));
  }
  if (!parsed.rows) throw new BadInputError(`The file was not imported: ${parsed.problems.length} problem(s); nothing was changed`, parsed.problems);
  const lines = parsed.rows;

  // A manager who moved branch this month may already have figures from the other branch's import.
  const elsewhere: FieldProblem[] = [];
  const lineOf = new Map(lines.map((r) => [r.employeeId, r.line]));
  for (const ids of chunks(
    lines.map((r) => r.employeeId),
    5_000,
  )) {
    const clash = await em.find(BusinessMetrics, { employeeId: { $in: ids }, month, branchId: { $ne: branchId } }, { fields: ['employeeId', 'branchId'] });
    for (const c of clash)
      elsewhere.push({ field: `line ${lineOf.get(c.employeeId)}`, problem: `employee ${c.employeeId} already has ${month} figures from branch ${c.branchId}` });
  }
  if (elsewhere.length) throw new BadInputError(`The file was not imported: ${elsewhere.length} problem(s); nothing was changed`, elsewhere);

  const sum = (f: (r: MetricsRow) => number) => lines.reduce((s, r) => s + f(r), 0);
  try {
    return await em.transactional(async (tx) => {
      let imp = await tx.findOne(MetricsImport, { branchId, month });
      if (imp) {
        await tx.nativeDelete(BusinessMetrics, { branchId, month });
        imp.revision += 1;
        const pending = await tx.find(PayrollRun, { branchId, month, liveKey: { $ne: null }, status: { $nin: FINAL } });
        for (const run of pending)
          Object.assign(run, { status: PayrollStatus.SUPERSEDED, liveKey: null, closedReason: `CRM figures re-imported by ${principal.username}` });
      } else {
        imp = tx.create(MetricsImport, { branchId, month } as MetricsImport);
      }
      Object.assign(imp, {
        lineCount: lines.length,
        importedBy: principal.username,
        importedAt: now,
        customersDeveloped: sum((r) => r.customersDeveloped),
        newAccounts: sum((r) => r.newAccounts),
        newAssetsFen: sum((r) => r.newAssetsFen),
        customerAssetsFen: sum((r) => r.customerAssetsFen),
        netRevenueFen: sum((r) => r.netRevenueFen),
      });
      await tx.flush();
      await bulkInsert(
        tx,
        'business_metrics',
        METRICS_COLUMNS,
        lines.map((r) => ({
          id: randomUUID(),
          employeeId: r.employeeId,
          branchId,
          teamId: people.get(r.employeeId)?.teamId ?? null,
          month,
          customersDeveloped: r.customersDeveloped,
          newAccounts: r.newAccounts,
          newAssets: r.newAssetsFen,
          customerAssets: r.customerAssetsFen,
          netRevenue: r.netRevenueFen,
        })),
      );
      return imp;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ConflictError(`Another import of ${branchId} ${month} ran at the same time; try again`);
    throw e;
  }
}
