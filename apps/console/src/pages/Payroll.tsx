import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import {
  ComputePayrollDocument,
  FilePayrollDocument,
  PayReportDocument,
  PayrollRunLinesDocument,
  PayrollRunsDocument,
  RejectPayrollDocument,
  SignPayrollDocument,
  type RunSummaryFragment,
} from '../gql/graphql';
import { useEnumLabel, useT, type Key } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, MonthPicker, useAction, yuan } from '../ui';

/** Whose signature a run waits for (R-4.2: chief accountant -> deputy -> manager). */
const WAITING: Record<string, string> = {
  AWAITING_FINANCE: 'branch-finance',
  AWAITING_DEPUTY: 'branch-deputy-manager',
  AWAITING_MANAGER: 'branch-manager',
};

/** the month's payroll, its three sign-offs in order, filing, and the XLSX pay report. */
export default function Payroll({ session }: { session: Session }) {
  const t = useT();
  const label = useEnumLabel();
  const client = useApolloClient();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const [reason, setReason] = useState('');
  const vars = { branchId: session.branchId, month };
  const runs = useQuery(PayrollRunsDocument, { variables: vars });
  const refetch = { refetchQueries: [PayrollRunsDocument, PayrollRunLinesDocument] };
  const [compute] = useMutation(ComputePayrollDocument, refetch);
  const [sign] = useMutation(SignPayrollDocument, refetch);
  const [reject] = useMutation(RejectPayrollDocument, refetch);
  const [file] = useMutation(FilePayrollDocument, refetch);
  const [run, action] = useAction();
  const all = runs.data?.payrollRuns.nodes ?? [];
  const live = all.find((r) => r.status !== 'SUPERSEDED' && r.status !== 'REJECTED' && r.kind === 'REGULAR') ?? all[0];
  const finance = session.roles.includes('branch-finance');
  const mySign = live && WAITING[live.status] && session.roles.includes(WAITING[live.status]);

  const download = (r: RunSummaryFragment) =>
    run(async () => {
      const { data } = await client.query({ query: PayReportDocument, variables: { payrollId: r.id }, fetchPolicy: 'network-only' });
      const f = data!.payReport;
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: f.contentType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = f.filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });

  return (
    <>
      <Card
        title={`${t('payroll')} · ${session.branchId}`}
        testid="payroll"
        actions={
          <>
            <MonthPicker value={month} onChange={setMonth} />
            {finance && (
              <button className="primary" data-testid="compute" disabled={action.busy} onClick={() => run(() => compute({ variables: vars }))}>
                {t('compute')}
              </button>
            )}
          </>
        }
      >
        <ErrorBox error={runs.error ?? action.error} />
        {!live ? (
          <Empty />
        ) : (
          <>
            <table className="kv" data-testid="run">
              <tbody>
                <tr>
                  <th>{t('status')}</th>
                  <td>
                    <strong className={`badge ${live.status}`} data-testid="run-status">
                      {label(live.status)} · {live.status}
                    </strong>{' '}
                    r{live.revision}
                  </td>
                  <th>{t('lines')}</th>
                  <td>{live.lineCount}</td>
                </tr>
                <tr>
                  <th>{t('gross')}</th>
                  <td>{yuan(live.totalGrossFen)}</td>
                  <th>{t('net')}</th>
                  <td data-testid="total-net">{yuan(live.totalNetFen)}</td>
                </tr>
              </tbody>
            </table>
            <h3>{t('signatures')}</h3>
            <ol className="steps" data-testid="signatures">
              {(['FINANCE', 'DEPUTY', 'MANAGER'] as const).map((step) => {
                const s = live.signatures.find((x) => x.step === step && x.decision === 'SIGNED');
                return (
                  <li key={step} className={s ? 'done' : ''}>
                    <strong>{t(`step${step}` as Key)}</strong> {s ? `✔ ${s.signerName ?? s.signedBy} · ${s.at.slice(0, 16).replace('T', ' ')}` : '…'}
                  </li>
                );
              })}
            </ol>
            <div className="buttons">
              {mySign && (
                <>
                  <button
                    className="primary"
                    data-testid="sign"
                    disabled={action.busy}
                    onClick={() => run(() => sign({ variables: { payrollId: live.id, comment: '' } }))}
                  >
                    {t('sign')}
                  </button>
                  <input placeholder={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
                  <button disabled={action.busy || !reason} onClick={() => run(() => reject({ variables: { payrollId: live.id, reason } }))}>
                    {t('reject')}
                  </button>
                </>
              )}
              {live.status === 'SIGNED_OFF' && (finance || session.roles.includes('branch-manager')) && (
                <button data-testid="file" disabled={action.busy} onClick={() => run(() => file({ variables: { payrollId: live.id } }))}>
                  {t('file')}
                </button>
              )}
              <button data-testid="download" disabled={action.busy} onClick={() => download(live)}>
                {t('download')}
              </button>
            </div>
          </>
        )}
      </Card>
      {live && <Lines id={live.id} />}
    </>
  );
}

function Lines({ id }: { id: string }) {
  const t = useT();
  const { data, error } = useQuery(PayrollRunLinesDocument, { variables: { id } });
  const lines = data?.payrollRun.lines;
  return (
    <Card title={`${t('lines')} (${lines?.totalCount ?? '…'})`}>
      <ErrorBox error={error} />
      {lines && (
        <table data-testid="payroll-lines">
          <thead>
            <tr>
              <th>{t('employee')}</th>
              <th>{t('level')}</th>
              <th>{t('newAccounts')}</th>
              <th>{t('netRevenue')}</th>
              <th>{t('absent')}</th>
              <th>{t('late')}</th>
              <th>{t('base')}</th>
              <th>{t('commission')}</th>
              <th>{t('gross')}</th>
              <th>{t('deductions')}</th>
              <th>{t('net')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.nodes.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.employeeName} <small className="muted">{l.employeeId}</small>
                </td>
                <td>{l.level}</td>
                <td>{l.newAccounts}</td>
                <td className="num">{yuan(l.netRevenueFen)}</td>
                <td>{l.absentDays}</td>
                <td>{l.lateArrivals}</td>
                <td className="num">{yuan(l.baseFen)}</td>
                <td className="num">{yuan(l.commissionFen)}</td>
                <td className="num">{yuan(l.grossFen)}</td>
                <td className="num">{yuan(l.deductionsFen)}</td>
                <td className="num">{yuan(l.netFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
