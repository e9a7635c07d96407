import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Session } from '../auth';
import { BranchComparisonDocument } from '../gql/graphql';
import { useT } from '../i18n';
import { isHeadOffice } from '../roles';
import { Card, ErrorBox, Loading, pct, yuan } from '../ui';

type Metric = 'netRevenueFen' | 'newAccounts' | 'payrollCostFen' | 'newAssetsFen';

/** branches compared (head office), drilling down to a branch's teams and a team's managers. */
export default function Comparison({ session }: { session: Session }) {
  const t = useT();
  const [period, setPeriod] = useState('2026-10');
  const headOffice = isHeadOffice(session.roles);
  const [branchId, setBranchId] = useState<string | null>(headOffice ? null : session.branchId);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [metric, setMetric] = useState<Metric>('netRevenueFen');
  const { data, loading, error } = useQuery(BranchComparisonDocument, { variables: { period, branchId, teamId } });
  const c = data?.branchComparison;
  const rows = c?.rows ?? [];
  const value = (r: (typeof rows)[number]) => r[metric];
  const max = Math.max(1, ...rows.map((r) => Math.abs(value(r))), ...rows.map((r) => Math.abs(r.previous[metric])));
  const fmt = (v: number) => (metric === 'newAccounts' ? String(v) : yuan(v));
  const drill = (key: string) => {
    if (!branchId) setBranchId(key);
    else if (!teamId) setTeamId(key);
  };
  const up = () => {
    if (teamId) setTeamId(null);
    else if (headOffice) setBranchId(null);
  };
  const metrics: Array<[Metric, string]> = [
    ['netRevenueFen', t('netRevenue')],
    ['newAccounts', t('newAccounts')],
    ['newAssetsFen', t('newAssets')],
    ['payrollCostFen', t('payrollCost')],
  ];
  return (
    <Card
      title={`${t('comparison')} · ${c?.level ?? ''} ${[branchId, teamId].filter(Boolean).join(' / ')}`}
      testid="comparison"
      actions={
        <>
          {(teamId || (branchId && headOffice)) && (
            <button onClick={up} data-testid="drill-up">
              ← {t('back')}
            </button>
          )}
          <label className="inline">
            {t('period')}
            <select value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="period">
              {['2026-10', '2026-09', '2026-Q4', '2026-Q3', '2026'].map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)} data-testid="metric">
            {metrics.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </>
      }
    >
      <ErrorBox error={error} />
      {loading && !c ? (
        <Loading />
      ) : (
        <>
          <svg className="chart" viewBox={`0 0 640 ${rows.length * 34 + 24}`} role="img" aria-label={t('comparison')} data-testid="chart">
            {rows.map((r, i) => {
              const w = (Math.abs(value(r)) / max) * 420;
              const pw = (Math.abs(r.previous[metric]) / max) * 420;
              return (
                <g key={r.key} transform={`translate(0, ${i * 34 + 8})`} onClick={() => !teamId && drill(r.key)} className={teamId ? '' : 'clickable'}>
                  <text x="0" y="16" className="label">
                    {r.name}
                  </text>
                  <rect x="120" y="2" width={pw} height="8" className="prev" />
                  <rect x="120" y="11" width={w} height="14" className="bar" />
                  <text x={126 + w} y="23" className="val">
                    {fmt(value(r))}
                  </text>
                </g>
              );
            })}
            <text x="120" y={rows.length * 34 + 20} className="legend">
              ▇ {c?.period} ▁ {c?.previousPeriod}
            </text>
          </svg>
          <table data-testid="comparison-table">
            <thead>
              <tr>
                <th>{t('rank')}</th>
                <th>{t('name')}</th>
                <th>{t('newAccounts')}</th>
                <th>{t('newAssets')}</th>
                <th>{t('netRevenue')}</th>
                <th>{t('change')}</th>
                <th>{t('payrollCost')}</th>
                <th>{t('costPerAccount')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>{r.rank}</td>
                  <td>
                    {r.name} {r.name !== r.key && <small className="muted">{r.key}</small>}
                  </td>
                  <td className="num">
                    {r.newAccounts} <small className="muted">{pct(r.newAccountsChangePct)}</small>
                  </td>
                  <td className="num">{yuan(r.newAssetsFen)}</td>
                  <td className="num">{yuan(r.netRevenueFen)}</td>
                  <td className="num">{pct(r.netRevenueChangePct)}</td>
                  <td className="num">{yuan(r.payrollCostFen)}</td>
                  <td className="num">{yuan(r.costPerAccountFen)}</td>
                  <td>
                    {!teamId && (
                      <button className="link" onClick={() => drill(r.key)} data-testid={`drill-${r.key}`}>
                        {t('drillDown')} →
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}
