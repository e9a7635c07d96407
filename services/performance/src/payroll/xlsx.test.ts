import { Workbook } from 'exceljs';
import { columnName, DECIMAL_FORMAT, readXlsx, unzip, writeXlsx, zip } from './xlsx';
import { yuan } from './pay-report';

describe('minimal XLSX', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a ZIP that reads back, with UTF-8 names', () => {
    const z = zip([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: '目录/b.xml', data: Buffer.from('<x>薪酬</x>'.repeat(100)) },
    ]);
    expect(z.readUInt32LE(z.length - 22)).toBe(0x06054b50);
    const files = unzip(z);
    expect(files.get('a.txt')!.toString()).toBe('hello');
    expect(files.get('目录/b.xml')!.toString()).toBe('<x>薪酬</x>'.repeat(100));
  });

  it('round-trips Chinese text, escaped characters, numbers and exact decimals', () => {
    const book = writeXlsx('薪酬月报表', [['姓名', '实发工资'], ['张伟 <A&B>', yuan(615_000)], [null, 3], [], ['合计', yuan(-5)]]);
    const files = unzip(book);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')!.toString()).toContain('name="薪酬月报表"');
    expect(readXlsx(book)).toEqual([['姓名', '实发工资'], ['张伟 <A&B>', '6150.00'], ['', '3'], [], ['合计', '-0.05']]);
  });

  it('opens in a real reader (exceljs) with 2-decimal amounts, bold headers and column widths', async () => {
    const book = writeXlsx(
      '薪酬月报表',
      [['营业部客户经理薪酬月报表'], ['姓名', '新开户数', '实发工资'], ['张伟', 8, yuan(615_000)], ['李娜', 3, yuan(1_234_567_89)], ['合计', 11, yuan(-5)]],
      [10, 8, 14],
      { boldRows: [0, 1, 4] },
    );
    const wb = new Workbook();
    await wb.xlsx.load(book as never);
    const ws = wb.getWorksheet('薪酬月报表')!;
    const amount = ws.getCell('C3');
    expect(amount.value).toBe(6150);
    expect(amount.numFmt).toBe(DECIMAL_FORMAT);
    expect(DECIMAL_FORMAT).toBe('#,##0.00');
    expect(amount.font?.bold).toBeFalsy();
    expect(ws.getCell('C4')).toMatchObject({ value: 1234567.89, numFmt: '#,##0.00' });
    expect(ws.getCell('B3').value).toBe(8);
    expect(ws.getCell('B3').numFmt).toBeFalsy(); // counts stay plain numbers
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('C2').font?.bold).toBe(true);
    expect(ws.getCell('A3').font?.bold).toBeFalsy();
    expect(ws.getCell('C5')).toMatchObject({ value: -0.05, numFmt: '#,##0.00' });
    expect(ws.getCell('C5').font?.bold).toBe(true); // the totals row: bold and 2 decimals
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([10, 8, 14]);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });
});
