// After `vite build`: a .gz beside every JS and CSS asset (gzip -9), which the gateway sends to
// clients that accept gzip (gateway/src/console.ts), so the console's first load is gzip over the wire.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
let raw = 0;
let gz = 0;
for (const name of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(name)) continue;
  const body = readFileSync(join(assets, name));
  const zipped = gzipSync(body, { level: 9 });
  writeFileSync(join(assets, `${name}.gz`), zipped);
  raw += body.length;
  gz += zipped.length;
}
console.log(`precompressed dist/assets: ${raw} bytes of JS and CSS, ${gz} gzipped`);
