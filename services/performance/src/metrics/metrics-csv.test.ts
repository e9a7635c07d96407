import { encode } from 'iconv-lite';
import { decodeCsv, MAX_PROBLEMS, parseMetricsCsv, readCsv, yuanToFen, type KnownPerson } from './metrics-csv';

const PEOPLE: Record<string, KnownPerson> = {
  E1: { branchId: 'SZ01', status: 'ACTIVE' },
  E2: { branchId: 'SZ01', status: 'PROBATION' },
  E3: { branchId: 'SZ01', status: 'DEPARTED' },
  G1: { branchId: 'GZ01', status: 'ACTIVE' },
};
const known = (id: string) => PEOPLE[id];
const HEADER = 'employee_id,customers_developed,new_accounts,new_assets,customer_assets,net_revenue';

describe('CSV pieces', () => {
  it('reads quoted and plain fields, with the line each record starts on', () => {
    expect(readCsv('a, b ,"c,d","e ""q"""\r\nx,"two\nlines"\r\ny\r\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c,d', 'e "q"'] },
        { line: 2, fields: ['x', 'two\nlines'] },
        { line: 4, fields: ['y'] },
      ],
      error: null,
    });
    expect(readCsv('a\n"x\r\ny"\nb,"open\nc')).toEqual({
      records: [
        { line: 1, fields: ['a'] },
        { line: 2, fields: ['x\r\ny'] },
      ],
      error: { line: 4, problem: 'a quoted field is never closed (a " is missing)' },
    });
  });

  it('decodes UTF-8 (with or without a byte order mark) and GB18030', () => {
    expect(decodeCsv(Buffer.from('\uFEFF员工编号,备注', 'utf8'))).toBe('员工编号,备注');
    expect(decodeCsv(Buffer.from('员工编号,备注', 'utf8'))).toBe('员工编号,备注');
    // 员工编号,备注 as Excel saves it on Chinese Windows (GB18030/GBK bytes).
    expect(decodeCsv(Buffer.from('d4b1b9a4b1e0bac52cb1b8d7a2', 'hex'))).toBe('员工编号,备注');
    expect(decodeCsv(Buffer.from('employee_id,1', 'ascii'))).toBe('employee_id,1');
  });

  it('turns yuan with up to 2 decimals into fen, exactly', () => {
    expect(yuanToFen('0')).toBe(0);
    expect(yuanToFen('1234.5')).toBe(123_450);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('1234567.89')).toBe(123_456_789);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('-5.5', true)).toBe(-550);
    expect(yuanToFen('1,000')).toBeNull();
    expect(yuanToFen('')).toBeNull();
  });
});

