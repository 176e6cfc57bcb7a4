import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { unitResults } from '../../../lib/domain/circular';
import { fillRows, serial, xmlText } from '../../../lib/exchange/sheet-rows';
import { findingsWorkbook, fitCell } from '../../../lib/exchange/workbook';
import { generateMixed } from '../../fixtures/findings';

const at = new Date(2026, 11, 1, 9, 30);

async function list(n: number, over: (i: number) => object = () => ({})) {
  const data = generateMixed(n, 3);
  data.findings = data.findings.map((f, i) => ({ ...f, ...over(i) }));
  const bytes = await findingsWorkbook(
    { ...data, results: unitResults(data.round, data.units, data.findings) },
    at,
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  return book.getWorksheet('问题清单')!;
}

describe('the large sheet written in its template row styles', () => {
  test('text that looks like markup, control characters and lone surrogates stay or go as text', async () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0000\u0007y\u000Bz\tq\nr')).toBe('xyz\tq\nr');
    expect(xmlText('\uD83D\uDE00 \uD83D x \uDE00')).toBe('\uD83D\uDE00  x ');
    const ws = await list(3, (i) =>
      i === 2 ? { note: '</t></is></c><c r="A1"><v>1</v></c>\u0001', column: '=1+1' } : {},
    );
    expect(ws.getCell('R4').value).toBe('</t></is></c><c r="A1"><v>1</v></c>');
    expect(ws.getCell('E4').value).toBe('=1+1');
    expect(ws.getCell('E4').type).toBe(ExcelJS.ValueType.String);
  });
  test('every row after the template keeps its column styles: wrapped description, date formats', async () => {
    const ws = await list(50);
    expect(ws.actualRowCount).toBe(51);
    for (const r of [2, 30, 51]) {
      expect(ws.getCell(`H${r}`).alignment).toMatchObject({ wrapText: true });
      expect(ws.getCell(`L${r}`).numFmt).toBe('yyyy-mm-dd');
      expect(ws.getCell(`O${r}`).numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(ws.getCell(`A${r}`).value).toBe(r - 1);
    }
    // Links first appear after the template row (whose link cell is empty): still their column's cells.
    expect(ws.getCell('J2').value).toBeNull();
    const linked = Array.from({ length: 50 }, (_, i) => i + 2).filter(
      (r) => ws.getCell(`K${r}`).value === 404,
    );
    expect(linked.length).toBeGreaterThan(5);
    for (const r of linked) expect(ws.getCell(`J${r}`).value).toMatch(/^http:\/\/x\.example\.gov\.cn\//);
    expect(ws.dimensions).toMatchObject({ top: 1, left: 1, bottom: 51, right: 18 });
  });
  test('one finding or none: exceljs alone writes the sheet', async () => {
    expect((await list(1)).actualRowCount).toBe(2);
    expect((await list(0)).actualRowCount).toBe(1);
  });
  test('cells stay within the 32,767 characters Excel holds: a long problem list is cut at an item and says so', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `“栏目${i}”栏目超过1年未更新`).join('；');
    const cut = fitCell(long);
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(cut).toMatch(/^“栏目0”栏目超过1年未更新；.*未更新……等共3000项，详见“问题清单”$/);
    expect(fitCell('短')).toBe('短');
    expect(xmlText('x'.repeat(40_000))).toHaveLength(32_767);
  });
  test('serial day numbers in the 1900 date system; a sheet without a template row is refused', () => {
    expect(serial(new Date(Date.UTC(2026, 10, 22)))).toBe(46348);
    expect(serial(new Date(Date.UTC(1970, 0, 1, 12)))).toBe(25569.5);
    expect(() => fillRows('<sheetData><row r="1"></row></sheetData>', [[1]], 1)).toThrow(/模板行/);
  });
});
