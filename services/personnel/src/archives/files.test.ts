import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createLogger, finishApp } from '@bg/graphql';
import type { ServiceConfig } from '@bg/service';
import { FileStore, type DownloadGrant } from './files';

const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** The file routes on their own: signed upload and download URLs, and their refusals as JSON. */
describe('archive file URLs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bg-files-'));
  let server: ReturnType<express.Express['listen']>;
  let store: FileStore;
  const served: DownloadGrant[] = [];
  beforeAll(async () => {
    const app = express();
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    store = FileStore.fromConfig({
      DATA_DIR: dir,
      GATEWAY_URL: `http://127.0.0.1:${port}`,
      FILES_SIGNING_KEY: 'test-key-of-32-characters-at-least',
    } as unknown as ServiceConfig);
    store.routes(app, async (grant) => {
      served.push(grant);
      return grant.documentId !== 'withdrawn-document';
    });
    finishApp(app, createLogger('files-test'));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  async function upload(body: string): Promise<string> {
    const { url, fileRef } = store.uploadUrl();
    expect((await fetch(url, { method: 'PUT', body })).status).toBe(201);
    return fileRef;
  }

  it('serves a file to a download URL bound to the file, the document and the reader', async () => {
    const fileRef = await upload('证书扫描件');
    const { url, expiresAt } = store.downloadUrl({ fileRef, documentId: 'doc-1', reader: 'cm.zhang' });
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('证书扫描件');
    expect(served.at(-1)).toEqual({ fileId: fileRef.slice('files/'.length), documentId: 'doc-1', reader: 'cm.zhang' });
  });

  it('answers an expired URL with 403 JSON', async () => {
    const fileRef = await upload('x');
    const { url } = store.downloadUrl({ fileRef, documentId: 'doc-1', reader: 'cm.zhang' }, Date.now() - 6 * 60_000);
    const res = await fetch(url);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(refusal('FORBIDDEN', 'The download URL has expired; ask for a new one'));
  });

  it('does not take an upload URL as a download URL, nor serve a file the archive no longer holds', async () => {
    const { url, fileRef } = store.uploadUrl();
    await fetch(url, { method: 'PUT', body: 'y' });
    const asDownload = await fetch(url);
    expect(asDownload.status).toBe(403);
    expect(await asDownload.json()).toEqual(refusal('FORBIDDEN', 'The download URL is not valid'));
    const withdrawn = await fetch(store.downloadUrl({ fileRef, documentId: 'withdrawn-document', reader: 'mgr.sz' }).url);
    expect(withdrawn.status).toBe(404);
    expect(await withdrawn.json()).toEqual(refusal('NOT_FOUND', 'The file is not in the archive'));
  });

  it('answers an upload over the limit with JSON, no stack or path', async () => {
    const { url } = store.uploadUrl();
    const res = await fetch(url, { method: 'PUT', body: Buffer.alloc(20 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual(refusal('PAYLOAD_TOO_LARGE', 'The file is larger than 20 MB'));
    expect(text).not.toContain(dir);
  });
});

describe('archive uploads read no body before the signature', () => {
  it('answers a chunked upload over the limit with 413 JSON, and a bad signature with 403 before the body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bg-files-'));
    const app = express();
    const server = await new Promise<ReturnType<express.Express['listen']>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const { port } = server.address() as AddressInfo;
      const store = FileStore.fromConfig({ DATA_DIR: dir, GATEWAY_URL: `http://127.0.0.1:${port}/` } as unknown as ServiceConfig);
      store.routes(app);
      finishApp(app, createLogger('files-test'));
      const { url } = store.uploadUrl();
      expect(url.startsWith(`http://127.0.0.1:${port}/files/`)).toBe(true);
      const chunks = (n: number) =>
        new ReadableStream({
          pull(c) {
            if (n-- > 0) c.enqueue(new Uint8Array(1024 * 1024));
            else c.close();
          },
        });
      const big = await fetch(url, { method: 'PUT', body: chunks(21), duplex: 'half' } as RequestInit);
      expect(big.status).toBe(413);
      expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      const forged = await fetch(url.replace(/sig=[^&]+/, 'sig=forged'), { method: 'PUT', body: 'x'.repeat(1000) });
      expect(forged.status).toBe(403);
      expect(((await forged.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
