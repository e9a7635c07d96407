import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { BranchEmployeesDocument, EmployeeArchiveDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, Empty, ErrorBox } from '../ui';

/** a person's archive and what is missing from it (every read is audited by personnel). */
export default function Archives({ session }: { session: Session }) {
  const t = useT();
  const people = useQuery(BranchEmployeesDocument, { variables: { branchId: session.branchId } });
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const archive = useQuery(EmployeeArchiveDocument, { variables: { employeeId: employeeId ?? '' }, skip: !employeeId });
  const a = archive.data?.archive;
  return (
    <div className="split">
      <Card title={t('archives')} testid="archives">
        <ErrorBox error={people.error} />
        <ul className="picklist">
          {people.data?.employees.nodes.map((e) => (
            <li key={e.id}>
              <button className={e.id === employeeId ? 'link active' : 'link'} onClick={() => setEmployeeId(e.id)}>
                {e.name} <small className="muted">{e.id}</small>
              </button>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={employeeId ?? '—'}>
        <ErrorBox error={archive.error} />
        {a ? (
          <>
            <h3>{t('missingDocuments')}</h3>
            {a.missingDocuments.length ? (
              <ul className="missing" data-testid="missing">
                {a.missingDocuments.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            ) : (
              <Empty />
            )}
            <h3>{t('documents')}</h3>
            <table>
              <tbody>
                {a.documents.map((d) => (
                  <tr key={d.id}>
                    <td>{d.kind}</td>
                    <td>{d.title}</td>
                    <td>{d.status}</td>
                    <td>{d.genuine === null || d.genuine === undefined ? '' : d.genuine ? '✔' : '✘'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <Empty />
        )}
      </Card>
    </div>
  );
}
