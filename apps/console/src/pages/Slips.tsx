import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { SlipsDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, MonthPicker } from '../ui';

/** customer confirmation slips with their serial numbers (流水号), filed monthly. */
export default function Slips({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const { data, error } = useQuery(SlipsDocument, { variables: { branchId: session.branchId, month } });
  return (
    <Card title={`${t('slips')} (${data?.confirmationSlips.totalCount ?? '…'})`} testid="slips" actions={<MonthPicker value={month} onChange={setMonth} />}>
      <ErrorBox error={error} />
      {data?.confirmationSlips.nodes.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('serial')}</th>
              <th>{t('date')}</th>
              <th>{t('customer')}</th>
              <th>{t('employee')}</th>
            </tr>
          </thead>
          <tbody>
            {data.confirmationSlips.nodes.map((s) => (
              <tr key={s.id}>
                <td>
                  <code>{s.number}</code>
                </td>
                <td>{s.date}</td>
                <td>{s.customerName}</td>
                <td>{s.employeeId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty />
      )}
    </Card>
  );
}
