import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { AttendanceMonthDocument, CloseAttendanceMonthDocument, ReopenAttendanceMonthDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, Loading, MonthPicker, useAction } from '../ui';

/** a branch's attendance month, closed by the attendance clerk; the closed figures feed payroll. */
export default function MonthClose({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const [reason, setReason] = useState('');
  const vars = { branchId: session.branchId, month };
  const { data, loading, error } = useQuery(AttendanceMonthDocument, { variables: vars });
  const [close] = useMutation(CloseAttendanceMonthDocument, { refetchQueries: [AttendanceMonthDocument] });
  const [reopen] = useMutation(ReopenAttendanceMonthDocument, { refetchQueries: [AttendanceMonthDocument] });
  const [run, action] = useAction();
  const m = data?.attendanceMonth;
  const clerk = session.roles.includes('attendance-clerk');
  return (
    <Card title={`${t('monthClose')} · ${session.branchId}`} testid="month-close" actions={<MonthPicker value={month} onChange={setMonth} />}>
      <ErrorBox error={error ?? action.error} />
      {loading && !m ? (
        <Loading />
      ) : m ? (
        <>
          <p>
            {t('state')}:{' '}
            <strong className={`badge ${m.state}`} data-testid="month-state">
              {m.state === 'CLOSED' ? t('closed') : t('open')} ({m.state})
            </strong>{' '}
            · {t('employee')}: {m.employees}
          </p>
          {clerk && m.state === 'OPEN' && (
            <button className="primary" disabled={action.busy} data-testid="close-month" onClick={() => run(() => close({ variables: vars }))}>
              {t('closeMonth')}
            </button>
          )}
          {clerk && m.state === 'CLOSED' && (
            <span className="inline">
              <input placeholder={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
              <button disabled={action.busy || !reason} onClick={() => run(() => reopen({ variables: { ...vars, reason } }))}>
                {t('reopenMonth')}
              </button>
            </span>
          )}
          <h3>{t('history')}</h3>
          {m.history.length === 0 ? (
            <Empty />
          ) : (
            <ul>
              {m.history.map((h) => (
                <li key={h.id}>
                  {h.at.slice(0, 16).replace('T', ' ')} {h.action} · {h.by} · {h.employees} {h.reason ? `· ${h.reason}` : ''}
                </li>
              ))}
            </ul>
          )}
          {m.figures.totalCount > 0 && (
            <table>
              <thead>
                <tr>
                  <th>{t('employee')}</th>
                  <th>{t('daysWorked')}</th>
                  <th>{t('late')}</th>
                  <th>{t('early')}</th>
                  <th>{t('absent')}</th>
                  <th>{t('leave')}</th>
                </tr>
              </thead>
              <tbody>
                {m.figures.nodes.map((f) => (
                  <tr key={f.employeeId}>
                    <td>{f.employeeId}</td>
                    <td>{f.daysWorked}</td>
                    <td>{f.lateArrivals}</td>
                    <td>{f.earlyLeaves}</td>
                    <td>{f.absentDays}</td>
                    <td>{f.leaveDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </Card>
  );
}
