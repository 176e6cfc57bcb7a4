// The working tables as one Excel workbook: 通报表 (the circular table with its totals), 问题清单
// (every finding in the CSV's columns, dates as date cells, numbers as numbers) and 统计 (units ×
// indicators). Every text goes in as a string value, never a formula. exceljs is loaded only when
// a workbook is made.
import type { Worksheet } from 'exceljs';
import { CHECKLIST, indicator } from '../domain/checklist';
import { CIRCULAR_HEADER, circularRows, type CircularOptions, type UnitResult } from '../domain/circular';
import type { Finding, Round, Unit } from '../domain/model';
import { isProblem } from '../domain/severity';
import { FINDINGS_CSV_HEADERS, findingRows, TOOL } from './export';
import { fillRows, type SheetValue } from './sheet-rows';
import { stampZip, type Zip } from './zip';

/** 1-based columns of 问题清单 that hold dates (最后更新日期, 监测时间点) and a time (发现时间). */
const DATE_COLUMNS = [12, 14];
const TIME_COLUMN = 15;
const WIDTHS = [7, 16, 18, 14, 16, 14, 8, 48, 36, 36, 8, 12, 8, 12, 16, 8, 10, 20];

// Excel stores wall-clock serial numbers: a date is written as that wall clock in UTC so every
// time zone opens it as the same day and time the CSV prints.
function wallClock(s: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(s);
  if (!m) return s;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1);
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  return Number.isNaN(t) ? s : new Date(t);
}

/** Excel holds at most 32,767 characters in a cell; a longer list is cut at an item and says so. */
export const CELL_LIMIT = 32_767;

export function fitCell(text: string, limit = CELL_LIMIT): string {
  if (text.length <= limit) return text;
  const items = text.split('；');
  let kept = '';
  let n = 0;
  for (const item of items) {
    const next = n ? `${kept}；${item}` : item;
    if (next.length > limit - 40) break;
    kept = next;
    n++;
  }
  return `${kept}……等共${items.length}项，详见“问题清单”`;
}

function printSetup(ws: Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function header(ws: Worksheet, names: string[], widths: number[]): void {
  ws.columns = names.map((name, i) => ({ header: name, width: widths[i] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

export interface WorkbookInput {
  round: Round;
  units: Unit[];
  findings: Finding[];
  results: UnitResult[];
}

export async function findingsWorkbook(
  input: WorkbookInput,
  at: Date,
  o: CircularOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = TOOL.name;
  book.created = at;
  book.modified = at;

  const circular = book.addWorksheet('通报表');
  header(circular, [...CIRCULAR_HEADER], [7, 24, 10, 90]);
  const table = circularRows(input.results, o);
  for (const r of table.rows) circular.addRow([Number(r[0]), r[1], r[2], fitCell(r[3])]);
  circular.addRow([]);
  circular.addRow(table.totals).font = { bold: true };
  circular.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  printSetup(circular);

  const list = book.addWorksheet('问题清单');
  header(list, FINDINGS_CSV_HEADERS, WIDTHS);
  // Column styles are shared by every cell of the column: one style object, not 100,000.
  list.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  for (const c of DATE_COLUMNS) list.getColumn(c).numFmt = 'yyyy-mm-dd';
  list.getColumn(TIME_COLUMN).numFmt = 'yyyy-mm-dd hh:mm';
  const rows: SheetValue[][] = findingRows(input.round, input.units, input.findings).map((r) => {
    const cells: SheetValue[] = r.slice();
    for (const c of [...DATE_COLUMNS, TIME_COLUMN]) cells[c - 1] = wallClock(String(r[c - 1]));
    return cells;
  });
  // exceljs writes the first finding as the template row; fillRows writes them all in its styles.
  if (rows.length) list.addRow(rows[0]);
  list.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: WIDTHS.length },
  };
  printSetup(list);

  statistics(book.addWorksheet('统计'), input.results);

  // Named steps, read by the bench: where a slow workbook spends its time.
  performance.mark('site-patrol:xlsx:model');
  const bytes = new Uint8Array(
    await book.xlsx.writeBuffer({
      useSharedStrings: true,
      zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
    } as Parameters<typeof book.xlsx.writeBuffer>[0]),
  );
  performance.mark('site-patrol:xlsx:exceljs');
  const out = await stampZip(bytes, at, async (zip) => {
    if (rows.length < 2) return;
    const path = await sheetPath(zip, '问题清单');
    const xml = await zip.file(path)!.async('string');
    zip.file(path, fillRows(xml, rows, FINDINGS_CSV_HEADERS.length), { createFolders: false });
    performance.mark('site-patrol:xlsx:rows');
  });
  performance.mark('site-patrol:xlsx:zip');
  return out;
}

/** The part holding the named sheet, through the workbook's relationships. */
async function sheetPath(zip: Zip, name: string): Promise<string> {
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book)?.[1];
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`工作簿中找不到工作表“${name}” / no sheet ${name} in the workbook`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** Units × indicators: how many findings of each, the 问题 and 提示 totals, and a totals row. */
function statistics(ws: Worksheet, results: UnitResult[]): void {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.rule)));
  const rules = [
    ...CHECKLIST.filter((x) => used.has(x.id)).map((x) => x.id as string),
    ...[...used].filter((id) => !indicator(id)).sort(),
  ];
  header(
    ws,
    [
      '序号',
      '单位名称',
      '检查结果',
      ...rules.map((id) => indicator(id)?.zh.name ?? id),
      '问题',
      '提示',
      '合计',
    ],
    [7, 24, 10, ...rules.map(() => 12), 8, 8, 8],
  );
  const sums = new Array<number>(rules.length + 3).fill(0);
  results.forEach((r, i) => {
    const counts = rules.map((id) => r.findings.filter((f) => f.rule === id).length);
    const problems = r.findings.filter(isProblem).length;
    const line = [...counts, problems, r.findings.length - problems, r.findings.length];
    line.forEach((n, j) => (sums[j] += n));
    ws.addRow([i + 1, r.unit.name, r.verdict, ...line]);
  });
  ws.addRow(['', '合计', '', ...sums]).font = { bold: true };
  printSetup(ws);
}
