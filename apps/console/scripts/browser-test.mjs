// Browser tests of the branch console: Playwright (playwright-core) drives Debian's chromium through
// a month end of branch SZ01 on the demo data, as five roles, plus the refusals a role must see and
// the head office's comparison. Screenshots go to docs/screenshots/. Ends with "N passed, N failed".
//
//   npm run test:browser            (builds, then starts the embedded graph on free ports itself)
//   BASE_URL=http://127.0.0.1:4000 node apps/console/scripts/browser-test.mjs   (a running npm start)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, startGraph } from './graph.mjs';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const MONTH = '2026-10';
mkdirSync(SHOTS, { recursive: true });

let passed = 0;
let failed = 0;
let stopAll = false;
async function test(name, fn) {
  if (stopAll) {
    failed++;
    console.log(`✗ ${name} (skipped: an earlier step of the month end failed)`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(
      `✗ ${name}\n    ${String(e?.stack ?? e)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
    return e;
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

// The gateway runs registered operations only (gateway/operations/manifest.json, read from src/ops by
// `npm run operations`): every request of the console below must be in the allow-list.
const graph = await startGraph({ env: { PERSISTED_OPERATIONS: 'required' } });
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'gateway', 'operations', 'manifest.json'), 'utf8')).operations;
const registered = (name) => {
  const hash = Object.keys(manifest).find((h) => manifest[h].client === 'console' && manifest[h].name === name);
  if (!hash) throw new Error(`${name} is not a registered console operation`);
  return hash;
};
/** Answers of /graphql that refused an operation as unregistered (PERSISTED_QUERY_NOT_FOUND / _REQUIRED). */
const unregistered = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
console.log(`console at ${graph.url}/, chromium ${browser.version()}`);

/** A fresh browser context signed in as a demo user through the login page. */
async function as(username, path) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('response', async (r) => {
    if (!r.url().startsWith(`${graph.url}/graphql`)) return;
    const body = await r.text().catch(() => '');
    if (/PERSISTED_QUERY_(NOT_FOUND|REQUIRED)/.test(body)) unregistered.push(`${username}: ${r.request().postData()?.slice(0, 200)}`);
  });
  await page.goto(`${graph.url}/`);
  await page.getByTestId(`login-${username}`).click();
  await page.getByTestId('who').filter({ hasText: username }).waitFor();
  if (path) {
    await page.goto(`${graph.url}${path}`);
  }
  return { page, context, close: () => context.close() };
}

async function text(page, testid) {
  return (await page.getByTestId(testid).first().textContent())?.trim() ?? '';
}

/** A request from the page with its user's token: a registered operation by name (sent by its hash), or free text. */
async function gql(page, query, variables) {
  const body = /^[A-Z]\w*$/.test(query)
    ? { operationName: query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: registered(query) } } }
    : { query, variables };
  return page.evaluate(async (body) => {
    const token = sessionStorage.getItem('console.devToken');
    const r = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return r.json();
  }, body);
}

try {
  await test('the gateway serves the console at / with an SPA fallback that leaves the API paths alone', async () => {
    const index = await fetch(`${graph.url}/payroll`, { headers: { accept: 'text/html' } });
    expect(index.ok && (await index.text()).includes('<div id="root">'), 'GET /payroll is not the console');
    expect((await fetch(`${graph.url}/graphql`, { headers: { accept: 'text/html' } })).status === 401, '/graphql is shadowed');
    const health = await fetch(`${graph.url}/healthz`, { headers: { accept: 'text/html' } });
    expect((await health.json()).status === 'ok', '/healthz is shadowed');
    const certs = await fetch(`${graph.url}/realms/branch-graph/protocol/openid-connect/certs`, { headers: { accept: 'text/html' } });
    expect(Array.isArray((await certs.json()).keys), '/realms is shadowed');
  });

  await test('the login page lists the demo users, in zh-CN with an English toggle', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${graph.url}/`);
    await page.getByTestId('login-fin.sz').waitFor();
    expect((await page.locator('h1').textContent()) === '营业部控制台', 'not zh-CN first');
    await page.getByTestId('lang').click();
    expect((await page.locator('h1').textContent()) === 'Branch console', 'the toggle did not switch to English');
    await page.getByTestId('lang').click();
    expect((await page.getByRole('button').filter({ hasText: 'clerk.att' }).count()) === 1, 'clerk.att missing');
    await context.close();
  });

  const close = await test(`attendance clerk (clerk.att) closes SZ01's ${MONTH}`, async () => {
    const { page, close } = await as('clerk.att', '/attendance/close');
    await page.getByTestId('month-state').filter({ hasText: 'OPEN' }).waitFor();
    await page.getByTestId('close-month').click();
    await page.getByTestId('month-state').filter({ hasText: 'CLOSED' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'month-close.png'), fullPage: true });
    // the clerk has no payroll page
    await page.goto(`${graph.url}/payroll`);
    await page.getByTestId('forbidden').waitFor();
    await close();
  });
  if (close) stopAll = true;

  await test("attendance clerk (clerk.att) records a team's day on the branch's grid, validated whole", async () => {
    const { page, close } = await as('clerk.att', '/attendance/day');
    const team = page.getByTestId('team-day-SZ01-T1');
    await team.locator('tbody tr').nth(4).waitFor();
    const row = (i) => team.locator('tbody tr').nth(i);
    await row(1).locator('select').selectOption('ON_VISIT'); // no visit slip filed that day: refused
    await row(2).locator('input[type=time]').first().fill('09:05');
    await page.getByTestId('record-SZ01-T1').click();
    await team.getByTestId('problems').filter({ hasText: 'visit slip' }).waitFor();
    expect((await team.locator('.badge').count()) === 0, 'a refused day was recorded');
    await row(1).locator('select').selectOption('ABSENT');
    await page.getByTestId('record-SZ01-T1').click();
    await team.locator('.badge').waitFor();
    await team
      .locator('tbody td')
      .filter({ hasText: /^LATE$/ })
      .first()
      .waitFor();
    await team
      .locator('tbody td')
      .filter({ hasText: /^ABSENT$/ })
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'attendance-day-grid.png'), fullPage: true });
    await close();
  });

  await test(`team lead (tl.wang) sees the team's attendance month, closed; not the payroll page`, async () => {
    const { page, close } = await as('tl.wang', '/team/attendance');
    const rows = page.getByTestId('attendance-table').locator('tbody tr');
    await rows.first().waitFor();
    expect((await rows.count()) >= 5, `only ${await rows.count()} members`);
    await page.getByTestId('attendance-table').locator('tbody td').filter({ hasText: '已月结' }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'team-attendance-month.png'), fullPage: true });
    await page.getByTestId('lang').click();
    await page.getByRole('heading', { name: /Team's attendance month/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'team-attendance-month-en.png'), fullPage: true });
    await page.getByTestId('lang').click();
    await page.goto(`${graph.url}/payroll`);
    await page.getByTestId('forbidden').waitFor();
    await close();
  });

  const finance =
    await test('finance (fin.sz): a bad CRM file is rejected whole with every line error; the import is reviewed; payroll computed and signed', async () => {
      const { page, close } = await as('fin.sz', '/crm-import');
      await page.getByTestId('import-revision').filter({ hasText: '1' }).waitFor();
      const bad = [
        'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue',
        'E1001,6,4,12.345,1200000,15000',
        'E9999,1,1,0,0,0',
        'E1002,x,8,0,0,0',
      ].join('\n');
      await page.getByTestId('csv').fill(bad);
      await page.getByTestId('import').click();
      const problems = page.getByTestId('problems').locator('li');
      await problems.first().waitFor();
      const all = (await problems.allTextContents()).join('\n');
      expect(/line 2/.test(all) && /line 3/.test(all) && /line 4/.test(all), `line errors not all shown:\n${all}`);
      await page.screenshot({ path: join(SHOTS, 'crm-import-line-errors.png'), fullPage: true });
      expect((await text(page, 'import-revision')) === '1', 'a rejected file changed the import');
      await page.getByTestId('review').click();
      await page
        .getByTestId('review-state')
        .filter({ hasText: /^REVIEWED$/ })
        .waitFor();

      await page.goto(`${graph.url}/payroll`);
      await page.getByTestId('payroll').waitFor();
      // performance learns the close by event: compute until it has it
      for (let i = 0; ; i++) {
        await page.getByTestId('compute').click();
        try {
          await page.getByTestId('run-status').filter({ hasText: 'AWAITING_FINANCE' }).waitFor({ timeout: 5000 });
          break;
        } catch (e) {
          if (i >= 10) throw new Error(`payroll not computed: ${await page.getByTestId('error').allTextContents()}`, { cause: e });
        }
      }
      await page.getByTestId('payroll-lines').locator('tbody tr').first().waitFor();
      await page.getByTestId('sign').click();
      await page.getByTestId('run-status').filter({ hasText: 'AWAITING_DEPUTY' }).waitFor();
      expect((await page.getByTestId('sign').count()) === 0, 'finance may sign the deputy step too');
      await close();
    });
  if (finance) stopAll = true;

  await test('a client manager (cm.zhang) cannot open the payroll page, and the graph refuses to sign', async () => {
    const { page, close } = await as('cm.zhang', '/payroll');
    await page.getByTestId('forbidden').waitFor();
    expect(!(await page.getByRole('link', { name: '薪酬与签批' }).count()), 'the payroll page is in the menu');
    const runs = await gql(page, 'PayrollRuns', { branchId: 'SZ01', month: '2026-10' });
    expect(runs.errors?.[0]?.extensions?.code === 'FORBIDDEN', `payrollRuns not refused: ${JSON.stringify(runs).slice(0, 300)}`);
    const sign = await gql(page, 'SignPayroll', { payrollId: 'x', comment: '' });
    expect(['FORBIDDEN', 'NOT_FOUND'].includes(sign.errors?.[0]?.extensions?.code), `signPayroll not refused: ${JSON.stringify(sign).slice(0, 300)}`);
    await page.goto(`${graph.url}/my-day`);
    await page.getByTestId('payslip').waitFor();
    await close();
  });

  const deputy = await test('deputy manager (dep.sz) signs second', async () => {
    const { page, close } = await as('dep.sz', '/payroll');
    await page.getByTestId('run-status').filter({ hasText: 'AWAITING_DEPUTY' }).waitFor();
    await page.getByTestId('sign').click();
    await page.getByTestId('run-status').filter({ hasText: 'AWAITING_MANAGER' }).waitFor();
    await close();
  });
  if (deputy) stopAll = true;

  await test('branch manager (mgr.sz) signs last and downloads the XLSX pay report', async () => {
    const { page, close } = await as('mgr.sz', '/payroll');
    await page.getByTestId('run-status').filter({ hasText: 'AWAITING_MANAGER' }).waitFor();
    await page.getByTestId('sign').click();
    await page.getByTestId('run-status').filter({ hasText: 'SIGNED_OFF' }).waitFor();
    await page.getByTestId('signatures').locator('li.done').nth(2).waitFor();
    await page.screenshot({ path: join(SHOTS, 'payroll-signoff.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    expect(download.suggestedFilename().endsWith('.xlsx'), `not an .xlsx name: ${download.suggestedFilename()}`);
    expect(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'not a ZIP (XLSX) file');
    const names = bytes.toString('latin1');
    for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']) {
      expect(names.includes(part), `the XLSX has no ${part}`);
    }
    writeFileSync(join(tmpdir(), 'console-pay-report.xlsx'), bytes);
    console.log(`    pay report ${download.suggestedFilename()}: ${bytes.length} bytes`);
    await page.getByTestId('file').click();
    await page.getByTestId('run-status').filter({ hasText: 'FILED' }).waitFor();
    await close();
  });

  stopAll = false;
  await test('head office (bo.han) compares the branches with a chart and drills down to teams and managers', async () => {
    const { page, close } = await as('bo.han', '/comparison');
    const rows = page.getByTestId('comparison-table').locator('tbody tr');
    await rows.nth(2).waitFor();
    expect((await rows.count()) === 3, `expected 3 branches, got ${await rows.count()}`);
    await page.getByTestId('chart').locator('rect.bar').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'head-office-comparison.png'), fullPage: true });
    await page.getByTestId('drill-SZ01').click();
    await page.getByTestId('drill-SZ01-T1').waitFor();
    await page.screenshot({ path: join(SHOTS, 'head-office-comparison-sz01-teams.png'), fullPage: true });
    await page.getByTestId('drill-SZ01-T1').click();
    await page.getByRole('heading', { name: /MANAGER/ }).waitFor();
    expect((await rows.count()) >= 5, 'no managers in the drill-down');
    await close();
  });

  await test("every role's pages open from its menu without a refusal or an error (client manager, group leader, team lead, clerks, keeper, recruiters, executive)", async () => {
    const seen = [];
    for (const username of ['cm.zhang', 'gl.li', 'tl.wang', 'clerk.arc', 'keeper.sz', 'rec.sz', 'rec.ho', 'vp.qian']) {
      const { page, close } = await as(username);
      const paths = await page.locator('nav.side a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(paths.length > 0, `${username} has no pages`);
      for (const path of paths) {
        await page.goto(`${graph.url}${path}`);
        await page.locator('main .card').first().waitFor();
        await page.waitForLoadState('networkidle');
        const errors = await page.getByTestId('error').allTextContents();
        expect(errors.length === 0 && (await page.getByTestId('forbidden').count()) === 0, `${username} ${path}: ${errors.join(' | ')}`);
        seen.push(`${username} ${path}`);
      }
      await close();
    }
    console.log(`    ${seen.length} pages: ${seen.join(', ')}`);
  });

  await test('every operation the console sent was a registered one (PERSISTED_OPERATIONS=required)', async () => {
    const refused = [...unregistered]; // the probe below is refused on purpose
    if (!process.env.BASE_URL) {
      const { page, close } = await as('cm.zhang', '/my-day');
      const free = await gql(page, '{ me { employeeId } }');
      expect(free.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_REQUIRED', `free text not refused: ${JSON.stringify(free).slice(0, 300)}`);
      await close();
    }
    expect(refused.length === 0, `refused as unregistered:\n    ${refused.join('\n    ')}`);
  });
} finally {
  await browser.close();
  await graph.stop();
}

console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
