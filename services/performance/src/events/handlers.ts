/**
 * Events performance consumes: personnel's employees (the shared KnownEmployee projection with the
 * employees' effective-dated periods: level, placement, status for each day) and organisation, attendance's closed months and personnel's asset-loss charges, stored per
 * employee and month as the inputs of payroll; attendance's duty events and recruitment's training
 * results as duty facts, the inputs of the duty assessment (R-4.3).
 */
import type { EntityManager } from '@mikro-orm/core';
import { eventName, type EventEnvelope, type EventHandlers, type Prefetch } from '@bg/events';
import { knownEmployeeHandlers, organisationHandlers, prefetchKnownEmployees, regionHandlers } from '@bg/service';
import { AssetLossCharge, AttendanceMonth } from '../facts/facts.entity';
import { DutyFact, DutyFactKind } from '../facts/duty-fact.entity';

/**
 * Rows looked up or created by the handlers of one transaction. A batch of events is applied
 * with one flush at commit, so a row created by an earlier event of the batch is found here,
 * not in the database.
 */
const seen = new WeakMap<EntityManager, Map<string, object | null>>();

async function lookup<T extends object>(em: EntityManager, key: string, load: () => Promise<T | null>): Promise<T | null> {
  let cache = seen.get(em);
  if (!cache) seen.set(em, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T | null;
  const row = await load();
  cache.set(key, row);
  return row;
}

function remember(em: EntityManager, key: string, row: object | null): void {
  let cache = seen.get(em);
  if (!cache) seen.set(em, (cache = new Map()));
  cache.set(key, row);
}

const dutyKey = (sourceKey: string) => `duty:${sourceKey}`;

/** The duty facts an event carries (a missed meeting: one per person absent), with their unique source keys. */
type DutyFactRow = Pick<DutyFact, 'sourceKey' | 'employeeId' | 'branchId' | 'kind' | 'date' | 'detail'>;
export function dutyFactsOf(event: EventEnvelope): DutyFactRow[] {
  switch (eventName(event)) {
    case 'SpotCheckRecorded': {
      const d = event.data as EventEnvelope<'SpotCheckRecorded'>['data'];
      const kind = d.result === 'DISCREPANCY' ? DutyFactKind.SPOT_CHECK_DISCREPANCY : DutyFactKind.SPOT_CHECK_CONFIRMED;
      return [{ sourceKey: `spot-check:${d.checkId}`, employeeId: d.employeeId, branchId: d.branchId, kind, date: d.checkedOn, detail: d.kind }];
    }
    case 'MeetingMissed': {
      const d = event.data as EventEnvelope<'MeetingMissed'>['data'];
      // A team meeting not held (no absentees: the gap is the meeting's) is its lead's: the lead in force then bears it.
      if (!d.employeeIds.length)
        return [...new Set(d.responsibleIds ?? [])].map((employeeId) => ({
          sourceKey: `meeting-gap:${d.meetingKind}:${d.branchId}:${d.teamId ?? '-'}:${d.date}:${employeeId}`,
          employeeId,
          branchId: d.branchId,
          kind: DutyFactKind.MEETING_NOT_HELD,
          date: d.date,
          detail: `${d.meetingKind} ${d.teamId ?? d.branchId}`,
        }));
      return [...new Set(d.employeeIds)].map((employeeId) => ({
        sourceKey: `meeting:${d.meetingKind}:${d.branchId}:${d.teamId ?? '-'}:${d.date}:${employeeId}`,
        employeeId,
        branchId: d.branchId,
        kind: DutyFactKind.MEETING_MISSED,
        date: d.date,
        detail: d.meetingKind,
      }));
    }
    case 'FollowUpOverdue': {
      const d = event.data as EventEnvelope<'FollowUpOverdue'>['data'];
      return [
        {
          sourceKey: `follow-up:${d.issueId}`,
          employeeId: d.employeeId,
          branchId: d.branchId,
          kind: DutyFactKind.FOLLOW_UP_OVERDUE,
          date: d.dueOn,
          detail: `issue ${d.issueId}`,
        },
      ];
    }
    case 'MarketingActivityMissed': {
      const d = event.data as EventEnvelope<'MarketingActivityMissed'>['data'];
      return [...new Set(d.employeeIds)].map((employeeId) => ({
        sourceKey: `activity:${d.activityId}:${employeeId}`,
        employeeId,
        branchId: d.branchId,
        kind: DutyFactKind.ACTIVITY_MISSED,
        date: d.date,
        detail: d.title.slice(0, 300),
      }));
    }
    case 'TrainingResultRecorded': {
      const d = event.data as EventEnvelope<'TrainingResultRecorded'>['data'];
      const kind = d.passed ? DutyFactKind.TRAINING_PASSED : DutyFactKind.TRAINING_FAILED;
      return [
        {
          sourceKey: `training:${d.resultId}`,
          employeeId: d.employeeId,
          branchId: d.branchId,
          kind,
          date: d.sessionDate,
          detail: `${d.programme} (${d.category})`.slice(0, 300),
        },
      ];
    }
    default:
      return [];
  }
}

/** Stores an event's duty facts once each: facts already stored (or created earlier in the batch) are skipped. */
async function storeDutyFacts(em: EntityManager, event: EventEnvelope): Promise<void> {
  for (const fact of dutyFactsOf(event)) {
    const key = dutyKey(fact.sourceKey);
    if (await lookup(em, key, () => em.findOne(DutyFact, { sourceKey: fact.sourceKey }))) continue;
    remember(em, key, em.create(DutyFact, { ...fact, eventId: event.id } as DutyFact));
  }
}
const attendanceKey = (id: string, month: string) => `attendance:${id}:${month}`;

/** One query per kind of row for a batch (the known employees, attendance months and duty facts it touches). */
export const prefetchPerformance: Prefetch = async (em, events) => {
  await prefetchKnownEmployees(em, events);
  const dutyKeys = [...new Set(events.flatMap((e) => dutyFactsOf(e).map((f) => f.sourceKey)))];
  if (dutyKeys.length) {
    const stored = new Map((await em.find(DutyFact, { sourceKey: { $in: dutyKeys } })).map((f) => [f.sourceKey, f]));
    for (const k of dutyKeys) remember(em, dutyKey(k), stored.get(k) ?? null);
  }
  const closes = events.filter((e) => e.type.startsWith('AttendanceMonthClosed')) as EventEnvelope<'AttendanceMonthClosed'>[];
  if (closes.length) {
    const months = [...new Set(closes.map((e) => e.data.month))];
    const rows = await em.find(AttendanceMonth, { employeeId: { $in: closes.map((e) => e.data.employeeId) }, month: { $in: months } });
    const byKey = new Map(rows.map((r) => [attendanceKey(r.employeeId, r.month), r]));
    for (const e of closes) {
      const key = attendanceKey(e.data.employeeId, e.data.month);
      remember(em, key, byKey.get(key) ?? null);
    }
  }
};

export const performanceHandlers: EventHandlers = {
  ...knownEmployeeHandlers,
  ...organisationHandlers,
  // regions (区域) and their members: region goals and progress, the regional manager's scope (issue 16 item 4)
  ...regionHandlers,
  async AttendanceMonthClosed(em, event) {
    const d = event.data;
    const key = attendanceKey(d.employeeId, d.month);
    let row = await lookup(em, key, () => em.findOne(AttendanceMonth, { employeeId: d.employeeId, month: d.month }));
    if (!row) {
      row = em.create(AttendanceMonth, { employeeId: d.employeeId, branchId: d.branchId, month: d.month } as AttendanceMonth);
      remember(em, key, row);
    }
    // A re-close of the month (attendance corrected) replaces the figures; signed payrolls keep their own copy.
    Object.assign(row, {
      branchId: d.branchId,
      daysWorked: d.daysWorked,
      late: d.late,
      early: d.early,
      absent: d.absent,
      leaveDays: d.leaveDays,
      visits: d.visits,
      eventId: event.id,
      closedAt: new Date(event.time),
    });
  },
  async AssetLossCharged(em, { data }) {
    if (await lookup(em, `charge:${data.chargeId}`, () => em.findOne(AssetLossCharge, { chargeId: data.chargeId }))) return;
    const row = em.create(AssetLossCharge, {
      chargeId: data.chargeId,
      employeeId: data.employeeId,
      branchId: data.branchId,
      assetId: data.assetId,
      amountFen: data.amountFen,
      kind: data.kind,
      chargedOn: data.chargedOn,
      month: data.chargedOn.slice(0, 7),
      settledInPayrollId: null,
    });
    remember(em, `charge:${data.chargeId}`, row);
  },
  SpotCheckRecorded: storeDutyFacts,
  MeetingMissed: storeDutyFacts,
  FollowUpOverdue: storeDutyFacts,
  MarketingActivityMissed: storeDutyFacts,
  TrainingResultRecorded: storeDutyFacts,
};

export const CONSUMED_TOPICS = [
  'personnel.employee',
  'personnel.organisation',
  'personnel.asset',
  'attendance.month',
  'attendance.duty',
  'recruitment.training',
] as const;
