import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { consoleRoutes, isApiPath } from './console';

describe('the console at / (gateway/src/console.ts)', () => {
  it('never takes the API paths for console pages', () => {
    for (const p of [
      '/graphql',
      '/healthz',
      '/readyz',
      '/metrics',
      '/realms/branch-graph/protocol/openid-connect/certs',
      '/dev-realm/token',
      '/graphiql',
      '/files/x',
    ]) {
      expect([p, isApiPath(p)]).toEqual([p, true]);
    }
    for (const p of ['/', '/payroll', '/team/attendance', '/graphqlx', '/filesystem']) expect([p, isApiPath(p)]).toEqual([p, false]);
  });

  it('serves index.html for page paths, gzip twins of assets, and leaves API paths to the next handler', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-abc.js.gz'), gzipSync('console.log(1)'));
    const app = express();
    app.use(
      consoleRoutes(
        { CONSOLE_DIR: dir, CONSOLE_CLIENT_ID: 'branch-console', KEYCLOAK_URL: undefined, KEYCLOAK_REALM: 'branch-graph' },
        { info: () => undefined },
      ),
    );
    app.use((_req, res) => void res.status(418).send('api'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = { accept: 'text/html' };
      expect(await (await fetch(`${base}/payroll`, { headers: html })).text()).toBe('<div id="root"></div>');
      expect((await fetch(`${base}/graphql`, { headers: html })).status).toBe(418);
      expect((await fetch(`${base}/dev-realm/users`, { headers: html })).status).toBe(418);
      const js = await fetch(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect([js.status, js.headers.get('content-encoding'), js.headers.get('content-type'), await js.text()]).toEqual([
        200,
        'gzip',
        'text/javascript; charset=utf-8',
        'console.log(1)',
      ]);
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
      expect(await (await fetch(`${base}/console-config.json`)).json()).toEqual({ auth: 'dev-realm' });
    } finally {
      server.close();
    }
  });
});
