import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { ImportMetricsDocument, MetricsImportDocument, ReviewMetricsImportDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { Card, DEFAULT_MONTH, Empty, ErrorBox, MonthPicker, useAction, yuan } from '../ui';

/** the month's CRM file, checked line by line (a bad file is rejected whole with every error), then finance's review (复核). */
export default function CrmImport({ session }: { session: Session }) {
  const t = useT();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const [csv, setCsv] = useState('');
  const vars = { branchId: session.branchId, month };
  const { data, error } = useQuery(MetricsImportDocument, { variables: vars });
  const [importMetrics] = useMutation(ImportMetricsDocument, { refetchQueries: [MetricsImportDocument] });
  const [review] = useMutation(ReviewMetricsImportDocument, { refetchQueries: [MetricsImportDocument] });
  const [run, action] = useAction();
  const finance = session.roles.includes('branch-finance');
  const m = data?.metricsImport;
  return (
    <>
      <Card title={`${t('crmImport')} · ${session.branchId}`} testid="crm-import" actions={<MonthPicker value={month} onChange={setMonth} />}>
        <ErrorBox error={error} />
        {m ? (
          <table className="kv" data-testid="import-summary">
            <tbody>
              <tr>
                <th>{t('revision')}</th>
                <td data-testid="import-revision">{m.revision}</td>
                <th>{t('lines')}</th>
                <td>{m.lineCount}</td>
              </tr>
              <tr>
                <th>{t('customersDeveloped')}</th>
                <td>{m.customersDeveloped}</td>
                <th>{t('newAccounts')}</th>
                <td>{m.newAccounts}</td>
              </tr>
              <tr>
                <th>{t('newAssets')}</th>
                <td>{yuan(m.newAssetsFen)}</td>
                <th>{t('netRevenue')}</th>
                <td>{yuan(m.netRevenueFen)}</td>
              </tr>
              <tr>
                <th>{t('customerAssets')}</th>
                <td>{yuan(m.customerAssetsFen)}</td>
                <th />
                <td />
              </tr>
              <tr>
                <th>{t('reviewState')}</th>
                <td data-testid="review-state">{m.reviewState}</td>
                <th>{t('history')}</th>
                <td>
                  {m.importedBy} {m.importedAt.slice(0, 16).replace('T', ' ')}
                  {m.reviewedBy ? ` · ${t('review')}: ${m.reviewedBy}` : ''}
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <Empty />
        )}
        {finance && m && m.reviewState !== 'REVIEWED' && (
          <button
            className="primary"
            data-testid="review"
            disabled={action.busy}
            onClick={() => run(() => review({ variables: { ...vars, comment: '已复核' } }))}
          >
            {t('review')}
          </button>
        )}
      </Card>
      {finance && (
        <Card title={t('import')}>
          <label>
            {t('importFile')}{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="csv-file"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) setCsv(await f.text());
              }}
            />
          </label>
          <p className="muted">{t('orPaste')}</p>
          <textarea
            rows={8}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            data-testid="csv"
            placeholder="employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue"
          />
          <div>
            <button
              className="primary"
              data-testid="import"
              disabled={action.busy || !csv.trim()}
              onClick={() => run(() => importMetrics({ variables: { ...vars, csv } }))}
            >
              {t('import')}
            </button>
          </div>
          {action.error ? <p>{t('importRejected')}</p> : null}
          <ErrorBox error={action.error} />
        </Card>
      )}
    </>
  );
}
