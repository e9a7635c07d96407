import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { BranchTeamsDocument, TeamAttendanceDocument, TeamDayGridDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, ErrorBox, Loading, MonthPicker } from '../ui';

/** A team's attendance month: per member, days recorded and worked, late, early, absent, leave. */
const MARK: Record<string, string> = { ON_TIME: '·', ON_VISIT: '访', LATE: '迟', EARLY_LEAVE: '早', LATE_AND_EARLY: '迟早', ABSENT: '旷', ON_LEAVE: '假' };

/** Members by day: one cell per recorded day, marked by status (迟 late, 早 early, 旷 absent, 假 leave, 访 visiting). */
function MonthGrid({ teamId, month }: { teamId: string; month: string }) {
  const t = useT();
  const { data } = useQuery(TeamDayGridDocument, { variables: { teamId, month } });
  const rows = data?.teamAttendance ?? [];
  const dates = [...new Set(rows.flatMap((r) => r.summary.days.map((d) => d.date)))].sort();
  if (dates.length === 0) return null;
  return (
    <Card title={`${t('day')} · ${month}`} testid="month-grid">
      <div className="scroll">
        <table className="daygrid">
          <thead>
            <tr>
              <th>{t('name')}</th>
              {dates.map((d) => (
                <th key={d}>{d.slice(8)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const byDate = new Map(r.summary.days.map((d) => [d.date, d]));
              return (
                <tr key={r.employeeId}>
                  <td>{r.name}</td>
                  {dates.map((date) => {
                    const d = byDate.get(date);
                    return (
                      <td key={date} className={`cell ${d?.status ?? 'NONE'}`} title={d ? `${date} ${d.status} ${d.checkIn ?? ''}-${d.checkOut ?? ''}` : date}>
                        {d ? MARK[d.status] : ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

export default function TeamAttendance({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const teams = useQuery(BranchTeamsDocument, { variables: { branchId: session.branchId }, skip: !!session.teamId });
  const [teamId, setTeamId] = useState(session.teamId ?? '');
  const team = teamId || teams.data?.branch.teams[0]?.id || '';
  const { data, loading, error } = useQuery(TeamAttendanceDocument, { variables: { teamId: team, month }, skip: !team });
  const rows = data?.teamAttendance ?? [];
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return (
    <>
      <Card
        title={`${t('teamMonth')} · ${team}`}
        testid="team-attendance"
        actions={
          <>
            {!session.teamId && (
              <select value={team} onChange={(e) => setTeamId(e.target.value)} aria-label={t('chooseTeam')}>
                {teams.data?.branch.teams.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
            <MonthPicker value={month} onChange={setMonth} />
          </>
        }
      >
        <ErrorBox error={error ?? teams.error} />
        {loading && rows.length === 0 ? (
          <Loading />
        ) : (
          <table data-testid="attendance-table">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('daysRecorded')}</th>
                <th>{t('daysWorked')}</th>
                <th>{t('late')}</th>
                <th>{t('early')}</th>
                <th>{t('absent')}</th>
                <th>{t('leave')}</th>
                <th>{t('overtime')}</th>
                <th>{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.employeeId} className={r.summary.absentDays > 0 ? 'warn' : undefined}>
                  <td>
                    {r.name} <small className="muted">{r.employeeId}</small>
                  </td>
                  <td>{r.summary.daysRecorded}</td>
                  <td>{r.summary.daysWorked}</td>
                  <td>{r.summary.lateArrivals || ''}</td>
                  <td>{r.summary.earlyLeaves || ''}</td>
                  <td>{r.summary.absentDays || ''}</td>
                  <td>{r.summary.leaveDays || ''}</td>
                  <td>{r.summary.overtimeMinutes || ''}</td>
                  <td>{r.summary.closed ? t('closed') : t('open')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>Σ {rows.length}</th>
                <th>{sum((r) => r.summary.daysRecorded)}</th>
                <th>{sum((r) => r.summary.daysWorked)}</th>
                <th>{sum((r) => r.summary.lateArrivals)}</th>
                <th>{sum((r) => r.summary.earlyLeaves)}</th>
                <th>{sum((r) => r.summary.absentDays)}</th>
                <th>{sum((r) => r.summary.leaveDays)}</th>
                <th>{sum((r) => r.summary.overtimeMinutes)}</th>
                <th />
              </tr>
            </tfoot>
          </table>
        )}
      </Card>
      {team && <MonthGrid teamId={team} month={month} />}
    </>
  );
}
