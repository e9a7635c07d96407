import { CombinedGraphQLErrors } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { useT } from './i18n';

export { yuan } from './money';

export function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(1)}%`;
}

interface Problem {
  field: string;
  problem: string;
}

/** A GraphQL refusal as the graph sends it: code, message and, for bad input, every problem. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const errors = CombinedGraphQLErrors.is(error) ? error.errors : [{ message: (error as Error).message, extensions: {} }];
  return (
    <div className="error" role="alert" data-testid="error">
      {errors.map((e, i) => {
        const code = (e.extensions?.code as string | undefined) ?? 'ERROR';
        const problems = (e.extensions?.problems as Problem[] | undefined) ?? [];
        return (
          <div key={i}>
            <strong data-testid="error-code">{code}</strong> {e.message}
            {problems.length > 0 && (
              <ul className="problems" data-testid="problems">
                {problems.map((p, j) => (
                  <li key={j}>
                    <code>{p.field}</code> {p.problem}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return <p className="muted">{t('loading')}</p>;
}

/** Runs an action, keeping its error for display and its busy state for the button. */
export function useAction(): [(fn: () => Promise<unknown>) => Promise<boolean>, { busy: boolean; error: unknown; clear: () => void }] {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return [run, { busy, error, clear: () => setError(null) }];
}

export function Card({ title, children, actions, testid }: { title: ReactNode; children: ReactNode; actions?: ReactNode; testid?: string }) {
  return (
    <section className="card" data-testid={testid}>
      <header>
        <h2>{title}</h2>
        <div className="actions">{actions}</div>
      </header>
      {children}
    </section>
  );
}

export function Empty() {
  const t = useT();
  return <p className="muted">{t('noData')}</p>;
}

export function MonthPicker({ value, onChange }: { value: string; onChange: (m: string) => void }) {
  const t = useT();
  return (
    <label className="inline">
      {t('month')} <input type="month" value={value} onChange={(e) => e.target.value && onChange(e.target.value)} data-testid="month" />
    </label>
  );
}

/** The demo data's last month: the month end walked in the browser. */
export const DEFAULT_MONTH = '2026-10';
