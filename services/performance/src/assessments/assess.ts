/** One manager's assessment of a period from its inputs (pure): the scores, how they were computed, the level proposal. */
import type { AttendanceMonth } from '../facts/facts.entity';
import { DutyFactKind } from '../facts/duty-fact.entity';
import type { BusinessMetrics } from '../metrics/business-metrics.entity';
import { proposeLevel, thresholdOf, type LevelRules } from '../levels/level-rules';
import { AssessmentCycle, directionOf, type AssessmentDetails, type LevelDirection } from './assessment.entity';
import { combinedScore, dutyScore, performanceScore, periodFigures, type DutyCounts, type Period } from './scoring';

/** A duty fact, or `count` facts of one kind. */
export interface DutyFactCount {
  kind: DutyFactKind;
  count?: number;
}

/** A person's duty counts over a period from the closed attendance months and the duty facts. */
export function dutyCountsOf(attendance: Pick<AttendanceMonth, 'absent' | 'late' | 'early'>[], facts: DutyFactCount[]): DutyCounts {
  const count = (k: DutyFactKind) => facts.filter((f) => f.kind === k).reduce((s, f) => s + (f.count ?? 1), 0);
  return {
    absentDays: attendance.reduce((s, a) => s + a.absent, 0),
    lateArrivals: attendance.reduce((s, a) => s + a.late, 0),
    earlyLeaves: attendance.reduce((s, a) => s + a.early, 0),
    meetingsMissed: count(DutyFactKind.MEETING_MISSED),
    meetingsNotHeld: count(DutyFactKind.MEETING_NOT_HELD),
    activitiesMissed: count(DutyFactKind.ACTIVITY_MISSED),
    spotCheckDiscrepancies: count(DutyFactKind.SPOT_CHECK_DISCREPANCY),
    followUpsOverdue: count(DutyFactKind.FOLLOW_UP_OVERDUE),
    trainingsFailed: count(DutyFactKind.TRAINING_FAILED),
    trainingsPassed: count(DutyFactKind.TRAINING_PASSED),
  };
}

/** One manager's scores and proposal over a period (pure). */
export function scoreOne(
  rules: LevelRules,
  period: Period,
  level: string,
  months: Pick<BusinessMetrics, 'customersDeveloped' | 'netRevenue' | 'customerAssets' | 'month'>[],
  attendance: Pick<AttendanceMonth, 'absent' | 'late' | 'early'>[],
  facts: DutyFactCount[],
): { score: number; details: AssessmentDetails; proposal: { direction: LevelDirection; to: string } | null } {
  const threshold = thresholdOf(rules, level)!;
  const figures = periodFigures(
    [...months]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((m) => ({
        customersDeveloped: m.customersDeveloped,
        netRevenue: Number(m.netRevenue),
        customerAssets: Number(m.customerAssets),
      })),
  );
  const performance = performanceScore(rules, threshold.hold, figures, period.scale);
  if (period.cycle === AssessmentCycle.MONTHLY) {
    return {
      score: performance.score,
      proposal: null,
      details: { figures, performance, duty: null, combinedWeights: null, commissionStandardVersion: null, proposalReasons: [] },
    };
  }
  const duty = dutyScore(rules.dutyPoints, dutyCountsOf(attendance, facts));
  const proposal = proposeLevel(rules, level, figures, duty.score, period.scale === 'YEAR' ? 'YEAR' : 'QUARTER');
  return {
    score: combinedScore(rules.combinedWeights, duty.score, performance.score),
    proposal: { direction: directionOf(proposal.direction), to: proposal.to },
    details: { figures, performance, duty, combinedWeights: rules.combinedWeights, commissionStandardVersion: null, proposalReasons: proposal.reasons },
  };
}
