// The console's first-load figures in Debian's chromium on the demo data: bytes of JS and CSS over
// the wire (the gateway sends the build's gzip twins: responseBodySize as Chromium received it) for the login page and for
// a signed-in page, and the time to interactive (navigation start until the page's data is on
// screen and its main control answers a click). Median of RUNS cold loads (new context each time).
//
//   npm run measure:console          (builds, then starts the embedded graph on free ports)
//   BASE_URL=http://127.0.0.1:4000 node apps/console/scripts/measure.mjs
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startGraph } from './graph.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const graph = await startGraph();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

/** One cold load of path: resources fetched, their transfer sizes, and time to interactive. */
async function load(path, username, ready) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  if (username) {
    const r = await fetch(`${graph.url}/dev-realm/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    const { access_token } = await r.json();
    await context.addInitScript((t) => sessionStorage.setItem('console.devToken', t), access_token);
  }
  const page = await context.newPage();
  const assets = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type === 'script' || type === 'stylesheet') assets.push(res);
  });
  const started = Date.now();
  await page.goto(`${graph.url}${path}`);
  await ready(page);
  const tti = Date.now() - started;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) };
  });
  let raw = 0;
  let wire = 0;
  for (const res of assets) {
    raw += (await res.body()).length;
    wire += (await res.request().sizes()).responseBodySize; // the encoded (gzip) body as sent
  }
  await context.close();
  return { tti, raw, wire, files: assets.length, ...nav };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = [
  ['login page (/)', '/', null, (p) => p.getByTestId('login-fin.sz').waitFor()],
  [
    "team lead's attendance month (/team/attendance)",
    '/team/attendance',
    'tl.wang',
    (p) => p.getByTestId('attendance-table').locator('tbody tr').first().waitFor(),
  ],
  ['payroll (/payroll, fin.sz)', '/payroll', 'fin.sz', (p) => p.getByTestId('compute').waitFor()],
  ['head-office comparison (/comparison)', '/comparison', 'bo.han', (p) => p.getByTestId('chart').locator('rect.bar').first().waitFor()],
];
try {
  await load('/', null, cases[0][3]); // warm the gateway's query-plan cache and the OS file cache
  console.log(
    `chromium ${browser.version()}, ${RUNS} cold loads each (new browser context, empty cache), ${graph.url}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log('| page | JS+CSS files | JS+CSS bytes | gzip bytes (over the wire) | time to interactive: median (best) | DOMContentLoaded: median |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, path, user, ready] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(path, user, ready));
    const r = runs[0];
    console.log(
      `| ${label} | ${r.files} | ${r.raw.toLocaleString('en-US')} | ${r.wire.toLocaleString('en-US')} | ${median(runs.map((x) => x.tti))} ms (${Math.min(...runs.map((x) => x.tti))} ms) | ${median(runs.map((x) => x.domContentLoaded))} ms |`,
    );
  }
} finally {
  await browser.close();
  await graph.stop();
}
