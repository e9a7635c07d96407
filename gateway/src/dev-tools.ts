import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Express } from 'express';
import { DEMO_USERS, type DevRealm } from '@bg/auth';

/**
 * Development helpers served by the gateway:
 *
 * - `GET /dev-realm/users`: the demo users (username, name, roles, placement claims);
 * - `POST /dev-realm/token` with JSON `{"username": "<demo user>"}`: `{"access_token": "...",
 *   "token_type": "Bearer", "expires_in": 3600}`, a dev-realm token for that user;
 * - `GET /graphiql`: GraphiQL, its scripts and styles served from node_modules (no CDN), with a
 *   demo-user picker that takes its token from `/dev-realm/token`.
 *
 * The dev-realm routes answer 404 when tokens come from Keycloak (KEYCLOAK_URL set): only the
 * embedded realm hands out tokens without a password. The explorer is served when the dev realm
 * is on or GRAPHQL_INTROSPECTION is true, and answers 404 otherwise (production).
 */
export function mountDevTools(app: Express, options: { devRealm: DevRealm | null; explorer: boolean }): void {
  const { devRealm } = options;
  app.use('/dev-realm', (req, res, next) => {
    if (devRealm) return next();
    res.status(404).json({ error: 'not_found', message: 'The dev realm is off: tokens come from Keycloak (KEYCLOAK_URL is set).' });
  });
  app.get('/dev-realm/users', (_req, res) => {
    res.json({
      users: DEMO_USERS.map((u) => ({
        username: u.username,
        name: u.name,
        roles: u.roles,
        employeeId: u.employee_id,
        branchId: u.branch_id,
        teamId: u.team_id ?? null,
        groupId: u.group_id ?? null,
      })),
    });
  });
  app.post('/dev-realm/token', express.json({ limit: '4kb' }), (req, res) => {
    const username = (req.body as { username?: unknown } | undefined)?.username;
    if (typeof username !== 'string' || !username) {
      res.status(400).json({ error: 'invalid_request', message: 'Send JSON {"username": "<demo user>"}; GET /dev-realm/users lists them.' });
      return;
    }
    if (!DEMO_USERS.some((u) => u.username === username)) {
      res.status(400).json({ error: 'invalid_grant', message: `"${username}" is not a demo user; GET /dev-realm/users lists them.` });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.json({ access_token: devRealm!.tokenFor(username), token_type: 'Bearer', expires_in: devRealm!.lifetimeSeconds });
  });

  if (!options.explorer) {
    app.use('/graphiql', (_req, res) => void res.status(404).json({ error: 'not_found', message: 'The explorer is off (production).' }));
    return;
  }
  const assets = explorerAssets();
  app.get('/graphiql', (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(EXPLORER_HTML);
  });
  app.get('/graphiql/assets/:file', (req, res) => {
    const asset = assets[req.params.file];
    if (!asset) {
      res.status(404).end();
      return;
    }
    res.setHeader('content-type', asset.type);
    res.setHeader('cache-control', 'public, max-age=3600');
    res.end(asset.body);
  });
}

interface Asset {
  type: string;
  body: Buffer | string;
}

/** GraphiQL's UMD build and the React 18 UMD builds it runs on, read once from node_modules. */
function explorerAssets(): Record<string, Asset> {
  const graphiql = dirname(require.resolve('graphiql/package.json'));
  const react = dirname(require.resolve('react/package.json'));
  const reactDom = dirname(require.resolve('react-dom/package.json'));
  const js = 'text/javascript; charset=utf-8';
  return {
    'react.js': { type: js, body: readFileSync(join(react, 'umd', 'react.production.min.js')) },
    'react-dom.js': { type: js, body: readFileSync(join(reactDom, 'umd', 'react-dom.production.min.js')) },
    'graphiql.js': { type: js, body: readFileSync(join(graphiql, 'graphiql.min.js')) },
    'graphiql.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(graphiql, 'graphiql.min.css')) },
    'explorer.js': { type: js, body: EXPLORER_JS },
  };
}

const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Branch Graph explorer</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  #bar { display: flex; gap: .75rem; align-items: center; padding: .4rem .75rem; border-bottom: 1px solid #ddd; font-size: 14px; }
  #bar select { font-size: 14px; }
  #who { color: #555; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="bar">
  <strong>Branch Graph</strong>
  <label>Demo user <select id="user"><option value="">loading…</option></select></label>
  <span id="who"></span>
</div>
<div id="graphiql"></div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/explorer.js"></script>
</body>
</html>
`;

/** The page's script: the user picker, a token per user, GraphiQL posting to /graphql with it. */
const EXPLORER_JS = `(function () {
  var select = document.getElementById('user');
  var who = document.getElementById('who');
  var token = null;
  var expires = 0;
  var users = [];
  var DEFAULT_QUERY = '# Pick a demo user above: their token goes with every request.\\n' +
    '# The Docs panel (book icon) lists every type, field and argument with its description.\\n\\n' +
    '{\\n  branches {\\n    id\\n    name\\n  }\\n}\\n';

  function fetchToken(username) {
    return fetch('/dev-realm/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: username }) })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (!body.access_token) throw new Error(body.message || 'no token');
        token = body.access_token;
        expires = Date.now() + (body.expires_in - 60) * 1000;
        return token;
      });
  }
  function currentToken() {
    if (token && Date.now() < expires) return Promise.resolve(token);
    return fetchToken(select.value);
  }
  function describe(username) {
    var u = users.find(function (x) { return x.username === username; });
    who.textContent = u ? u.name + ' — ' + u.roles.join(', ') + ' — ' + [u.branchId, u.teamId, u.groupId].filter(Boolean).join(' / ') : '';
  }
  function fetcher(params) {
    return currentToken().then(function (t) {
      return fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + t }, body: JSON.stringify(params) });
    }).then(function (r) { return r.json(); });
  }
  function render() {
    var root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: DEFAULT_QUERY, storage: window.localStorage }));
  }

  fetch('/dev-realm/users').then(function (r) { return r.json(); }).then(function (body) {
    users = body.users || [];
    select.innerHTML = '';
    users.forEach(function (u) {
      var o = document.createElement('option');
      o.value = u.username;
      o.textContent = u.username + ' (' + u.roles.join(', ') + ')';
      select.appendChild(o);
    });
    var saved = window.localStorage.getItem('bg:explorer:user');
    select.value = users.some(function (u) { return u.username === saved; }) ? saved : 'tl.wang';
    describe(select.value);
    return fetchToken(select.value);
  }).then(render, function (e) {
    who.textContent = 'No demo users: ' + e.message;
  });
  select.addEventListener('change', function () {
    window.localStorage.setItem('bg:explorer:user', select.value);
    describe(select.value);
    token = null;
    fetchToken(select.value);
  });
})();
`;
