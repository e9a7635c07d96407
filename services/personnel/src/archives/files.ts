import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, HttpErrorCode, sendError } from '@bg/graphql';
import type { ServiceConfig } from '@bg/service';

const MAX_BYTES = 20 * 1024 * 1024;
const VALID_FOR_SECONDS = 15 * 60;
/** A download URL is for the reader who asked, right away: a few minutes. */
export const DOWNLOAD_VALID_FOR_SECONDS = 5 * 60;
const FILE_ID = /^[0-9a-f-]{36}$/;

/** What a download URL was issued for: the file, the archive document holding it, the reader. */
export interface DownloadGrant {
  fileId: string;
  documentId: string;
  reader: string;
}

/**
 * Archive files on local disk (DATA_DIR/files), through signed URLs: the archive clerk asks for an
 * upload URL (requestUploadUrl), then PUTs the bytes to it; a reader the archive rule admits asks
 * for a download URL (requestDownloadUrl), then GETs the file. The signature (HMAC with the one
 * FILES_SIGNING_KEY) is the authorization, so no token travels with the file: an upload URL signs
 * the file id and expiry, a download URL the file, the document, the reader and the expiry (a
 * different message, so one cannot serve as the other).
 */
export class FileStore {
  private constructor(
    private readonly dir: string,
    private readonly baseUrl: string,
    private readonly key: Buffer,
  ) {}

  static fromConfig(config: ServiceConfig): FileStore {
    const dir = join(config.DATA_DIR, 'files');
    mkdirSync(dir, { recursive: true });
    return new FileStore(
      dir,
      // The address callers reach: the ingress (PUBLIC_URL) or the gateway, which forwards /files here.
      (config.PUBLIC_URL ?? config.GATEWAY_URL).replace(/\/+$/, ''),
      config.FILES_SIGNING_KEY ? Buffer.from(config.FILES_SIGNING_KEY) : randomBytes(32),
    );
  }

  /** A URL to PUT one file to, valid for 15 minutes, and the reference the archive will hold. */
  uploadUrl(now = Date.now()): { url: string; fileRef: string; expiresAt: Date } {
    const id = randomUUID();
    const expires = Math.floor(now / 1000) + VALID_FOR_SECONDS;
    return { url: `${this.baseUrl}/files/${id}?expires=${expires}&sig=${this.sign(id, expires)}`, fileRef: `files/${id}`, expiresAt: new Date(expires * 1000) };
  }

  /** A URL to GET the file of an archive document, for one reader, valid for a few minutes. */
  downloadUrl(grant: Omit<DownloadGrant, 'fileId'> & { fileRef: string }, now = Date.now()): { url: string; expiresAt: Date } {
    const fileId = FileStore.fileIdOf(grant.fileRef);
    if (!fileId) throw new Error('not a file store reference');
    const expires = Math.floor(now / 1000) + DOWNLOAD_VALID_FOR_SECONDS;
    const sig = this.signDownload({ fileId, documentId: grant.documentId, reader: grant.reader }, expires);
    const q = new URLSearchParams({ document: grant.documentId, reader: grant.reader, expires: String(expires), sig });
    return { url: `${this.baseUrl}/files/${fileId}?${q}`, expiresAt: new Date(expires * 1000) };
  }

  /** The file id of a reference `files/<id>`, or null. */
  static fileIdOf(fileRef: string): string | null {
    const m = /^files\/([0-9a-f-]{36})$/.exec(fileRef);
    return m ? m[1] : null;
  }

  /** Whether a referenced file has been uploaded. */
  has(fileRef: string): boolean {
    const id = FileStore.fileIdOf(fileRef);
    return !!id && existsSync(join(this.dir, id));
  }

  /**
   * PUT (upload) and GET (download) of files. `served` is asked before a download is sent: it
   * checks the grant against the archive (the document still holds the file) and audits it;
   * false answers 404. An upload's signature is checked before its body is read. Every error is a
   * short JSON answer (the GraphQL error shape, a stable code), nothing internal: refusals here,
   * the rest (a body over 20 MB: 413 PAYLOAD_TOO_LARGE) by the app's shared error handler.
   */
  routes(app: Express, served: (grant: DownloadGrant) => Promise<boolean> = async () => false): void {
    app.get('/files/:id', async (req, res) => {
      const fileId = String(req.params.id);
      const expires = Number(req.query.expires);
      const grant = { fileId, documentId: String(req.query.document ?? ''), reader: String(req.query.reader ?? '') };
      res.set('cache-control', 'no-store');
      if (!FILE_ID.test(fileId) || !Number.isSafeInteger(expires) || !this.verifyDownload(grant, expires, String(req.query.sig ?? ''))) {
        sendError(res, 403, ErrorCode.FORBIDDEN, 'The download URL is not valid');
        return;
      }
      if (expires * 1000 < Date.now()) {
        sendError(res, 403, ErrorCode.FORBIDDEN, 'The download URL has expired; ask for a new one');
        return;
      }
      const path = join(this.dir, fileId);
      if (!existsSync(path) || !(await served(grant))) {
        sendError(res, 404, ErrorCode.NOT_FOUND, 'The file is not in the archive');
        return;
      }
      res.set({
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${grant.documentId}"`,
        'x-content-type-options': 'nosniff',
      });
      createReadStream(path)
        .on('error', () => res.destroy())
        .pipe(res);
    });

    const signedUpload = (req: Request, res: Response, next: NextFunction) => {
      const id = String(req.params.id);
      const expires = Number(req.query.expires);
      const sig = String(req.query.sig ?? '');
      if (!FILE_ID.test(id) || !Number.isSafeInteger(expires) || !this.verify(id, expires, sig)) {
        sendError(res, 403, ErrorCode.FORBIDDEN, 'The upload URL is not valid');
        return;
      }
      if (expires * 1000 < Date.now()) {
        sendError(res, 403, ErrorCode.FORBIDDEN, 'The upload URL has expired; ask for a new one');
        return;
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_BYTES) {
        sendError(res, 413, HttpErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than 20 MB');
        return;
      }
      next();
    };

    app.put('/files/:id', signedUpload, express.raw({ type: () => true, limit: MAX_BYTES }), (req, res) => {
      const id = String(req.params.id);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        sendError(res, 400, HttpErrorCode.BAD_REQUEST, 'The upload is empty');
        return;
      }
      if (existsSync(join(this.dir, id))) {
        sendError(res, 409, ErrorCode.CONFLICT, 'This upload URL was used already; ask for a new one');
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
    return FileStore.same(this.sign(id, expires), sig);
  }

  private signDownload(g: DownloadGrant, expires: number): string {
    // A JSON array: unambiguous whatever the parts hold, and never equal to an upload's `id:expires`.
    return createHmac('sha256', this.key)
      .update(JSON.stringify(['download', g.fileId, g.documentId, g.reader, expires]))
      .digest('base64url');
  }

  private verifyDownload(g: DownloadGrant, expires: number, sig: string): boolean {
    return FileStore.same(this.signDownload(g, expires), sig);
  }

  private static same(want: string, got: string): boolean {
    const a = Buffer.from(want);
    const b = Buffer.from(got);
    return a.length === b.length && timingSafeEqual(a, b);
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
