import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { DecideLeaveDocument, TeamProgressDocument, TeamWorkDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, MonthPicker, useAction, yuan } from '../ui';

/** A team lead's team: approvals waiting for them, spot-check draws, meetings and minutes, plan progress. */
export default function TeamWork({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const teamId = session.teamId ?? '';
  const { data, error } = useQuery(TeamWorkDocument, { variables: { teamId, month }, skip: !teamId });
  const progress = useQuery(TeamProgressDocument, { variables: { teamId, period: month }, skip: !teamId });
  const [decide] = useMutation(DecideLeaveDocument, { refetchQueries: [TeamWorkDocument] });
  const [run, action] = useAction();
  return (
    <div className="grid">
      <Card title={`${t('approvals')} · ${teamId}`} testid="approvals" actions={<MonthPicker value={month} onChange={setMonth} />}>
        <ErrorBox error={error ?? action.error} />
        {data?.leaveRequests.nodes.length ? (
          <table>
            <tbody>
              {data.leaveRequests.nodes.map((l) => (
                <tr key={l.id}>
                  <td>{l.employeeId}</td>
                  <td>
                    {l.startDate}–{l.endDate} ({l.days})
                  </td>
                  <td>{l.reason}</td>
                  <td>
                    <button onClick={() => run(() => decide({ variables: { leaveId: l.id, approve: true } }))}>{t('approve')}</button>{' '}
                    <button onClick={() => run(() => decide({ variables: { leaveId: l.id, approve: false, reason: '—' } }))}>{t('reject')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('planProgress')}>
        {/* no approved plan for the period: NOT_FOUND, shown as nothing to track */}
        <ErrorBox
          error={CombinedGraphQLErrors.is(progress.error) && progress.error.errors.every((e) => e.extensions?.code === 'NOT_FOUND') ? null : progress.error}
        />
        {progress.data?.planProgress ? (
          <table>
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>
                  {t('newAccounts')} · {t('target')}
                </th>
                <th>{t('actual')}</th>
                <th>
                  {t('netRevenue')} · {t('target')}
                </th>
                <th>{t('actual')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {progress.data.planProgress.people.map((p) => (
                <tr key={p.employeeId} className={p.behind ? 'warn' : undefined}>
                  <td>{p.name}</td>
                  <td className="num">{p.target.newAccounts ?? '—'}</td>
                  <td className="num">{p.actual.newAccounts}</td>
                  <td className="num">{yuan(p.target.netRevenueFen)}</td>
                  <td className="num">{yuan(p.actual.netRevenueFen)}</td>
                  <td>{p.behind ? t('behind') : ''}</td>
                </tr>
              ))}
            </tbody>
            {progress.data.planProgress.team && (
              <tfoot>
                <tr className={progress.data.planProgress.team.behind ? 'warn' : undefined}>
                  <th>{t('team')}</th>
                  <th className="num">{progress.data.planProgress.team.target.newAccounts ?? '—'}</th>
                  <th className="num">{progress.data.planProgress.team.actual.newAccounts}</th>
                  <th className="num">{yuan(progress.data.planProgress.team.target.netRevenueFen)}</th>
                  <th className="num">{yuan(progress.data.planProgress.team.actual.netRevenueFen)}</th>
                  <th>{progress.data.planProgress.team.behind ? t('behind') : ''}</th>
                </tr>
              </tfoot>
            )}
          </table>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('spotChecks')}>
        {data?.spotCheckDraws.length ? (
          <ul>
            {data.spotCheckDraws.map((d) => (
              <li key={d.id}>
                {d.kind} · {d.periodStart}–{d.periodEnd} · {d.ratePercent}% · {d.selected.length} · {d.drawnBy}
              </li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </Card>
      <Card title={t('meetings')}>
        {data?.meetings.length ? (
          <ul>
            {data.meetings.map((m) => (
              <li key={m.id}>
                {m.date} · {m.kind} · {m.topic} · {m.status}
                {m.minutes ? <div className="muted">{m.minutes}</div> : null}
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
