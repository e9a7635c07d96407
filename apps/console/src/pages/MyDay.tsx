import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { MyDayDocument, MyPayslipDocument, RequestLeaveDocument, WriteWorkLogDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, MonthPicker, useAction, yuan } from '../ui';

/** A client manager's day: visit slips, work log, customer visits and follow-ups, leave, payslip. */
export default function MyDay({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const vars = { employeeId: session.employeeId, month };
  const { data, error } = useQuery(MyDayDocument, { variables: vars });
  const slip = useQuery(MyPayslipDocument, { variables: vars });
  const [writeLog] = useMutation(WriteWorkLogDocument, { refetchQueries: [MyDayDocument] });
  const [requestLeave] = useMutation(RequestLeaveDocument, { refetchQueries: [MyDayDocument] });
  const [run, action] = useAction();
  const today = new Date().toISOString().slice(0, 10);
  const [log, setLog] = useState({ done: '', nextSteps: '', customersContacted: 0 });
  const [leave, setLeave] = useState({ startDate: today, endDate: today, reason: '' });
  return (
    <div className="grid">
      <Card title={t('payslip')} testid="payslip" actions={<MonthPicker value={month} onChange={setMonth} />}>
        <ErrorBox error={slip.error} />
        {slip.data?.payslip ? (
          <table className="kv">
            <tbody>
              <tr>
                <th>{t('level')}</th>
                <td>{slip.data.payslip.level}</td>
                <th>{t('base')}</th>
                <td>{yuan(slip.data.payslip.baseFen)}</td>
              </tr>
              <tr>
                <th>{t('commission')}</th>
                <td>{yuan(slip.data.payslip.commissionFen)}</td>
                <th>{t('deductions')}</th>
                <td>{yuan(slip.data.payslip.deductionsFen)}</td>
              </tr>
              <tr>
                <th>{t('gross')}</th>
                <td>{yuan(slip.data.payslip.grossFen)}</td>
                <th>{t('net')}</th>
                <td>
                  <strong>{yuan(slip.data.payslip.netFen)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <Empty />
        )}
      </Card>
      <ErrorBox error={error ?? action.error} />
      <Card title={t('visitSlips')}>
        {data?.visitSlips.nodes.length ? (
          <table>
            <tbody>
              {data.visitSlips.nodes.map((s) => (
                <tr key={s.id}>
                  <td>{s.date}</td>
                  <td>{s.destination}</td>
                  <td>{s.personVisited}</td>
                  <td>{s.purpose}</td>
                  <td>
                    {s.timeOut}–{s.timeBack}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('workLog')}>
        <div className="form">
          <input placeholder={t('done')} value={log.done} onChange={(e) => setLog({ ...log, done: e.target.value })} />
          <input placeholder={t('nextSteps')} value={log.nextSteps} onChange={(e) => setLog({ ...log, nextSteps: e.target.value })} />
          <input
            type="number"
            min={0}
            title={t('customersContacted')}
            value={log.customersContacted}
            onChange={(e) => setLog({ ...log, customersContacted: Number(e.target.value) })}
          />
          <button disabled={action.busy || !log.done} onClick={() => run(() => writeLog({ variables: { input: { date: today, ...log } } }))}>
            {t('write')}
          </button>
        </div>
        {data?.workLogs.length ? (
          <ul>
            {data.workLogs.map((l) => (
              <li key={l.id}>
                {l.date} · {l.done} · {t('customersContacted')} {l.customersContacted} · {l.nextSteps}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('customerVisits')}>
        {data?.customerVisits.length ? (
          <ul>
            {data.customerVisits.map((v) => (
              <li key={v.id}>
                {v.date} · {v.customerName} ({v.tier}) · {v.discussed}
                {v.issues.map((i) => (
                  <div key={i.id} className={i.overdue ? 'warn' : 'muted'}>
                    ↳ {i.description} · {i.status} · {i.dueOn}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('leaveRequests')}>
        <div className="form">
          <input type="date" value={leave.startDate} onChange={(e) => setLeave({ ...leave, startDate: e.target.value })} />
          <input type="date" value={leave.endDate} onChange={(e) => setLeave({ ...leave, endDate: e.target.value })} />
          <input placeholder={t('reason')} value={leave.reason} onChange={(e) => setLeave({ ...leave, reason: e.target.value })} />
          <button disabled={action.busy || !leave.reason} onClick={() => run(() => requestLeave({ variables: { input: { kind: 'PERSONAL', ...leave } } }))}>
            {t('request')}
          </button>
        </div>
        {data?.leaveRequests.nodes.length ? (
          <ul>
            {data.leaveRequests.nodes.map((l) => (
              <li key={l.id}>
                {l.startDate}–{l.endDate} · {l.kind} · {l.days} · {l.status} · {l.reason}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Card>
    </div>
  );
}
