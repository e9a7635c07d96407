import { useEffect, useState } from 'react';
import { demoUsers, devSignIn, type DemoUser, type Session } from './auth';
import { useLang, useT } from './i18n';

/** The embedded dev realm's sign-in: one button per demo user (README's table). */
export function Login({ onSession, onSignOut }: { onSession: (s: Session) => void; onSignOut: () => void }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    demoUsers().then(setUsers, setError);
  }, []);
  return (
    <div className="login">
      <header>
        <h1>{t('appTitle')}</h1>
        <button className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang">
          {lang === 'zh' ? 'English' : '中文'}
        </button>
      </header>
      <h2>{t('demoLogin')}</h2>
      <p className="muted">{t('demoHint')}</p>
      {error ? <p className="error">{String((error as Error).message ?? error)}</p> : null}
      <div className="users">
        {users?.map((u) => (
          <button
            key={u.username}
            data-testid={`login-${u.username}`}
            onClick={() => devSignIn(u.username, onSignOut).then(onSession, setError)}
            className="user"
          >
            <strong>{u.name}</strong> <code>{u.username}</code>
            <small>
              {u.roles.join(', ')} · {u.teamId ?? u.branchId}
            </small>
          </button>
        ))}
      </div>
    </div>
  );
}
