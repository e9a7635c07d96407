import 'reflect-metadata';
import { FlushMode, MikroORM } from '@mikro-orm/core';
import { ormOptions } from '@bg/db';
import { createEnvelope, InboxEntry, OutboxMessage, type EventData, type EventType } from '@bg/events';
import { KnownEmployee, periodsDuring } from '@bg/service';
import { PERFORMANCE_ENTITIES } from '../service';
import { AssetLossCharge, AttendanceMonth } from '../facts/facts.entity';
import { DutyFact } from '../facts/duty-fact.entity';
import { performanceHandlers, prefetchPerformance } from './handlers';

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init(
    ormOptions({ sqlitePath: ':memory:', entities: [...PERFORMANCE_ENTITIES, OutboxMessage, InboxEntry], migrations: { sqlite: [], postgresql: [] } }),
  );
  await orm.schema.createSchema();
});
afterAll(() => orm.close(true));

const event = <T extends EventType>(name: T, subject: string, data: EventData<T>) => createEnvelope('test', name, subject, data);
const hired = (id: string, level: string) =>
  event('EmployeeHired', id, {
    employeeId: id,
    name: `经理${id}`,
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    groupId: null,
    outletId: null,
    level,
    employmentType: 'FULL_TIME',
    status: 'ACTIVE',
    hiredOn: '2026-01-05',
  });
const closed = (id: string, late: number) =>
  event('AttendanceMonthClosed', id, {
    employeeId: id,
    branchId: 'SZ01',
    month: '2026-08',
    daysWorked: 21,
    late,
    early: 0,
    absent: 0,
    leaveDays: 0,
    visits: 2,
  });

/** Applies a batch the way the inbox does: one EntityManager, one flush at commit. */
async function applyBatch(events: ReturnType<typeof event>[]): Promise<void> {
  await orm.em.fork({ flushMode: FlushMode.COMMIT }).transactional(async (em) => {
    await prefetchPerformance(em, events);
    for (const e of events) await (performanceHandlers as any)[e.type.replace('.v1', '')](em, e);
  });
}

it('keeps level, closed attendance and asset-loss charges per employee and month, within one batch', async () => {
  await applyBatch([
    hired('E1', 'L1'),
    event('LevelChanged', 'E1', { employeeId: 'E1', branchId: 'SZ01', from: 'L1', to: 'L3', effectiveOn: '2026-08-01', reason: 'quarterly assessment' }),
    closed('E1', 2),
    closed('E1', 1), // re-closed: replaces
    event('AssetLossCharged', 'A1', {
      chargeId: 'C1',
      employeeId: 'E1',
      branchId: 'SZ01',
      assetId: 'A1',
      amountFen: 12_345,
      kind: 'LOSS',
      chargedOn: '2026-08-20',
    }),
    event('AssetLossCharged', 'A1', {
      chargeId: 'C1',
      employeeId: 'E1',
      branchId: 'SZ01',
      assetId: 'A1',
      amountFen: 12_345,
      kind: 'LOSS',
      chargedOn: '2026-08-20',
    }),
  ]);
  const em = orm.em.fork();
  expect(await em.findOne(KnownEmployee, 'E1')).toMatchObject({ branchId: 'SZ01', status: 'ACTIVE' });
  // The level in force per day: L1 from the hire, L3 from August.
  expect(
    (await periodsDuring(em, '2026-01-01', '2026-12-31', { employeeIds: ['E1'] }))
      .get('E1')!
      .map((p) => [p.effectiveFrom, p.effectiveTo, p.level, p.employmentType]),
  ).toEqual([
    ['2026-01-05', '2026-07-31', 'L1', 'FULL_TIME'],
    ['2026-08-01', null, 'L3', 'FULL_TIME'],
  ]);
  const months = await em.find(AttendanceMonth, { employeeId: 'E1' });
  expect(months).toHaveLength(1);
  expect(months[0]).toMatchObject({ month: '2026-08', late: 1, daysWorked: 21 });
  expect(await em.find(AssetLossCharge, {})).toEqual([
    expect.objectContaining({ chargeId: 'C1', month: '2026-08', amountFen: 12_345, settledInPayrollId: null }),
  ]);
});

it('refuses a level change for an unknown employee (retried, then dead-lettered)', async () => {
  await expect(
    applyBatch([event('LevelChanged', 'E9', { employeeId: 'E9', branchId: 'SZ01', from: 'L1', to: 'L2', effectiveOn: '2026-08-01', reason: 'x' })]),
  ).rejects.toThrow('LevelChanged for unknown employee E9');
});

it('keeps duty facts once each: a repeated check, a meeting named twice, a repeated training result add nothing (within a batch and across batches)', async () => {
  const spot = (result: 'CONFIRMED' | 'DISCREPANCY') =>
    event('SpotCheckRecorded', 'K1', { checkId: 'K1', employeeId: 'D1', branchId: 'SZ01', kind: 'VISIT_SLIP', result, checkedOn: '2026-08-03' });
  const meeting = event('MeetingMissed', 'SZ01-T1', {
    meetingKind: 'WEEKLY',
    branchId: 'SZ01',
    teamId: 'SZ01-T1',
    date: '2026-08-05',
    employeeIds: ['D1', 'D2', 'D1'],
  });
  const training = event('TrainingResultRecorded', 'R1', {
    resultId: 'R1',
    employeeId: 'D2',
    branchId: 'SZ01',
    programme: '合规培训',
    category: 'COMPLIANCE',
    sessionDate: '2026-08-10',
    passed: false,
    score: 52,
  });
  const overdue = event('FollowUpOverdue', 'I1', { issueId: 'I1', employeeId: 'D1', branchId: 'SZ01', dueOn: '2026-08-12' });
  await applyBatch([spot('DISCREPANCY'), meeting, training, overdue, spot('DISCREPANCY'), { ...meeting, id: 'another-event' }]);
  await applyBatch([training, meeting, overdue]);

  const facts = await orm.em.fork().find(DutyFact, {}, { orderBy: { employeeId: 'asc', date: 'asc' } });
  expect(facts.map((f) => [f.employeeId, f.kind, f.date, f.detail])).toEqual([
    ['D1', 'SPOT_CHECK_DISCREPANCY', '2026-08-03', 'VISIT_SLIP'],
    ['D1', 'MEETING_MISSED', '2026-08-05', 'WEEKLY'],
    ['D1', 'FOLLOW_UP_OVERDUE', '2026-08-12', 'issue I1'],
    ['D2', 'MEETING_MISSED', '2026-08-05', 'WEEKLY'],
    ['D2', 'TRAINING_FAILED', '2026-08-10', '合规培训 (COMPLIANCE)'],
  ]);
});
