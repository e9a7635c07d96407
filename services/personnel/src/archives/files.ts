import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { ServiceConfig } from '@bg/service';

const MAX_BYTES = 20 * 1024 * 1024;
const VALID_FOR_SECONDS = 15 * 60;

/**
 * Archive files on local disk (DATA_DIR/files), uploaded through signed URLs: the archive clerk
 * asks for an upload URL (requestUploadUrl), then PUTs the bytes to it; the signature (HMAC over
 * the file id and expiry) is the authorization, so no token travels with the upload.
 */
export class FileStore {
  private constructor(private readonly dir: string, private readonly baseUrl: string, private readonly key: Buffer) {}

  static fromConfig(config: ServiceConfig): FileStore {
    const dir = join(config.DATA_DIR, 'files');
    mkdirSync(dir, { recursive: true });
    return new FileStore(dir, config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`, config.FILES_SIGNING_KEY ? Buffer.from(config.FILES_SIGNING_KEY) : randomBytes(32));
  }

  /** A URL to PUT one file to, valid for 15 minutes, and the reference the archive will hold. */
  uploadUrl(now = Date.now()): { url: string; fileRef: string; expiresAt: Date } {
    const id = randomUUID();
    const expires = Math.floor(now / 1000) + VALID_FOR_SECONDS;
    return { url: `${this.baseUrl}/files/${id}?expires=${expires}&sig=${this.sign(id, expires)}`, fileRef: `files/${id}`, expiresAt: new Date(expires * 1000) };
  }

  /** Whether a referenced file has been uploaded. */
  has(fileRef: string): boolean {
    const m = /^files\/([0-9a-f-]{36})$/.exec(fileRef);
    return !!m && existsSync(join(this.dir, m[1]));
  }

  routes(app: Express): void {
    app.put('/files/:id', express.raw({ type: () => true, limit: MAX_BYTES }), (req, res) => {
      const id = String(req.params.id);
      const expires = Number(req.query.expires);
      const sig = String(req.query.sig ?? '');
      if (!/^[0-9a-f-]{36}$/.test(id) || !Number.isSafeInteger(expires) || !this.verify(id, expires, sig)) {
        res.status(403).json({ error: 'The upload URL is not valid' });
        return;
      }
      if (expires * 1000 < Date.now()) {
        res.status(403).json({ error: 'The upload URL has expired; ask for a new one' });
        return;
      }
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        res.status(400).json({ error: 'The upload is empty' });
        return;
      }
      if (existsSync(join(this.dir, id))) {
        res.status(409).json({ error: 'This upload URL was used already; ask for a new one' });
        return;
      }
      writeFileSync(join(this.dir, id), req.body, { flag: 'wx' });
      res.status(201).json({ fileRef: `files/${id}`, bytes: req.body.length });
    });
  }

  private sign(id: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${id}:${expires}`).digest('base64url');
  }

  private verify(id: string, expires: number, sig: string): boolean {
    const want = Buffer.from(this.sign(id, expires));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got);
  }
}

let store: FileStore | null = null;

/** Set up when the service starts (its routes hook); the archive resolver uses it. */
export function configureFileStore(s: FileStore): void {
  store = s;
}

export function fileStore(): FileStore {
  if (!store) throw new Error('the file store is not configured');
  return store;
}
