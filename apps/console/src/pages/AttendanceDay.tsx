import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { BranchTeamsDocument, RecordTeamDayDocument, TeamDayGridDocument, type DayStatus } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, ErrorBox, Loading, useAction } from '../ui';

/** The last working day up to today (local date). */
function lastWeekday(): string {
  const d = new Date();
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const MARKS: Array<DayStatus | ''> = ['', 'ON_VISIT', 'ON_LEAVE', 'ABSENT'];

/**
 * The attendance grid of a branch's day: every team's managers with the day's times; the
 * attendance clerk enters check-in and check-out (late and early follow from the outlet's hours) or a
 * mark, and records a team's day in one request (validated whole, nothing written on any problem).
 */
export default function AttendanceDay({ session }: { session: Session }) {
  const t = useT();
  const [date, setDate] = useState(lastWeekday);
  const teams = useQuery(BranchTeamsDocument, { variables: { branchId: session.branchId } });
  const clerk = session.roles.includes('attendance-clerk');
  return (
    <Card
      title={`${t('attendanceGrid')} · ${session.branchId}`}
      testid="attendance-day"
      actions={<input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} data-testid="date" />}
    >
      <ErrorBox error={teams.error} />
      {teams.data?.branch.teams.map((team) => <TeamDay key={`${team.id}-${date}`} teamId={team.id} name={team.name} date={date} editable={clerk} />) ?? (
        <Loading />
      )}
    </Card>
  );
}

interface Entry {
  checkIn: string;
  checkOut: string;
  status: DayStatus | '';
}

function TeamDay({ teamId, name, date, editable }: { teamId: string; name: string; date: string; editable: boolean }) {
  const t = useT();
  const { data, error } = useQuery(TeamDayGridDocument, { variables: { teamId, month: date.slice(0, 7) } });
  const [record] = useMutation(RecordTeamDayDocument, { refetchQueries: [TeamDayGridDocument] });
  const [run, action] = useAction();
  const [edits, setEdits] = useState<Record<string, Entry>>({});
  const members = data?.teamAttendance ?? [];
  const recorded = members.some((m) => m.summary.days.some((d) => d.date === date));
  const entry = (id: string): Entry => edits[id] ?? { checkIn: '08:25', checkOut: '17:00', status: '' };
  const set = (id: string, patch: Partial<Entry>) => setEdits({ ...edits, [id]: { ...entry(id), ...patch } });
  const save = () =>
    run(() =>
      record({
        variables: {
          input: {
            teamId,
            date,
            entries: members.map((m) => {
              const e = entry(m.employeeId);
              return e.status ? { employeeId: m.employeeId, status: e.status } : { employeeId: m.employeeId, checkIn: e.checkIn, checkOut: e.checkOut };
            }),
          },
        },
      }),
    );
  return (
    <div data-testid={`team-day-${teamId}`}>
      <h3>
        {name} {recorded ? <span className="badge CLOSED">{t('saved')}</span> : null}
      </h3>
      <ErrorBox error={error ?? action.error} />
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
          {members.map((m) => {
            const d = m.summary.days.find((x) => x.date === date);
            const e = entry(m.employeeId);
            const entering = editable && !recorded;
            return (
              <tr key={m.employeeId} className={d && d.status !== 'ON_TIME' && d.status !== 'ON_VISIT' ? 'warn' : undefined}>
                <td>{m.name}</td>
                <td>
                  {entering ? (
                    <select value={e.status} onChange={(x) => set(m.employeeId, { status: x.target.value as DayStatus | '' })}>
                      {MARKS.map((s) => (
                        <option key={s} value={s}>
                          {s || '—'}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (d?.status ?? '—')
                  )}
                </td>
                <td>
                  {entering ? (
                    <input type="time" value={e.checkIn} disabled={!!e.status} onChange={(x) => set(m.employeeId, { checkIn: x.target.value })} />
                  ) : (
                    (d?.checkIn ?? '')
                  )}
                </td>
                <td>
                  {entering ? (
                    <input type="time" value={e.checkOut} disabled={!!e.status} onChange={(x) => set(m.employeeId, { checkOut: x.target.value })} />
                  ) : (
                    (d?.checkOut ?? '')
                  )}
                </td>
                <td>{d?.minutesLate || ''}</td>
                <td>{d?.minutesEarly || ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editable && !recorded && members.length > 0 && (
        <button className="primary" data-testid={`record-${teamId}`} disabled={action.busy} onClick={save}>
          {t('write')} · {name} · {date}
        </button>
      )}
    </div>
  );
}
