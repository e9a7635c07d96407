/**
 * Sign-in: the real Keycloak (authorization code + PKCE S256 through keycloak-js, loaded only then)
 * when the gateway's /console-config.json names one, else the embedded dev realm's demo users
 * (POST /dev-realm/token). The session keeps the token and the claims the pages need.
 */
export interface ConsoleConfig {
  auth: 'keycloak' | 'dev-realm';
  keycloak?: { url: string; realm: string; clientId: string };
}

export interface Session {
  token: string;
  username: string;
  name: string;
  roles: string[];
  employeeId: string;
  branchId: string;
  teamId: string | null;
  groupId: string | null;
  /** Fresh token (Keycloak refreshes it); the dev realm's lasts an hour. */
  getToken(): Promise<string>;
  signOut(): void;
}

/** A demo user as the gateway's GET /dev-realm/users lists them. */
export interface DemoUser {
  username: string;
  name: string;
  roles: string[];
  employeeId: string;
  branchId: string;
  teamId: string | null;
}

const KEY = 'console.devToken';

function claims(token: string): Record<string, unknown> {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(
    atob(part)
      .split('')
      .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .join(''),
  );
  return JSON.parse(json) as Record<string, unknown>;
}

function sessionOf(token: string, getToken: () => Promise<string>, signOut: () => void): Session {
  const c = claims(token);
  return {
    token,
    username: String(c.preferred_username ?? ''),
    name: String(c.name ?? c.preferred_username ?? ''),
    roles: ((c.realm_access as { roles?: string[] } | undefined)?.roles ?? []).filter(
      (r) => !r.startsWith('default-roles') && r !== 'offline_access' && r !== 'uma_authorization',
    ),
    employeeId: String(c.employee_id ?? ''),
    branchId: String(c.branch_id ?? ''),
    teamId: (c.team_id as string | undefined) ?? null,
    groupId: (c.group_id as string | undefined) ?? null,
    getToken,
    signOut,
  };
}

export async function loadConfig(): Promise<ConsoleConfig> {
  try {
    const r = await fetch('/console-config.json');
    if (r.ok) return (await r.json()) as ConsoleConfig;
  } catch {
    // a dev server without the gateway: the dev realm
  }
  return { auth: 'dev-realm' };
}

let keycloakStarted: Promise<Session> | null = null;

/**
 * Keycloak: redirects to its login page when not signed in; resolves with the session after. One
 * keycloak-js instance per page load (it may be initialised once, and the code in the redirect's
 * answer may be exchanged once), however often React's effects ask.
 */
export function keycloakSession(config: NonNullable<ConsoleConfig['keycloak']>): Promise<Session> {
  keycloakStarted ??= startKeycloak(config);
  return keycloakStarted;
}

async function startKeycloak(config: NonNullable<ConsoleConfig['keycloak']>): Promise<Session> {
  const { default: Keycloak } = await import('keycloak-js');
  const kc = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  await kc.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  const getToken = async () => {
    try {
      await kc.updateToken(30);
    } catch {
      // the refresh token has expired too (or Keycloak's session ended): sign in again
      await kc.login();
    }
    return kc.token!;
  };
  return sessionOf(kc.token!, getToken, () => void kc.logout({ redirectUri: window.location.origin + '/' }));
}

export function storedDevSession(onSignOut: () => void): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const exp = Number(claims(token).exp ?? 0);
  if (exp * 1000 < Date.now() + 30_000) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return devSession(token, onSignOut);
}

function devSession(token: string, onSignOut: () => void): Session {
  return sessionOf(
    token,
    async () => token,
    () => {
      sessionStorage.removeItem(KEY);
      onSignOut();
    },
  );
}

export async function demoUsers(): Promise<DemoUser[]> {
  const r = await fetch('/dev-realm/users');
  if (!r.ok) throw new Error(`dev realm users: HTTP ${r.status}`);
  return ((await r.json()) as { users: DemoUser[] }).users;
}

export async function devSignIn(username: string, onSignOut: () => void): Promise<Session> {
  const r = await fetch('/dev-realm/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
  if (!r.ok) throw new Error(`dev realm token: HTTP ${r.status}`);
  const { access_token } = (await r.json()) as { access_token: string };
  sessionStorage.setItem(KEY, access_token);
  return devSession(access_token, onSignOut);
}
