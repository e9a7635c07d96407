/**
 * A minimal dev-realm login for the console's demo-user page and its browser tests (embedded mode
 * only: the gateway mounts it when KEYCLOAK_URL is unset). `POST /dev-realm/token` with JSON
 * `{"username"}` answers `{"access_token", "token_type", "expires_in"}` like Keycloak's token
 * endpoint; `GET /dev-realm/users` lists the demo users (username, name, roles, scope claims).
 * To be reconciled with the schema helper's version of the same endpoints at merge.
 */
import express, { type Router } from 'express';
import { DEMO_USERS, type DevRealm } from '@bg/auth';

export function devRealmRoutes(devRealm: DevRealm): Router {
  const router = express.Router();
  router.get('/dev-realm/users', (_req, res) => {
    res.json({
      users: DEMO_USERS.map((u) => ({
        username: u.username,
        name: u.name,
        roles: u.roles,
        employee_id: u.employee_id,
        branch_id: u.branch_id,
        team_id: u.team_id ?? null,
        group_id: u.group_id ?? null,
      })),
    });
  });
  router.post('/dev-realm/token', express.json({ limit: '4kb' }), (req, res) => {
    const username = (req.body as { username?: unknown } | undefined)?.username;
    if (typeof username !== 'string' || !DEMO_USERS.some((u) => u.username === username)) {
      res.status(400).json({ error: 'invalid_grant', error_description: 'Not a demo user of the dev realm' });
      return;
    }
    res.json({ access_token: devRealm.tokenFor(username), token_type: 'Bearer', expires_in: 300 });
  });
  return router;
}
