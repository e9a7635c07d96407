import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '@bg/db';
import { createEnvelope, InboxEntry, inboxBatchHandler, OutboxMessage, type EventEnvelope, type IncomingMessage } from '@bg/events';
import { personnel } from '../service';
import { ArchiveDocument, ArchiveEntryStatus } from '../archives/archive-document.entity';
import { Employee, EmployeeStatus, EmploymentType } from '../employees/employee.entity';
import { personnelHandlers, prefetchPersonnel } from './handlers';

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(
    ormOptions({ sqlitePath: ':memory:', entities: [...personnel.entities, OutboxMessage, InboxEntry], migrations: { sqlite: [], postgresql: [] } }),
  );
  await orm.schema.createSchema();
  const em = orm.em.fork();
  for (let i = 0; i < 100; i++)
    em.create(Employee, {
      id: `E${i}`,
      name: `经理${i}`,
      level: 'L1',
      employmentType: EmploymentType.FULL_TIME,
      status: EmployeeStatus.ACTIVE,
      branchId: 'SZ01',
      hiredOn: '2026-01-05',
    } as Employee);
  await em.flush();
});
afterAll(() => orm.close(true));

const reviewed = (employeeId: string, netRevenueFen: number, at: string) =>
  createEnvelope(
    'performance',
    'MonthlyResultsReviewed',
    employeeId,
    {
      employeeId,
      branchId: 'SZ01',
      month: '2026-10',
      customersDeveloped: 3,
      newAccounts: 2,
      newAssetsFen: 0,
      customerAssetsFen: 0,
      netRevenueFen,
      reviewedBy: 'fin.sz',
    },
    new Date(at),
  );
const message = (e: EventEnvelope): IncomingMessage => ({
  topic: 'performance.assessment',
  partition: 0,
  offset: '0',
  key: e.subject,
  headers: {},
  value: JSON.stringify(e),
});
const batch = (messages: IncomingMessage[]) => inboxBatchHandler(orm, 'personnel', personnelHandlers, undefined, prefetchPersonnel)(messages);
const versions = async (employeeId: string) =>
  (await orm.em.fork().find(ArchiveDocument, { employeeId, recordKey: { $ne: null } }, { orderBy: { addedAt: 'asc' } })).map((d) => ({
    id: d.id,
    reason: d.reason?.match(/净收入[^,;，；]*/)?.[0] ?? d.reason,
    at: d.addedAt.toISOString().slice(11, 16),
    status: d.status,
    supersededById: d.supersededById,
  }));

it('keeps one current version per record within a batch: stored, earlier in the batch, or arriving late (R-6.4)', async () => {
  await batch([message(reviewed('E1', 100, '2026-11-02T01:00:00Z'))]);
  const later = reviewed('E1', 300, '2026-11-02T03:00:00Z');
  await batch([
    message(later), // replaces the stored version
    message(reviewed('E1', 200, '2026-11-02T02:00:00Z')), // older than the current one: history
    message(later), // redelivered: nothing
    message(reviewed('E1', 400, '2026-11-02T04:00:00Z')), // replaces the one created earlier in this batch
  ]);
  const [v1, v2, v3, v4] = await versions('E1');
  expect([v1, v2, v3, v4].map((v) => [v.at, v.status])).toEqual([
    ['01:00', 'SUPERSEDED'],
    ['02:00', 'SUPERSEDED'],
    ['03:00', 'SUPERSEDED'],
    ['04:00', 'CURRENT'],
  ]);
  // Each links to the version current when it was replaced (or, arriving late, to the one that was current then).
  expect([v1.supersededById, v2.supersededById, v3.supersededById, v4.supersededById]).toEqual([v3.id, v3.id, v4.id, null]);
});

it("files a branch's month of results with a handful of statements, not a flush per event", async () => {
  const execute = jest.spyOn(orm.em.getConnection(), 'execute');
  await batch(Array.from({ length: 100 }, (_, i) => message(reviewed(`E${i}`, 1000 + i, '2026-11-03T01:00:00Z'))));
  const statements = execute.mock.calls.length;
  execute.mockRestore();
  expect(await orm.em.fork().count(ArchiveDocument, { recordKey: { $ne: null }, status: ArchiveEntryStatus.CURRENT })).toBe(100);
  // Before: an insert and a flush per event (100+). Now: the inbox claim, two prefetch queries, the inserts.
  expect(statements).toBeLessThan(15);
});
