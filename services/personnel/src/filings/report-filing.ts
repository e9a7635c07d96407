/**
 * R-6.5 (issue 16 item 13): a team's business analysis report, once submitted at performance
 * (`AnalysisReportSubmitted` on performance.report), is filed in the branch's archive of filings
 * automatically (type MONTHLY_BUSINESS_REPORT, a serial number, once per report), not by hand.
 */
import type { EventData, EventHandlers } from '@bg/events';
import { fileDocument } from './filing.service';

const KIND_LABEL: Record<EventData<'AnalysisReportSubmitted'>['kind'], string> = { MONTHLY: '月度', HALF_YEAR: '半年度', ANNUAL: '年度' };

/** What the filing of a submitted report says (pure). */
export function reportFiling(d: EventData<'AnalysisReportSubmitted'>) {
  return {
    branchId: d.branchId,
    type: 'MONTHLY_BUSINESS_REPORT' as const,
    title: `${d.teamId} ${KIND_LABEL[d.kind]}经营分析报告 ${d.period}`,
    period: /^\d{4}-\d{2}$/.test(d.period) ? d.period : undefined,
    date: d.submittedOn,
    fileRef: `performance:report/${d.reportId}`,
    filedBy: `system:performance (${d.submittedBy})`,
    sourceRef: `report:${d.reportId}`,
  };
}

export const REPORT_TOPICS = ['performance.report'] as const;

export const reportFilingHandlers: EventHandlers = {
  async AnalysisReportSubmitted(em, { data }) {
    await fileDocument(em, reportFiling(data as EventData<'AnalysisReportSubmitted'>));
  },
};
