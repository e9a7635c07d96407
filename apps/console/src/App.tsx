import { lazy, Suspense, useEffect, useState } from 'react';
import { keycloakSession, loadConfig, storedDevSession, type ConsoleConfig, type Session } from './auth';
import { Login } from './Login';

const Shell = lazy(() => import('./Shell'));

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
  if (error) return <p className="error">{String((error as Error).message ?? error)}</p>;
  if (!config) return null;
  // Keycloak mode: keycloak-js is redirecting to Keycloak's login page or processing its answer; the
  // demo-user login (the dev realm's, off here) is never shown.
  if (!session && config.auth === 'keycloak') return null;
  if (!session) return <Login onSession={setSession} onSignOut={() => setSession(null)} />;
  return (
    <Suspense fallback={null}>
      <Shell key={session.username} session={session} />
    </Suspense>
  );
}
