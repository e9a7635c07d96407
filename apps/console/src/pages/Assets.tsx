import { useQuery } from '@apollo/client/react';
import type { Session } from '../auth';
import { AssetsDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, Empty, ErrorBox, yuan } from '../ui';

/** the asset ledger (实物管理明细表) of the branch. */
export default function Assets({ session }: { session: Session }) {
  const t = useT();
  const { data, error } = useQuery(AssetsDocument, { variables: { branchId: session.branchId } });
  return (
    <Card title={`${t('assets')} (${data?.assets.totalCount ?? '…'})`} testid="assets">
      <ErrorBox error={error} />
      {data?.assets.nodes.length ? (
        <table>
          <thead>
            <tr>
              <th>{t('tag')}</th>
              <th>{t('name')}</th>
              <th>{t('kind')}</th>
              <th>{t('status')}</th>
              <th>{t('holder')}</th>
              <th>{t('value')}</th>
            </tr>
          </thead>
          <tbody>
            {data.assets.nodes.map((a) => (
              <tr key={a.id}>
                <td>
                  <code>{a.tag}</code>
                </td>
                <td>{a.name}</td>
                <td>{a.kind}</td>
                <td>{a.status}</td>
                <td>{a.holderId ?? ''}</td>
                <td className="num">{yuan(a.valueFen)}</td>
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
