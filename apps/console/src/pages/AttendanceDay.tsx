import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { BranchTeamsDocument, TeamDayGridDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, ErrorBox, Loading } from '../ui';

/** The attendance grid of a branch's day: every team's managers with the day's status and times. */
export default function AttendanceDay({ session }: { session: Session }) {
  const t = useT();
  const [date, setDate] = useState('2026-10-30');
  const teams = useQuery(BranchTeamsDocument, { variables: { branchId: session.branchId } });
  return (
    <Card
      title={`${t('attendanceGrid')} · ${session.branchId}`}
      testid="attendance-day"
      actions={<input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} data-testid="date" />}
    >
      <ErrorBox error={teams.error} />
      {teams.data?.branch.teams.map((team) => <TeamDay key={team.id} teamId={team.id} name={team.name} date={date} />) ?? <Loading />}
    </Card>
  );
}

function TeamDay({ teamId, name, date }: { teamId: string; name: string; date: string }) {
  const t = useT();
  const { data, error } = useQuery(TeamDayGridDocument, { variables: { teamId, month: date.slice(0, 7) } });
  return (
    <>
      <h3>{name}</h3>
      <ErrorBox error={error} />
      <table>
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('status')}</th>
            <th>in</th>
            <th>out</th>
            <th>{t('late')}</th>
            <th>{t('early')}</th>
          </tr>
        </thead>
        <tbody>
          {data?.teamAttendance.map((m) => {
            const d = m.summary.days.find((x) => x.date === date);
            return (
              <tr key={m.employeeId} className={d && d.status !== 'ON_TIME' && d.status !== 'ON_VISIT' ? 'warn' : undefined}>
                <td>{m.name}</td>
                <td>{d?.status ?? '—'}</td>
                <td>{d?.checkIn ?? ''}</td>
                <td>{d?.checkOut ?? ''}</td>
                <td>{d?.minutesLate || ''}</td>
                <td>{d?.minutesEarly || ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
