import type { RequestHandler, Response } from 'express';

/**
 * `Server-Timing: app;dur=<ms>` on every response: the server's own time for the request, from its
 * headers to its answer (what the hostile-input suite holds under a second, apart from the
 * client's and the network's).
 */
export const serverTiming: RequestHandler = (_req, res, next) => {
  const start = process.hrtime.bigint();
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!this.headersSent) this.setHeader('server-timing', `app;dur=${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)}`);
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};
