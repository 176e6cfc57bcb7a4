import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { decodeText, mergeWording, parseWordingCsv, wordingCsv } from '../../../lib/exchange/wording';
import { readWordingXlsx } from '../../../lib/exchange/wording-xlsx';

describe('office dictionaries (错误写法,正确写法,类别,级别,说明)', () => {
  test('CSV round trip: levels read as offices write them, exported back the same', () => {
    const csv =
      '错误写法,正确写法,类别,级别,说明\r\n县长助里,县长助理,领导职务,确定,\r\n凌笪乡,凌笪镇,行政区划,疑似,撤乡设镇\r\n';
    const { entries, problems } = parseWordingCsv(csv);
    expect(problems).toEqual([]);
    expect(parseWordingCsv(decodeText(new TextEncoder().encode(wordingCsv(entries))).text!).entries).toEqual(
      entries,
    );
  });
  test('every problem names its row; nothing is kept from a file with problems', () => {
    const r = parseWordingCsv('错误写法,正确写法,类别,级别\n县,县城,,确定\n错字,错字,,确定\n好词,好,,也许\n');
    expect(r.entries).toEqual([]);
    expect(r.problems.map((p) => p.slice(0, 4))).toEqual(['第2行：', '第3行：', '第4行：']);
    expect(parseWordingCsv('名称,说明\n').problems[0]).toContain('缺少表头“错误写法”');
  });
  test('UTF-16 with a BOM decodes; GBK is refused and named', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'错误写法'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(utf16).text).toBe('错误写法');
    expect(decodeText(new Uint8Array([0xb4, 0xed, 0xce, 0xf3])).problem).toContain('GBK');
  });
  test('a file merged in wins for the same wrong form', () => {
    expect(
      mergeWording([{ wrong: '甲乙', right: '甲' }], [{ wrong: '甲乙', right: '乙' }, { wrong: '丙丁' }]),
    ).toEqual([{ wrong: '甲乙', right: '乙' }, { wrong: '丙丁' }]);
  });
  test('an .xlsx saved by Excel or WPS reads like the CSV', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('词库');
    sheet.addRow(['错误写法', '正确写法', '类别', '级别', '说明']);
    sheet.addRow(['县长助里', '县长助理', '领导职务', '确定', '']);
    sheet.addRow([
      '凌笪乡',
      '凌笪镇',
      '行政区划',
      '疑似',
      { richText: [{ text: '撤乡' }, { text: '设镇' }] },
    ]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const r = await readWordingXlsx(bytes);
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      { wrong: '县长助里', right: '县长助理', category: '领导职务', level: 'flag' },
      { wrong: '凌笪乡', right: '凌笪镇', category: '行政区划', level: 'warn', note: '撤乡设镇' },
    ]);
    expect((await readWordingXlsx(new Uint8Array([1, 2, 3]))).problems[0]).toContain('不是有效的 Excel 文件');
  });
});
