import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { createClient } from './apollo';
import { keycloakSession, loadConfig, storedDevSession, type ConsoleConfig, type Session } from './auth';
import { useLang, useT } from './i18n';
import { Login } from './Login';
import { mayOpen, pagesFor } from './roles';
import { Link, navigate, usePath } from './router';
import { ErrorBox, Loading } from './ui';

const pages: Record<string, ComponentType<{ session: Session }>> = {
  '/my-day': lazy(() => import('./pages/MyDay')),
  '/team/attendance': lazy(() => import('./pages/TeamAttendance')),
  '/team/work': lazy(() => import('./pages/TeamWork')),
  '/attendance/day': lazy(() => import('./pages/AttendanceDay')),
  '/attendance/close': lazy(() => import('./pages/MonthClose')),
  '/archives': lazy(() => import('./pages/Archives')),
  '/slips': lazy(() => import('./pages/Slips')),
  '/assets': lazy(() => import('./pages/Assets')),
  '/crm-import': lazy(() => import('./pages/CrmImport')),
  '/payroll': lazy(() => import('./pages/Payroll')),
  '/comparison': lazy(() => import('./pages/Comparison')),
  '/pipeline': lazy(() => import('./pages/Pipeline')),
};

export function Root() {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    loadConfig()
      .then(async (c) => {
        setConfig(c);
        if (c.auth === 'keycloak' && c.keycloak) setSession(await keycloakSession(c.keycloak));
        else setSession(storedDevSession(() => setSession(null)));
      })
      .catch(setError);
  }, []);
  if (error) return <ErrorBox error={error} />;
  if (!config) return <Loading />;
  if (!session) return <Login onSession={setSession} onSignOut={() => setSession(null)} />;
  return <Shell key={session.username} session={session} />;
}

function Shell({ session }: { session: Session }) {
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
