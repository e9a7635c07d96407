/**
 * The CRM export a branch uploads each month, parsed and checked line by line: pure,
 * so that the import can refuse a whole file with every problem before anything is written.
 * Format (README): CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) in UTF-8,
 * with or without a byte order mark, or in GB18030 as Excel saves it on Chinese Windows; a header
 * row naming the columns (English or Chinese), one row per manager; amounts in yuan with at most
 * 2 decimals.
 */
import { parse, CsvError } from 'csv-parse/sync';
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

/** `name` and `remark` are for the people reading the file; the import does not use them. */
type Column = 'employeeId' | 'customersDeveloped' | 'newAccounts' | 'newAssets' | 'customerAssets' | 'netRevenue' | 'month' | 'name' | 'remark';

const HEADERS: Record<string, Column> = {
  employee_id: 'employeeId',
  员工编号: 'employeeId',
  工号: 'employeeId',
  customers_developed: 'customersDeveloped',
  开发客户数: 'customersDeveloped',
  new_accounts: 'newAccounts',
  新开户数: 'newAccounts',
  new_assets: 'newAssets',
  新增资产: 'newAssets',
  customer_assets: 'customerAssets',
  客户资产: 'customerAssets',
  net_revenue: 'netRevenue',
  净收入: 'netRevenue',
  month: 'month',
  月份: 'month',
  name: 'name',
  姓名: 'name',
  remark: 'remark',
  备注: 'remark',
};
const REQUIRED: Column[] = ['employeeId', 'customersDeveloped', 'newAccounts', 'newAssets', 'customerAssets', 'netRevenue'];
const LABEL: Record<Column, string> = {
  employeeId: 'employee_id',
  customersDeveloped: 'customers_developed',
  newAccounts: 'new_accounts',
  newAssets: 'new_assets',
  customerAssets: 'customer_assets',
  netRevenue: 'net_revenue',
  month: 'month',
  name: 'name',
  remark: 'remark',
};

/** At most this many problems are listed; the last entry then says how many more there were. */
export const MAX_PROBLEMS = 1_000;
const MAX_COUNT = 1_000_000;
const MAX_YUAN_DIGITS = 13; // up to 9,999,999,999,999.99 yuan: still a safe integer in fen

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GB18030 = new TextDecoder('gb18030');

/**
 * The text of an uploaded file: UTF-8 when its bytes are valid UTF-8 (a byte order mark is
 * dropped), else GB18030 (what Excel's "CSV" writes on Chinese Windows; a superset of GBK and
 * GB2312). A GB18030 file of Chinese text is practically never valid UTF-8, so the guess is safe.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return GB18030.decode(bytes);
  }
}

export interface CsvRecord {
  /** The line the record starts on (1 = the header); a quoted field may run over several lines. */
  line: number;
  fields: string[];
}

const lineBreaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

const SYNTAX: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field has text after its closing quote (write "" for a quote inside a quoted field)',
  CSV_INVALID_OPENING_QUOTE: 'a quote inside a field that does not start with one (quote the whole field and write "" for the quote)',
};

/**
 * Reads CSV records (csv-parse, RFC 4180) with the line each starts on, fields trimmed. Stops at
 * the first record that is not well-formed CSV: after a broken quote nobody can tell where the
 * following records begin, so `error` names its line and the records before it are returned.
 */
export function readCsv(text: string): { records: CsvRecord[]; error: { line: number; problem: string } | null } {
  const records: CsvRecord[] = [];
  let line = 1;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (fields: string[]) => {
        records.push({ line, fields: fields.map((f) => f.trim()) });
        line += 1 + fields.reduce((n, f) => n + lineBreaks(f), 0);
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { records, error: { line, problem: SYNTAX[e.code] ?? e.message } };
  }
  return { records, error: null };
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
export function parseMetricsCsv(file: string | Uint8Array, branchId: string, month: string, known: (id: string) => KnownPerson | undefined): ParseResult {
  const { records, error } = readCsv(typeof file === 'string' ? file : decodeCsv(file));
  const blank = (r: CsvRecord) => r.fields.every((f) => !f);
  while (records.length && blank(records[records.length - 1])) records.pop();
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

  if (!records.length && !error)
    return { rows: null, problems: [{ field: 'file', problem: 'the file is empty: expect a header row and one row per manager' }] };
  const header = records[0]?.fields;
  const index = new Map<Column, number>();
  if (!header) problem(1, `${error!.problem}; nothing after it was read`);
  else {
    header.forEach((raw, i) => {
      const name = raw
        .replace(/[（(]\s*元\s*[)）]$/, '')
        .trim()
        .toLowerCase();
      const col = HEADERS[name];
      if (!col) problem(1, `unknown column "${raw}"; expected ${REQUIRED.map((c) => LABEL[c]).join(', ')} (and optionally month, name, remark)`);
      else if (index.has(col)) problem(1, `column ${LABEL[col]} appears twice`);
      else index.set(col, i);
    });
    const missing = REQUIRED.filter((c) => !index.has(c));
    if (missing.length) problem(1, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => LABEL[c]).join(', ')}`);
  }
  if (problems.length) return finish();
  if (records.length < 2 && !error) return { rows: null, problems: [{ field: 'file', problem: 'the file has a header but no manager rows' }] };

  const rows: MetricsRow[] = [];
  const seen = new Map<string, number>();
  const width = header!.length;
  for (let n = 1; n < records.length; n++) {
    const { line, fields: f } = records[n];
    if (blank(records[n]) && f.length === 1) {
      problem(line, 'empty line');
      continue;
    }
    if (f.length !== width) {
      problem(line, `expected ${width} fields, found ${f.length}`);
      continue;
    }
    const get = (c: Column) => f[index.get(c)!];
    const before = problems.length + more;
    const employeeId = get('employeeId');
    if (!employeeId) problem(line, 'employee_id is empty');
    else {
      const person = known(employeeId);
      if (!person) problem(line, `employee ${employeeId} is not a known manager`);
      else if (person.branchId !== branchId) problem(line, `employee ${employeeId} is not a manager of branch ${branchId}`);
      else if (person.status === 'DEPARTED' || person.status === 'CANDIDATE')
        problem(line, `employee ${employeeId} is ${person.status.toLowerCase()}, not an active manager`);
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
        line,
        employeeId,
        customersDeveloped: counts.customersDeveloped!,
        newAccounts: counts.newAccounts!,
        newAssetsFen: newAssetsFen!,
        customerAssetsFen: customerAssetsFen!,
        netRevenueFen: netRevenueFen!,
      });
    }
  }
  if (error) problem(error.line, `${error.problem}; nothing after it was read`);
  return problems.length ? finish() : { rows, problems: [] };
}
