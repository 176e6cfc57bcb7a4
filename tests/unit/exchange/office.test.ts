// The Word 通报 and the Excel workbook read back with the libraries that read such files: the
// document's XML for its layout, exceljs for the workbook's sheets, types and print setup.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { unitResults } from '../../../lib/domain/circular';
import { circularDoc } from '../../../lib/domain/circular-text';
import { circularDocx } from '../../../lib/exchange/circular-docx';
import { FINDINGS_CSV_HEADERS } from '../../../lib/exchange/export';
import { findingsWorkbook } from '../../../lib/exchange/workbook';
import { generateMixed } from '../../fixtures/findings';

const at = new Date(2026, 11, 1, 9, 30);
const data = generateMixed(60, 4);
const results = unitResults(data.round, data.units, data.findings);

afterEach(() => vi.useRealTimers());

/** Builds twice with the wall clock 7 s apart: the bytes must not follow the clock. */
async function twice(make: () => Promise<Uint8Array>): Promise<[Uint8Array, Uint8Array]> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 0, 5, 10, 0, 0));
  const a = await make();
  vi.setSystemTime(new Date(2027, 0, 5, 10, 0, 7));
  const b = await make();
  return [a, b];
}

describe('Word 通报', () => {
  const make = () => circularDocx(circularDoc(data.round, results, {}, at), at);

  test('GB/T 9704 habits: A4, margins, fonts by role and size, page numbers on odd and even pages', async () => {
    const zip = await JSZip.loadAsync(await make());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312'])
      expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toMatch(/<w:sz w:val="44"\/>/); // 2号 title
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // 3号 body
    expect(xml).toMatch(/<w:spacing w:line="560" w:lineRule="exact"\/>/);
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(zip.file(/word\/footer\d+\.xml/).map((f) => f.async('string')));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(f).toMatch(/PAGE/);
  });

  test('the text: title, sections, every unit in the attachment table, header repeated, rows kept whole', async () => {
    const xml = await (await JSZip.loadAsync(await make())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('县人民政府办公室关于2026年第四季度政府网站检查情况的通报');
    for (const h of ['一、总体情况', '二、存在问题', '三、下一步工作要求', '附件1', '合格率'])
      expect(text).toContain(h);
    for (const u of data.units) expect(text).toContain(u.name);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(data.units.length + 2);
    // 提示 items are not listed unless asked.
    expect(text).not.toContain('即将超过半年未更新');
  });

  test('the same round and the same clock give the same bytes', async () => {
    const [a, b] = await twice(make);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')!.async('string');
    expect(core).toContain(`${at.toISOString().slice(0, 19)}Z`);
  });
});

describe('Excel workbook', () => {
  const make = () => findingsWorkbook({ ...data, results }, at);

  test('three sheets: 通报表 with totals, 问题清单 with every finding, 统计 units × indicators', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await make()).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['通报表', '问题清单', '统计']);
    const circular = book.getWorksheet('通报表')!;
    expect(circular.getRow(1).values).toEqual([, '序号', '单位名称', '检查结果', '存在问题']);
    expect(circular.getCell('A2').value).toBe(1);
    expect(circular.getCell('B5').value).toBe(data.units[3].name);
    expect(circular.getCell('A7').value).toBe('合计');
    const list = book.getWorksheet('问题清单')!;
    expect(list.getRow(1).values).toEqual([, ...FINDINGS_CSV_HEADERS]);
    expect(list.actualRowCount).toBe(data.findings.length + 1);
    const stats = book.getWorksheet('统计')!;
    const last = stats.getRow(stats.actualRowCount).values as unknown[];
    expect(last[2]).toBe('合计');
    expect(last[last.length - 1]).toBe(data.findings.length);
  });

  test('typed cells: dates are dates, numbers are numbers, hostile text stays text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await make()).buffer as ArrayBuffer);
    const list = book.getWorksheet('问题清单')!;
    const row = list.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(12).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(row.getCell(14).value).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(row.getCell(15).value).toBeInstanceOf(Date);
    expect(row.getCell(12).numFmt).toBe('yyyy-mm-dd');
    expect(list.getRow(4).getCell(11).value).toBe(404);
    let formulas = 0;
    let hostile = 0;
    for (const ws of book.worksheets)
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas++;
          if (c.value === '=HYPERLINK("x")') hostile++;
        }),
      );
    expect(formulas).toBe(0);
    expect(hostile).toBe(1);
  });

  test('frozen header, auto-filter, widths, wrapped description, landscape fit to width, header row repeated', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await make()).buffer as ArrayBuffer);
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    }
    const list = book.getWorksheet('问题清单')!;
    expect(list.autoFilter).toBe('A1:R61');
    expect(list.getColumn(8).width).toBe(48);
    expect(list.getCell('H2').alignment).toMatchObject({ wrapText: true });
  });

  test('the same round and the same clock give the same bytes', async () => {
    const [a, b] = await twice(make);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
