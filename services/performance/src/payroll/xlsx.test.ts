import { columnName, readXlsx, unzip, writeXlsx, zip } from './xlsx';
import { yuan } from './pay-report';

describe('minimal XLSX', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a ZIP that reads back, with UTF-8 names', () => {
    const z = zip([{ name: 'a.txt', data: Buffer.from('hello') }, { name: '目录/b.xml', data: Buffer.from('<x>薪酬</x>'.repeat(100)) }]);
    expect(z.readUInt32LE(z.length - 22)).toBe(0x06054b50);
    const files = unzip(z);
    expect(files.get('a.txt')!.toString()).toBe('hello');
    expect(files.get('目录/b.xml')!.toString()).toBe('<x>薪酬</x>'.repeat(100));
  });

  it('round-trips Chinese text, escaped characters, numbers and exact decimals', () => {
    const book = writeXlsx('薪酬月报表', [['姓名', '实发工资'], ['张伟 <A&B>', yuan(615_000)], [null, 3], [], ['合计', yuan(-5)]]);
    const files = unzip(book);
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']);
    expect(files.get('xl/workbook.xml')!.toString()).toContain('name="薪酬月报表"');
    expect(readXlsx(book)).toEqual([['姓名', '实发工资'], ['张伟 <A&B>', '6150.00'], ['', '3'], [], ['合计', '-0.05']]);
  });
});
