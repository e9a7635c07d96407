/**
 * The CRM export a branch uploads each month, parsed and checked line by line: pure,
 * so that the import can refuse a whole file with every problem before anything is written.
 * Format (README): UTF-8 CSV, a header row naming the columns (English or Chinese), one row per
 * manager; amounts in yuan with at most 2 decimals.
 */
import type { FieldProblem } from '@bg/graphql';

export interface MetricsRow {
  line: number;
  employeeId: string;
  customersDeveloped: number;
  newAccounts: number;
  newAssetsFen: number;
  customerAssetsFen: number;
  netRevenueFen: number;
}

/** What the import knows of a person named in the file. */
export interface KnownPerson {
  branchId: string;
  status: string;
}

type Column = 'employeeId' | 'customersDeveloped' | 'newAccounts' | 'newAssets' | 'customerAssets' | 'netRevenue' | 'month';

const HEADERS: Record<string, Column> = {
  employee_id: 'employeeId', 员工编号: 'employeeId', 工号: 'employeeId',
  customers_developed: 'customersDeveloped', 开发客户数: 'customersDeveloped',
  new_accounts: 'newAccounts', 新开户数: 'newAccounts',
  new_assets: 'newAssets', 新增资产: 'newAssets',
  customer_assets: 'customerAssets', 客户资产: 'customerAssets',
  net_revenue: 'netRevenue', 净收入: 'netRevenue',
  month: 'month', 月份: 'month',
};
const REQUIRED: Column[] = ['employeeId', 'customersDeveloped', 'newAccounts', 'newAssets', 'customerAssets', 'netRevenue'];
const LABEL: Record<Column, string> = {
  employeeId: 'employee_id', customersDeveloped: 'customers_developed', newAccounts: 'new_accounts', newAssets: 'new_assets',
  customerAssets: 'customer_assets', netRevenue: 'net_revenue', month: 'month',
};

/** At most this many problems are listed; the last entry then says how many more there were. */
export const MAX_PROBLEMS = 1_000;
const MAX_COUNT = 1_000_000;
const MAX_YUAN_DIGITS = 13; // up to 9,999,999,999,999.99 yuan: still a safe integer in fen

/** Splits one CSV line: commas, fields optionally in double quotes ("" inside is a quote). */
export function splitCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null; // unterminated quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += line[i++];
      }
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const end = line.indexOf(',', i);
      field = end < 0 ? line.slice(i) : line.slice(i, end);
      i = end < 0 ? line.length : end;
    }
    out.push(field.trim());
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/** Yuan with at most two decimals -> fen; null when it is not such an amount. */
export function yuanToFen(text: string, allowNegative = false): number | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m || m[2].length > MAX_YUAN_DIGITS || (m[1] && !allowNegative)) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

function count(text: string): number | null {
  if (!/^\d{1,7}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_COUNT ? n : null;
}

export type ParseResult = { rows: MetricsRow[]; problems: [] } | { rows: null; problems: FieldProblem[] };

/**
 * Parses and checks a month's file for a branch: the header, every line's numbers and month,
 * that each employee is a manager of this branch known to this service (not departed) and is
 * named once. Returns the rows, or every problem by line number (line 1 is the header).
 */
export function parseMetricsCsv(text: string, branchId: string, month: string, known: (id: string) => KnownPerson | undefined): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const problems: FieldProblem[] = [];
  let more = 0;
  const problem = (line: number, text: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ field: `line ${line}`, problem: text });
    else more++;
  };
  const finish = (): ParseResult => {
    if (more) problems.push({ field: 'file', problem: `and ${more} more problems` });
    return { rows: null, problems };
  };

  if (!lines.length) return { rows: null, problems: [{ field: 'file', problem: 'the file is empty: expect a header row and one row per manager' }] };
  const header = splitCsvLine(lines[0]);
  const index = new Map<Column, number>();
  if (!header) problem(1, 'the header row has an unterminated quote');
  else {
    header.forEach((raw, i) => {
      const name = raw.replace(/[（(]\s*元\s*[)）]$/, '').trim().toLowerCase();
      const col = HEADERS[name];
      if (!col) problem(1, `unknown column "${raw}"; expected ${REQUIRED.map((c) => LABEL[c]).join(', ')} (and optionally month)`);
      else if (index.has(col)) problem(1, `column ${LABEL[col]} appears twice`);
      else index.set(col, i);
    });
    const missing = REQUIRED.filter((c) => !index.has(c));
    if (missing.length) problem(1, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => LABEL[c]).join(', ')}`);
  }
  if (problems.length) return finish();
  if (lines.length < 2) return { rows: null, problems: [{ field: 'file', problem: 'the file has a header but no manager rows' }] };

  const rows: MetricsRow[] = [];
  const seen = new Map<string, number>();
  const width = header!.length;
  for (let n = 1; n < lines.length; n++) {
    const line = n + 1;
    if (!lines[n].trim()) { problem(line, 'empty line'); continue; }
    const f = splitCsvLine(lines[n]);
    if (!f) { problem(line, 'unterminated quote'); continue; }
    if (f.length !== width) { problem(line, `expected ${width} fields, found ${f.length}`); continue; }
    const get = (c: Column) => f[index.get(c)!];
    const before = problems.length + more;
    const employeeId = get('employeeId');
    if (!employeeId) problem(line, 'employee_id is empty');
    else {
      const person = known(employeeId);
      if (!person) problem(line, `employee ${employeeId} is not a known manager`);
      else if (person.branchId !== branchId) problem(line, `employee ${employeeId} is not a manager of branch ${branchId}`);
      else if (person.status === 'DEPARTED' || person.status === 'CANDIDATE') problem(line, `employee ${employeeId} is ${person.status.toLowerCase()}, not an active manager`);
      const first = seen.get(employeeId);
      if (first) problem(line, `employee ${employeeId} is already on line ${first}`);
      else seen.set(employeeId, line);
    }
    if (index.has('month') && get('month') !== month) problem(line, `month "${get('month')}" is not the imported month ${month}`);
    const counts = { customersDeveloped: count(get('customersDeveloped')), newAccounts: count(get('newAccounts')) };
    for (const [c, v] of Object.entries(counts) as Array<[Column, number | null]>) {
      if (v === null) problem(line, `${LABEL[c]} "${get(c)}" is not a whole number from 0 to ${MAX_COUNT}`);
    }
    const newAssetsFen = yuanToFen(get('newAssets'));
    const customerAssetsFen = yuanToFen(get('customerAssets'));
    const netRevenueFen = yuanToFen(get('netRevenue'), true);
    if (newAssetsFen === null) problem(line, `new_assets "${get('newAssets')}" is not an amount in yuan, 0 or more, with at most 2 decimals`);
    if (customerAssetsFen === null) problem(line, `customer_assets "${get('customerAssets')}" is not an amount in yuan, 0 or more, with at most 2 decimals`);
    if (netRevenueFen === null) problem(line, `net_revenue "${get('netRevenue')}" is not an amount in yuan with at most 2 decimals`);
    if (problems.length + more === before) {
      rows.push({
        line, employeeId, customersDeveloped: counts.customersDeveloped!, newAccounts: counts.newAccounts!,
        newAssetsFen: newAssetsFen!, customerAssetsFen: customerAssetsFen!, netRevenueFen: netRevenueFen!,
      });
    }
  }
  return problems.length ? finish() : { rows, problems: [] };
}
