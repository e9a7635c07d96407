import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { createClient } from './apollo';
import type { Session } from './auth';
import { useLang, useT } from './i18n';
import { mayOpen, pagesFor } from './roles';
import { Link, navigate, usePath } from './router';
import { Loading } from './ui';

/** The signed-in console (its own chunk: the login page loads without Apollo Client). */
const pages: Record<string, ComponentType<{ session: Session }>> = {
  '/my-day': lazy(() => import('./pages/MyDay')),
  '/team/attendance': lazy(() => import('./pages/TeamAttendance')),
  '/team/work': lazy(() => import('./pages/TeamWork')),
  '/attendance/day': lazy(() => import('./pages/AttendanceDay')),
  '/attendance/close': lazy(() => import('./pages/MonthClose')),
  '/archives': lazy(() => import('./pages/Archives')),
  '/slips': lazy(() => import('./pages/Slips')),
  '/asset-ledger': lazy(() => import('./pages/Assets')),
  '/crm-import': lazy(() => import('./pages/CrmImport')),
  '/payroll': lazy(() => import('./pages/Payroll')),
  '/comparison': lazy(() => import('./pages/Comparison')),
  '/pipeline': lazy(() => import('./pages/Pipeline')),
};

export default function Shell({ session }: { session: Session }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const { path } = usePath();
  const client = useMemo(() => createClient(session), [session]);
  const mine = pagesFor(session.roles);
  useEffect(() => {
    if (path === '/' && mine.length > 0) navigate(mine[0].path);
  }, [path, mine]);
  const Page = pages[path];
  return (
    <ApolloProvider client={client}>
      <div className="shell">
        <header className="top">
          <span className="brand">{t('appTitle')}</span>
          <span className="who" data-testid="who">
            {session.name} · {session.username} · {session.roles.join(', ')} · {session.branchId}
          </span>
          <button className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang">
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          <button className="link" onClick={() => session.signOut()} data-testid="sign-out">
            {t('signOut')}
          </button>
        </header>
        <nav className="side">
          {mine.map((p) => (
            <Link key={p.path} to={p.path} className={p.path === path ? 'active' : undefined}>
              {t(p.label)}
            </Link>
          ))}
        </nav>
        <main>
          {!mayOpen(path, session.roles) ? (
            <div className="forbidden" data-testid="forbidden">
              <h2>{t('forbidden')}</h2>
              <p>{t('forbiddenHint')}</p>
            </div>
          ) : Page ? (
            <Suspense fallback={<Loading />}>
              <Page session={session} />
            </Suspense>
          ) : (
            <p className="muted">{t('monthEndHint')}</p>
          )}
        </main>
      </div>
    </ApolloProvider>
  );
}
