import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import type { Principal, TokenVerifier } from '@bg/auth';
import { authenticate } from '@bg/graphql';
import type { GatewayConfig } from '../settings';
import { rateLimit } from './http';

/** A verifier that counts its calls and accepts the token "good" only. */
function countingVerifier(): TokenVerifier & { calls: number } {
  const v = {
    calls: 0,
    async verify(token: string): Promise<Principal> {
      v.calls++;
      if (token !== 'good') throw new Error('bad token');
      return { subject: 'u1', roles: [] } as unknown as Principal;
    },
  };
  return v as unknown as TokenVerifier & { calls: number };
}

async function serve(verifier: TokenVerifier): Promise<{ url: string; close: () => void }> {
  const config = {
    RATE_LIMIT_PER_SECOND: 1000,
    RATE_LIMIT_BURST: 1000,
    RATE_LIMIT_ANONYMOUS_PER_SECOND: 1000,
    RATE_LIMIT_ANONYMOUS_BURST: 1000,
  } as GatewayConfig;
  const app = express();
  app.use(rateLimit(config, verifier), authenticate(verifier, { logger: pino({ level: 'silent' }) }), (_req, res) => {
    res.json({ subject: (res.locals.principal as Principal).subject });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

it('verifies a request token once, though both the rate limit and the token check need the caller', async () => {
  const verifier = countingVerifier();
  const { url, close } = await serve(verifier);
  try {
    const ok = await fetch(url, { headers: { authorization: 'Bearer good' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ subject: 'u1' });
    expect(verifier.calls).toBe(1);
    const refused = await fetch(url, { headers: { authorization: 'Bearer bad' } });
    expect(refused.status).toBe(401);
    expect(verifier.calls).toBe(2);
  } finally {
    close();
  }
});
