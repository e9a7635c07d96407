/**
 * Archive files through the gateway: the upload and download URLs personnel signs name the public
 * address (PUBLIC_URL, the ingress, which sends /files to personnel; else the gateway's), never the
 * subgraph's internal one. Without an ingress the gateway forwards `/files/<id>` to personnel as it
 * is, streaming both ways: the signature in the URL is the authorization, which personnel checks
 * before it reads a body (and refuses a body over 20 MB with 413).
 */
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import { Agent, request } from 'undici';
import { HttpErrorCode, sendError } from '@bg/graphql';

/** personnel's own limit for one file; a declared length above it is refused here, before forwarding. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Headers passed on to personnel, and back to the caller. */
const REQUEST_HEADERS = ['content-type', 'content-length'];
const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options'];

export interface FileForwarding {
  close(): Promise<void>;
}

/** Forwards GET and PUT of `/files/:id` to personnel's origin (the origin of PERSONNEL_URL). */
export function forwardFiles(app: Express, personnelUrl: string, logger: Logger): FileForwarding {
  const origin = new URL(personnelUrl).origin;
  const agent = new Agent({ connections: 16, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const forward = async (req: Request, res: Response) => {
    if (req.method === 'PUT' && Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      sendError(res, 413, HttpErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than 20 MB');
      return;
    }
    const headers: Record<string, string> = {};
    for (const h of REQUEST_HEADERS) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h];
    let sent = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _enc, done) {
        sent += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const answer = await request(`${origin}/files/${encodeURIComponent(String(req.params.id))}${queryOf(req.originalUrl)}`, {
        method: req.method === 'PUT' ? 'PUT' : 'GET',
        headers,
        body: req.method === 'PUT' ? req.pipe(counted) : undefined,
        dispatcher: agent,
      });
      res.status(answer.statusCode);
      for (const h of RESPONSE_HEADERS) {
        const v = answer.headers[h];
        if (typeof v === 'string') res.setHeader(h, v);
      }
      await pipeline(answer.body, res);
    } catch (e) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (sent > MAX_UPLOAD_BYTES) {
        sendError(res, 413, HttpErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than 20 MB');
        return;
      }
      logger.warn({ err: e }, 'could not forward a file request to personnel');
      sendError(res, 503, HttpErrorCode.SERVICE_UNAVAILABLE, 'The archive files cannot be reached; try again');
    }
  };
  app.get('/files/:id', forward);
  app.put('/files/:id', forward);
  return { close: () => agent.close() };
}

function queryOf(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i);
}
