/**
 * Serves the built branch console (apps/console/dist) at `/`: hashed assets under /assets with a
 * long cache, index.html for every other GET navigation (the SPA fallback), and the console's
 * runtime settings at /console-config.json (the real Keycloak when KEYCLOAK_URL is set, else the
 * embedded dev realm's demo-user login). The fallback never shadows an API path.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';
import type { GatewayConfig } from './settings';

/** Paths that belong to the gateway itself, never to the console's fallback. */
export const API_PREFIXES = ['/graphql', '/healthz', '/readyz', '/metrics', '/realms', '/dev-realm', '/graphiql', '/files'];

export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

export function consoleDir(config: Pick<GatewayConfig, 'CONSOLE_DIR'>): string {
  return config.CONSOLE_DIR ? resolve(config.CONSOLE_DIR) : resolve(__dirname, '..', '..', 'apps', 'console', 'dist');
}

export function consoleRoutes(
  config: Pick<GatewayConfig, 'CONSOLE_DIR' | 'CONSOLE_CLIENT_ID' | 'KEYCLOAK_URL' | 'KEYCLOAK_REALM'>,
  logger: { info(obj: object, msg: string): void },
): Router {
  const router = express.Router();
  router.get('/console-config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(
      config.KEYCLOAK_URL
        ? { auth: 'keycloak', keycloak: { url: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, clientId: config.CONSOLE_CLIENT_ID } }
        : { auth: 'dev-realm' },
    );
  });
  const dir = consoleDir(config);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.info({ dir }, 'no built console (npm run build builds apps/console): / serves nothing');
    return router;
  }
  // Hashed assets: the build's .gz twin (scripts/precompress.mjs) to clients that accept gzip.
  router.get(/^\/assets\/[\w.-]+\.(js|css)$/, (req, res, next) => {
    const file = join(dir, `${req.path}.gz`);
    if (!req.acceptsEncodings('gzip') || !existsSync(file)) return next();
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'Accept-Encoding');
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.type(req.path.endsWith('.css') ? 'text/css' : 'text/javascript');
    res.sendFile(file);
  });
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get(/.*/, (req, res, next) => {
    // A browser's navigation asks for text/html by name; a client that says nothing (curl, a probe) gets the JSON 404.
    if (isApiPath(req.path) || !(req.headers.accept ?? '').includes('text/html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