describe('parseMetricsCsv', () => {
  it('reads a good file (BOM, CRLF, Chinese headers with 元, a month column)', () => {
    const csv =
      '\uFEFF员工编号,开发客户数,新开户数,新增资产(元),客户资产（元）,净收入(元),月份\r\nE1,5,3,250000.00,1000000,15000.5,2026-08\r\nE2,0,0,0,0,-12.30,2026-08\r\n';
    const r = parseMetricsCsv(csv, 'SZ01', '2026-08', known);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, employeeId: 'E1', customersDeveloped: 5, newAccounts: 3, newAssetsFen: 25_000_000, customerAssetsFen: 100_000_000, netRevenueFen: 1_500_050 },
      { line: 3, employeeId: 'E2', customersDeveloped: 0, newAccounts: 0, newAssetsFen: 0, customerAssetsFen: 0, netRevenueFen: -1_230 },
    ]);
  });

  it('rejects the whole file listing every problem by line', () => {
    const csv = [
      HEADER,
      'E1,5,3,100,100,100', // fine
      'X9,1,1,1,1,1', // unknown
      'G1,1,1,1,1,1', // other branch
      'E3,1,1,1,1,1', // departed
      'E2,1.5,-1,12.345,abc,1', // four bad numbers
      'E1,1,1,1,1,1', // twice
      'E2,1,1', // short
      '',
      'E2,1,1,1,1,1',
    ].join('\n');
    const r = parseMetricsCsv(csv, 'SZ01', '2026-08', known);
    expect(r.rows).toBeNull();
    expect(r.problems).toEqual([
      { field: 'line 3', problem: 'employee X9 is not a known manager' },
      { field: 'line 4', problem: 'employee G1 is not a manager of branch SZ01' },
      { field: 'line 5', problem: 'employee E3 is departed, not an active manager' },
      { field: 'line 6', problem: 'customers_developed "1.5" is not a whole number from 0 to 1000000' },
      { field: 'line 6', problem: 'new_accounts "-1" is not a whole number from 0 to 1000000' },
      { field: 'line 6', problem: 'new_assets "12.345" is not an amount in yuan, 0 or more, with at most 2 decimals' },
      { field: 'line 6', problem: 'customer_assets "abc" is not an amount in yuan, 0 or more, with at most 2 decimals' },
      { field: 'line 7', problem: 'employee E1 is already on line 2' },
      { field: 'line 8', problem: 'expected 6 fields, found 3' },
      { field: 'line 9', problem: 'empty line' },
      { field: 'line 10', problem: 'employee E2 is already on line 6' },
    ]);
  });

  it('reads a quoted field over several lines and keeps counting lines after it (RFC 4180)', () => {
    const csv = `${HEADER},remark\r\nE1,1,1,1,1,1,"第一行\n第二行, 含逗号"\r\nE2,x,1,1,1,1,\r\n`;
    expect(parseMetricsCsv(csv, 'SZ01', '2026-08', known).problems).toEqual([
      { field: 'line 4', problem: 'customers_developed "x" is not a whole number from 0 to 1000000' },
    ]);
    const good = parseMetricsCsv(csv.replace('E2,x', 'E2,2'), 'SZ01', '2026-08', known);
    expect(good.problems).toEqual([]);
    expect(good.rows!.map((r) => [r.line, r.employeeId, r.customersDeveloped])).toEqual([
      [2, 'E1', 1],
      [4, 'E2', 2],
    ]);
  });

  it('reads a file Excel saved on Chinese Windows: GB18030, CRLF, Chinese headers, a multi-line remark', () => {
    const text =
      '员工编号,姓名,开发客户数,新开户数,新增资产(元),客户资产(元),净收入(元),备注\r\nE1,张伟,5,3,250000.00,1000000,15000.5,"老客户转介绍\n另有两户待审核"\r\nE2,刘洋,0,0,0,0,-12.30,\r\n';
    const bytes = encode(text, 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const r = parseMetricsCsv(bytes, 'SZ01', '2026-08', known);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, employeeId: 'E1', customersDeveloped: 5, newAccounts: 3, newAssetsFen: 25_000_000, customerAssetsFen: 100_000_000, netRevenueFen: 1_500_050 },
      { line: 4, employeeId: 'E2', customersDeveloped: 0, newAccounts: 0, newAssetsFen: 0, customerAssetsFen: 0, netRevenueFen: -1_230 },
    ]);
    // The same file in UTF-8 with a byte order mark reads the same.
    expect(parseMetricsCsv(Buffer.from(`\uFEFF${text}`, 'utf8'), 'SZ01', '2026-08', known).rows).toEqual(r.rows);
  });

  it('refuses a broken quote by its line, with the problems of the lines before it', () => {
    const csv = [HEADER, 'X9,1,1,1,1,1', 'E1,1,1,1,1,"1"0', 'E2,1,1,1,1,1'].join('\r\n');
    expect(parseMetricsCsv(csv, 'SZ01', '2026-08', known).problems).toEqual([
      { field: 'line 2', problem: 'employee X9 is not a known manager' },
      { field: 'line 3', problem: 'a quoted field has text after its closing quote (write "" for a quote inside a quoted field); nothing after it was read' },
    ]);
  });

  it('checks the header and the month', () => {
    expect(parseMetricsCsv('employee_id,new_accounts,bonus\nE1,1,2', 'SZ01', '2026-08', known).problems).toEqual([
      {
        field: 'line 1',
        problem:
          'unknown column "bonus"; expected employee_id, customers_developed, new_accounts, new_assets, customer_assets, net_revenue (and optionally month, name, remark)',
      },
      { field: 'line 1', problem: 'missing columns customers_developed, new_assets, customer_assets, net_revenue' },
    ]);
    expect(parseMetricsCsv(`${HEADER},month\nE1,1,1,1,1,1,2026-07`, 'SZ01', '2026-08', known).problems).toEqual([
      { field: 'line 2', problem: 'month "2026-07" is not the imported month 2026-08' },
    ]);
    expect(parseMetricsCsv('', 'SZ01', '2026-08', known).problems[0].field).toBe('file');
    expect(parseMetricsCsv(`${HEADER}\n`, 'SZ01', '2026-08', known).problems).toEqual([
      { field: 'file', problem: 'the file has a header but no manager rows' },
    ]);
  });

  it('lists at most MAX_PROBLEMS and says how many more', () => {
    const csv = [HEADER, ...Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) => `X${i},1,1,1,1,1`)].join('\n');
    const r = parseMetricsCsv(csv, 'SZ01', '2026-08', known);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems[MAX_PROBLEMS]).toEqual({ field: 'file', problem: 'and 5 more problems' });
  });
});
