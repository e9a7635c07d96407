import type { RequestHandler, Response } from 'express';

/**
 * `Server-Timing: app;dur=<ms>, cpu;dur=<ms>` on every response: the server's own time for the
 * request, from its headers to its answer, and the process's CPU time over that span (its own
 * work, plus that of requests in flight beside it: an upper bound that a machine busy with other
 * processes does not inflate; the hostile-input suite holds it under a second).
 */
export const serverTiming: RequestHandler = (_req, res, next) => {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!this.headersSent) {
      const used = process.cpuUsage(cpu);
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      this.setHeader('server-timing', `app;dur=${wall.toFixed(1)}, cpu;dur=${((used.user + used.system) / 1000).toFixed(1)}`);
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};
